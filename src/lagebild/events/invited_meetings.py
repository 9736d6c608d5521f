"""A meeting or visit someone is invited to is still to come: "lud Xi zu einem Besuch im kommenden
Jahr ein", "lädt für Ende Juli zu einer Konferenz nach Taschkent ein". The invitation itself is made by
saying it (036, asserted: `modality.py` reads it first); the meeting the gold banks code beside it,
future."""

from __future__ import annotations

from spacy.tokens import Token

from lagebild.events.lexicon import VerbSet
from lagebild.pipeline.word_classes import PARTICLE_DEPS

# "einladen" in any form, its particle apart or joined (`governed_acts`, `invited_guests`)
INVITING = VerbSet({"einladen": "lädt;lud;eingeladen"})
# the forms of "einladen" that carry the particle in the word; the finite ones ("lud … ein") need it
INVITING_JOINED = {"einladen", "eingeladen", "einzuladen", "einlädt", "einlud", "einluden"}
INVITING_SPLIT = ("lud", "lädt", "lad")
PARTICLE = "ein"
# what one is invited to: "zu einem Besuch", "zu Gesprächen"
INVITED_TO = {"zu", "zum", "zur"}


def invited_to(trigger: Token, verb: Token) -> bool:
    """The act is the invitation's verb (a row that codes the visit on it) or the meeting noun it
    invites to."""
    if not _inviting(verb):
        return False
    if trigger.i == verb.i:
        return True
    cases = {c.lower_ for c in trigger.children if c.dep_ == "case"}
    return trigger.pos_ == "NOUN" and trigger.head.i == verb.i and bool(cases & INVITED_TO)


def _inviting(verb: Token) -> bool:
    if verb.lower_ in INVITING_JOINED:
        return True
    particles = {c.lower_ for c in verb.children if c.dep_ in PARTICLE_DEPS}
    return verb.lower_.startswith(INVITING_SPLIT) and PARTICLE in particles
