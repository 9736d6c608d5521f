"""What someone says another side must or should do is a demand of it (CAMEO 10): "Russland müsse seine
Truppen abziehen, sagte Baerbock" is Germany's demand on Russia, "Washington solle die Blockade aufheben,
sagte er" the speaker's demand on the United States. The subjunctive of "müssen" and "sollen" in indirect
speech carries the demand; the act demanded is no fact but a hypothetical event of its own, as the gold
guidelines code a demanded action. Where the verb of saying is itself an appeal or a demand ("mahnte,
die Industriestaaten müssten …"), that event is the demand already."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from lagebild.events.arguments import ActorIndex, children, side_of, subject_of
from lagebild.events.codebook import ASKING_ROOTS
from lagebild.events.event_clauses import clause_verb
from lagebild.pipeline.annotations import EventInfo

DEMAND = "100"
# the subjunctive of obligation in indirect speech (the indicative "muss" is the writer's own voice);
# "sollten" at the head of its clause is a condition ("…, sollten Paris und London festhalten")
OBLIGING_SUBJUNCTIVES = {"müsse", "müssten", "solle", "sollten"}
CONDITIONAL = "sollten"
DEMAND_CONFIDENCE = 0.5


def demands_in_reported_speech(
    events: list[EventInfo], sentence: Span, actors: ActorIndex
) -> list[EventInfo]:
    """The sentence's events, an act someone is said to be obliged to do made hypothetical, plus the
    speaker's demand on whoever is so obliged (unless the speaker already appeals to or demands of it)."""
    demands = []
    obliged_clauses = set()
    for aux in sentence:
        if aux.lower_ not in OBLIGING_SUBJUNCTIVES or aux.dep_ != "aux" or _opens_its_clause(aux):
            continue
        verb = aux.head
        clause = {verb.i, *(c.i for c in children(verb, "conj") if not children(c, "aux"))}
        speaker = actors.speakers.get(verb.i)
        if speaker is not None and _orders_own_act(events, clause, speaker):
            continue
        obliged_clauses |= clause
        # the subject of a passive suffers the act ("Die Soldaten sollten nicht eingekesselt werden"), and
        # what must happen by a "dass" clause is told as a decision ("teilte mit, dass das Büro schließen müsse")
        subject = None if children(verb, "aux:pass", "mark") else subject_of(verb)
        obliged = actors.of_phrase(subject) if subject is not None else None
        if speaker is None or obliged is None or side_of(obliged) in (None, side_of(speaker)):
            continue
        if any(_asks(e, speaker, obliged) for e in events + demands):
            continue
        demands.append(
            EventInfo(
                code=DEMAND,
                modality="asserted",
                trigger=sentence.doc[verb.i : verb.i + 1],
                evidence=sentence,
                confidence=DEMAND_CONFIDENCE,
                source=speaker,
                target=obliged,
                date=sentence.doc._.article_date,
            )
        )
    return [_as_demanded(e, obliged_clauses) for e in events] + demands


def _orders_own_act(events: list[EventInfo], clause: set[int], speaker: Span) -> bool:
    """The speaker's own side carries out the act that is said to be due: "Der Diplomat müsse das Land
    verlassen, teilte das Außenministerium mit" is the ministry's expulsion, not a demand of anyone."""
    return any(
        clause_verb(e.trigger.root).i in clause
        and e.source is not None
        and side_of(e.source) == side_of(speaker)
        for e in events
    )


def _opens_its_clause(aux: Token) -> bool:
    return aux.lower_ == CONDITIONAL and (aux.i == aux.sent.start or aux.doc[aux.i - 1].is_punct)


def _asks(event: EventInfo, speaker: Span, obliged: Span) -> bool:
    return (
        event.code[:2] in ASKING_ROOTS
        and event.source is not None
        and side_of(event.source) == side_of(speaker)
        and (event.target is None or side_of(event.target) == side_of(obliged))
    )


def _as_demanded(event: EventInfo, obliged_clauses: set[int]) -> EventInfo:
    if event.modality != "asserted" or clause_verb(event.trigger.root).i not in obliged_clauses:
        return event
    return replace(event, modality="hypothetical")
