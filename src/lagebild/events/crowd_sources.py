"""Who protests when the parse loses the crowd, and against whom when nobody is named.

Reports name street protest by a crowd that is no actor: "In Sofia protestierten Tausende vor dem
Ministerium", "Tausende zogen in Accra durch die Innenstadt und protestierten". The weak parse
often hangs the crowd on the place ("Sofia Tausende" as an apposition), reads the verb as an
adjective of the crowd, or leaves a coordinated verb without the subject of the first; the subject
search then finds no one. The crowd is the people of the state where the clause places the protest
(implicit_sources.group_sources), however the parse attached it, as long as no clause boundary lies
between crowd and verb.

A crowd protesting at home without naming whom ("Tausende protestierten gegen das Gesetz",
"demonstrierten Hunderte Studenten") protests against its own government: the gold codes such protest
as the state's people against that state (GEOCVL → GEO). A target guessed from the sentences before
(the foreign state of the last event) is wrong there.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from lagebild.events.arguments import ActorIndex, actor_of, adjective_actor, children, stand_in
from lagebild.events.codebook import DEMAND_ROOT
from lagebild.events.event_clauses import VERBAL_POS
from lagebild.events.implicit_sources import CIVILIANS, CROWD_NOUNS, PROTEST_ROOT, group_sources
from lagebild.events.triggers import Trigger
from lagebild.pipeline.annotations import ActorRef

# "Tausende zogen … und protestierten", "protestierten in Sofia Tausende vor dem Ministerium": crowd and
# protest verb stand this close in the clauses of the tuning banks; further away the crowd noun is
# mostly another clause's ("…, während Tausende zusahen")
CROWD_WINDOW = 8
# punctuation that closes a clause: a crowd beyond it is not the protest's subject
CLAUSE_MARKS = frozenset({",", ";", ":", "–", "(", ")"})
GOVERNMENT = "GOV"
# what a crowd does against no one named: it protests, or demands ("forderten Waffen für Freiwillige"),
# of its own government
CROWD_ROOTS = (PROTEST_ROOT, DEMAND_ROOT)
# the roles the actor stage gives a crowd: civilians ("Tausende"), opposition ("Demonstranten",
# "Randalierer"); a crowd of either protests against its own government
CROWD_ROLES = (CIVILIANS, "OPP")
# a foreign state's missions, where crowds protest against that state
MISSION_NOUNS = frozenset(
    {
        "botschaft",
        "botschaften",
        "konsulat",
        "konsulate",
        "konsulaten",
        "generalkonsulat",
        "vertretung",
        "vertretungen",
    }
)


def crowd_sources(trigger: Trigger, actors: ActorIndex) -> list[Span]:
    """The people of the state where the protest takes place, for the nearest crowd noun in the verb's
    clause; none for other roots, for a noun trigger (its agent is found otherwise) or without a place."""
    if trigger.entry.code[:2] != PROTEST_ROOT or trigger.entry.kind != "V":
        return []
    crowd = _nearest_crowd(trigger.token, actors)
    if crowd is None:
        return []
    # "Tausende zogen in Accra durch die Innenstadt und protestierten": the place may be named in the
    # clause of the verb the crowd is the subject of
    own_verb = replace(trigger, token=crowd.head) if crowd.head.pos_ in VERBAL_POS else trigger
    placed = group_sources(trigger, crowd, actors) or group_sources(own_verb, crowd, actors)
    # a crowd the actor stage placed by its passage ("Tausende demonstrierten am Abend" in a report
    # on Georgia) where the clause names no place
    return placed or ([actors.by_token[crowd.i]] if crowd.i in actors.by_token else [])


def home_target(trigger: Trigger, source: Span, guess: Span | None, actors: ActorIndex) -> Span | None:
    """The target of a crowd's protest or demand whose parse names no one: the state whose mission
    the crowd marches to ("vor russischen Konsulaten", "vor der Botschaft Frankreichs"), a state the
    sentence itself names (found by the fallback `guess`), else the crowd's own government rather
    than a state guessed from the sentences before."""
    if trigger.entry.code[:2] not in CROWD_ROOTS:
        return guess
    sentence = trigger.token.sent
    mission = _mission_state(trigger.token, actors)
    if mission is not None:
        return mission
    if guess is not None and sentence.start <= guess.start and guess.end <= sentence.end:
        return guess
    return _home_government(trigger, source) or guess


def _mission_state(verb: Token, actors: ActorIndex) -> Span | None:
    for noun in verb.sent:
        if (
            noun.lower_ not in MISSION_NOUNS
            or abs(noun.i - verb.i) > CROWD_WINDOW
            or _boundary_between(noun, verb)
        ):
            continue
        owner = adjective_actor(noun) or next(
            filter(None, (actors.of_phrase(c) for c in children(noun, "nmod"))), None
        )
        if owner is not None:
            return owner
    return None


def _home_government(trigger: Trigger, source: Span) -> Span | None:
    actor = actor_of(source)
    if actor is None or not actor.country:
        return None
    if actor.actor_code not in {actor.country + role for role in CROWD_ROLES}:
        return None
    token = trigger.token
    government = ActorRef(name=actor.country, country=actor.country, actor_code=actor.country + GOVERNMENT)
    return stand_in(token.doc, token.i, token.i + 1, government)


def _nearest_crowd(verb: Token, actors: ActorIndex) -> Token | None:
    sentence = verb.sent
    candidates = [
        t
        for t in sentence
        if t.lower_ in CROWD_NOUNS
        and (t.i not in actors.by_token or _placed_crowd(actors.by_token[t.i]))
        and abs(t.i - verb.i) <= CROWD_WINDOW
        and not _boundary_between(t, verb)
    ]
    return min(candidates, key=lambda t: abs(t.i - verb.i), default=None)


def _placed_crowd(span: Span) -> bool:
    """'Tausende' read by the actor stage as the civilians of the passage's state: still a crowd."""
    actor = actor_of(span)
    return len(span) == 1 and actor is not None and (actor.actor_code or "").endswith(CROWD_ROLES)


def _boundary_between(a: Token, b: Token) -> bool:
    start, end = sorted((a.i, b.i))
    return any(t.text in CLAUSE_MARKS for t in a.doc[start + 1 : end])
