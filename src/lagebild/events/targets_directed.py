""" "Washington und Brüssel lobten die Entscheidung", "Bamako und Ouagadougou stellten sich hinter die
Putschisten": coordinated subjects that act alongside each other on a third party, not on each
other. A verb is reciprocal between its subjects only where it takes its partner with "mit" or
"zwischen" ("X und Y vereinbarten / unterzeichneten"), names a relation as its object ("vertieften
ihre Partnerschaft"), or has a reciprocal "sich" ("trafen sich"); a verb whose target is an object
or another preposition ("loben", "sich hinter … stellen", "schlossen sich den Sanktionen gegen …
an") is directed at someone else. A partner named with "mit" outside the subjects ("unterzeichneten
getrennt Abkommen mit der Türkei") makes it directed too."""

from __future__ import annotations

from spacy.tokens import Span

from lagebild.events.arguments import ActorIndex, children, with_preposition
from lagebild.events.triggers import Trigger

RECIPROCAL_TARGETS = ("pp:mit", "zwischen", "none")
RECIPROCAL_PRONOUNS = {"sich", "einander"}
# a relation named as the object, its partner as the object's attribute ("ihre Beziehungen zu Kairo")
RELATION_TARGET = "objattr"


def acts_on_a_third_party(trigger: Trigger, actors: ActorIndex, sides: list[Span]) -> bool:
    """The coordinated `sides` of a verb act together on someone else, not on each other."""
    if not reciprocal_verb(trigger):
        return True
    partners = [actors.of_phrase(p) for p in with_preposition(trigger.token, "mit")]
    return any(p is not None and p not in sides for p in partners)


def reciprocal_verb(trigger: Trigger) -> bool:
    """The verb can be done by its coordinated subjects to each other. A "sich" of the lexicon row
    ("sich hinter … stellen") is no reciprocal pronoun; one the row lacks ("trafen sich") is."""
    entry = trigger.entry
    if entry.kind != "V" or entry.target in RECIPROCAL_TARGETS:
        return True
    if entry.objects and entry.target == RELATION_TARGET:
        return True  # "vertieften ihre Partnerschaft": a relation between the subjects
    return not entry.reflexive and any(
        c.lower_ in RECIPROCAL_PRONOUNS for c in children(trigger.token, "obj", "iobj", "expl")
    )
