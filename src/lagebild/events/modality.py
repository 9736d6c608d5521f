"""Factuality of an event: asserted, negated, future or hypothetical, read off its clause.

A speculative passage ("Möglich wären militärische Aktionen wie die Blockade …") must not yield a
blockade; a demanded action is not a performed one; a denied one did not happen.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from lagebild.events.lexicon import german_lexicon

SUBJUNCTIVE_II = {
    "würde", "würden", "würdest", "könnte", "könnten", "wäre", "wären", "hätte", "hätten", "müsste",
    "müssten", "dürfte", "dürften", "möchte", "möchten", "stünde", "stünden", "ginge", "käme", "kämen",
    "would", "could", "might",
}  # fmt: skip
POSSIBILITY = {
    "möglich", "möglicherweise", "denkbar", "womöglich", "vielleicht", "eventuell", "gegebenenfalls",
    "notfalls", "theoretisch", "wahrscheinlich", "unwahrscheinlich", "possibly", "perhaps", "maybe",
}  # fmt: skip
# "können" in the present or Konjunktiv I states a possibility ("Belarus könne die Durchleitung
# unterbrechen"); the preterite "konnte" reports what was achieved and stays out
POSSIBILITY_MODALS = {"kann", "können", "könne", "könnt", "kannst", "can", "may"}
LITOTES = re.compile(r"^un(beantwortet|gesühnt|gestraft|erwidert)$", re.IGNORECASE)
REPORTED_MODALS = {"könne", "werde", "müsse", "wolle", "dürfe"}
SPEECH_HEADS = re.compile(
    r"^(sagt|erklärt|betont|droht|warnt|kündigt|teilte|teilt|hieß|heißt)", re.IGNORECASE
)
CONDITION_MARKS = {"wenn", "falls", "sofern", "ob", "if", "unless", "whether"}
NEGATIONS = {"nicht", "nie", "niemals", "keineswegs", "not", "never", "n't"}
POLITE_LISTING = re.compile(
    r"\bzu (nennen|erwähnen|verzeichnen) wären?\b|\bwären? (hier |da )?zu (nennen|erwähnen|verzeichnen)\b",
    re.IGNORECASE,
)
NEGATIVE_PRONOUN = re.compile(r"^(niemand|niemanden|niemandem|nichts|nobody|nothing|no one)$", re.IGNORECASE)
NEGATIVE_DETERMINER = re.compile(r"^(kein|keine|keinen|keinem|keiner|keines|no)$", re.IGNORECASE)
DENIAL_HEADS = re.compile(r"^(bestr[ie]t|dement|leugne|abstreit|stritt|deny|denie|denied)", re.IGNORECASE)
DEMAND_HEADS = re.compile(
    r"^(forder|verlang|rief|ruf|appellier|bitte|bat|dräng|drängt|mahnt|call|urg|demand|ask|"
    r"schlug|schlägt|vorgeschlagen|vorschlag|empfahl|empfiehlt|empfohlen|empfehl|riet$|rät$|suggest|propos)",
    re.IGNORECASE,
)  # a suggested action is no performed one ("schlug vor, dass sich die Allianz … wenden solle")
# "schließt … nicht aus": a measure not ruled out is a possibility, not a denial
RULING_OUT = re.compile(r"^(schließ|schloss|ausschließ|ausgeschlossen|auszuschließen)", re.IGNORECASE)
# announcing or proposing an act named by a noun ("legte Vorschläge für ein Sanktionspaket vor",
# "kündigte Gegenmaßnahmen an"): the act is still to come. Finite forms need their particle.
ANNOUNCING_JOINED = re.compile(
    r"^(ankündig|angekündigt|anzukündig|vorschlag|vorgeschlagen|vorzuschlag|vorleg|vorgelegt|vorzuleg|"
    r"beantrag|announc|propos)",
    re.IGNORECASE,
)
ANNOUNCING_SPLIT = re.compile(r"^(kündig|schlag|schläg|schlug|leg)", re.IGNORECASE)
ANNOUNCING_PARTICLES = {"an", "vor"}
# what is expected, hoped for or feared has not happened: "rechnen nicht damit, dass Moskau die
# Entscheidung rückgängig macht", "befürchten, dass Russland die Lieferungen stoppt"
EXPECTATION_HEADS = re.compile(
    r"^(rechne|rechnet|erwart|hoff|befürcht|fürcht|bezweifel|zweifel|expect|hope|fear|doubt)", re.IGNORECASE
)
THREAT_HEADS = re.compile(r"^(droh|threat)", re.IGNORECASE)
# an act weighed, examined or warned of is not done: "Frankreich erwägt, den Botschafter abzuziehen",
# "die EU prüft neue Sanktionen", "Experten warnen vor einem Angriff"
CONSIDERING_HEADS = re.compile(
    r"^(erwäg|erwog|überleg|prüf|diskutier|debattier|spekulier|sinnier|consider|weigh)", re.IGNORECASE
)
WARNING_HEADS = re.compile(r"^(warn|befürcht|fürcht|sorg|rechne|rechnet|erwart|hoff)", re.IGNORECASE)
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
CONDITIONAL_AUX = {"sollte", "sollten"}
FUTURE_AUX = {"wird", "werden", "werde", "wirst", "will", "shall"}
INTENT_HEADS = re.compile(
    r"^(plan|beabsichtig|kündigt|kündigte|angekündigt|ankündig|will|wollen|wollte|vorhab|hat vor|"
    r"soll|sollen|plans|planned|intend|announc|vow|pledg|promis)",
    re.IGNORECASE,
)
CLAUSE_HEADS = {"ROOT", "ccomp", "xcomp", "advcl", "parataxis", "csubj", "acl", "acl:relcl"}
GOVERNING = {"xcomp", "ccomp", "advcl", "csubj", "parataxis", "acl", "obj"}


def clause_verb(trigger: Token) -> Token:
    """The verb whose clause an event word belongs to (for a noun: the verb it hangs on)."""
    token = trigger
    for _ in range(8):
        # a word heading a clause is its verb, whatever tag a small model gave it ("bedrohe"/ADJ)
        if token.pos_ in ("VERB", "AUX") or token.dep_ in CLAUSE_HEADS or token.head == token:
            return token
        token = token.head
    return token


def _has_negation(verb: Token, trigger: Token) -> bool:
    scope = [verb, *(c for c in verb.children if c.dep_ in ("aux", "aux:pass", "cop"))]
    for token in scope:
        if any(c.lower_ in NEGATIONS for c in token.children if c.dep_ in ("advmod", "neg", "part")):
            return True
    nouns = [trigger, *(c for c in verb.children if c.dep_ in ("obj", "nsubj", "nsubj:pass", "obl"))]
    if any(NEGATIVE_PRONOUN.match(n.text) for n in nouns[1:]):  # "Russland bedrohe niemanden"
        return True
    if any(_negates_phrase(c) for n in nouns for c in n.children):
        return True
    return any(NEGATIVE_DETERMINER.match(c.text) for n in nouns for c in n.children if c.dep_ == "det") or (
        NEGATIVE_DETERMINER.match(trigger.text) is not None
    )


def _negates_phrase(token: Token) -> bool:
    """ "nicht" that the parser hangs on a phrase of the clause ("habe nicht die Absicht, … anzugreifen"),
    but not the "nicht nur … sondern auch" of an addition."""
    following = token.nbor(1).lower_ if token.i + 1 < len(token.doc) else ""
    return token.dep_ == "advmod" and token.lower_ in NEGATIONS and following != "nur"


def _governors(verb: Token) -> list[Token]:
    """Verbs above this clause that can change what it says (denials, demands, plans, conditions)."""
    chain, token = [], verb
    for _ in range(6):
        if token.dep_ not in GOVERNING and token.dep_ != "conj" or token.head.i == token.i:
            break
        if _misattached_after_colon(token):
            break
        coordinated = token.dep_ == "conj"
        token = token.head
        # a verb coordinated with this one shares its governors but governs nothing itself: in
        # "Paris kündigte die Ausweisung an, auch Dänemark wies Diplomaten aus" the expulsion is done
        if not coordinated and (token.dep_ != "conj" or token.pos_ in ("VERB", "AUX")):
            chain.append(token)
    return chain


def _misattached_after_colon(clause: Token) -> bool:
    """A main clause after a colon that the parser hung on the subordinate clause before it ("…, als
    viele in Moskau erwartet haben dürften: 40 Diplomaten müssen das Land verlassen"): a clause opened
    by "als", "wie" or "dass" ends before the colon and governs nothing after it."""
    head = clause.head
    colon = any(c.text == ":" and head.i < c.i < clause.i for c in clause.children)
    return colon and any(c.dep_ == "mark" for c in head.children)


def _words_in_clause(verb: Token) -> set[str]:
    words = {verb.lower_}
    for child in verb.children:
        if child.dep_ in ("aux", "aux:pass", "cop", "advmod", "mark", "advcl") or child.lower_ in POSSIBILITY:
            words.add(child.lower_)
    # a modal or "möglich" the parser hung elsewhere in the clause still qualifies it ("Die EU
    # müsste"/amod "Sanktionen"; "halten einen Angriff für möglich"/nmod "Angriff")
    words |= {t.lower_ for t in _own_clause(verb) if t.lower_ in SUBJUNCTIVE_II | POSSIBILITY}
    return words


def _own_clause(verb: Token) -> list[Token]:
    """The words of this clause, without the clauses nested in it."""
    words, stack = [], list(verb.children)
    while stack:
        token = stack.pop()
        if token.dep_ in CLAUSE_HEADS or token.dep_ == "conj" and token.pos_ in ("VERB", "AUX"):
            continue
        words.append(token)
        stack.extend(token.children)
    return words


def _habitual(adverb: Token) -> bool:
    """ "Früher hatte Russland …" is a bygone state; "früher als erwartet" only dates the act."""
    following = adverb.nbor(1).lower_ if adverb.i + 1 < len(adverb.doc) else ""
    return adverb.lower_ in HABITUAL_ADVERBS and following != "als"


def _framed_as_scenario(verb: Token, governors: list[Token]) -> bool:
    # the tagger takes a capitalised "Roman" for a name; a name with a surname is one
    frames = [c for v in (verb, *governors) for c in v.children if c.pos_ in ("NOUN", "PROPN")]
    return any(
        SCENARIO_NOUNS.search(c.text) and not any(f.dep_ == "flat:name" for f in c.children) for c in frames
    )


def _weighed_act(trigger: Token, verb: Token, governors: list[Token]) -> bool:
    """The act is the clause of a weighing verb, or the noun a weighing or warning verb takes."""
    if any(CONSIDERING_HEADS.match(g.text) for g in governors):
        return True
    named = trigger.i != verb.i and trigger.head.i == verb.i and trigger.dep_ in ("obj", "obl")
    if named and (CONSIDERING_HEADS.match(verb.text) or WARNING_HEADS.match(verb.text)):
        return True
    # the parser hangs the finite verb on its object noun ("prüft"/amod → "Sanktionen")
    return any(
        c.dep_ in ("amod", "acl") and c.pos_ == "VERB" and CONSIDERING_HEADS.match(c.text)
        for c in trigger.children
    )


def _consequence_of_condition(verb: Token, trigger: Token) -> bool:
    """The author's consequence of a condition ("Falls Russland angreift, verhängt die EU Sanktionen";
    "Sollte Iran weitermachen, drohen Strafmaßnahmen") is not done; a speaker threatening it on a
    condition ("Minsk droht mit …, falls …") does assert the threat."""
    conditions = [c for c in verb.children if c.dep_ == "advcl"]
    conditional = any(
        {m.lower_ for m in c.children if m.dep_ == "mark"} & (CONDITION_MARKS - {"ob", "whether"})
        or _verb_first_condition(c)
        for c in conditions
    )
    return conditional and not _spoken_by_someone(verb, trigger)


def _verb_first_condition(verb: Token) -> bool:
    """A clause opened by "sollte(n)" is a condition ("Sollte die EU Sanktionen verhängen, …",
    "…, sollten auch sie die Zahlung verweigern")."""
    for aux in (c for c in verb.children if c.dep_ == "aux" and c.lower_ in CONDITIONAL_AUX):
        if aux.i == aux.sent.start or aux.doc[aux.i - 1].is_punct:
            return True
    return False


def _litotes(verb: Token) -> bool:
    """ "nicht unbeantwortet lassen", "nicht ungestraft lassen": two negations make a promise."""
    return any(LITOTES.match(t.text) for t in verb.subtree if t.i > verb.i - 8)


def _possibility_modal(verb: Token) -> bool:
    """ "kann", "könne": possible; "solle": a reported directive ("…, dass sich die Allianz an die
    Botschaft wenden solle"), what someone wants done, not what is done."""
    return any(c.lower_ in POSSIBILITY_MODALS | {"solle"} for c in verb.children if c.dep_ == "aux")


def _denied_noun(trigger: Token, verb: Token) -> bool:
    """An act named as the object of a denial: "bestritt jegliche Angriffsabsichten"."""
    return trigger.i != verb.i and DENIAL_HEADS.match(verb.text) is not None


def _announces(verb: Token, trigger: Token) -> bool:
    """The event word is an announcing or proposing verb whose object names the act, or that object
    itself ("Israel kündigte einen Gegenschlag an": the strike is still to come)."""
    announced_noun = trigger.i != verb.i and trigger.dep_ == "obj" and trigger.head.i == verb.i
    if trigger.i != verb.i and not announced_noun:
        return False
    particles = {c.lower_ for c in verb.children if c.dep_ in ("compound:prt", "svp")}
    following = {t.lower_ for t in verb.doc[verb.i + 1 : verb.sent.end] if t.pos_ in ("ADP", "ADV", "PART")}
    announcing = ANNOUNCING_JOINED.match(verb.text) or (
        ANNOUNCING_SPLIT.match(verb.text) and (particles or following) & ANNOUNCING_PARTICLES
    )
    if not announcing:
        return False
    nouns = german_lexicon().nouns_by_form
    # the object, also where the parser hung the verb on it ("kündigte" ← amod "Gegenmaßnahmen")
    words = [*verb.subtree, *(verb.head.subtree if verb.dep_ in ("amod", "acl") else ())]
    return any(c.lower_ in nouns or c.lemma_.lower() in nouns for c in words if c.pos_ == "NOUN")


def modality_of(
    trigger: Token, sentence: Span, event_date: str | None, article_date: str | None, pledge: bool = False
) -> str:
    """`pledge`: the event is itself a statement of intent (CAMEO 03, "sagte Militärhilfe für 2025
    zu", "kündigte ein Rüstungspaket an"): announcing or dating the act ahead is making the pledge now."""
    verb = clause_verb(trigger)
    governors = _governors(verb)
    clause_words = _words_in_clause(verb)
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    for governor in governors:
        marks |= {c.lower_ for c in governor.children if c.dep_ == "mark"}
    if sentence.text.rstrip().endswith("?"):
        return "hypothetical"
    # "Zu nennen wären …" lists facts politely: its Konjunktiv II is no hypothesis
    subjunctive = SUBJUNCTIVE_II if not POLITE_LISTING.search(sentence.text) else set()
    if marks & CONDITION_MARKS or clause_words & (subjunctive | POSSIBILITY) or _verb_first_condition(verb):
        return "hypothetical"
    if any(g.lower_ in subjunctive for g in governors):
        return "hypothetical"
    if any(THREAT_HEADS.match(g.text) or DEMAND_HEADS.match(g.text) for g in governors):
        return "hypothetical"
    if any(EXPECTATION_HEADS.match(g.text) for g in governors):
        return "hypothetical"
    if _possibility_modal(verb):
        return "hypothetical"
    if _weighed_act(trigger, verb, governors) or _framed_as_scenario(verb, governors):
        return "hypothetical"
    if _consequence_of_condition(verb, trigger):
        return "hypothetical"
    if any(_habitual(c) for c in verb.children if c.dep_ == "advmod"):
        return "hypothetical"
    negated = _has_negation(verb, trigger) and not _litotes(verb)
    if negated and RULING_OUT.match(verb.text):
        return "hypothetical"
    if negated or any(DENIAL_HEADS.match(g.text) for g in governors) or _denied_noun(trigger, verb):
        return "negated"
    if pledge:
        return (
            "future" if any(c.lower_ in FUTURE_AUX for c in verb.children if c.dep_ == "aux") else "asserted"
        )
    if _announces(verb, trigger):
        return "future"
    # UD marks the future "wird" as aux, the passive "wird" as aux:pass
    if any(c.lower_ in FUTURE_AUX for c in verb.children if c.dep_ == "aux"):
        return "future"
    infinitive = "Part" not in verb.morph.get("VerbForm") and not verb.lower_.startswith("ge")
    if any(INTENT_HEADS.match(g.text) for g in governors) or (
        infinitive and any(INTENT_HEADS.match(c.text) for c in verb.children if c.dep_ == "aux")
    ):
        return "future"
    if event_date and article_date and len(event_date) >= len(article_date) and event_date > article_date:
        return "future"
    return "asserted"


def is_conditional_consequence(trigger: Token) -> bool:
    """The event is what follows if a condition is met ("Sollte die EU weitere Sanktionen verhängen,
    könne Belarus die Durchleitung unterbrechen"): said by its source, that is a conditional threat."""
    verb = clause_verb(trigger)
    conditions = [c for c in verb.children if c.dep_ == "advcl"]
    if verb.dep_ in ("ccomp", "parataxis", "conj") and verb.head.i < verb.i:
        conditions.append(verb.head)  # the parser hung the consequence on its condition
    conditional = any(
        {m.lower_ for m in c.children if m.dep_ == "mark"} & CONDITION_MARKS - {"ob", "whether"}
        or _verb_first_condition(c)
        for c in conditions
    )
    # a threat is said by someone: reported speech ("könne", "werde"), not the author's speculation
    reported = any(c.lower_ in REPORTED_MODALS for c in verb.children if c.dep_ == "aux")
    return conditional and (reported or any(_spoken_by_someone(t, trigger) for t in verb.sent))


def _spoken_by_someone(token: Token, trigger: Token) -> bool:
    """A speech verb with a speaker: "Minsk droht, …", not the impersonal "es drohen Strafmaßnahmen"
    where the measures themselves are what looms."""
    speakers = [c for c in token.children if c.dep_ == "nsubj" and c.i != trigger.i and c.lower_ != "es"]
    return SPEECH_HEADS.match(token.text) is not None and bool(speakers)
