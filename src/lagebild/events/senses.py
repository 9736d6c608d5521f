"""Senses of a trigger verb that name no event, told apart by the verb's object.

"bestreiten" denies ("bestritt die Vorwürfe", "bestreitet, Waffen geliefert zu haben"), but also pays
for ("bestreitet vierzig Prozent seines Haushalts mit Hilfsgeldern") and contests a match or a campaign
("bestritt das Finale", "bestreitet den Wahlkampf allein"): those objects select a sense that is no act
towards anyone. "sprechen" meets someone only with a partner ("sprach mit Kuleba"); "sprach von einem
Tauschgeschäft" names what the speaker calls a thing.
"""

from __future__ import annotations

from lagebild.events.arguments import children, with_preposition
from lagebild.events.codebook import MEETING_ROOT
from lagebild.events.triggers import Trigger

# lemma → object nouns (or their endings, for compounds) that select a sense without an event
NON_EVENT_OBJECTS = {
    "bestreiten": (
        "haushalt", "prozent", "kosten", "lebensunterhalt", "unterhalt", "ausgaben", "etat", "budget",
        "spiel", "partie", "finale", "match", "wahlkampf", "kampf", "auftritt", "rennen",
    ),
}  # fmt: skip
# verbs of talking that are a meeting only with a partner; with "von" and none they characterise
TALKING = {"sprechen", "reden"}


def in_another_sense(trigger: Trigger) -> bool:
    return _calls_something(trigger) or _object_of_another_sense(trigger)


def _calls_something(trigger: Trigger) -> bool:
    verb = trigger.token
    return (
        trigger.entry.lemma in TALKING
        and trigger.entry.code.startswith(MEETING_ROOT)
        and bool(with_preposition(verb, "von"))
        and not with_preposition(verb, "mit")
    )


def _object_of_another_sense(trigger: Trigger) -> bool:
    endings = NON_EVENT_OBJECTS.get(trigger.entry.lemma)
    if not endings or trigger.entry.kind != "V":
        return False
    # the object or what it measures ("die Hälfte seines Haushalts")
    nouns = [n for o in children(trigger.token, "obj") for n in (o, *children(o, "nmod"))]
    return any(n.lemma_.lower().endswith(endings) or n.lower_.endswith(endings) for n in nouns)
