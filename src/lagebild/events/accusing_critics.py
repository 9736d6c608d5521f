"""Critics who accuse: "Kritiker werfen Sandu vor, …", "Beobachter werfen der Junta vor, …". Critics and
observers are commentators (`onlookers`), and what they doubt or expect is no act; but an accusation
they raise is one, which the guidelines code with no state as its source (the bare sector, CVL), as
for any side the text does not name. Critics placed in a state ("Kritiker in Warschau") are that
state's people (`actor_located_critics`). Critics placed at home ("Kritiker im eigenen Land", "im
Land", "im eigenen Lager", "im Parlament") are the own people of the state they accuse, its
opposition, as the banks code them ("Kritiker im eigenen Lager werfen Sunak vor": GBR → GBR); accusing
an organisation, or no one the coder can name, they are left alone. Critics who accuse
"die Regierung", named by no more than that, are its own people, its opposition, as the banks code them
("Kritiker werfen der Regierung vor, …": NGA → NGA); one named by its head or seat ("der Regierung von
Daniel Ortega") may be accused from anywhere. A party the adjective makes the opposition ("die
oppositionelle Demokratische Partei warf Rama vor"), or its leader, of no state the actor stage knows, is
the opposition of the state it accuses, as the banks code it (ALB → ALB); so is a camp named by its label
("Die Konservativen in London werfen Starmer vor": GBR → GBR). The opposition named by no more than that
word ("Mehrere Oppositionspolitiker im Senat warfen ihm vor") is placed by the story alone, often in the
state of a foreign actor named before; accusing a leader, it is the leader's state's."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import (
    DATIVE_OBJECT_DEPS,
    IGO_PREFIX,
    ActorIndex,
    actor_of,
    children,
    stand_in,
)
from lagebild.events.reported_acts import ACCUSATION
from lagebild.events.triggers import Trigger
from lagebild.pipeline.annotations import ActorRef, EventInfo
from lagebild.pipeline.word_classes import PERSON_LABELS

# critics and observers by trade, as a group (lowered); "der Kritiker" is one man named before
CRITICS = frozenset({"kritiker", "kritikerinnen", "regierungskritiker", "beobachter", "beobachterinnen"})
SINGULAR_ARTICLES = frozenset({"der", "ein", "dem", "des", "eines", "einem"})
# civilians: the sector the guidelines give a side of no state; the opposition: critics at home
CIVILIANS, OPPOSITION = "CVL", "OPP"
GOVERNMENT = "regierung"
# where critics at home stand: "im (eigenen) Land", "im eigenen Lager", "im Parlament", "in der eigenen
# Partei", "in den eigenen Reihen" (lowered)
HOME_PLACES = frozenset({"land", "inland", "lager", "parlament", "partei", "reihen"})
HOME_PREPOSITIONS = frozenset({"in", "im", "aus"})
# the adjective that makes a party the opposition: "die oppositionellen Fratelli d'Italia" (lemma)
OPPOSITION_ADJECTIVE = "oppositionell"
# a political camp named by its label, plural: "die Konservativen", "die Rechtspopulisten von Chega" (lowered)
CAMP_LABELS = frozenset(
    {"konservativen", "rechtspopulisten", "linkspopulisten", "nationalisten", "nationalkonservativen",
     "rechtsnationalen", "rechtsextremen", "sozialisten", "kommunisten", "liberalen"}
)  # fmt: skip
# the opposition named by no more than its word (lemma, lowered)
OPPOSITION_NOUNS = frozenset(
    {"opposition", "oppositionspolitiker", "oppositionsabgeordnete", "oppositionsparteien"}
)


def critics_source(trigger: Trigger, subject: Token, actors: ActorIndex) -> Span | None:
    """The critics a subject names who raise an accusation, as a stand-in span on the noun: of no state,
    of the state whose government they accuse, or, placed at home, of the state of whomever they accuse."""
    if not trigger.entry.code.startswith(ACCUSATION):
        return None
    if _unknown_opposition(subject, actors) or (
        _story_opposition(subject, actors) and _accuses_a_person(trigger.token, actors)
    ):
        return _home_critics(trigger, subject, actors)
    if not _critics(subject):
        return None
    if _critics_at_home(subject):
        return _home_critics(trigger, subject, actors)
    if not _unplaced(subject):
        return None
    home = _accused_government(trigger.token, actors)
    critics = (
        ActorRef(name=subject.text, country=home, actor_code=home + OPPOSITION)
        if home
        else ActorRef(name=subject.text, actor_code=CIVILIANS)
    )
    return stand_in(subject.doc, subject.i, subject.i + 1, critics)


def _home_critics(trigger: Trigger, subject: Token, actors: ActorIndex) -> Span | None:
    """The critics as the opposition of the state they accuse, if it is one the coder can name."""
    home = _accused_state(trigger.token, actors)
    if home is None:
        return None
    critics = ActorRef(name=subject.text, country=home, actor_code=home + OPPOSITION)
    return stand_in(subject.doc, _stand_in_start(subject, actors), subject.i + 1, critics)


def _stand_in_start(noun: Token, actors: ActorIndex) -> int:
    """Where the stand-in opens: on the noun, unless the actor stage's span is the noun alone
    ("Mehrere Oppositionspolitiker"); a stand-in never coincides with it, so it takes the article too."""
    named = actors.by_token.get(noun.i)
    if named is None or (named.start, named.end) != (noun.i, noun.i + 1):
        return noun.i
    return min((c.i for c in children(noun, "det") if c.i < noun.i), default=noun.i)


def _accused_government(verb: Token, actors: ActorIndex) -> str | None:
    """The state of "der Regierung" the verb accuses, named by that word alone."""
    for accused in children(verb, *DATIVE_OBJECT_DEPS):  # the verb's dative, the accused
        if accused.lemma_.lower() == GOVERNMENT and not children(accused, "nmod", "amod", "appos", "flat"):
            named = actors.by_token.get(accused.i)
            actor = actor_of(named) if named is not None else None
            return actor.country if actor is not None else None
    return None


def _accuses_a_person(verb: Token, actors: ActorIndex) -> bool:
    """The verb's dative names a person ("warfen ihm vor" of a president): a leader's own opposition
    accuses him, while the opposition of one state may well accuse another ("wirft Moskau vor")."""
    for accused in children(verb, *DATIVE_OBJECT_DEPS):
        named = actors.of_phrase(accused)
        if named is not None and (named._.antecedent or named).label_ in PERSON_LABELS:
            return True
    return False


def _accused_state(verb: Token, actors: ActorIndex) -> str | None:
    """The state of whoever the verb's dative names, a government, a leader or the state itself."""
    for accused in children(verb, *DATIVE_OBJECT_DEPS):
        named = actors.of_phrase(accused)
        actor = actor_of(named) if named is not None else None
        if actor is not None and actor.country and not (actor.actor_code or "").startswith(IGO_PREFIX):
            return actor.country
    return None


def accused_by_critics(event: EventInfo, subject: Token) -> bool:
    """The event is an accusation whose source is the critics the subject names, not an actor lent from
    nearby."""
    return event.code.startswith(ACCUSATION) and event.source is not None and event.source.start == subject.i


def _critics(noun: Token) -> bool:
    if noun.lower_ not in CRITICS or "-" in noun.text:
        return False
    return not any(c.dep_ == "det" and c.lower_ in SINGULAR_ARTICLES for c in noun.children)


def _unplaced(noun: Token) -> bool:
    # "Kritiker in Kabul": placed by the actor stage
    return not any(c.dep_ in ("nmod", "obl") for c in noun.children)


def _critics_at_home(noun: Token) -> bool:
    """ "Kritiker im eigenen Land", "Beobachter im Parlament": placed where the accused rules. The parse
    hangs the phrase on the noun or, as often, on the verb; right after the noun it is the noun's."""
    if noun.i + 1 >= len(noun.doc):
        return False
    preposition = noun.doc[noun.i + 1]
    place = preposition.head
    return (
        preposition.dep_ == "case"
        and preposition.lower_ in HOME_PREPOSITIONS
        and place.lower_ in HOME_PLACES
        and place.head in (noun, noun.head)
    )


def _unknown_opposition(noun: Token, actors: ActorIndex) -> bool:
    """A party the adjective makes the opposition, or the one who leads it ("die Vorsitzende der
    oppositionellen Demokratischen Partei, Elly Schlein"), or a camp named by its label ("die
    Konservativen"), that the actor stage places in no state; one it places ("die oppositionelle CHP",
    "die oppositionelle Partei der Malediven", "die Grünen" of a German party) keeps its own."""
    parties = (noun, *children(noun, "nmod"))
    camp = noun.lower_ in CAMP_LABELS and any(c.dep_ == "det" and c.lower_ == "die" for c in noun.children)
    if not camp and not any(
        a.lemma_.lower() == OPPOSITION_ADJECTIVE for p in parties for a in _adjectives(p)
    ):
        return False
    named = actors.of_phrase(noun)
    actor = actor_of(named) if named is not None else None
    return actor is None or not actor.country


def _story_opposition(noun: Token, actors: ActorIndex) -> bool:
    """ "die Opposition", "Oppositionspolitiker" with no adjective and no actor named in their phrase: the
    actor stage placed them by the story alone."""
    named = actors.by_token.get(noun.i)
    if named is None or noun.lemma_.lower() not in OPPOSITION_NOUNS or children(noun, "amod"):
        return False
    if any(actors.by_token.get(t.i, named) is not named for t in noun.subtree):
        return False
    actor = actor_of(named)
    return actor is not None and (actor.actor_code or "").endswith(OPPOSITION)


def _adjectives(noun: Token) -> list[Token]:
    """The adjectives before a noun, also those the parse hangs on the next one ("die oppositionelle
    Demokratische Partei": "oppositionelle" on "Demokratische")."""
    found, pending = [], children(noun, "amod")
    while pending:
        adjective = pending.pop()
        found.append(adjective)
        pending += [c for c in children(adjective, "amod", "conj") if c.i < noun.i]
    return found
