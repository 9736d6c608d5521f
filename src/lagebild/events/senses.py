"""Senses of a trigger verb that name no event, told apart by the verb's object.

"bestreiten" denies ("bestritt die Vorwürfe", "bestreitet, Waffen geliefert zu haben"), but also pays
for ("bestreitet vierzig Prozent seines Haushalts mit Hilfsgeldern") and contests a match or a campaign
("bestritt das Finale", "bestreitet den Wahlkampf allein"): those objects select a sense that is no act
towards anyone.
"""

from __future__ import annotations

from lagebild.events.arguments import children
from lagebild.events.triggers import Trigger

# lemma → object nouns (or their endings, for compounds) that select a sense without an event
NON_EVENT_OBJECTS = {
    "bestreiten": (
        "haushalt", "prozent", "kosten", "lebensunterhalt", "unterhalt", "ausgaben", "etat", "budget",
        "spiel", "partie", "finale", "match", "wahlkampf", "kampf", "auftritt", "rennen",
    ),
}  # fmt: skip


def in_another_sense(trigger: Trigger) -> bool:
    endings = NON_EVENT_OBJECTS.get(trigger.entry.lemma)
    if not endings or trigger.entry.kind != "V":
        return False
    # the object or what it measures ("die Hälfte seines Haushalts")
    nouns = [n for o in children(trigger.token, "obj") for n in (o, *children(o, "nmod"))]
    return any(n.lemma_.lower().endswith(endings) or n.lower_.endswith(endings) for n in nouns)
