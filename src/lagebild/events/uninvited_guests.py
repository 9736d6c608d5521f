"""A state left out of a gathering: "Moskau war zu der Konferenz nicht eingeladen worden", "Nicht
eingeladen wurde Eswatini", "weil es nicht zur Berliner Libyen-Konferenz eingeladen wurde".

German news tells who was not invited in the passive, without the inviter: that is the host of the
gathering the story is about. The banks code the invitation that was not made (036, negated) from the
host to the one left out. The host is the state the gathering's noun names by its adjective ("zur
Berliner Konferenz"), else the host told of before in the article: the source of the latest reception
(043) or invitation (036) coded, or the actor named as "Gastgeber". Where none is known, no event: the
sentence names no inviter of its own.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from lagebild.events.arguments import ActorIndex, adjective_actor, children, preposition_of, side_of
from lagebild.events.hosts import HOST_NOUNS
from lagebild.events.invited_guests import INVITATION
from lagebild.events.modality_words import NEGATING_WORDS
from lagebild.events.receptions import RECEPTION
from lagebild.events.word_events import new_between, word_event
from lagebild.pipeline.annotations import EventInfo

INVITED = "eingeladen"
# "wurde nicht eingeladen" (a passive), "war nicht eingeladen" (its state), "war … eingeladen worden"
PASSIVE_AUXILIARIES = {"werden", "sein"}
# the gathering one is invited to: "zu der Konferenz", "zur Konferenz", "zum Gipfel"
GATHERING_PREPOSITIONS = {"zu", "zur", "zum"}
# the events whose source hosts a gathering
HOSTING_CODES = (RECEPTION, INVITATION)
UNINVITED_CONFIDENCE = 0.7


def uninvited_guests(
    sentence: Span, events: list[EventInfo], before: list[EventInfo], actors: ActorIndex
) -> list[EventInfo]:
    """A negated 036 from the host to each state the sentence says was not invited, unless the
    sentence codes that invitation already. `before` are the article's events so far."""
    found: list[EventInfo] = []
    for verb in sentence:
        if verb.lower_ != INVITED or not _negated_passive(verb):
            continue
        host = _host_named(verb) or _host_before(sentence, before, actors)
        if host is None:
            continue
        for guest in (a for s in children(verb, "nsubj", "nsubj:pass") for a in actors.of_phrases(s)):
            if not new_between(events + found, INVITATION, host, guest):
                continue
            event = word_event(verb, INVITATION, UNINVITED_CONFIDENCE, host, guest)
            found.append(replace(event, modality="negated"))
    return found


def _negated_passive(verb: Token) -> bool:
    """The participle with a passive auxiliary, no agent ("von Xi") and a negation of its own."""
    auxiliaries = [a for a in children(verb, "aux", "aux:pass") if a.lemma_.lower() in PASSIVE_AUXILIARIES]
    if not auxiliaries or any(preposition_of(c) in ("von", "vom") for c in verb.children):
        return False
    return any(c.lower_ in NEGATING_WORDS for c in verb.children)


def _host_named(verb: Token) -> Span | None:
    """The state the gathering's adjective names: "zur Berliner Libyen-Konferenz"."""
    gatherings = [c for c in verb.children if preposition_of(c) in GATHERING_PREPOSITIONS]
    return next(filter(None, (adjective_actor(g) for g in gatherings)), None)


def _host_before(sentence: Span, before: list[EventInfo], actors: ActorIndex) -> Span | None:
    """The host told of latest before the sentence: a reception's or invitation's source, or the actor
    a "Gastgeber" noun names ("Gastgeber Abdelmadjid Tebboune sprach von …")."""
    hosts = [(e.trigger.start, e.source) for e in before if e.code in HOSTING_CODES and e.source is not None]
    doc = sentence.doc
    for noun in doc[: sentence.start]:
        if noun.lower_ in HOST_NOUNS and (named := actors.of_phrase(noun)) is not None:
            hosts.append((noun.i, named))
    hosts = [(start, host) for start, host in hosts if start < sentence.start and side_of(host) is not None]
    return max(hosts, key=lambda h: h[0])[1] if hosts else None
