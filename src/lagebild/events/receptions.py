"""A guest received: "Déby war im Januar von Putin im Kreml empfangen worden", "Lula wird am Freitag
von Biden empfangen". The passive names the host with "von" and the guest as its subject; the host
receives the guest (043 host → guest) and the guest, having come, visits the host (042 guest → host),
as the gold codes it for passive receptions. The active "Putin empfing Déby" puts the host first and
is left to the coder: the gold mostly codes only the reception there.

The weak parse often hangs the "von" phrase on a noun before it ("in China von Präsident Xi"), so the
host is the first actor named after a "von" in the clause. A passive naming no host names where the
guest was received ("wurde in Hanoi mit militärischen Ehren empfangen", "soll beim Gipfel in Dschidda
empfangen werden"): the state of that place is the host."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from lagebild.events.arguments import (
    PASSIVE_AUXILIARIES,
    ActorIndex,
    children,
    clause_tokens,
    place_after,
    same_actor,
)
from lagebild.events.triggers import Trigger
from lagebild.pipeline.annotations import EventInfo
from lagebild.pipeline.word_classes import LOCATIVE_PREPOSITIONS_DE

RECEPTION = "043"
VISIT = "042"
RECEIVING_VERBS = {"empfangen"}
AGENT_WORDS = {"von", "vom"}
AGENT_REACH = 4  # "von Präsident Xi Jinping": the host's name follows within a few words


def host_and_guest(trigger: Trigger, actors: ActorIndex) -> list[tuple[Span, Span]]:
    """[(host, guest)] for a reception verb in the passive with its host named by "von"."""
    if trigger.entry.code != RECEPTION or trigger.entry.kind != "V":
        return []
    return _received(trigger.token, actors)


def visits_of_received_guests(found: list[EventInfo], actors: ActorIndex) -> list[EventInfo]:
    """The guest's visit (042 guest → host) for each passive reception found, unless the sentence has
    that visit already ("landete in Peking und wurde von Xi empfangen")."""
    visits = []
    for event in found:
        if event.code != RECEPTION or event.source is None or event.target is None:
            continue
        pair = _received(event.trigger.root, actors)
        if not pair or not (same_actor(event.source, pair[0][0]) and same_actor(event.target, pair[0][1])):
            continue
        known = [
            e for e in found + visits if e.code == VISIT and e.source is not None and e.target is not None
        ]
        if any(same_actor(e.source, event.target) and same_actor(e.target, event.source) for e in known):
            continue
        visits.append(replace(event, code=VISIT, source=event.target, target=event.source))
    return found + visits


def _received(verb: Token, actors: ActorIndex) -> list[tuple[Span, Span]]:
    """The host named by "von" and the guest as the passive's subject; none for an active verb."""
    if verb.lemma_ not in RECEIVING_VERBS or not _passive(verb):
        return []
    named_host = _host(verb, actors)
    # an object makes "wird … empfangen" the future of the active ("wird den Gast empfangen"), unless a
    # "von" names the host and the "object" is no actor: a time the parse took for one ("wird um 12 Uhr
    # Ortszeit von Trump empfangen")
    objects = children(verb, "obj")
    if objects and (named_host is None or any(o.i in actors.by_token for o in objects)):
        return []
    host = named_host or _host_place(verb, actors)
    if host is None:
        return []
    # a dateline parsed as the subject ("Washington: Brasiliens Präsident Lula wird … empfangen")
    # has the guest in its apposition
    subjects = children(verb, "nsubj:pass", "nsubj")
    subjects += [c for s in subjects for c in children(s, "appos", "conj")]
    named = (actors.of_phrase(s) for s in subjects)
    guest = next((g for g in named if g is not None and not same_actor(g, host)), None)
    return [(host, guest)] if guest is not None else []


def _passive(verb: Token) -> bool:
    auxiliaries = children(verb, "aux:pass") + children(verb, "aux")
    return any(a.lemma_.lower() in PASSIVE_AUXILIARIES for a in auxiliaries)


def _host(verb: Token, actors: ActorIndex) -> Span | None:
    doc = verb.doc
    for token in clause_tokens(verb):
        if token.lower_ not in AGENT_WORDS:
            continue
        reach = doc[token.i + 1 : min(token.i + 1 + AGENT_REACH, verb.sent.end)]
        named = next((actors.by_token[t.i] for t in reach if t.i in actors.by_token), None)
        if named is not None:
            return named
    return None


def _host_place(verb: Token, actors: ActorIndex) -> Span | None:
    """The state of the first place the clause names with "in" or "im" ("in Hanoi empfangen", "im Kreml
    empfangen"; not "aus" or "nach"), for a passive that names no host."""
    places = (place_after(token, actors, LOCATIVE_PREPOSITIONS_DE) for token in clause_tokens(verb))
    return next(filter(None, places), None)
