"""Cooperation a source no longer gives is halted, an act of its own (CAMEO 16): "Polen liefere keine
Waffen mehr an die Ukraine" stops military aid (1622), "Litauen bezieht kein russisches Gas mehr" stops
trade (163), "arbeitet nicht mehr mit dem Tribunal zusammen" reduces relations (160). "kein … mehr" and
"nicht mehr" say that what went on until now has stopped; a plain negation only says it did not happen,
and "nicht mehr als zehn Panzer" is a quantity, not a stop. A halting asked for or held possible is
hypothetical ("rief China auf, keine Waffen mehr an Russland zu liefern")."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from lagebild.events.codebook import by_longest_prefix
from lagebild.events.modality_words import NEGATING_WORDS
from lagebild.pipeline.annotations import EventInfo

# the cooperative act → its halting: diplomatic cooperation 160, material cooperation (trade, energy)
# 163, aid 162 (by kind); working together in general (060, "arbeitet nicht mehr zusammen") reduces
# relations as a whole, 160; the longest matching prefix wins
HALTED_AS = {
    "05": "160", "06": "163", "060": "160", "07": "162", "071": "1621", "072": "1622", "073": "1623",
}  # fmt: skip
# a halting the text reports happened; one asked for or held possible stays so ("rief China auf, keine
# Waffen mehr an Russland zu liefern": the halting of military aid, 1622, hypothetical)
HALTABLE = {"negated": "asserted", "hypothetical": "hypothetical"}
HALTED_AID = "162"
NO_LONGER = "mehr"
COMPARISON = "als"  # "nicht mehr als": no more than


def as_halted(events: list[EventInfo]) -> list[EventInfo]:
    """The sentence's events, each negated cooperative act that is said to go on no longer made the
    (asserted) halting of that cooperation."""
    return [_as_halted(e) for e in events]


def halts_aid(event: EventInfo) -> bool:
    """The act is aid said to be given no longer ("werde keine Waffen mehr liefern"): the stop of that
    aid (162x) is the event, no refusal (12x) of aid besides it, as no one asked for it."""
    return _as_halted(event).code.startswith(HALTED_AID)


def halted_code(code: str) -> str | None:
    """The halting (16x) of a cooperative act, by its longest coded prefix; None where none is coded."""
    return by_longest_prefix(code, HALTED_AS)


def _as_halted(event: EventInfo) -> EventInfo:
    code = halted_code(event.code)
    if code is None or event.modality not in HALTABLE or not _no_longer(event.trigger.root):
        return event
    return replace(event, code=code, modality=HALTABLE[event.modality])


def _no_longer(verb: Token) -> bool:
    """A negation in the verb's clause followed there by "mehr" (not "mehr als")."""
    clause = sorted(verb.subtree, key=lambda t: t.i)
    negations = [t.i for t in clause if t.lower_ in NEGATING_WORDS]
    return any(
        t.lower_ == NO_LONGER and negations and min(negations) < t.i and not _compares(t) for t in clause
    )


def _compares(token: Token) -> bool:
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return following is not None and following.lower_ == COMPARISON
