"""Who meets whom: the two sides of a mutual event ("X und Y trafen sich", "Gespräche zwischen X und
Y"), the guest and the destination of a visit, the host of a meeting named by a noun."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import (
    ActorIndex,
    actor_or_place,
    adjective_actor,
    children,
    clause_tokens,
    preposition_of,
    same_actor,
    side_of,
    subject_of,
    with_preposition,
)
from lagebild.events.context_targets import in_prepositional_phrase, last_two_sides
from lagebild.events.lexicon import target_prepositions
from lagebild.events.triggers import Trigger
from lagebild.pipeline.annotations import EventInfo

BOTH = {"beide", "beiden"}
MUTUAL_ROOTS = {"03", "04", "05", "06"}  # "X und Y vereinbarten / trafen sich": both directions
# places named by a description of their state ("in die ukrainische Hauptstadt"), not by a name
DESCRIBED_PLACES = {"hauptstadt", "grenzstadt", "hafenstadt", "grenzregion", "front", "region"}
VISIT_CODES = {"042"}  # the target of a visit is where it goes, wherever the lexicon row points
# a meeting named by a noun has no grammatical direction ("das Gipfeltreffen mit Biden"): both sides meet
MEETING_NOUN_CODES = {"040", "044", "046"}
MEETING_ROOT = "04"
MEDIATION = "045"  # the mediator is the subject; the two parties "zwischen" are whom it mediates with
IGO_PREFIX = "IGO"


def is_visit(trigger: Trigger) -> bool:
    return trigger.entry.code in VISIT_CODES


def is_visit_noun(trigger: Trigger) -> bool:
    return trigger.entry.kind == "N" and is_visit(trigger)


def is_meeting_noun(trigger: Trigger) -> bool:
    return trigger.entry.kind == "N" and trigger.entry.code in MEETING_NOUN_CODES


def mutual_sides(trigger: Trigger, actors: ActorIndex, context: list[EventInfo]) -> list[Span]:
    """The two sides of "Gespräche zwischen X und Y" / "X und Y trafen sich" / "Beide Seiten
    vereinbarten" (the two sides of the latest event before)."""
    token = trigger.token
    between = [c for c in token.children if preposition_of(c) == "zwischen"]
    if trigger.entry.code == MEDIATION:
        return []
    if between:
        sides = actors.of_phrases(between[0])
        # a list the parse broke up ("zwischen Präsident Macron und Regierungschefin Meloni"): the two
        # sides named anywhere in the phrase
        return sides if len(sides) >= 2 else _two_sides_within(between[0], actors)
    if trigger.entry.code[:2] in MUTUAL_ROOTS and trigger.entry.kind == "V":
        subject = subject_of(token) or _coordinated_actor(token, actors)
        if subject is None:
            return []
        sides = actors.of_phrases(subject)
        if len(sides) < 2 and "Plur" in subject.morph.get("Number"):
            sides = _two_sides_within(subject, actors)
        if not sides and any(t.lower_ in BOTH for t in (subject, *subject.children)):
            sides = last_two_sides(context) or _two_sides_named_before(token, actors)
        objects = [actors.of_phrase(c) for c in token.children if c.dep_ in ("obj", "iobj")]
        if len(sides) == 2 and not any(o is not None and o not in sides for o in objects):
            return sides
    return []


def mediated_sides(trigger: Trigger, actors: ActorIndex) -> list[Span]:
    """The parties a mediator goes between ("Ägypten vermittelte zwischen Israel und der Hamas"): both
    are targets of the mediator's act; they do not meet each other."""
    if trigger.entry.code != MEDIATION:
        return []
    between = [c for c in trigger.token.children if preposition_of(c) == "zwischen"]
    if not between:
        return []
    sides = actors.of_phrases(between[0])
    return sides if len(sides) >= 2 else _two_sides_within(between[0], actors)


def _two_sides_named_before(token: Token, actors: ActorIndex) -> list[Span]:
    """ "Beide Regierungen verständigten sich" after a sentence that names two states but codes no event
    between them: the two sides named there, only when exactly two are."""
    sentence = token.sent
    if sentence.start == 0:
        return []
    spans: list[Span] = []
    for i in range(token.doc[sentence.start - 1].sent.start, sentence.start):
        span = actors.by_token.get(i)
        if (
            span is not None
            and side_of(span) is not None
            and side_of(span) not in [side_of(s) for s in spans]
        ):
            spans.append(span)
    return spans if len(spans) == 2 else []


def _two_sides_within(subject: Token, actors: ActorIndex) -> list[Span]:
    """A plural subject that names its two parties deep inside: "Die Delegationen unter Leitung von
    Sherman und Rjabkow berieten"; only when exactly two sides are named."""
    spans = []
    for token in subject.subtree:
        span = actors.by_token.get(token.i)
        if span is not None and side_of(span) not in [side_of(s) for s in spans]:
            spans.append(span)
    return spans if len(spans) == 2 else []


def _coordinated_actor(verb: Token, actors: ActorIndex) -> Token | None:
    """Where the parse finds no subject, a pair of coordinated actors in the clause before the verb
    ("waren Sherman und Rjabkow zusammengekommen") is taken as the two parties."""
    for token in clause_tokens(verb):
        conjuncts = children(token, "conj")
        if token.i < verb.i and token.i in actors.by_token and any(c.i in actors.by_token for c in conjuncts):
            return token
    return None


def meeting_host(trigger: Trigger, actors: ActorIndex) -> Span | None:
    """A meeting named as a noun with its guest ("das Gipfeltreffen mit Joe Biden") is the meeting of
    the actor the sentence is about: the nearest one before it that is not the guest."""
    token = trigger.token
    guests = [c for c in token.children if preposition_of(c) == "mit"]
    if not trigger.entry.code.startswith("04") or not guests:
        return None
    guest = actors.of_phrase(guests[0])
    for i in range(token.i - 1, token.sent.start - 1, -1):
        span = actors.by_token.get(i)
        if span is not None and (guest is None or not same_actor(span, guest)):
            return span
    return None


def visited(verb: Token, actors: ActorIndex) -> Span | None:
    """What a visit verb's object names, an actor or a place; where the parse misses the object
    ("hatte die Politikerin Kiew besucht", Kiew parsed as an apposition), the nearest place named
    in the sentence outside a prepositional phrase."""
    phrases = children(verb, "obj") + with_preposition(verb, "in") + with_preposition(verb, "nach")
    for phrase in phrases:
        place = actor_or_place(phrase, actors)
        # "besuchte die ukrainische Hauptstadt": a place described by its state's adjective
        if place is None and phrase.lemma_.lower() in DESCRIBED_PLACES:
            place = adjective_actor(phrase)
        if place is not None:
            return place
    places = [e for e in verb.sent.ents if e._.place is not None and not in_prepositional_phrase(e)]
    nearest = min(places, key=lambda e: abs(e.start - verb.i), default=None)
    return actor_or_place(nearest.root, actors) if nearest is not None else None


def meets_among_themselves(trigger: Trigger, source: Span) -> bool:
    """A group or an organisation that meets without a partner named ("Die Staats- und Regierungschefs
    wollen zu einem Sondergipfel zusammenkommen", "die NATO berät") meets within itself: no one from
    the sentences before is its partner."""
    entry, verb = trigger.entry, trigger.token
    if entry.kind != "V" or not entry.code.startswith(MEETING_ROOT) or not entry.target.startswith("pp:"):
        return False
    if is_visit(trigger) or any(with_preposition(verb, p) for p in target_prepositions(entry.target)):
        return False  # a visit goes somewhere; a partner named but not resolved may still be guessed
    subject = subject_of(verb)
    plural = subject is not None and "Plur" in subject.morph.get("Number")
    return plural or (side_of(source) or "").startswith(IGO_PREFIX)
