"""The target ranker (events.target_ranking) moves no event onto the target that its twin, an event of
the same trigger, act and source, already has: moved there it would be the same event twice."""

from dataclasses import replace

from lagebild.events.arguments import side_of
from lagebild.events.target_ranking import candidates, ranked
from lagebild.pipeline import build_pipeline
from lagebild.pipeline.annotations import TARGET_CONTEXT

TEXT = (
    "Die Regierung in Kabul verschärft die Regeln für Frauen.\n\n"
    "Die Außenminister der G7 verurteilten die Dekrete. Katar vermittelt zwischen Kabul und Washington.\n\n"
    "Die Vereinten Nationen verurteilten Afghanistan am Montag scharf. Die Lage der Frauen sei verheerend. "
    "Die Mädchenschulen bleiben geschlossen."
)


class _Prefers:
    """A ranking model that prefers one candidate, given by its features, by a wide margin."""

    def __init__(self, features: dict[str, float]):
        self.features = features

    def margin_for(self, rule: str, to_none: bool = False) -> float:
        return 0.0

    def score(self, found: dict[str, float]) -> float:
        return 10.0 if found == self.features else 0.0


def test_no_event_moves_onto_its_twins_target():
    doc = build_pipeline("de")(TEXT)
    event = next(e for e in doc._.events if e.code.startswith("11") and side_of(e.source) == "IGOUNO")
    other = next(c for c in candidates(event, doc, [event]) if c.side not in (None, side_of(event.target)))
    # a twin whose target the coder guessed from the sentences before, which the ranker may move
    twin = replace(event, target=other.span, target_rule=TARGET_CONTEXT)
    events = [event, twin]
    wanted = next(c for c in candidates(twin, doc, events) if c.side == side_of(event.target))
    assert ranked(events, doc, _Prefers(wanted.features)) == [event]
