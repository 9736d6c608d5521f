"""Warnings that are threats, and reporting clauses that are no statements.

A warning that announces what will happen in reported future ("warnte, Polen werde auf jede Provokation
antworten", "wer mit dem Feuer spiele, werde sich verbrennen", "bei weiteren Angriffen drohe ein
Flächenbrand") threatens (13x); one that judges what would or could follow ("ein Zollkrieg würde allen
schaden", "hätte unabsehbare Folgen") stays a pessimistic comment (012).

"…, wie das Ministerium mitteilte" names where a report comes from: the attribution is no statement of
its own, the reported act is the event.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from lagebild.events.arguments import children, entity_at, opens_relative_clause, side_of, subject_of
from lagebild.events.codebook import STATEMENT_ROOT, THREAT_ROOT
from lagebild.events.event_clauses import reported_clauses
from lagebild.events.lexicon import Lexicon
from lagebild.events.triggers import Trigger
from lagebild.pipeline.annotations import EventInfo
from lagebild.pipeline.word_classes import RELATIVE_CLAUSES

WARNING_LEMMA = "warnen"
PESSIMISTIC_COMMENT = "012"
THREAT = "130"
# the reported future of Konjunktiv I, and what impends: the speaker says what is going to happen
REPORTED_FUTURE = {"werde", "drohe"}
CLAUSES = ("ccomp", "xcomp", "advcl", "parataxis")
ATTRIBUTION_MARK = "wie"


def as_threat(trigger: Trigger, lexicon: Lexicon) -> Trigger:
    """The threat row of "warnen" for a warning whose clause says what will happen."""
    entry = trigger.entry
    if entry.lemma != WARNING_LEMMA or entry.code != PESSIMISTIC_COMMENT:
        return trigger
    if not foretells(trigger.token):
        return trigger
    threat = next(
        (
            e
            for e in lexicon.verbs_by_form.get(trigger.token.lower_, ())
            if e.lemma == WARNING_LEMMA and e.code == THREAT and not e.objects
        ),
        None,
    )
    return replace(trigger, entry=threat) if threat is not None else trigger


def foretells(verb: Token) -> bool:
    """A warning ("warnen") whose clause says what will happen: "warnte, Polen werde antworten"."""
    return verb.lemma_.lower() == WARNING_LEMMA and any(
        t.lower_ in REPORTED_FUTURE for t in _reported_clause(verb)
    )


def _reported_clause(verb: Token) -> list[Token]:
    """What the warning says: its clausal dependents, or the clause it trails ("…, warnte Kubrakow")."""
    clauses = (
        reported_clauses(verb, CLAUSES, CLAUSES)
        + _clauses_hung_on_phrases(verb)
        + _clauses_joined_after(verb)
    )
    return [t for clause in clauses for t in clause.subtree if t.i != verb.i]


def _clauses_hung_on_phrases(verb: Token) -> list[Token]:
    """The said clause the parser hung, as an attribute, on a phrase of the warning or on the warning
    itself ("hat am Wochenende gewarnt, Spanien werde …": an attribute of "Wochenende"; "warnte die
    Armee, sie werde reagieren": a relative clause of "Armee"): a clause after the verb that opens with
    a comma, not with a relative pronoun ("warnte vor Schritten, die … gefährden werde" says nothing)."""
    return [
        clause
        for phrase in [verb, *verb.children]
        for clause in children(phrase, *RELATIVE_CLAUSES)
        if clause.i > verb.i and _opens_said_clause(clause)
    ]


def _clauses_joined_after(verb: Token) -> list[Token]:
    """The said clause the parser joined to the clause the warning is coordinated with ("hat das
    kritisiert und gewarnt, es werde nicht zusehen": a conjunct of "kritisiert"): a conjunct after the
    warning that opens with a comma, not with a relative pronoun."""
    if verb.dep_ != "conj":
        return []
    return [
        clause for clause in children(verb.head, "conj") if clause.i > verb.i and _opens_said_clause(clause)
    ]


def _opens_said_clause(clause: Token) -> bool:
    return clause.left_edge.text == "," and not opens_relative_clause(clause.left_edge)


def one_threat_per_warning(events: list[EventInfo]) -> list[EventInfo]:
    """A conditional consequence found in the warned clause is the threat already ("Sollte Moskau die
    Frachter behindern, werde Kiew das Abkommen aussetzen, warnte Kubrakow"): the warning adds none."""
    acts = {e.trigger.root.i for e in events}
    events = [_as_comment_on_others(e, acts) for e in events]
    warnings = {id(e) for e in events if e.code == THREAT and e.trigger.root.lemma_.lower() == WARNING_LEMMA}
    others = [e for e in events if e.code.startswith(THREAT_ROOT) and id(e) not in warnings]
    return [e for e in events if id(e) not in warnings or not any(_same_side(e, o) for o in others)]


def _as_comment_on_others(event: EventInfo, acts: set[int]) -> EventInfo:
    """A warning of what a third side will do (an act coded in the warned clause) is no threat by the
    warner: "Kiesewetter warnte, der Kreml werde noch mehr Ausländer festnehmen" (012), where "Netanjahu
    warnte, Israel werde antworten" and "warnte Pjöngjang, Seoul werde reagieren" hold out the warner's
    own answer, and "warnte, Japan werde eine Niederlage erleiden" what the target is to suffer (13x).
    Sides unknown: as it was."""
    verb = event.trigger.root
    if event.code != THREAT or verb.lemma_.lower() != WARNING_LEMMA or event.source is None:
        return event
    warner = side_of(event.source)
    addressed = {side_of(entity_at(o)) for o in children(verb, "obj", "iobj") if entity_at(o) is not None}
    actors = [
        subject_of(t.head)
        for t in _reported_clause(verb)
        if t.lower_ in REPORTED_FUTURE and t.dep_ == "aux" and t.head.i in acts
    ]
    sides = {side_of(entity_at(a)) for a in actors if a is not None and entity_at(a) is not None} - {None}
    if warner is None or not sides or sides & ({warner} | addressed):
        return event
    return replace(event, code=PESSIMISTIC_COMMENT)


def _same_side(a: EventInfo, b: EventInfo) -> bool:
    return a.source is not None and b.source is not None and side_of(a.source) == side_of(b.source)


def is_attribution(trigger: Trigger) -> bool:
    """A statement verb in a "wie" clause only says who reports the clause it hangs on."""
    return (
        trigger.entry.kind == "V"
        and trigger.entry.code.startswith(STATEMENT_ROOT)
        and any(c.lower_ == ATTRIBUTION_MARK for c in children(trigger.token, "mark"))
    )
