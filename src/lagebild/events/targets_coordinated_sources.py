"""Coordinated subjects share the verb's addressee: "Kolumbien, Brasilien und Chile verurteilten den
Sturm auf die Botschaft", "Deutschland, Frankreich und Großbritannien schicken Kampfjets". One verb
with one object is one act done by each subject to the same party, so where the target was found for
one of them and not for the others (the fallback guesses per source and may give up on some), the
others get it too. Not where the target is one of the subjects' own sides: that is an act among them
("Thailändische und kambodschanische Truppen beschossen sich"), not one shared on a third party."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from lagebild.events.arguments import side_of
from lagebild.pipeline.annotations import EventInfo


def shared_by_coordinated_sources(events: list[EventInfo]) -> list[EventInfo]:
    by_act: dict[tuple[int, str], list[EventInfo]] = defaultdict(list)
    for event in events:
        by_act[(event.trigger.start, event.code)].append(event)
    shared = {}
    for acts in by_act.values():
        sources = {side_of(e.source) for e in acts if e.source is not None}
        targeted = [e for e in acts if e.target is not None]
        if len(sources) < 2 or None in sources or not targeted or len(targeted) == len(acts):
            continue
        sides = {side_of(e.target) for e in targeted}
        if len(sides) != 1 or sides & sources:
            continue  # different parties, or an act among the subjects themselves
        first = targeted[0]
        for event in acts:
            if event.target is None:
                shared[id(event)] = replace(event, target=first.target, target_rule=first.target_rule)
    return [shared.get(id(e), e) for e in events]
