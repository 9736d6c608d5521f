"""A show of force denied or renounced is shown to no one: "das Bündnis werde keine neuen Raketen in
Europa stationieren", "Eine Mobilmachung werde es nicht geben", "bestritt, dass die Armee in
Bereitschaft versetzt worden sei". Raising alert or massing troops takes an adversary named nearby or
just before (`context_targets.ALERT_CODES`); a negated one points at none, and the gold gives it no
target (on the tuning banks three such guesses, none right)."""

from __future__ import annotations

from lagebild.events.codebook import FORCE_POSTURE_ROOT
from lagebild.events.guessed_counterparts import GUESSED
from lagebild.events.modality_words import NEGATED
from lagebild.events.protective_deployments import as_protection
from lagebild.pipeline.annotations import EventInfo


def renounced_show_of_force(event: EventInfo) -> bool:
    """A negated show of force (15x) whose target was guessed, not read from its clause. Not forces
    sent into a host (`protective_deployments`): "werde keine Soldaten schicken" withholds protection
    from the state the text is about."""
    return (
        event.code[:2] == FORCE_POSTURE_ROOT
        and event.modality == NEGATED
        and event.target_rule in GUESSED
        and as_protection(event) is event
    )
