"""The state where an English act on the ground happens, as its target (an attack's source) when
no actor is named.

"Israeli tanks fired shells at targets in Jericho", "Turkish authorities imposed a curfew in Cizre",
"Kurds demonstrated in Kirkuk": force, coercion, protest and cuts in relations done in a place act on
the state the place belongs to; CAMEO (and the PLOVER gold) code that state as the target (PSE, TUR,
IRQ), also where it is the source's own (a state acting at home). The actor stage rightly reads such a
city as a place, not an actor, so the coder makes a stand-in span of its own carrying the state, the
way the German coder does for "in Moskau" after a visit (`arguments.stand_in`).

An attack naming no attacker ("a roadside bombing near Samarra killed …") comes from the state where it
happens (`unnamed_attacker`), and so does an investigation, arrest or expulsion in the passive that
names no authority ("a US national has been put under investigation in Italy": ITA → USA;
`unnamed_authority`): only a state's authorities investigate, arrest and deport on its soil. Protesters
no actor names ("prisoners rioted at a jail in Kenya", "refugees are continuing a hunger strike in
protest of the Russian government's refusal") are people of the state where they protest, else of the
state whose government they protest against (`unnamed_protesters`).

"Serbian workers went on strike": a protest that names neither whom it is against nor where it is held
is aimed at the protesters' own government (the PLOVER gold: SRB → SRB), as the German coder codes a
party's unaddressed demands (`targets_domestic`).
"""

from __future__ import annotations

from spacy.tokens import Span

from lagebild.events.arguments import actor_of, stand_in, state_ref
from lagebild.events.codebook import PROTEST_ROOT
from lagebild.events.petrarch_clauses import CLAUSE_BREAKS

# protest (14), cuts in relations (16), coercion (17), assault (18), fighting (19), mass violence (20)
ACTS_ON_THE_GROUND = {"14", "16", "17", "18", "19", "20"}
WHERE_PREPOSITIONS = {"in", "into", "at", "near", "outside", "inside"}
# "in the northern city of Kirkuk": the place after "of" behind such a noun stands where the act is
PLACE_NOUNS = {"city", "town", "village", "capital", "province", "region", "district", "port", "state"}
DIRECTIONS = {"central", "northern", "southern", "eastern", "western", "north", "south", "east", "west"}
PLACE_REACH = 12  # words past the verb where the place of the act may stand
VIOLENT_ROOTS = {"18", "19", "20"}
# nouns naming an attack as the subject of "killed", "wounded" (or the passive's "killed in a …")
ATTACK_NOUNS = {
    "attack", "attacks", "bombing", "bombings", "bomb", "bombs", "explosion", "explosions", "blast", "blasts",
    "airstrike", "airstrikes", "shelling", "ambush", "rocket", "rockets", "missile", "missiles", "mortar",
}  # fmt: skip
ATTACK_REACH = 6  # "were killed in a suicide car bombing": words past the passive verb
GOVERNING = {"GOV", "ELI"}  # CAMEO role codes of a government and its leaders
PROTESTED_REACH = 12  # words past a protest verb where the government it is aimed at may stand
# words that open what a protest is about: a place after them is the issue's, not the protest's
WHAT_IS_PROTESTED = {"against", "over", "about", "for", "of", "to", "on"}
# investigations (09), administrative sanctions (172), arrests and charges (173), deportations (174)
AUTHORITY_ACTS = ("09", "172", "173", "174")


def state_of_place(sentence: Span, code: str, verb_end: int) -> Span | None:
    """A stand-in span for the state of the first place after the verb ("in Jericho"), within its
    clause, for codes of acts on the ground; `verb_end` counts from the sentence start."""
    if code[:2] not in ACTS_ON_THE_GROUND:
        return None
    return _place_state(sentence, verb_end, verb_end + PLACE_REACH)


def unnamed_attacker(
    sentence: Span, code: str, words: list[str], start: int, end: int, passive: bool
) -> Span | None:
    """ "A roadside bombing near Samarra killed a U.S. soldier", "three civilians were killed in a car
    bombing in Baghdad": an attack that names no attacker is, for CAMEO and the PLOVER gold, one from
    the state where it happens: a stand-in span for that state, else None. `start`/`end`: the verb's
    words, counted from the sentence start; the attack noun is the subject, or the passive's "in"."""
    if code[:2] not in VIOLENT_ROOTS:
        return None
    if passive:
        named = any(w in ATTACK_NOUNS for w in words[end : end + ATTACK_REACH])
    else:
        clause_start = max((i + 1 for i, w in enumerate(words[:start]) if w in CLAUSE_BREAKS), default=0)
        named = any(w in ATTACK_NOUNS for w in words[clause_start:start])
    return _place_state(sentence, 0, len(words)) if named else None


def unnamed_authority(sentence: Span, code: str, end: int, passive: bool) -> Span | None:
    """ "was arrested in Lebanon", "has been put under investigation in Italy": a legal act in the
    passive with no agent is the act of the state where it happens: a stand-in span for the state of
    the place after the verb (`end`, counted from the sentence start), else None."""
    if not passive or not code.startswith(AUTHORITY_ACTS):
        return None
    return _place_state(sentence, end, end + PLACE_REACH)


def unnamed_protesters(sentence: Span, code: str, start: int, end: int, target: Span | None) -> Span | None:
    """A stand-in span for the state of protesters no actor names: the state of the place after the
    verb (`start`/`end`: its words, counted from the sentence start), else the state of the government
    or leader the protest is aimed at: the target, or where there is none, the first in the verb's
    clause ("continued their hunger strike to demand the resignation of President …"); on the verb's
    words, else None."""
    if not code.startswith(PROTEST_ROOT):
        return None
    words = [t.lower_ for t in sentence[end : end + PLACE_REACH]]
    reach = next((i for i, w in enumerate(words) if w in WHAT_IS_PROTESTED), len(words))
    place = _place_state(sentence, end, end + reach)  # "rallied in Cairo", not "against the war in Gaza"
    if place is not None:
        return place
    candidates = [target] if target is not None else _clause_actors(sentence, end, end + PROTESTED_REACH)
    state = next(filter(None, map(_governing_state, candidates)), None)
    if state is None:
        return None
    trigger = sentence[start:end]
    return stand_in(sentence.doc, trigger.start, trigger.end, state_ref(trigger.text, state))


def _governing_state(span: Span) -> str | None:
    """The state of a government or of one of its leaders, else None."""
    actor = actor_of(span)
    if actor is None or not actor.country or actor.country == "IGO":
        return None
    governing = (actor.kb_id or "").startswith("government:") or actor.sector in GOVERNING
    return actor.country if governing else None


def _clause_actors(sentence: Span, start: int, end: int) -> list[Span]:
    """The entities with an actor in the sentence's words `start`…`end`, up to a clause break."""
    doc, found = sentence.doc, []
    limit = min(sentence.end, sentence.start + end)
    for i in range(sentence.start + start, limit):
        if doc[i].text in CLAUSE_BREAKS:
            break
        found += [ent for ent in sentence.ents if ent.start == i and actor_of(ent) is not None]
    return found


def _place_state(sentence: Span, start: int, end: int) -> Span | None:
    """The state of the first place marked as a place ("in", "near the town of") in the sentence's words
    `start`…`end`, up to a clause break, as a stand-in span."""
    doc = sentence.doc
    places = {ent.start: ent for ent in sentence.ents if ent._.place is not None}
    for i in range(sentence.start + start, min(sentence.end, sentence.start + end)):
        if doc[i].text in CLAUSE_BREAKS:
            return None
        place = places.get(i)
        if place is None or not place._.place.country or not _where(doc, i, sentence.start + start):
            continue
        return stand_in(doc, i - 1, place.end, state_ref(place.text, place._.place.country))
    return None


def own_government(code: str, source: Span, trigger: Span) -> Span | None:
    """For a protest, a stand-in span on the trigger for the source's own state's government."""
    actor = actor_of(source)
    if not code.startswith(PROTEST_ROOT) or actor is None or not actor.country or actor.country == "IGO":
        return None
    government = state_ref(trigger.text, actor.country, "GOV")
    return stand_in(trigger.doc, trigger.start, trigger.end, government)


def _where(doc, i: int, start: int) -> bool:
    """The place at token `i` follows "in", "in central" or "in the … town of"."""
    before = doc[i - 1].lower_
    if before in WHERE_PREPOSITIONS:
        return True
    if before in DIRECTIONS:
        return i - 2 >= start and doc[i - 2].lower_ in WHERE_PREPOSITIONS
    if before != "of" or i - 2 < start or doc[i - 2].lower_ not in PLACE_NOUNS:
        return False
    return any(t.lower_ in WHERE_PREPOSITIONS for t in doc[max(start, i - 6) : i - 2])
