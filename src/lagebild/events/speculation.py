"""Acts that are only possible, weighed or imagined, read off the parse: "Möglich wären militärische
Aktionen wie die Blockade …", "Frankreich erwägt, den Botschafter abzuziehen", "In einem Szenario
blockiert China die Straße", "Traditionell unterstützt Frankreich …", "Es droht ein Angriff Irans".
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from lagebild.events.arguments import RELATIVE_PRONOUNS, is_zu_infinitive
from lagebild.events.conditions import CONDITIONAL_AUX
from lagebild.events.event_clauses import (
    NOMINAL_POS,
    VERBAL_POS,
    clause_after,
    clause_before,
    content_clause,
    own_clause,
    surface_clause,
)
from lagebild.events.future_acts import expected_arrival
from lagebild.events.lexicon import german_lexicon
from lagebild.events.modality_words import (
    CONDITION_MARKS,
    CONTENT_MARKS,
    DENIAL_HEADS,
    NEGATING_WORDS,
    POSSIBILITY,
    RULED_OUT,
    SUBJUNCTIVE_II,
    THREAT_HEADS,
)
from lagebild.events.reported_acts import REPORTED_CLAUSES
from lagebild.pipeline.word_classes import RELATIVE_CLAUSES

# "können" in the present or Konjunktiv I states a possibility ("Belarus könne die Durchleitung
# unterbrechen"); the preterite "konnte" reports what was achieved and stays out
POSSIBILITY_MODALS = {"kann", "können", "könne", "könnt", "kannst", "can", "may"}
# what someone wants done: "solle" reports a directive, "sollte" gives advice (the preterite "sollte",
# what was meant to happen, did not happen either; a verb-first "Sollte …" is a condition)
DIRECTIVE_MODALS = {"solle", "sollte", "sollten"}
# the words that join a second infinitive to the first: "und", "oder", "sondern"
JOINING_WORDS = {"und", "oder", "sondern"}
PERFECT_SUBJUNCTIVE = {"hätte", "hätten", "wäre", "wären"}
# the one of them whose Konjunktiv I ("haben") looks like the indicative, so reported speech takes it
PLURAL_PERFECT = "hätten"
# "ohne die Hilfe hätten sie verloren": a counterfactual without a condition clause
WITHOUT = {"ohne"}
REPORTED_FUTURE_AUX = "würden"
GENERIC_RELATIVE = "wer"
ANNOUNCING_HEADS = re.compile(r"^(kündigt|angekündigt|ankündig)", re.IGNORECASE)
CASE_PHRASE = re.compile(r"\b(im|für den) (fall|falle)\b", re.IGNORECASE)
COUNTERFACTUAL_WORDS = {"beinahe", "fast", "sonst", "andernfalls", "ansonsten", "gern", "gerne", "lieber"}
# verbs and words that report what someone says happened: their clause states a claim, not a hypothesis
REPORTING_HEADS = re.compile(
    r"^(sagt|sagen$|erklärt|erklären$|verkünd|versicher|betont|betonen$|bekräftig|bericht|meldet|melden$|teilt|hieß|"
    r"heißt|behaupt|bestätig|räumt|schrieb|schreibt|begründ|wonach|zufolge|warf|wirft|beschuldig|vorgeworfen)",
    re.IGNORECASE,
)
POLITE_LISTING = re.compile(
    r"\bzu (nennen|erwähnen|verzeichnen) wären?\b|\bwären? (hier |da )?zu (nennen|erwähnen|verzeichnen)\b",
    re.IGNORECASE,
)
# an act weighed, examined or warned of is not done: "Frankreich erwägt, den Botschafter abzuziehen",
# "die EU prüft neue Sanktionen", "Experten warnen vor einem Angriff"
CONSIDERING_HEADS = re.compile(
    r"^(erwäg|erwog|überleg|prüf|diskutier|debattier|spekulier|sinnier|consider|weigh)", re.IGNORECASE
)
WARNING_HEADS = re.compile(r"^(warn|befürcht|fürcht|sorg|rechne|rechnet|erwart|hoff)", re.IGNORECASE)
# a measure deliberated on is still open: "wollen über ein Waffenembargo gegen Ankara beraten",
# "Verhandlungen über eine Waffenruhe"
DELIBERATING = re.compile(
    r"^(berat|beriet|diskutier|debattier|verhandel|verhandl|befass|debatte|diskussion|deliberat|discuss|debat|"
    r"negotiat)",
    re.IGNORECASE,
)  # not "sprach über": talk may be about what happened ("sprach über die Angriffe auf Charkiw")
# a demand names the act it asks for: "die Forderung nach einem Abzug", "der Aufruf zu Gesprächen"
# (not a compound: "die Rücktrittsforderung nach dem Angriff" names its demand and dates it)
DEMAND_NOUNS = {
    "forderung", "forderungen", "aufforderung", "aufforderungen", "aufruf", "aufrufe", "appell", "appelle",
    "ruf", "rufe", "bitte", "bitten", "verlangen", "wunsch",
}  # fmt: skip
ASKED_WITH = {"nach", "zu", "zum", "zur", "um"}
# the prepositions that place a named act before the verb's own time
AFTER_WORDS = {"nach", "seit"}
# "wies die Forderung … zurück", "lehnte den Appell ab": the act asked for will not happen
REJECTING = re.compile(r"^(wies|weist|zurückgewiesen|zurückweis|lehn|abgelehnt|ablehn)", re.IGNORECASE)
# a negated statement about an act leaves it open: "wollte einen Militärschlag nicht kommentieren"
UNCONFIRMING_HEADS = re.compile(r"^(kommentier|bestätig|äußer|erwähn|confirm|comment)", re.IGNORECASE)
# a scenario, simulation or work of fiction frames what happens in it ("In einem Szenario blockiert
# China die Straße", "Das Gedankenspiel sieht vor, dass Russland … angreift", "Im Theaterstück …")
SCENARIO_NOUNS = re.compile(
    r"(szenario|szenarios|szenarien|gedankenspiel|planspiel|simulation|theaterstück|roman|spielfilm|"
    r"hypothese|fiktion|scenario)e?s?n?$",
    re.IGNORECASE,
)
# habitual or bygone states are no event of the day: "Traditionell unterstützt Frankreich …",
# "Früher hatte Russland Gas geliefert"
HABITUAL_ADVERBS = {
    "früher", "einst", "einstmals", "traditionell", "gewöhnlich", "üblicherweise", "normalerweise",
    "typischerweise", "gemeinhin",
}  # fmt: skip


def hypothetical_subjunctive(sentence: Span, verb: Token, trigger: Token, governors: list[Token]) -> set[str]:
    """The Konjunktiv II forms that make this act hypothetical."""
    # "Zu nennen wären …" lists facts politely: its Konjunktiv II is no hypothesis
    subjunctive = SUBJUNCTIVE_II if not POLITE_LISTING.search(sentence.text) else set()
    if _reported_perfect(verb, trigger, governors):
        subjunctive = subjunctive - PERFECT_SUBJUNCTIVE
    if reported_future(verb, trigger, governors):
        subjunctive = subjunctive - {REPORTED_FUTURE_AUX}
    return subjunctive


def reported_future(verb: Token, trigger: Token, governors: list[Token]) -> bool:
    """ "Die Taliban würden Zeltlager errichten, kündigte er an": in reported speech the plural "würden"
    stands in for the Konjunktiv I "werden", which looks like the indicative; it reports what the
    speaker says will happen. On a condition ("im Fall einer Eskalation … reagieren würden") or with a
    possibility word it stays a hypothesis; the singular "würde" has a Konjunktiv I of its own ("werde")
    and always states one."""
    if trigger.i != verb.i:
        return False  # an act noun stays what the clause supposes ("an einem Gegenschlag würden sich …")
    # a verb listed after the first shares its auxiliary ("würden Zeltlager errichten und … versorgen")
    carriers = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    auxiliaries = {c.lower_ for v in carriers for c in v.children if c.dep_ in ("aux", "aux:pass")}
    if REPORTED_FUTURE_AUX not in auxiliaries:
        return False
    clause = surface_clause(trigger)
    if any(t.lower_ in COUNTERFACTUAL_WORDS | POSSIBILITY for t in clause):
        return False
    words = {t.lower_ for t in trigger.sent}
    if words & (CONDITION_MARKS | CONDITIONAL_AUX) or CASE_PHRASE.search(trigger.sent.text):
        return False
    return _reported(clause, governors, REPORTING_HEADS, ANNOUNCING_HEADS)


def generic_actor(trigger: Token) -> bool:
    """ "Wer Usbekistan mit Sanktionen droht, treibt es Moskau in die Arme": a free relative clause
    opening the sentence names anyone who would do the act, a generic case rather than a deed. An act
    noun in it may still be given ("Wer die Massaker vergessen hat, …")."""
    clause = surface_clause(trigger)
    opening = next((t for t in clause if not t.is_punct), None)
    if opening is None or opening.lower_ != GENERIC_RELATIVE or clause.start > trigger.sent.start + 1:
        return False
    return trigger.pos_ in VERBAL_POS and not trigger.sent.text.rstrip().endswith("?")


def _reported(clause: Span, governors: list[Token], *heads: re.Pattern) -> bool:
    """A verb of saying governs the clause or stands in the clause before or after it."""
    neighbours = [c for c in (clause_before(clause), clause_after(clause)) if c is not None]
    candidates = [*governors, *(t for c in neighbours for t in c)]
    return any(h.match(t.text) for t in candidates for h in heads)


def _reported_perfect(verb: Token, trigger: Token, governors: list[Token]) -> bool:
    """ "Gerassimow versicherte, die Streitkräfte hätten den Vormarsch gestoppt": in reported speech
    "hätten"/"wären" with a participle stand in for the Konjunktiv I, a reported fact (gold: asserted).
    Without a verb of saying, or with a condition, they stay counterfactual ("Hätte Israel …")."""
    perfect = any(c.lower_ in PERFECT_SUBJUNCTIVE for c in verb.children if c.dep_ in ("aux", "aux:pass"))
    if not perfect:
        return False
    clause = surface_clause(trigger)
    if clause[0].lower_ in CONDITION_MARKS | CONDITIONAL_AUX or clause[0].lower_ in PERFECT_SUBJUNCTIVE:
        return False  # "wenn Russland angegriffen hätte", "Hätte Israel den Iran angegriffen, …"
    if any(t.lower_ in COUNTERFACTUAL_WORDS for t in clause):
        return False
    # a denial reports what is denied as well ("bestritt, dass Soldaten geschossen hätten")
    if _reported(clause, governors, REPORTING_HEADS, DENIAL_HEADS) or _plural_perfect_reported(verb):
        return True
    return _beside_konjunktiv_one(verb) or _after_reported_speech(verb)


def _plural_perfect_reported(verb: Token) -> bool:
    """ "lobte Brasilien und Indien, die sich hinter die Agenda gestellt hätten": in a relative clause the
    plural "hätten" with a participle stands in for the Konjunktiv I "haben", which looks like the
    indicative, so it reports what the speaker says they did, also where the verb of saying stands in an
    earlier sentence. A condition, an "ohne" or a modal ("hätten … verhindern können") in the sentence
    makes it counterfactual; a main clause alone stays one ("Schon am Montag hätten … angegriffen")."""
    if not any(c.lower_ == PLURAL_PERFECT for c in verb.children if c.dep_ in ("aux", "aux:pass")):
        return False
    opening = surface_clause(verb)[0]
    if verb.dep_ not in RELATIVE_CLAUSES and not (
        opening.lower_ in RELATIVE_PRONOUNS and opening.pos_ == "PRON"
    ):
        return False
    if "Part" not in verb.morph.get("VerbForm"):
        return False  # "hätten … verhindern können": the infinitive of a modal
    words = {t.lower_ for t in verb.sent}
    return not words & (CONDITION_MARKS | CONDITIONAL_AUX | COUNTERFACTUAL_WORDS | WITHOUT | POSSIBILITY)


def _beside_konjunktiv_one(verb: Token) -> bool:
    """ "Dass beide Seiten Patrouillen vereinbart hätten, zeige …", "Saied handle verfassungsgemäß, und
    viele hätten ihn gefeiert": a Konjunktiv I elsewhere in the sentence marks it as reported speech, and
    there the plural "hätten" with a participle stands in for the Konjunktiv I "haben", which looks like
    the indicative."""
    return _undoubted_plural_perfect(verb) and any(t.i != verb.i and _konjunktiv_one(t) for t in verb.sent)


def _after_reported_speech(verb: Token) -> bool:
    """ "Die Zeitung schreibt, Seoul sei zufrieden. Beide Regierungen hätten zugesagt, …": a sentence
    that goes on with the speech the sentence before reports (in a Konjunktiv I or after a verb of
    saying) reports as well, with the plural "hätten" standing in for the Konjunktiv I "haben". Only the
    sentence's own verb or the one it reports counts: a Konjunktiv I deeper down ("…, weil er sei") makes
    no report of the sentence."""
    if verb.sent.start == 0 or not _undoubted_plural_perfect(verb):
        return False
    before = verb.doc[verb.sent.start - 1].sent
    reporting = [before.root, *(c for c in before.root.children if c.dep_ in REPORTED_CLAUSES)]
    return any(_konjunktiv_one(t) or REPORTING_HEADS.match(t.text) for t in reporting)


def _undoubted_plural_perfect(verb: Token) -> bool:
    """A participle with the plural "hätten", the form reported speech uses for the Konjunktiv I "haben",
    in a sentence with no condition, "ohne" or possibility word, which would keep it counterfactual."""
    if not any(c.lower_ == PLURAL_PERFECT for c in verb.children if c.dep_ in ("aux", "aux:pass")):
        return False
    form, tense = verb.morph.get("VerbForm"), verb.morph.get("Tense")
    if "Part" not in form and ("Past" not in tense or "Fin" in form):
        return False  # "hätten … verhindern können": the infinitive of a modal
    words = {t.lower_ for t in verb.sent}
    return not words & (CONDITION_MARKS | CONDITIONAL_AUX | COUNTERFACTUAL_WORDS | WITHOUT | POSSIBILITY)


def _konjunktiv_one(token: Token) -> bool:
    morph = token.morph
    return "Sub" in morph.get("Mood") and "Pres" in morph.get("Tense") and "Fin" in morph.get("VerbForm")


# how many infinitives a list of acts under one modal may run to
LISTED_INFINITIVES = 4


def words_in_clause(verb: Token) -> set[str]:
    """The verb, its auxiliaries, adverbs and marks, and the modal or possibility words of its clause."""
    words = {verb.lower_}
    for child in verb.children:
        # a "dass" or "ob" clause the parse hung on the verb as an adverbial one: "warnte, dass ein Angriff
        # Sanktionen nach sich zöge" has a mood of its own
        if content_clause(child, CONTENT_MARKS, ("advcl",)):
            continue
        if child.dep_ in ("aux", "aux:pass", "cop", "advmod", "mark", "advcl") or child.lower_ in POSSIBILITY:
            words.add(child.lower_)
    # a modal or "möglich" the parser hung elsewhere in the clause still qualifies it ("Die EU
    # müsste"/amod "Sanktionen"; "halten einen Angriff für möglich"/nmod "Angriff")
    words |= {t.lower_ for t in own_clause(verb) if t.lower_ in SUBJUNCTIVE_II | POSSIBILITY}
    return words | _shared_subjunctive(verb)


def _shared_subjunctive(verb: Token) -> set[str]:
    """A bare infinitive listed after the first shares its Konjunktiv II: "Russland könnte die Ostsee
    blockieren, Estland angreifen oder Finnland bedrohen" (the parser hangs the later ones on the first
    as conjuncts, complements or, with a subject of their own, attributes: "Washington könnte die Zölle
    senken, Ottawa seine Gegenzölle lockern"). A "zu" infinitive has a verb of its own that governs it."""
    shared: set[str] = set()
    token = verb
    for _ in range(LISTED_INFINITIVES):
        if token.dep_ not in ("conj", "xcomp", "acl") or not _bare_infinitive(token):
            break
        if any(c.dep_ in ("aux", "aux:pass") for c in token.children):
            break
        token = token.head
        shared |= {c.lower_ for c in token.children if c.dep_ == "aux" and c.lower_ in SUBJUNCTIVE_II}
    return shared


def _bare_infinitive(verb: Token) -> bool:
    infinitive = "Inf" in verb.morph.get("VerbForm") or (
        verb.lower_.endswith("n") and not verb.morph.get("Tense")
    )
    return infinitive and not is_zu_infinitive(verb)


def possibility_modal(verb: Token) -> bool:
    """ "kann", "könne": possible; "solle": a reported directive ("…, dass sich die Allianz an die
    Botschaft wenden solle"), "sollte": advice ("Abiy sollte endlich auf Isaias zugehen"), what
    someone wants done, not what is done. A second infinitive shares the modal of the first ("sollte
    … zugehen und ihm Gespräche anbieten")."""
    verbs = (verb, verb.head) if _shares_modal(verb) else (verb,)
    return any(
        c.lower_ in POSSIBILITY_MODALS | DIRECTIVE_MODALS
        for v in verbs
        for c in v.children
        if c.dep_ == "aux"
    )


def _shares_modal(verb: Token) -> bool:
    """A verb coordinated with another, in the infinitive's form and with no subject or auxiliary of
    its own (the tagger may call "anbieten" finite): the modal it lacks is the other verb's. A second
    infinitive that closes its conjunct shares it as well, whatever the parser made of the words before
    it: "sollte … verschärfen und Kiew Waffen liefern" (the dative read as a conjunct, "liefern" as a
    complement), "sollte … räumen und sie der Ukraine zurückgeben" ("sie" read as a subject), "sollte
    nicht zuschauen, sondern Addis Abeba zu einem Vertrag drängen" (an adverbial clause). A finite verb
    of a main clause stands second ("und Kiew liefert Waffen") and keeps its own mood."""
    own_auxiliary = any(c.dep_ in ("aux", "aux:pass", "mark") for c in verb.children)
    infinitive_form = verb.lower_.endswith("n") and "Past" not in verb.morph.get("Tense")
    if own_auxiliary or not infinitive_form or verb.head.i >= verb.i:
        return False
    if verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubj:pass") for c in verb.children):
        return True
    joined = verb.dep_ in ("conj", "xcomp") or (
        verb.dep_ == "advcl" and any(c.dep_ == "cc" and c.lower_ in JOINING_WORDS for c in verb.children)
    )
    return joined and _closes_its_clause(verb) and not is_zu_infinitive(verb)


def _closes_its_clause(verb: Token) -> bool:
    """The verb is its conjunct's last word: a punctuation mark or the sentence's end comes next (a
    clause of its own may follow the comma: "… Waffen liefern, um die es seit Monaten bittet")."""
    after = verb.nbor(1) if verb.i + 1 < verb.sent.end else None
    return after is None or after.is_punct


def weighed_act(trigger: Token, verb: Token, governors: list[Token]) -> bool:
    """The act is the clause of a weighing verb, or the noun a weighing or warning verb takes."""
    if any(CONSIDERING_HEADS.match(g.text) for g in governors):
        return True
    named = trigger.i != verb.i and trigger.head.i == verb.i and trigger.dep_ in ("obj", "obl")
    # "Nach dem Angriff drohte Israel mit Vergeltung": a time phrase names the act the weighing follows
    named = named and not any(c.dep_ == "case" and c.lower_ in AFTER_WORDS for c in trigger.children)
    if named and expected_arrival(verb):
        return False  # "Xi wird in Moskau zu einem Staatsbesuch erwartet": scheduled, no forecast
    # "drohte mit Anschlägen": what is threatened has not happened
    weighing = (CONSIDERING_HEADS, WARNING_HEADS, THREAT_HEADS)
    if named and any(heads.match(verb.text) for heads in weighing):
        return True
    # the parser hangs the finite verb on its object noun ("prüft"/amod → "Sanktionen")
    return any(
        c.dep_ in ("amod", "acl") and c.pos_ == "VERB" and CONSIDERING_HEADS.match(c.text)
        for c in trigger.children
    )


def deliberated_topic(trigger: Token) -> bool:
    """An act noun that a deliberation is about ("über"): the measure is discussed, not taken."""
    about = any(c.dep_ == "case" and c.lower_ in ("über", "about", "on") for c in trigger.children)
    return trigger.pos_ == "NOUN" and about and DELIBERATING.match(trigger.head.text) is not None


def asked_for(trigger: Token) -> str | None:
    """An act noun a demand noun asks for ("die Forderung Kiews nach einem Abzug"): hypothetical, or
    negated where the demand is rejected ("… wies Lawrow zurück")."""
    cases = [c for c in trigger.children if c.dep_ == "case" and c.lower_ in ASKED_WITH]
    if trigger.pos_ != "NOUN" or not cases:
        return None
    # the parser may hang the phrase on the verb: the demand noun then stands just before it
    # ("Der Appell Guterres' zu Gesprächen …")
    before = trigger.doc[max(trigger.sent.start, cases[0].i - 3) : cases[0].i]
    demands = [trigger.head] + [t for t in before if t.pos_ == "NOUN"]
    demand = next((d for d in demands if d.lower_ in DEMAND_NOUNS), None)
    if demand is None:
        return None
    return "negated" if REJECTING.match(demand.head.text) else "hypothetical"


def unconfirmed(trigger: Token, verb: Token) -> bool:
    """An act noun that a negated verb of comment or confirmation takes: not denied, only left open."""
    named = trigger.pos_ == "NOUN" and trigger.head.i == verb.i and trigger.dep_ in ("obj", "nsubj", "obl")
    return named and UNCONFIRMING_HEADS.match(verb.text) is not None


# the parsers label a surname "flat:name" or plain "flat"
NAME_PARTS = ("flat", "flat:name")


def framed_as_scenario(verb: Token, governors: list[Token]) -> bool:
    """A scenario, simulation or work of fiction named in the act's clause or a clause above it."""
    # the tagger takes a capitalised "Roman" for a name; a name with a surname is one
    frames = [c for v in (verb, *governors) for c in v.children if c.pos_ in NOMINAL_POS]
    return any(
        SCENARIO_NOUNS.search(c.text) and not any(f.dep_ in NAME_PARTS for f in c.children) for c in frames
    )


# a scenario that frames the whole sentence: "Im ersten Szenario lenkt Washington ein", "Das dritte
# Szenario wäre das gefährlichste: Belgrad lässt Truppen aufmarschieren", "… wäre ein Szenario, in dem
# Washington Sanktionen verhängt"; the parse hangs the acts anywhere, the word order does not lie
SENTENCE_SCENARIOS = re.compile(
    r"^(szenario|szenarios|szenarien|gedankenspiel|planspiel|scenario)$", re.IGNORECASE
)
RELATIVE_AFTER_COMMA = {"dem", "der", "denen", "welchem", "welcher", "which"}
# the best or worst case a sentence opens with frames what follows as an outlook: "Im günstigsten Fall
# öffnet Minsk die Gefängnisse, …", "Im schlimmsten Fall marschieren Truppen ein", "Bestenfalls
# ratifiziert die EU den Vertrag rasch", "Im Ernstfall verlegt die Allianz Truppen"
CASE_NOUNS = {"fall", "falle"}
# a clause with a conjunction of its own states its circumstances, outside the case: "Im schlimmsten Fall
# spaltet Minsk Europa, während russische Truppen beim Manöver aufmarschieren"
OWN_CIRCUMSTANCES = {"während", "weil", "da", "nachdem", "obwohl", "seit", "seitdem", "als", "wie"}
CASE_DEGREES = re.compile(
    r"^(günstigst|best|schlimmst|ungünstigst|äußerst|optimal|ideal|extrem)", re.IGNORECASE
)
CASE_WORDS = re.compile(
    r"^(idealfall|idealfalle|ernstfall|ernstfalle|extremfall|extremfalle|bestfall|bestfalle|worst-case|"
    r"bestenfalls|günstigstenfalls|schlimmstenfalls|ungünstigstenfalls|idealerweise)$",
    re.IGNORECASE,
)


def scenario_frames_sentence(trigger: Token) -> bool:
    """A scenario noun before the act in the sentence's first field (no verb before it), or one whose
    relative clause ("ein Szenario, in dem …") holds the act."""
    sentence = trigger.sent
    for noun in sentence:
        if noun.i >= trigger.i:
            return False
        if not SENTENCE_SCENARIOS.match(noun.text):
            continue
        before = sentence.doc[sentence.start : noun.i]
        if not any(t.pos_ in VERBAL_POS for t in before):
            return True
        after = [t.lower_ for t in sentence.doc[noun.i + 1 : min(noun.i + 4, trigger.i)]]
        if after[:1] == [","] and RELATIVE_AFTER_COMMA & set(after[1:3]):
            return True
    return False


def case_frames_sentence(trigger: Token) -> bool:
    """A best or worst case in the first field of the sentence or of the act's own clause, before the
    act: what it frames is imagined. After the finite verb the word only grades what is said ("Die
    Gespräche brachten bestenfalls kleine Fortschritte" reports talks that took place)."""
    clause = surface_clause(trigger)
    if clause[0].lower_ in OWN_CIRCUMSTANCES:
        return False
    starts = {trigger.sent.start, clause.start}
    for start in starts:
        for token in trigger.doc[start : trigger.i]:
            if token.pos_ in VERBAL_POS:
                break  # the first field ends at the finite verb
            if _names_a_case(token):
                return True
    return False


def _names_a_case(token: Token) -> bool:
    if CASE_WORDS.match(token.text):
        return True
    degrees = [
        t for t in token.doc[max(token.i - 2, token.sent.start) : token.i] if CASE_DEGREES.match(t.text)
    ]
    return token.lower_ in CASE_NOUNS and bool(degrees)


# a sentence may open by calling what follows possible or open: "Denkbar wäre auch, dass …", "Vorstellbar
# ist, dass …", "Es ist nicht auszuschließen, dass …", "Unklar ist, ob …"
OPEN_PREDICATES = POSSIBILITY | {"unklar", "fraglich", "ungewiss", "offen"}
# the frame is a short predicate ("Durchaus denkbar wäre aber auch"), not a clause with a story of its own
FRAME_LENGTH = 8
# the d-words that open a relative clause, after a preposition or not ("…, über die der Norden …")
RELATIVE_OPENERS = set(RELATIVE_PRONOUNS) | {"dessen", "deren"}


def possible_from_the_outset(trigger: Token) -> bool:
    """An act in the content clause of a sentence that opens with a predicate of possibility. The frame
    is found by the words, as a relative clause inside the content clause ("dass China, das mit beiden
    eng verbunden ist, als Vermittler auftritt") hides it from the clause next to the act. A verb of
    saying after a later comma is the reporter's ("…, sagte der Experte"), outside the frame."""
    sentence = trigger.sent
    comma = next((t for t in sentence if t.text == ","), None)
    if comma is None or comma.i + 1 >= sentence.end or trigger.i <= comma.i + 1:
        return False
    if comma.nbor(1).lower_ not in CONTENT_MARKS:
        return False
    frame = sentence.doc[sentence.start : comma.i]
    words = {t.lower_ for t in frame}
    if len(frame) > FRAME_LENGTH or any(t.pos_ in NOMINAL_POS for t in frame):
        return False
    ruled_out_not = bool(words & RULED_OUT) and bool(words & NEGATING_WORDS)
    if not (words & OPEN_PREDICATES or ruled_out_not):
        return False
    reporting = REPORTING_HEADS.match(trigger.text) and trigger.nbor(-1).text == ","
    return not reporting and not _in_relative_clause(trigger)


def _in_relative_clause(trigger: Token) -> bool:
    """ "dass Peking, das Yunus bereits eingeladen hat, Dhaka … hilft": the relative clause states what is
    the case, outside the possibility. Told by its d-word after the comma and its verb at the end (the
    tagger takes "das Yunus" for an article and a name)."""
    clause = surface_clause(trigger)
    opener = clause[1] if clause[0].pos_ == "ADP" and len(clause) > 1 else clause[0]
    after_comma = clause.start > trigger.sent.start and trigger.doc[clause.start - 1].text == ","
    verb_last = clause[-1].pos_ in VERBAL_POS
    return after_comma and opener.lower_ in RELATIVE_OPENERS and verb_last


def habitual(adverb: Token) -> bool:
    """ "Früher hatte Russland …" is a bygone state; "früher als erwartet" only dates the act."""
    following = adverb.nbor(1).lower_ if adverb.i + 1 < len(adverb.doc) else ""
    return adverb.lower_ in HABITUAL_ADVERBS and following != "als"


def impersonal_threat(verb: Token, trigger: Token) -> bool:
    """ "Es droht ein Angriff Irans": what looms is no one's threat."""
    if trigger.i != verb.i or not THREAT_HEADS.match(verb.text):
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "expl")]
    nouns = german_lexicon().nouns_by_form
    return any(c.lower_ == "es" or c.lower_ in nouns for c in subjects)
