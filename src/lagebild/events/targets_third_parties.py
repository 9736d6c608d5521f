"""A third party that turns to both sides of a conflict names them: "Die EU-Kommission appellierte
an Paris und Rom, den Streit beizulegen", "Katar vermittelte zwischen Israel und der Hamas", "Die
Vereinten Nationen mahnten beide Nachbarn zur Zurückhaltung". What one side does next answers the
other side, not the mediator or the one who appealed ("Ob Rom nachgibt": to Paris). Only appeals and
mediation (`MEDIATING_ROOTS`) make a third party: an offer, a concession or an agreement made to two
parties has two partners ("stimmte gegenüber der UNO und der Türkei zu"), an act of conflict two
victims ("griff Kiew an und drohte Warschau")."""

from __future__ import annotations

from spacy.tokens import Span

from lagebild.events.arguments import side_of
from lagebild.events.targets_both_sides import MEDIATING_ROOTS
from lagebild.pipeline.annotations import EventInfo


def other_side_addressed(earlier: EventInfo, side: str | None, context: list[EventInfo]) -> Span | None:
    """`earlier` turned to the source's `side`; where its source turned in the same sentence with an
    appeal or a mediation to another side too, that other side is the counterpart, else None."""
    third = side_of(earlier.source) if earlier.source is not None else None
    if earlier.code[:2] not in MEDIATING_ROOTS or None in (side, third):
        return None
    for event in context:
        if event.target is None or event.source is None or event.trigger.sent != earlier.trigger.sent:
            continue
        other = side_of(event.target)
        addressing = event.code[:2] in MEDIATING_ROOTS
        if addressing and side_of(event.source) == third and other not in (None, side, third):
            return event.target
    return None


def third_parties(source: Span, context: list[EventInfo]) -> set[str]:
    """The sides that turned, just before, to the source's side and to another side alike: no
    counterpart of either to guess."""
    side = side_of(source)
    if side is None:
        return set()
    return {
        side_of(event.source)
        for event in context
        if event.target is not None
        and event.source is not None
        and side_of(event.target) == side
        and other_side_addressed(event, side, context) is not None
    } - {None, side}
