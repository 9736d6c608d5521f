""" "Washington und Brüssel lobten die Entscheidung", "Bamako und Ouagadougou stellten sich hinter die
Putschisten": coordinated subjects that act alongside each other on a third party, not on each
other. A verb is reciprocal between its subjects only where it takes its partner with "mit" or
"zwischen" ("X und Y vereinbarten / unterzeichneten"), names a relation as its object ("vertieften
ihre Partnerschaft"), or has a reciprocal "sich" ("trafen sich"); a verb whose target is an object
or another preposition ("loben", "sich hinter … stellen", "schlossen sich den Sanktionen gegen …
an") is directed at someone else. A partner named with "mit" outside the subjects ("unterzeichneten
getrennt Abkommen mit der Türkei") makes it directed too."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import ActorIndex, children, preposition_of, with_preposition
from lagebild.events.lexicon import PARTNER_TARGETS, german_lexicon
from lagebild.events.triggers import Trigger

RECIPROCAL_TARGETS = ("pp:mit", "zwischen", "none")
RECIPROCAL_PRONOUNS = {"sich", "einander"}
# a relation named as the object, its partner as the object's attribute ("ihre Beziehungen zu Kairo")
RELATION_TARGET = "objattr"
# the prepositions that name the partner of a tie ("Beziehungen zu Kairo", "Kontakte mit Ankara")
TIE_PREPOSITIONS = {"zu", "mit"}
# nouns that name a tie between two sides: its coordinated subjects take it up with each other
TIES = {
    "beziehung", "beziehungen", "handelsbeziehungen", "kontakt", "kontakte", "verbindung", "verbindungen",
    "partnerschaft", "freundschaft", "zusammenarbeit", "dialog",
}  # fmt: skip


def acts_on_a_third_party(trigger: Trigger, actors: ActorIndex, sides: list[Span]) -> bool:
    """The coordinated `sides` of a verb act together on someone else, not on each other."""
    if not reciprocal_verb(trigger):
        return True
    # a partner of the verb, or of what it produces ("eine Erklärung, die den Streit mit Katar beilegen
    # soll"): the subjects settle with that third party, not with each other
    objects = [c for c in trigger.token.children if c.dep_ == "obj"]
    phrases = with_preposition(trigger.token, "mit") + [
        t for o in objects for t in o.subtree if t != o and preposition_of(t) == "mit"
    ]
    partners = [actors.of_phrase(p) for p in phrases]
    return any(p is not None and p not in sides for p in partners)


def reciprocal_verb(trigger: Trigger) -> bool:
    """The verb can be done by its coordinated subjects to each other. A "sich" of the lexicon row
    ("sich hinter … stellen") is no reciprocal pronoun; one the row lacks ("trafen sich") is."""
    entry = trigger.entry
    if entry.kind != "V" or entry.target in RECIPROCAL_TARGETS:
        return True
    if entry.objects and entry.target == RELATION_TARGET:
        return True  # "vertieften ihre Partnerschaft": a relation between the subjects
    if takes_up_a_tie(trigger):
        return True  # "Kairo und Doha nahmen die Beziehungen wieder auf": with each other
    return not entry.reflexive and any(
        c.lower_ in RECIPROCAL_PRONOUNS for c in children(trigger.token, "obj", "iobj", "expl")
    )


def takes_up_a_tie(trigger: Trigger) -> bool:
    """The object names a tie whose partner the row takes with "zu" or "mit" ("nahm Beziehungen zu
    Bahrain auf", "pflegt Kontakte mit Ankara"): where no partner is named, the coordinated subjects
    are each other's partners ("Kairo und Doha nahmen die Beziehungen wieder auf")."""
    spec, noun = trigger.entry.target, trigger.object_noun
    prepositions = set(spec.removeprefix("pp:").split("|"))
    if not spec.startswith("pp:") or not prepositions <= TIE_PREPOSITIONS:
        return False
    if noun is None or noun.lower_ not in TIES:
        return False
    phrases = [*trigger.token.children, *noun.children]
    return not any(preposition_of(c) in prepositions for c in phrases)


def settles_with_a_partner(verb: Token) -> bool:
    """A verb done with a partner ("vereinbaren", "sich einigen", "sich verständigen", all "mit"), by
    its form: coordinated subjects of it deal with each other ("Armenien und Aserbaidschan einigten
    sich")."""
    entries = german_lexicon().verbs_by_form.get(verb.lower_, ())
    return any(e.kind == "V" and e.target in PARTNER_TARGETS for e in entries)
