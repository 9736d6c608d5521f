"""A rejection in a clause set beside the one before it rejects what that clause's subject did: "Die
OSZE bot sich als Vermittlerin an, doch Minsk lehnte jede Einmischung ab", "Pristina verlangt seine
Auslieferung, doch Belgrad lehnt das ab". The subject of the clause before is the target, not a state
guessed from the sentences before; `_nearest_actor` passes over such subjects for other acts ("Mexiko
bot Hilfe an, Moskau warnte vor Einmischung"), which answer no one. A clause joined by "und" goes
along with the one before ("Jerusalem verurteilte die Entscheidung, und Washington wies sie zurück":
both reject the court's decision): only one set against it ("doch", "aber") or beside it with no
conjunction ("…; Ankara verweigert die Zustimmung") answers its subject. A clause before that only
takes its own side on a thing ("Scholz begrüßte die Einigung, Paris lehnt den Vertrag ab": praise,
support, an accord signed) is no act of its subject's to reject: both judge the thing.

The other way round, a demand, appeal or offer that names no one is aimed at whoever rejects it in the
clause set against it ("Die G7 sagten Hilfe zu, doch Brasília wies das Angebot zurück")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.announced_threats import ANSWERING_VERBS
from lagebild.events.arguments import ActorIndex, children, side_of
from lagebild.events.codebook import (
    APPEAL_ROOT,
    COOPERATION_ROOT,
    DEMAND_ROOT,
    INTENT_ROOT,
    REJECTION_ROOT,
)
from lagebild.events.event_clauses import clause_verb
from lagebild.events.lexicon import VerbSet, german_lexicon
from lagebild.events.triggers import Trigger, verb_trigger

# a clause set against an earlier one ("…, doch Minsk lehnte ab") or beside it ("…; Belgrad lehnt ab"),
# not one going along with it ("…, und Washington wies sie zurück")
SIDE_BY_SIDE = ("conj", "parataxis")
ALONG_WITH = {"und", "sowie"}
SUBJECTS = ("nsubj",)
# acts that ask or offer something of someone, and the verbs by which the one asked turns them down
ASKING_ROOTS = (APPEAL_ROOT, INTENT_ROOT, DEMAND_ROOT)
REJECTING = VerbSet({
    "ablehnen": "lehnt;lehnte;abgelehnt", "zurückweisen": "weist;wies;zurückgewiesen",
    "verweigern": "verweigert;verweigerte;verweigert", "weigern": "weigert;weigerte;geweigert",
})  # fmt: skip


def rejected_clause_subject(trigger: Trigger, source: Span, actors: ActorIndex) -> Span | None:
    """The actor subject of the clause before a rejection's own, or before an answer's ("Die USA verstärken
    ihre Militärpräsenz, Caracas antwortet mit einer Mobilmachung"), where it is another side's."""
    verb = clause_verb(trigger.token)
    if not (trigger.entry.code.startswith(REJECTION_ROOT) or ANSWERING_VERBS.match(verb.text)):
        return None
    if verb.dep_ not in SIDE_BY_SIDE or verb.head.i >= verb.i:
        return None
    if _goes_along(verb) or _takes_a_side(verb.head):
        return None
    return _other_side_subject(verb.head, source, actors)


def rejecting_clause_subject(trigger: Trigger, source: Span, actors: ActorIndex) -> Span | None:
    """The actor subject of a rejecting clause set against the demand's, appeal's or offer's own."""
    if not trigger.entry.code.startswith(ASKING_ROOTS):
        return None
    verb = clause_verb(trigger.token)
    for later in children(verb, *SIDE_BY_SIDE):
        if later.i > verb.i and later in REJECTING and not _goes_along(later):
            return _other_side_subject(later, source, actors)
    return None


def _takes_a_side(verb: Token) -> bool:
    trigger = verb_trigger(verb, verb.sent, german_lexicon())
    return trigger is not None and trigger.entry.code.startswith(COOPERATION_ROOT)


def _goes_along(verb: Token) -> bool:
    return any(c.dep_ == "cc" and c.lower_ in ALONG_WITH for c in verb.children)


def _other_side_subject(verb: Token, source: Span, actors: ActorIndex) -> Span | None:
    # the parse often hangs the subject of a compound tense on its auxiliary ("Die G7-Staaten hatten
    # Hilfe zugesagt": "G7-Staaten" ← "hatten")
    subjects = children(verb, *SUBJECTS) + [
        s for aux in children(verb, "aux") for s in children(aux, *SUBJECTS)
    ]
    for subject in subjects:
        span = actors.of_phrase(subject)
        if span is not None and side_of(span) not in (None, side_of(source)):
            return span
    return None
