"""Critics who accuse: "Kritiker werfen Sandu vor, …", "Beobachter werfen der Junta vor, …". Critics and
observers are commentators (`onlookers`), and what they doubt or expect is no act; but an accusation
they raise is one, which the guidelines code with no state as its source (the bare sector, CVL), as
for any side the text does not name. Critics placed in a state ("Kritiker in Warschau") are that
state's people (`actor_located_critics`); those placed otherwise ("Kritiker im eigenen Land", "im
Parlament") belong to a side the coder cannot name from the noun and are left alone. Critics who accuse
"die Regierung", named by no more than that, are its own people, its opposition, as the banks code them
("Kritiker werfen der Regierung vor, …": NGA → NGA); one named by its head or seat ("der Regierung von
Daniel Ortega") may be accused from anywhere."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import DATIVE_OBJECT_DEPS, ActorIndex, actor_of, children, stand_in
from lagebild.events.reported_acts import ACCUSATION
from lagebild.events.triggers import Trigger
from lagebild.pipeline.annotations import ActorRef, EventInfo

# critics and observers by trade, as a group (lowered); "der Kritiker" is one man named before
CRITICS = frozenset({"kritiker", "kritikerinnen", "regierungskritiker", "beobachter", "beobachterinnen"})
SINGULAR_ARTICLES = frozenset({"der", "ein", "dem", "des", "eines", "einem"})
# civilians: the sector the guidelines give a side of no state; the opposition: critics at home
CIVILIANS, OPPOSITION = "CVL", "OPP"
GOVERNMENT = "regierung"


def critics_source(trigger: Trigger, subject: Token, actors: ActorIndex) -> Span | None:
    """The critics a subject names who raise an accusation, as a stand-in span on the noun: of no state,
    or of the state whose government they accuse."""
    if not trigger.entry.code.startswith(ACCUSATION) or not _unplaced_critics(subject):
        return None
    home = _accused_government(trigger.token, actors)
    critics = (
        ActorRef(name=subject.text, country=home, actor_code=home + OPPOSITION)
        if home
        else ActorRef(name=subject.text, actor_code=CIVILIANS)
    )
    return stand_in(subject.doc, subject.i, subject.i + 1, critics)


def _accused_government(verb: Token, actors: ActorIndex) -> str | None:
    """The state of "der Regierung" the verb accuses, named by that word alone."""
    for accused in children(verb, *DATIVE_OBJECT_DEPS):  # the verb's dative, the accused
        if accused.lemma_.lower() == GOVERNMENT and not children(accused, "nmod", "amod", "appos", "flat"):
            named = actors.by_token.get(accused.i)
            actor = actor_of(named) if named is not None else None
            return actor.country if actor is not None else None
    return None


def accused_by_critics(event: EventInfo, subject: Token) -> bool:
    """The event is an accusation whose source is the critics the subject names, not an actor lent from
    nearby."""
    return event.code.startswith(ACCUSATION) and event.source is not None and event.source.start == subject.i


def _unplaced_critics(noun: Token) -> bool:
    if noun.lower_ not in CRITICS or "-" in noun.text:
        return False
    if any(c.dep_ == "det" and c.lower_ in SINGULAR_ARTICLES for c in noun.children):
        return False
    # "Kritiker in Kabul", "Kritiker im eigenen Lager": placed, by the actor stage or not at all
    return not any(c.dep_ in ("nmod", "obl") for c in noun.children)
