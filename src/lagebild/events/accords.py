"""Accord (019: "stimmte zu", "billigte", "schloss sich an") takes the counterpart the clause itself
names ("stimmte dem Plan Ägyptens zu", "billigte das Abkommen mit Kiew"). What is agreed to is mostly
a thing of one's own side or a stance of others ("billigte zehn Gesetze", "schlossen sich der Kritik
an"): an actor guessed nearby or from the sentences before is not whose proposal it was (2 of 16 such
events were right on tuning), so the event is not coded. An accord whose clause names no counterpart
keeps its event without one ("erklärte sich mit dem Zeitplan einverstanden")."""

from __future__ import annotations

from lagebild.pipeline.annotations import EventInfo

ACCORD = "019"
GUESSED = ("nearby", "context", "counterpart", "filled")


def without_guessed_accords(events: list[EventInfo]) -> list[EventInfo]:
    return [e for e in events if e.code != ACCORD or e.target_rule not in GUESSED]
