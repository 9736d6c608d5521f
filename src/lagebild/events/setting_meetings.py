"""A meeting named as the setting or the time of another act is the acting side's own meeting:
"legte in einem Telefonat mit seinem chinesischen Amtskollegen Protest ein", "hatte die Ausnahme nach
einem Telefonat mit der mexikanischen Präsidentin gewährt", "nach seinem Besuch bei Erdoğan".

The noun names the partner, the clause names who acted: together one more event, the subject meeting
the partner (gold: "X traf Y" is coded X → Y only). A setting without a partner takes the act's target
(`meetings.calls_of_addressed_acts`); a meeting that names its own sides is coded from the noun itself.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import (
    ActorIndex,
    actor_or_place,
    adjective_actor,
    destination,
    preposition_of,
    same_actor,
    state_of_adjective,
)
from lagebild.events.codebook import MEETING_ROOT
from lagebild.events.event_clauses import clause_verb
from lagebild.events.meeting_words import is_visit
from lagebild.events.meetings import is_interview
from lagebild.events.modality_words import ASSERTED, NEGATED
from lagebild.events.triggers import Trigger
from lagebild.pipeline.annotations import TARGET_PARSED, EventInfo, aimed_at

# where and when an act took place: "in einem Telefonat", "bei seinem Besuch", "nach dem Treffen"
SETTINGS = {"in", "im", "bei", "beim", "während", "nach", "am"}
PARTNER_PREPOSITIONS = ("mit",)


def meetings_as_settings(
    triggers: list[Trigger], found: list[EventInfo], actors: ActorIndex
) -> list[EventInfo]:
    coded = {e.trigger.root.i for e in found if e.source is not None}
    meetings = []
    for trigger in triggers:
        noun = trigger.token
        if trigger.entry.kind != "N" or not trigger.entry.code.startswith(MEETING_ROOT) or noun.i in coded:
            continue
        if preposition_of(noun) not in SETTINGS or is_interview(trigger):
            continue
        act = _act_of_the_clause(noun, found)
        partner = _partner(trigger, actors)
        if act is None or partner is None or same_actor(act.source, partner):
            continue
        # the meeting took place even where the act done there did not ("stimmte … nicht zu")
        modality = ASSERTED if act.modality == NEGATED else act.modality
        trigger_span = noun.doc[noun.i : noun.i + 1]
        meetings.append(
            aimed_at(
                act, partner, TARGET_PARSED, code=trigger.entry.code, trigger=trigger_span, modality=modality
            )
        )
    return meetings


def _act_of_the_clause(noun: Token, found: list[EventInfo]) -> EventInfo | None:
    """The first event with a source whose clause the setting belongs to: by the clause of its verb or,
    where the parse hung the setting lower ("in einem Telefonat … scharfen Protest": under the
    adjective), by the event's word above it."""
    verb, above = clause_verb(noun), {a.i for a in noun.ancestors}
    return next(
        (
            e
            for e in found
            if e.source is not None and (clause_verb(e.trigger.root) == verb or e.trigger.root.i in above)
        ),
        None,
    )


def _partner(trigger: Trigger, actors: ActorIndex) -> Span | None:
    """Whom the meeting is with: its "mit" phrase, which the parse often hangs elsewhere, so also the
    phrase right after the noun; for a visit, where it goes ("bei Erdoğan", "in Dhaka")."""
    noun = trigger.token
    if is_visit(trigger):
        return destination(noun, actors)
    phrases = [c for c in noun.children if preposition_of(c) in PARTNER_PREPOSITIONS]
    following = noun.doc[noun.i + 1] if noun.i + 1 < noun.sent.end else None
    if following is not None and following.lower_ in PARTNER_PREPOSITIONS and following.head.i > noun.i:
        phrases.append(following.head)
    for phrase in phrases:
        partner = actors.of_phrase(phrase) or adjective_actor(phrase) or state_of_adjective(phrase)
        if partner is None:
            partner = actor_or_place(phrase, actors)
        if partner is not None:
            return partner
    return None
