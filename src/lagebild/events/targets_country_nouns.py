"""A target named only by a country noun that points back: "verhängten Sanktionen gegen das Land",
"sicherte dem Nachbarland Hilfe zu", "drohte dem Königreich mit Konsequenzen". German avoids repeating
a state's name; the noun stands for the latest state named before it. The actor stage leaves such nouns
unresolved, so the coder used to guess the counterpart of an earlier event instead, often the wrong one.

"sein Land" (a possessive) is the source's own state and no target here; "das Land" with a name or a
state adjective of its own ("das Land Gabun", "das russische Staatsgebiet") is left to the parse."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import (
    IGO_PREFIX,
    ActorIndex,
    actor_of,
    children,
    clause_tokens,
    preposition_of,
    side_of,
    stand_in,
    start_of_sentences_before,
    state_of_adjective,
    state_ref,
)
from lagebild.events.event_clauses import VERBAL_POS
from lagebild.events.targets_co_agents import co_agent_sides
from lagebild.events.triggers import Trigger
from lagebild.geo.gazetteer import load_gazetteer
from lagebild.kb.store import load_kb

# singular nouns for one state; the plural ("beide Länder") is the business of `targets_both_sides`
COUNTRY_NOUNS = {"land", "staat", "nachbarland", "nachbarstaat", "königreich", "emirat", "sultanat",
                 "golfstaat"}  # fmt: skip
# nouns that say what kind of state is meant: "drohte dem Königreich" after "Saudi-Arabiens und
# Russlands" is Saudi Arabia (the monarchies whose official German name says so)
KINGDOMS = {"BEL", "BHR", "BTN", "DNK", "ESP", "GBR", "JOR", "KHM", "LSO", "MAR", "NLD", "NOR", "SAU",
            "SWE", "SWZ", "THA", "TON"}  # fmt: skip
GULF_STATES = {"ARE", "BHR", "KWT", "OMN", "QAT", "SAU"}
KINDS = {"königreich": KINGDOMS, "emirat": {"ARE", "KWT", "QAT"}, "sultanat": {"BRN", "OMN"},
         "golfstaat": GULF_STATES}  # fmt: skip
DEFINITE = {"das", "dem", "des", "der", "den", "dieses", "diesem", "diesen"}
NEIGHBOUR = "nachbar"  # "Nachbarland", "Nachbarstaat"
# None: a bare noun phrase (object or dative)
AIMING_PREPOSITIONS = {None, "gegen", "an", "für"}
# how far back the state it stands for may be named: the noun refers to the current topic
SENTENCES_BACK = 2


def country_noun_in_clause(trigger: Trigger, source: Span, actors: ActorIndex) -> Span | None:
    """Where the parse left the noun off the trigger ("verhängten Finanz- und Handelssanktionen gegen
    das Land", the phrase on the light verb): a country noun of the clause in a target role, bare or
    after a preposition that aims an act ("gegen", "an", "für")."""
    verb = trigger.token if trigger.entry.kind == "V" else _verb_above(trigger.token)
    for noun in clause_tokens(verb):
        if (
            noun.pos_ != "NOUN"
            or preposition_of(noun) not in AIMING_PREPOSITIONS
            or _verb_above(noun) != verb
        ):
            continue
        state = country_referred_to(noun, source, verb, actors)
        if state is not None:
            return state
    return None


def country_referred_to(noun: Token, source: Span, verb: Token, actors: ActorIndex) -> Span | None:
    """The state a definite country noun of the event's clause stands for: the latest state actor named
    before it (in its own sentence, then up to SENTENCES_BACK before) that is neither the source's side
    nor acting alongside the source; for "das Nachbarland" one that borders the source's state."""
    if not _points_back(noun, actors):
        return None
    excluded = co_agent_sides(source, verb, actors) | _listed_with(source, actors) | {side_of(source)}
    allowed = _states_it_can_be(_word(noun), source)
    start = start_of_sentences_before(noun, SENTENCES_BACK)
    for i in range(noun.i - 1, start - 1, -1):
        span = actors.by_token.get(i)
        if span is None or span.end > noun.i:
            continue
        side = side_of(span)
        if _a_state(span) and side not in excluded and (allowed is None or side in allowed):
            return _the_state_on(noun, side)
    return None


def _points_back(noun: Token, actors: ActorIndex) -> bool:
    """A singular country noun with a definite article or demonstrative, no possessive and no name or
    state adjective of its own."""
    if _word(noun) not in COUNTRY_NOUNS:
        return False
    if "Plur" in noun.morph.get("Number") or noun.i in actors.by_token:
        return False
    determiners = {d.lower_ for d in children(noun, "det")}
    if not determiners & DEFINITE or children(noun, "det:poss"):
        return False
    return not any(
        c.i in actors.by_token or c.dep_ in ("appos", "flat") or state_of_adjective(c) is not None
        for c in noun.children
    )


def _a_state(span: Span) -> bool:
    """A state (or a person or body acting for one), not an IGO: "das Land" is never the EU."""
    actor = actor_of(span)
    side = side_of(span)
    return actor is not None and side is not None and not side.startswith(IGO_PREFIX) and len(side) == 3


def _the_state_on(noun: Token, state: str) -> Span | None:
    """The state as a span of the noun phrase itself: the evidence is the words that name the target,
    and a list the earlier name stood in ("Saudi-Arabiens und Russlands") is no list of targets."""
    actor = load_kb().actors.get(f"country:{state}", {})
    ref = state_ref(actor.get("name_de") or state, state)
    start = min([noun.i, *(c.i for c in noun.children if c.dep_ in ("case", "det"))])
    return stand_in(noun.doc, start, noun.i + 1, ref)


def _word(noun: Token) -> str:
    return noun.lower_ if noun.lower_ in COUNTRY_NOUNS else noun.lemma_.lower()


def _listed_with(source: Span, actors: ActorIndex) -> set[str]:
    """The sides listed with the source, before or after it: "Nigeria, Senegal und die Elfenbeinküste
    verhängten Sanktionen gegen das Land" act together."""
    sentence = source.sent
    spans = {actors.by_token[i] for i in range(sentence.start, sentence.end) if i in actors.by_token}
    listed = [s for s in spans if source in actors.listed_with(s)] + actors.listed_with(source)
    return {side_of(s) for s in listed}


def _states_it_can_be(noun: str, source: Span) -> set[str] | None:
    """The states a noun of a kind can name (None: any state); "das Nachbarland" borders the source."""
    if noun.startswith(NEIGHBOUR):
        return set(load_gazetteer().neighbours.get(side_of(source) or "", ()))
    return KINDS.get(noun)


def _verb_above(noun: Token) -> Token:
    """The verb of an act noun's clause (the noun itself where it has none): a weak parse may hang the
    noun on another noun first ("Finanz- und Handelssanktionen")."""
    token = noun
    while token.pos_ not in VERBAL_POS and token.head != token:
        token = token.head
    return token if token.pos_ in VERBAL_POS else noun
