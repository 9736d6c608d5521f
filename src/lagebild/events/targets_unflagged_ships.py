"""Force or coercion against ships the text gives no flag ("griffen Handelsschiffe im Roten Meer an",
"beschossen Dutzende Frachter", "setzten mehrere Tanker fest") has no target: a ship at sea belongs to
no state the sentence names, so the gold codes none, and the attacker's own state (where a rebel's
attack on the ground is aimed) or a state named before is the wrong guess. A ship the text introduced
("das Schiff"), one with an owner ("ihre Kriegsschiffe") or a name ("den Tanker Eagle S"), and one
whose clause names a flag ("einen griechischen Tanker", "unter der Flagge der Cookinseln") are
another matter."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import children
from lagebild.events.codebook import COERCION_ROOT, FORCE_ROOTS
from lagebild.events.targets_domestic import names_a_foreigner
from lagebild.events.triggers import Trigger

# ships, by the last part of the compound ("Handelsschiffe", "Öltanker", "Autofrachter")
VESSELS = ("schiff", "schiffe", "frachter", "tanker")
# acts done to a ship itself: coercion (seizing, blocking) and force; a ship given or sold is no addressee
ACTS_ON_SHIPS = FORCE_ROOTS | {COERCION_ROOT}
# where the ship stands: the object, the passive subject, an oblique the weak parse made of the object
AIMED_DEPS = ("obj", "nsubj:pass", "obl")
SHIP_NAMES = ("appos", "flat", "flat:name")


def attacks_unflagged_ships(trigger: Trigger, source: Span) -> bool:
    """The trigger's act is done to ships of no flag, owner or name, and its clause names no foreigner."""
    if trigger.entry.code[:2] not in ACTS_ON_SHIPS:
        return False
    aimed = children(trigger.token, *AIMED_DEPS)
    aimed += [trigger.object_noun] if trigger.object_noun not in (None, trigger.token) else []
    return any(_unnamed_ship(noun) for noun in aimed) and not names_a_foreigner(trigger.token, source)


def _unnamed_ship(noun: Token) -> bool:
    if noun.pos_ != "NOUN" or not noun.lower_.endswith(VESSELS) or children(noun, *SHIP_NAMES):
        return False
    determiners = children(noun, "det", "det:poss")
    return not any("Def" in d.morph.get("Definite") or "Yes" in d.morph.get("Poss") for d in determiners)
