"""Conditions and their consequences: "Falls Russland angreift, verhängt die EU Sanktionen".

What follows if a condition is met has not happened. Said by the author it is a hypothesis; said by a
speaker who names the condition ("Minsk droht mit …, falls …") it is a conditional threat, which the
speaker does make.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from lagebild.events.arguments import actor_of, entity_at, is_finite
from lagebild.events.event_clauses import (
    VERBAL_POS,
    clause_after,
    clause_verb,
    next_token,
    own_clause,
    surface_clause,
)
from lagebild.events.future_acts import PAST_AUX
from lagebild.events.lexicon import german_lexicon
from lagebild.events.modality_words import CONDITION_MARKS, CONTENT_MARKS, SUBJUNCTIVE_II, THREAT_HEADS
from lagebild.events.news_media import MEDIA_SECTOR, names_a_medium, speaks_for_its_state
from lagebild.pipeline.actor_lexicon import institution_sector_de, parse_role_de

CONDITIONAL_AUX = {"sollte", "sollten"}
# "ob" and "whether" open an indirect question, not a condition
IF_MARKS = CONDITION_MARKS - {"ob", "whether"}
REPORTED_MODALS = {"könne", "werde", "müsse", "wolle", "dürfe"}
SPEECH_HEADS = re.compile(
    r"^(sagt|erklärt|betont|droht|warnt|kündigt|teilte|teilt|hieß|heißt|versprach|versprich|versproch|"
    r"bot|biet|sichert|forder|verlang|"
    # the participles of the perfect: "hat mit einem Eingreifen gedroht, falls …"
    r"gedroht|angedroht|gewarnt|gesagt|angekündigt|gefordert|zugesichert|angeboten|mitgeteilt)",
    re.IGNORECASE,
)
# "stellte eine Wiederaufnahme in Aussicht, falls …": a conditional promise is made
PROMISE_NOUNS = {"aussicht"}
# a clause opening with "sonst" names what follows if a demand is not met ("Moskau müsse die Diplomaten
# zurückholen, sonst werde Prag die Botschaft schließen"): a condition left unsaid
OTHERWISE = {"sonst", "ansonsten", "andernfalls", "anderenfalls", "otherwise"}
# "laut Popșoi", "dem Minister zufolge", "nach Worten von Blinken", "nach Angaben Moskaus"
ATTRIBUTING_CASES = {"laut", "zufolge"}
ATTRIBUTING_NOUNS = {"worten", "angaben"}
# "notfalls", "nötigenfalls": a condition left unsaid, that the act be needed (adverbs of the verb only,
# not the phrase "im Notfall")
IF_NEEDED = {"notfalls", "nötigenfalls", "gegebenenfalls"}
# a temporal clause that waits for its act: "…, sobald Washington ihm entgegenkomme", "sobald die
# Gewalt endet"; in a present tense it names a moment still to come, on which the main clause hangs.
# So does a clause of what is to come after it: "…, bevor die ersten Kapitel eröffnet werden"
AWAITING_MARKS = {"sobald", "bevor", "ehe"}


def is_concessive(mark: Token) -> bool:
    """ "Wenn auch spät, hat die EU …": a concession, no condition."""
    following = next_token(mark)
    return mark.lower_ == "wenn" and following is not None and following.lower_ in ("auch", "gleich")


def holds_regardless(mark: Token) -> bool:
    """ "…, auch wenn das derzeit nicht ansteht", "selbst wenn Warschau protestiert": what the main clause
    says holds whether or not this clause does; the clause itself stays open."""
    preceding = mark.doc[mark.i - 1] if mark.i > mark.sent.start else None
    return mark.lower_ == "wenn" and preceding is not None and preceding.lower_ in ("auch", "selbst")


def opens_condition(clause: Span) -> bool:
    """A surface clause opened by "wenn", "falls", "sofern" or a verb-first "sollte"."""
    if not len(clause):
        return False
    first = clause[0].lower_
    conditional = first in IF_MARKS and not is_concessive(clause[0])
    return conditional or first in CONDITIONAL_AUX


def verb_first_condition(verb: Token) -> bool:
    """A clause opened by "sollte(n)" is a condition ("Sollte die EU Sanktionen verhängen, …",
    "…, sollten auch sie die Zahlung verweigern")."""
    for aux in (c for c in verb.children if c.dep_ == "aux" and c.lower_ in CONDITIONAL_AUX):
        if aux.i == aux.sent.start or aux.doc[aux.i - 1].is_punct:
            return True
    return False


def condition_clauses(verb: Token) -> list[Token]:
    """The verbs of the conditions a consequence hangs on: its conditional clauses, and the one the
    parser hung the consequence on ("Sollte …, werde …" as ccomp or parataxis of the condition)."""
    clauses = [c for c in verb.children if c.dep_ == "advcl" and is_condition(c)]
    head = verb.head
    if verb.dep_ in ("ccomp", "parataxis", "conj") and head.i < verb.i and is_condition(head):
        clauses.append(head)
    return clauses


def is_condition(clause: Token) -> bool:
    """A clause, named by its verb, that states a condition: marked by "wenn", "falls" … or verb-first."""
    marks = {
        m.lower_
        for m in clause.children
        if m.dep_ == "mark" and not is_concessive(m) and not holds_regardless(m)
    }
    return bool(marks & IF_MARKS) or verb_first_condition(clause)


def consequence_of_condition(verb: Token, trigger: Token) -> bool:
    """The author's consequence of a condition ("Falls Russland angreift, verhängt die EU Sanktionen";
    "Sollte Iran weitermachen, drohen Strafmaßnahmen") is not done; a speaker threatening it on a
    condition ("Minsk droht mit …, falls …") does assert the threat."""
    conditional = any(
        is_condition(c) and not _after_colon(verb, c) for c in verb.children if c.dep_ == "advcl"
    )
    return conditional and not spoken_by_someone(verb, trigger) and not condition_of_another_clause(trigger)


def _after_colon(verb: Token, condition: Token) -> bool:
    """ "Vilnius wies das Angebot zurück: Verhandelt werde erst, wenn …": a condition after a colon
    belongs to the clause the colon opens, not to the verb before it."""
    return any(t.text == ":" for t in verb.doc[verb.i + 1 : condition.i])


def awaited_act(trigger: Token) -> bool:
    """The act opens a "sobald" or "bevor" clause told in the present: it has not happened yet and is, like a
    condition, what something else waits for. A past tense ("sobald die Truppen abgezogen waren")
    tells what did happen."""
    clause = surface_clause(trigger)
    if not len(clause) or clause[0].lower_ not in AWAITING_MARKS:
        return False
    verb = clause_verb(trigger)
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ in ("aux", "aux:pass")}
    # the tagger takes a Konjunktiv I ("entgegenkomme", "beruhige") for a preterite: only a form
    # that is one ("endete", "kam") or a past auxiliary tells the past; a participle ("eröffnet werden")
    # is no finite form, its tense is its auxiliary's
    preterite = (
        is_finite(verb) and "Past" in verb.morph.get("Tense") and not verb.lower_.endswith(("e", "en"))
    )
    return not (auxiliaries & PAST_AUX or preterite or verb.lower_.endswith(("te", "ten")))


def alternative_consequence(trigger: Token) -> bool:
    """The act is what happens otherwise: its surface clause opens with "sonst", "andernfalls"."""
    clause = surface_clause(trigger)
    return len(clause) > 0 and clause[0].lower_ in OTHERWISE


def is_conditional_consequence(trigger: Token) -> bool:
    """The event is what follows if a condition is met ("Sollte die EU weitere Sanktionen verhängen,
    könne Belarus die Durchleitung unterbrechen"), if it is needed ("Notfalls werde er den Strom
    abdrehen") or if a demand is not met ("…, sonst werde Prag die Vertretung verkleinern"): said by its
    source, that is a conditional threat."""
    verb = clause_verb(trigger)
    conditions = [c for c in verb.children if c.dep_ == "advcl"]
    if verb.dep_ in ("ccomp", "parataxis", "conj") and verb.head.i < verb.i:
        conditions.append(verb.head)  # the parser hung the consequence on its condition
    # "Sollte die Ukraine angreifen, werde Russland dies als Beteiligung werten und entsprechend
    # antworten": a condition ahead of coordinated verbs binds each, and their "werde" is shared
    sharing = verb.head if verb.dep_ == "conj" and verb.head.i < verb.i else None
    if sharing is not None:
        conditions += [c for c in sharing.children if c.dep_ == "advcl" and c.i < sharing.i]
    conditional = (
        any(is_condition(c) for c in conditions)
        or _condition_after(trigger)
        or alternative_consequence(trigger)
        or any(c.lower_ in IF_NEEDED for c in verb.children if c.dep_ == "advmod")
    )
    # a threat is said by someone: reported speech ("könne", "werde"), not the author's speculation
    auxiliaries = [
        c for head in (verb, sharing) if head is not None for c in head.children if c.dep_ == "aux"
    ]
    reported = any(c.lower_ in REPORTED_MODALS for c in auxiliaries) or _attributed(verb)
    if not reported and any(t.lower_ in SUBJUNCTIVE_II for t in surface_clause(trigger)):
        # "…, könnte Iran die Meerenge blockieren, sagte ein Analyst": a forecast in Konjunktiv II is
        # a threat only where a verb of threatening reports it ("…, würde Russland …, drohte Putin")
        return conditional and any(
            THREAT_HEADS.match(t.text) and spoken_by_someone(t, trigger) for t in verb.sent
        )
    return conditional and (reported or any(spoken_by_someone(t, trigger) for t in verb.sent))


def _condition_after(trigger: Token) -> bool:
    """ "Estland werde die Grenze schließen, sollte sich die Lage verschärfen": a condition that follows
    the main clause of the act binds it, wherever the parser hung it (often on the reporting verb)."""
    clause = surface_clause(trigger)
    if not len(clause) or clause[0].lower_ in SUBORDINATING or any(t.lower_ == "zu" for t in clause):
        return False  # nor the "zu" infinitive of what is asked or announced ("forderte, … zu verhängen, sollte …")
    after = clause_after(clause)
    return after is not None and opens_condition(after)


def _attributed(verb: Token) -> bool:
    """The clause names who says it: "würden die USA nach Worten von Außenminister Blinken antworten",
    "will Chisinau laut Popșoi … sperren", "dem Minister zufolge". A crowd of onlookers ("Analysten
    zufolge") speaks for no side, nor does a document or a medium ("laut einem Bericht der Zeitung"), but
    a state's own medium speaks for its state ("laut der Staatsagentur KCNA")."""
    for phrase in verb.children:
        if phrase.dep_ not in ("obl", "nmod"):
            continue
        cases = {c.lower_ for c in phrase.children if c.dep_ == "case"}
        named = phrase if cases & ATTRIBUTING_CASES else None
        if "nach" in cases and phrase.lower_ in ATTRIBUTING_NOUNS:
            named = next((c for c in phrase.children if c.dep_ in ("nmod", "nmod:poss")), None)
        single = named is not None and (named.pos_ == "PROPN" or "Sing" in named.morph.get("Number"))
        if single and _speaks_for_a_side(named):
            return True
    return False


def _speaks_for_a_side(named: Token) -> bool:
    """A person, a state, a government, an office holder or a state's own medium ("laut Popșoi", "laut der
    Regierung", "laut dem Präsidenten", "laut der Staatsagentur KCNA"); not a report, a study or any other
    medium ("laut einer Studie", "laut Reuters"), which tells what it learned and says no side's words."""
    if names_a_medium(named):
        return speaks_for_its_state(named)
    entity = entity_at(named)
    if entity is not None:
        return entity.label_ == "PER" or actor_of(entity) is not None
    sector = institution_sector_de(named.text)
    return parse_role_de(named.text) is not None or sector not in (None, MEDIA_SECTOR)


# words that join two main clauses of one subject ("hat … eingestellt und will … erlauben")
COORDINATORS = {"und", "aber", "sowie", "doch"}
# what a clause opens with when it is itself the content or condition of another
SUBORDINATING = (
    CONTENT_MARKS | {"wonach", "zu", "um", "ohne", "statt", "anstatt"} | IF_MARKS | CONDITIONAL_AUX
)


def condition_of_another_clause(trigger: Token) -> bool:
    """A condition after a main clause binds the verb just before it, not an earlier one: "Ankara hat den
    Handel eingestellt und will Ausfuhren erst wieder erlauben, wenn …" conditions the permission, not
    the halt. A threat or promise made on a condition is made ("wies die Kritik zurück und drohte mit
    Konsequenzen, sollten sie sich einmischen", "stellte Lockerungen in Aussicht, sollte Minsk …"): the
    condition belongs to what is threatened or promised. The parser hangs such a condition on any verb
    of the sentence; the commas and the conjunction do not lie."""
    clause = surface_clause(trigger)
    after = clause_after(clause)
    if after is None or not opens_condition(after) or clause[0].lower_ in SUBORDINATING:
        return False
    if any(t.lower_ == "zu" for t in clause):
        return False  # "kündigte an, Sanktionen zu verhängen, falls …": the announced act is conditioned
    later = trigger.doc[trigger.i + 1 : clause.end]
    if any(t.lower_ in COORDINATORS and _finite_verb_after(t, clause) for t in later):
        # what was done is done whatever comes; "verhängt Sanktionen und beruft ein Treffen ein, falls …"
        # in the present may put both under the condition
        return _told_in_the_past(clause_verb(trigger))
    conjunct_start = max(
        (t.i + 1 for t in clause if t.i < trigger.i and t.lower_ in COORDINATORS), default=clause.start
    )
    conjunct = trigger.doc[conjunct_start : clause.end]
    made = [t for t in conjunct if THREAT_HEADS.match(t.text) or t.lower_ in PROMISE_NOUNS]
    return any(t.i == trigger.i or trigger.head.i == t.i or t.head.i == trigger.i for t in made)


def _told_in_the_past(verb: Token) -> bool:
    """A preterite ("wies … zurück") or a perfect ("hat … eingestellt")."""
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ in ("aux", "aux:pass")}
    if auxiliaries & PAST_AUX:
        return True
    return "Past" in verb.morph.get("Tense") and not auxiliaries  # not "will … erlauben"


def _finite_verb_after(conjunction: Token, clause: Span) -> bool:
    """A finite verb follows the conjunction within the clause: a second main clause, not a list. The
    tagger may take the verb for an adjective ("und drohte ausländischen Beobachtern": ADJA); a
    lowercase form of a lexicon verb right after the conjunction is one."""
    following = conjunction.doc[conjunction.i + 1 : clause.end]
    if (
        len(following)
        and following[0].text.islower()
        and following[0].lower_ in german_lexicon().verbs_by_form
    ):
        return True
    return any(t.pos_ in VERBAL_POS and "Fin" in t.morph.get("VerbForm") for t in following)


def spoken_by_someone(token: Token, trigger: Token) -> bool:
    """A speech verb with a speaker: "Minsk droht, …", not the impersonal "es drohen Strafmaßnahmen"
    where the measures themselves are what looms."""
    # a verb coordinated without a subject of its own shares the first verb's ("warf Kabul vor … und
    # drohte mit Schlägen, falls …")
    speaking = token.head if token.dep_ == "conj" and not _has_subject(token) else token
    # the parser may hang the subject on the finite auxiliary ("Sisi hat … gedroht")
    auxiliaries = [c for c in speaking.children if c.dep_ == "aux"]
    speakers = [
        c
        for head in (speaking, *auxiliaries)
        for c in head.children
        if c.dep_ == "nsubj" and c.i != trigger.i and not _what_looms(c)
    ]
    promising = any(t.lower_ in PROMISE_NOUNS for t in own_clause(token))
    return (SPEECH_HEADS.match(token.text) is not None or promising) and bool(speakers)


def _what_looms(subject: Token) -> bool:
    """ "es droht …", "Sollte Fico hart bleiben, droht eine Hängepartie": "es" or a common noun with an
    indefinite article that names no one is what looms, not who threatens; "ein Sprecher" or "eine
    Regierung" still speaks."""
    if subject.lower_ == "es":
        return True
    indefinite = any(c.dep_ == "det" and "Ind" in c.morph.get("Definite") for c in subject.children)
    if not indefinite or subject.pos_ != "NOUN" or entity_at(subject) is not None:
        return False
    return parse_role_de(subject.text) is None and institution_sector_de(subject.text) is None


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubj:pass", "expl") for c in verb.children)
