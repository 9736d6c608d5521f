"""Who says what "comes from" a state: "Aus Kiew kam der Vorwurf, Bern verstecke sich", "Aus Riad kam
ein Appell an beide Nachbarn", "Bislang kam nur aus Moskau ein Vermittlungsangebot". German news
names the speaker of a statement by where it came from, the capital or the country, with a verb of
coming; the statement is that state's. The actor stage reads such a capital as the government only
after the statement nouns it lists; this covers every statement the event lexicon knows, where the
capital or country was left a place. Force is left out: rockets "from Syria" need not be Syria's."""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Span, Token

from lagebild.events.arguments import ActorIndex, actor_or_place, conjunct_chain, entity_at, preposition_of
from lagebild.events.noun_agents import COMING, COMING_NOUN_LABELS, SAID_ROOTS
from lagebild.events.triggers import Trigger
from lagebild.kb.store import load_kb

# statements, appeals, demands, rejections, threats and offers are said; where they come from says who
SPOKEN_ROOTS = SAID_ROOTS | {"03"}
ORIGIN = "aus"
# the time stamp of a live ticker's entry: "10:40", "13:20 Uhr"
CLOCK_TIME = re.compile(r"\d{1,2}[:.]\d{2}$")
CLOCK = "uhr"
COUNTRY_FEATURE = "country"


def origin_states(trigger: Trigger, actors: ActorIndex) -> list[Span]:
    """The states a statement noun comes from ("Aus Kiew kam der Vorwurf"), as stand-in spans; each
    of a list says it ("Aus Moskau und Peking kamen Glückwünsche"); none where no capital or country
    is named as its origin."""
    noun = trigger.token
    verb = noun.head
    if trigger.entry.code[:2] not in SPOKEN_ROOTS or noun.dep_ not in COMING_NOUN_LABELS:
        return []
    if verb.lemma_.lower() not in COMING and verb.lower_ not in COMING:
        return []
    # a fronted phrase the parse hung on the adverb or the time stamp before it: "Auch aus Ankara kommt
    # scharfe Kritik", "[10:40] Aus Moskau kommt Kritik"; not one on a noun, which may be another act's
    # ("Nach den Angriffen aus Gaza kam Kritik")
    fronted = [c for f in verb.children if f.i < verb.i and _adverb_or_time_stamp(f) for c in f.children]
    phrases = [c for c in (*verb.children, *noun.children, *fronted) if preposition_of(c) == ORIGIN]
    for phrase in phrases:
        if state_or_capital(phrase.text, entity_at(phrase)):
            places = [p for p in (phrase, *conjunct_chain(phrase)) if state_or_capital(p.text, entity_at(p))]
            return [state for state in (actor_or_place(p, actors) for p in places) if state is not None]
    return []


def _adverb_or_time_stamp(word: Token) -> bool:
    return word.pos_ == "ADV" or bool(CLOCK_TIME.match(word.text)) or word.lower_ == CLOCK


def state_or_capital(name: str, place: Span | None) -> bool:
    if place is not None and place._.place is not None and place._.place.feature == COUNTRY_FEATURE:
        return True
    return name in capitals()


@cache
def capitals() -> frozenset[str]:
    """The German names of the capitals of states, which stand for their governments."""
    return frozenset(
        name
        for actor in load_kb().actors.values()
        if actor["type"] in ("state", "government")
        for name in actor.get("capitals_de", [])
    )
