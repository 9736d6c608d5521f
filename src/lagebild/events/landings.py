"""Landing as a visit: "Rubio ist in Panama-Stadt gelandet", "als Netanjahu in Budapest landete" (042).

A politician the news names who lands somewhere has arrived there on a visit, as the gold banks code
it. What else lands is no visitor: troops, police and planes ("400 kenianische Polizisten sind in Haiti
gelandet", "zwei Militärflugzeuge landeten in Mogadischu") are deployed or deliver, a dispute lands
before a court ("dürfte der Streit vor dem Gerichtshof landen"); none of them is named as a person is.
Nor is a state or a team that lands on a rank ("Vorjahressieger Großbritannien landet auf dem dritten
Platz"): the name must be a person's. A plane or train that a named politician's genitive owns brings
him ("Die Maschine des türkischen Präsidenten Erdoğan ist in Kairo gelandet")."""

from __future__ import annotations

from spacy.tokens import Token

from lagebild.events.arguments import children, subject_of
from lagebild.events.triggers import Trigger
from lagebild.pipeline.word_classes import PERSON_LABELS

LANDING = "landen"
PROPER_NOUN = "PROPN"
# the plane or train a politician travels in lands for him ("Die Maschine des indischen Premierministers
# Narendra Modi ist in Malé gelandet"), named in its genitive
CARRIERS = {"maschine", "regierungsmaschine", "flugzeug", "regierungsflugzeug", "sonderzug", "sondermaschine"}
# how a name hangs on the noun of an office ("Vizepräsident JD Vance", "der Außenminister Sarif")
NAME_DEPS = {"flat", "flat:name", "appos", "nmod"}


def lands_without_visiting(trigger: Trigger) -> bool:
    """Whether a landing is one of no named visitor: of forces, planes, goods, a dispute or a state."""
    if trigger.entry.lemma != LANDING:
        return False
    subject = subject_of(trigger.token)
    return subject is None or not _named(subject)


def _named(noun: Token) -> bool:
    named = _person_name(noun) or any(
        c.dep_ in NAME_DEPS and _person_name(c) and c.i > noun.i for c in noun.children
    )
    return named or (noun.lower_ in CARRIERS and any(_named(c) for c in children(noun, "nmod")))


def _person_name(token: Token) -> bool:
    return token.pos_ == PROPER_NOUN and token.ent_type_ in PERSON_LABELS
