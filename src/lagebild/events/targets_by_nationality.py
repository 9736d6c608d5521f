"""Hostile acts aimed at people or things a nationality adjective assigns to a state: "ließ estnische
Fischer festsetzen", "holte vier russische Marschflugkörper vom Himmel", "droht mit Strafzöllen auf
mexikanische Waren", "Sanktionen gegen russische Banken". The state is the target where the clause
names no actor: the people, weapons or goods are that state's. Demands, criticism and rejections are
aimed at the state of their own object, named by an adjective or by a compound of people ("bestellte
den US-Geschäftsträger ein", "lehnte den russischen Vorschlag ab"). Cooperation is `context_targets`'s
`_beneficiary_by_adjective` ("den Markt für deutsche Unternehmen öffnen")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import (
    PATIENT_DEPS,
    actor_in_compound,
    adjective_actor,
    children,
    genitive_attributes,
    lassen_of,
    preposition_of,
    side_of,
)
from lagebild.events.codebook import HOSTILE_ROOTS, REDUCING_ROOT
from lagebild.events.event_clauses import NOMINAL_POS
from lagebild.events.triggers import Trigger

# threats, force posture, reduced relations (sanctions, tariffs), coercion and violence
AIMED_ROOTS = HOSTILE_ROOTS | {REDUCING_ROOT}
# demands, criticism and rejections turn to whom their object names by nationality: "bestellte den
# US-Geschäftsträger ein", "verweigerte den IAEA-Inspektoren den Zutritt", "lehnte den russischen
# Vorschlag ab" (an act judged is its performer's); only the object itself, never what it is about
# ("forderte die Freilassung der russischen Journalisten" is aimed at whoever holds them)
ADDRESSED_ROOTS = {"10", "11", "12"}
ADDRESSED_DEPS = ("obj", "iobj", "nsubj:pass")
# a compound names the state of the people, forces or firms it is made with ("den US-Geschäftsträger", "den
# IAEA-Inspektoren", "griff US-Truppen an"); of a thing or an act it names what it is about ("von einem
# Nato-Manöver ausschließen", "den EU-Beitritt blockieren")
PEOPLE_STEMS = ("botschafter", "geschäftsträger", "diplomat", "gesandt", "vertreter", "inspektor", "beobachter",
                "soldat", "truppe", "streitkräfte", "militär", "beamt", "bürger", "journalist", "unterhändler",
                "minister", "delegation", "kriegsschiff", "firma", "firmen", "unternehmen", "konzern")  # fmt: skip
# what a measure or an attack is aimed at: "Zölle auf …", "Sanktionen gegen …"
AIMED_PREPOSITIONS = {"auf", "gegen"}


def state_by_nationality(trigger: Trigger, source: Span) -> Span | None:
    """The state a nationality adjective or a compound of people names on what a hostile act is done to,
    or on the object of a demand, criticism or rejection, if not the source's."""
    root = trigger.entry.code[:2]
    if root in AIMED_ROOTS:
        nouns = _aimed_at(trigger, source)
    elif root in ADDRESSED_ROOTS and trigger.entry.kind == "V":
        nouns = [n for n in children(trigger.token, *ADDRESSED_DEPS) if n.pos_ in NOMINAL_POS]
    else:
        return None
    side = side_of(source)
    for noun in nouns:
        # "iranische Tanker", "den US-Geschäftsträger"
        state = adjective_actor(noun) or _people_compound(noun)
        if state is not None and side_of(state) not in (None, side):
            return state
    return None


def _aimed_at(trigger: Trigger, source: Span) -> list[Token]:
    """The objects of the act's verb, also those the parse hung on a governing "lassen" ("ließ estnische
    Fischer festsetzen"); then the nouns of an aiming phrase on the verb or on the act noun itself or
    on its object ("droht mit Strafzöllen auf mexikanische Waren"); and whose the objects are, named in
    a genitive ("Schiffe der russischen Schattenflotte mit Sanktionen belegen")."""
    verb = trigger.token
    heads = [verb, *filter(None, [lassen_of(verb)])]
    objects = [o for head in heads for o in children(head, *PATIENT_DEPS)]
    # an object the parse took for the subject of a verb whose subject is elided ("oder würde estnische
    # Fischer festsetzen"), where the source is named elsewhere
    subjects = children(verb, "nsubj")
    if not any(source.start <= t.i < source.end for s in subjects for t in s.subtree):
        objects += subjects
    objects += [trigger.object_noun] if trigger.object_noun is not None else []
    # what an act noun is done to: "das Festsetzen des iranischen Tankers"
    objects += genitive_attributes(verb) if trigger.entry.kind == "N" else []
    holders = [verb, *objects]
    aimed = [c for h in holders for c in h.children if preposition_of(c) in AIMED_PREPOSITIONS]
    # whose the things done to are: "Schiffe der russischen Schattenflotte mit Sanktionen belegen"
    owners = [g for o in objects for g in genitive_attributes(o)] if trigger.entry.kind == "V" else []
    return [n for n in objects + aimed + owners if n.pos_ in NOMINAL_POS]


def _people_compound(noun: Token) -> Span | None:
    """The state or IGO a compound of people, forces or firms opens ("US-Geschäftsträger")."""
    rest = noun.text.partition("-")[2].lower()
    return actor_in_compound(noun) if rest.startswith(PEOPLE_STEMS) else None
