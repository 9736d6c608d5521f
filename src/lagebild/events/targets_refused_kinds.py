"""A refusal to give in to anything of a kind ("werde sich keinem Druck beugen", "sich keiner Drohung
unterwerfen") is aimed at no one: it names no act of a particular side, so the state talked about just
before is no target to guess (the gold codes these without one). Only a reflexive verb of giving in:
a thing not granted ("hat keine einzige Sanktion gelockert", "keinen Waffenstillstand akzeptieren") is
still granted to, or refused, the other side (on the tuning banks including those made 3 events
wrong for 1 made right), and so is a rejection of "jede" thing ("lehnt jede neue Runde ab")."""

from __future__ import annotations

from lagebild.events.arguments import children
from lagebild.events.codebook import REJECTION_ROOT, YIELD_ROOT
from lagebild.events.triggers import Trigger

NEGATIVE_DETERMINERS = {"kein", "keine", "keinem", "keinen", "keiner", "keines"}
OBJECT_DEPS = ("obj", "iobj", "obl:arg")


def refuses_any(trigger: Trigger) -> bool:
    """A reflexive verb of giving in whose object is no thing of a kind ("kein", "keinem")."""
    if trigger.entry.code[:2] not in (REJECTION_ROOT, YIELD_ROOT) or not trigger.entry.reflexive:
        return False
    objects = children(trigger.token, *OBJECT_DEPS)
    objects += [trigger.object_noun] if trigger.object_noun not in (None, trigger.token) else []
    return any(
        c.lower_ in NEGATIVE_DETERMINERS
        for noun in objects
        if noun.pos_ == "NOUN"
        for c in children(noun, "det")
    )
