"""Appeals, demands and reproaches addressed at home: "Iohannis rief die Parteien auf, eine Regierung zu
bilden", "Trudeau rief die Kanadier auf", "Fico warf der Regierung Kriegstreiberei vor", "Milei warf
den Organisatoren vor, bezahlt zu sein". The addressee is the source's own state (the gold codes ROU →
ROU): its people, parties or institutions, named by a common noun the actor stage leaves unresolved
or resolves to the source's own state, which the coder otherwise drops as the source itself and
replaces with a foreign actor guessed nearby."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import (
    ActorIndex,
    actor_or_place,
    adjective_actor,
    children,
    own_state,
    preposition_of,
    side_of,
    stand_in,
    state_ref,
)
from lagebild.events.event_clauses import NOMINAL_POS
from lagebild.events.implicit_sources import CIVILIANS, CROWD_NOUNS
from lagebild.events.lexicon import german_lexicon
from lagebild.events.summoned_envoys import ENVOYS
from lagebild.events.targets_camps import AT_HOME
from lagebild.events.triggers import Trigger

# appeals (02), demands (10) and criticism or accusations (11) turn to an addressee
ADDRESSING_ROOTS = ("02", "10", "11")
ADDRESSEE_DEPS = ("obj", "iobj", "obl:arg")
# "appellierte an die Bürger", "wandte sich an die Bevölkerung"
ADDRESSING_PREPOSITIONS = {"an"}
# institutions and groups of a state's own politics, by the CAMEO sector they stand for
SECTORS = {
    "partei": "OPP", "parteien": "OPP", "opposition": "OPP", "oppositionspartei": "OPP",
    "oppositionsparteien": "OPP", "regierung": "GOV", "regierungspartei": "GOV", "koalition": "GOV",
    "parlament": "LEG", "abgeordnete": "LEG", "abgeordneten": "LEG", "justiz": "JUD", "armee": "MIL",
    "streitkräfte": "MIL", "polizei": "COP", "firmen": "BUS", "unternehmen": "BUS", "wirtschaft": "BUS",
}  # fmt: skip
PEOPLE = CROWD_NOUNS | {
    "bürger", "bürgerinnen", "bevölkerung", "landsleute", "wähler", "wählerinnen", "organisatoren",
    "anhänger", "anhängerinnen", "gewerkschaften", "mitglieder",
}  # fmt: skip


def addressee_at_home(trigger: Trigger, source: Span, actors: ActorIndex) -> Span | None:
    """The own state as a stand-in on the addressee, where the clause addresses the source's own
    people or institutions; None where it addresses nobody, a foreign actor, or the source is no
    state."""
    if trigger.entry.code[:2] not in ADDRESSING_ROOTS or trigger.entry.kind != "V":
        return None
    state = own_state(source)
    if state is None:
        return None
    for noun in _addressees(trigger, source):
        if noun.lower_.startswith(ENVOYS):
            return None  # a state summons or rebukes another state's envoys; its own it recalls
        named = actors.of_phrase(noun)
        if named is not None:
            if side_of(named) != state or _overlaps(named, source):
                return None  # a foreign addressee is found elsewhere, the source is no addressee
            sector = _sector(noun) or CIVILIANS
        else:
            if _of_another_state(noun, state, actors):
                return None
            sector = _sector(noun)
            if sector is None:
                continue
        actor = state_ref(noun.text, state, sector, role=AT_HOME)
        doc = noun.doc
        # a name the actor stage resolved already ("die Kanadier") carries no stand-in: the verb does
        return next(filter(None, (stand_in(doc, t.i, t.i + 1, actor) for t in (noun, trigger.token))), None)
    return None


def _of_another_state(noun: Token, state: str, actors: ActorIndex) -> bool:
    """ "die irakische Regierung", "die Bewohner des Südlibanon": the noun's attribute names another
    state, or a place in it; a name we cannot place may be anywhere."""
    named = children(noun, "nmod")
    if any(c.pos_ == "PROPN" and actor_or_place(c, actors) is None for c in named):
        return True
    attributes = [adjective_actor(noun), *(actor_or_place(c, actors) for c in named)]
    return any(a is not None and side_of(a) != state for a in attributes)


def _addressees(trigger: Trigger, source: Span) -> list[Token]:
    verb = trigger.token
    nouns = [c for c in children(verb, *ADDRESSEE_DEPS) if preposition_of(c) is None]
    # the weak parse makes an object after the verb a second subject ("rief die Parteien auf")
    nouns += [c for c in children(verb, "nsubj") if c.i > verb.i and not source.start <= c.i < source.end]
    nouns += [c for c in children(verb, "obl") if preposition_of(c) in ADDRESSING_PREPOSITIONS]
    return [n for n in nouns if n.pos_ in NOMINAL_POS and n != trigger.object_noun and not _an_act(n)]


def _an_act(noun: Token) -> bool:
    """ "Kriegstreiberei", "Erpressung": what is charged or demanded, not whom."""
    word = noun.lower_
    if word in SECTORS or word in PEOPLE:
        return False
    return bool(german_lexicon().nouns_by_form.get(word)) or word.endswith(("ung", "ungen"))


def _sector(noun: Token) -> str | None:
    """The sector an unresolved addressee stands for: an institution, a party, the people, or those
    the source calls its own ("ihren Regierungschef", "seine Mitglieder")."""
    word = noun.lower_
    if word in SECTORS:
        return SECTORS[word]
    if word in PEOPLE or any(c.dep_ == "det:poss" for c in noun.children):
        return CIVILIANS
    return None


def _overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end
