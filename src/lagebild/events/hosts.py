"""The host of a meeting named by a copula: "Gastgeber war Außenminister Rubio", "Polen ist Gastgeber des
Gipfels", "Gastgeber der Gespräche zwischen Russland und der Ukraine ist Hakan Fidan".

German news names who hosted the talks just told of in a sentence of its own, with "Gastgeber" as
subject or predicate of "sein" and the host's name as the other. No verb of receiving is there for the
coder; the gold banks code the host's reception of the guests (043 host → guest). The guests are the
parties of the "zwischen" phrase of the talks the noun names, else the sides of the meeting or agreement
coded in the sentence before (the occasion the sentence names the host of). A "Gastgeber" in apposition
("Gastgeber Erdoğan empfing …") or in an "als" phrase is left to the verb of its clause.

A meeting held "auf Einladung von X" / "auf Einladung Xs" names its host the same way: X received the
parties of the meeting its sentence codes. That is a meeting told as held, its host named; an invitation
told as an offer to meet (036, `invited_guests`) elsewhere than at the inviter's home hosts nobody, and
so does a visit at X's invitation to another than X's side. A host who "erwartet" guests ("Gastgeber Tiani erwartet heute
die Machthaber von Mali und Burkina Faso") receives them, a visit still to come; without the host noun
"erwarten" is a forecast ("Russland erwartet Zugeständnisse") and left alone.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from lagebild.events.arguments import (
    ActorIndex,
    children,
    genitive_attributes,
    preposition_of,
    same_actor,
    side_of,
    subject_of,
    with_preposition,
)
from lagebild.events.modality_words import FUTURE
from lagebild.events.receptions import RECEPTION
from lagebild.events.word_events import new_between, word_event
from lagebild.pipeline.annotations import EventInfo
from lagebild.pipeline.segmentation import sentence_before

HOST_NOUNS = {"gastgeber", "gastgeberin", "gastgeberland"}
# the occasions a host is named for: intents to meet, consultations, cooperation, agreements
OCCASION_ROOTS = ("03", "04", "05", "06")
HOST_CONFIDENCE = 0.7
INVITATION_NOUNS = {"einladung"}
EXPECTING = {"erwartet", "erwarten"}  # present forms: a reception to come
# meetings held at someone's invitation: consultations, calls, meetings in a third place; not a
# reception (043), whose host is its source already, nor a mediation (045), whose mediator is a third
# party and no guest
INVITED_MEETINGS = ("040", "041", "044")
# a visit (042) is hosted by the one visited: by the inviter only where it goes to the inviter's side
VISIT = "042"


def hosts_of_meetings(
    sentence: Span, events: list[EventInfo], context: list[EventInfo], actors: ActorIndex
) -> list[EventInfo]:
    """A 043 from the host a copula names to each guest, unless the sentence codes that reception."""
    found: list[EventInfo] = []
    for noun in sentence:
        host = _copula_host(noun, actors) if noun.lower_ in HOST_NOUNS else None
        if host is None or side_of(host) is None:
            continue
        guests, modality = _guests_between(noun, actors), None
        if not guests:
            guests, modality = _guests_before(sentence, context, host)
        found += _receive(host, guests, noun, events + found, modality)
    found += _hosts_expecting(sentence, events + found, actors)
    return found + _hosts_by_invitation(sentence, events + found, actors)


def _receive(
    host: Span, guests: list[Span], word: Token, events: list[EventInfo], modality: str | None
) -> list[EventInfo]:
    """A 043 from the host to each guest of another known side, unless `events` code that reception
    already; in `modality` where one is given."""
    found: list[EventInfo] = []
    for guest in guests:
        if not new_between(events + found, RECEPTION, host, guest):
            continue
        event = word_event(word, RECEPTION, HOST_CONFIDENCE, host, guest)
        found.append(replace(event, modality=modality) if modality else event)
    return found


def _hosts_expecting(sentence: Span, events: list[EventInfo], actors: ActorIndex) -> list[EventInfo]:
    """A future 043 from the host subject of an active "erwartet" to each actor of its object."""
    found: list[EventInfo] = []
    for verb in sentence:
        subject = subject_of(verb) if verb.lower_ in EXPECTING else None
        if subject is None or not any(t.lower_ in HOST_NOUNS for t in (subject, *subject.children)):
            continue
        host = actors.of_phrase(subject)
        if host is not None:
            guests = [a for o in children(verb, "obj") for a in actors.of_phrases(o)]
            found += _receive(host, guests, verb, events + found, FUTURE)
    return found


def _hosts_by_invitation(sentence: Span, events: list[EventInfo], actors: ActorIndex) -> list[EventInfo]:
    """A 043 from the inviter of "auf Einladung von X" to each party of the sentence's meeting, in the
    meeting's modality."""
    found: list[EventInfo] = []
    for noun in sentence:
        if noun.lower_ not in INVITATION_NOUNS or preposition_of(noun) != "auf":
            continue
        inviters = [
            a for p in with_preposition(noun, "von") + genitive_attributes(noun) for a in actors.of_phrases(p)
        ]
        host = inviters[0] if inviters else None
        if host is None:
            continue
        for meeting in (e for e in events if e.code.startswith(INVITED_MEETINGS) or _visits(e, host)):
            guests = [g for g in (meeting.source, meeting.target) if g is not None]
            found += _receive(host, guests, noun, events + found, meeting.modality)
    return found


def _visits(event: EventInfo, host: Span) -> bool:
    """A visit to the host's own side ("Auf Einladung Macrons besuchte Modi Paris"); one elsewhere is
    hosted by nobody of the inviter's, as an invitation elsewhere (`invited_guests`)."""
    return event.code == VISIT and event.target is not None and side_of(event.target) == side_of(host)


def _copula_host(noun: Token, actors: ActorIndex) -> Span | None:
    """The actor the copula sets equal to the host noun: its predicate ("Gastgeber war Rubio") or its
    subject ("Polen war Gastgeber")."""
    if noun.dep_ == "nsubj" and children(noun.head, "cop"):
        return actors.of_phrase(noun.head)
    if children(noun, "cop") and (subject := subject_of(noun)) is not None:
        return actors.of_phrase(subject)
    return None


def _guests_between(noun: Token, actors: ActorIndex) -> list[Span]:
    """The parties of "Gastgeber der Gespräche zwischen X und Y", on the noun or on the talks it owns."""
    for owner in (noun, *children(noun, "nmod")):
        for phrase in owner.children:
            if preposition_of(phrase) == "zwischen" and len(sides := actors.of_phrases(phrase)) >= 2:
                return sides
    return []


def _guests_before(sentence: Span, context: list[EventInfo], host: Span) -> tuple[list[Span], str | None]:
    """The sides of the meetings or agreements coded in the sentence before, the host's own left out,
    and whether that occasion is still to come (the host then receives its guests in future)."""
    before = sentence_before(sentence)
    if before is None:
        return [], None
    occasions = [
        e
        for e in context
        if before.start <= e.trigger.start < before.end and e.code.startswith(OCCASION_ROOTS)
    ]
    guests: list[Span] = []
    for event in occasions:
        for side in (event.source, event.target):
            if side is None or same_actor(side, host) or side_of(side) == side_of(host):
                continue
            if side_of(side) not in [side_of(g) for g in guests]:
                guests.append(side)
    future = bool(occasions) and all(e.modality == FUTURE for e in occasions)
    return guests, FUTURE if future else None
