"""Leaving a treaty or an organisation of many members ("Niger ist aus der Organisation der Frankophonie
ausgetreten", "drohte mit dem Austritt aus dem Atomwaffensperrvertrag") is aimed at the body left, not at
any one member state. Where the body is one the scored actors know (the ICC, the WHO, the OVKS) the
parse names it; where it is not, the gold codes no target, and a state guessed nearby or from the
sentences before ("Wenn Iran aus dem Atomwaffensperrvertrag austritt" after a paragraph on Trump) is the
wrong one. A bilateral agreement ("aus dem Abkommen", "aus dem Übereinkommen mit der Ukraine") is left
towards its partner, so it is not one."""

from __future__ import annotations

from lagebild.events.arguments import ActorIndex, with_preposition
from lagebild.events.codebook import REDUCING_ROOT
from lagebild.events.triggers import Trigger

LEFT = "aus"  # "aus dem Vertrag aussteigen", "der Austritt aus der Organisation"
PARTNER = "mit"  # "das Übereinkommen mit der Ukraine" names the one partner
# the last part of the compound that names a body of many members ("Atomwaffensperrvertrag",
# "Welthandelsorganisation", "Genfer Konvention", "Römisches Statut")
MANY_MEMBERS = ("sperrvertrag", "organisation", "konvention", "statut", "übereinkommen", "gemeinschaft")


def leaves_an_unnamed_body(trigger: Trigger, actors: ActorIndex) -> bool:
    """A cut in relations (16) whose "aus" phrase names a body of many members that is no actor."""
    if not trigger.entry.code.startswith(REDUCING_ROOT):
        return False
    left = with_preposition(trigger.token, LEFT)
    return any(
        body.lower_.endswith(MANY_MEMBERS)
        and actors.of_phrase(body) is None
        and not with_preposition(body, PARTNER)
        for body in left
    )
