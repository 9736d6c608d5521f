"""Hostile acts aimed at people or things a nationality adjective assigns to a state: "ließ estnische
Fischer festsetzen", "holte vier russische Marschflugkörper vom Himmel", "droht mit Strafzöllen auf
mexikanische Waren", "Sanktionen gegen russische Banken". The state is the target where the clause
names no actor: the people, weapons or goods are that state's. Cooperation is `context_targets`'s
`_beneficiary_by_adjective` ("den Markt für deutsche Unternehmen öffnen")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import adjective_actor, children, lassen_of, preposition_of, side_of
from lagebild.events.codebook import HOSTILE_ROOTS, REDUCING_ROOT
from lagebild.events.triggers import Trigger

# threats, force posture, reduced relations (sanctions, tariffs), coercion and violence
AIMED_ROOTS = HOSTILE_ROOTS | {REDUCING_ROOT}
OBJECT_DEPS = ("obj", "nsubj:pass")
# what a measure or an attack is aimed at: "Zölle auf …", "Sanktionen gegen …"
AIMED_PREPOSITIONS = {"auf", "gegen"}


def state_by_nationality(trigger: Trigger, source: Span) -> Span | None:
    """The state a nationality adjective names on what the act is done to, if not the source's."""
    if trigger.entry.code[:2] not in AIMED_ROOTS:
        return None
    side = side_of(source)
    for noun in _aimed_at(trigger, source):
        state = adjective_actor(noun)
        if state is not None and side_of(state) not in (None, side):
            return state
    return None


def _aimed_at(trigger: Trigger, source: Span) -> list[Token]:
    """The objects of the act's verb, also those the parse hung on a governing "lassen" ("ließ estnische
    Fischer festsetzen"); then the nouns of an aiming phrase on the verb or on the act noun itself or
    on its object ("droht mit Strafzöllen auf mexikanische Waren")."""
    verb = trigger.token
    heads = [verb, *filter(None, [lassen_of(verb)])]
    objects = [o for head in heads for o in children(head, *OBJECT_DEPS)]
    # an object the parse took for the subject of a verb whose subject is elided ("oder würde estnische
    # Fischer festsetzen"), where the source is named elsewhere
    subjects = children(verb, "nsubj")
    if not any(source.start <= t.i < source.end for s in subjects for t in s.subtree):
        objects += subjects
    objects += [trigger.object_noun] if trigger.object_noun is not None else []
    holders = [verb, *objects]
    aimed = [c for h in holders for c in h.children if preposition_of(c) in AIMED_PREPOSITIONS]
    return [n for n in objects + aimed if n.pos_ in ("NOUN", "PROPN")]
