"""A joint exercise or patrol the sentence names is military cooperation (062) between its participants,
both ways, wherever the noun stands: "Moskau macht die gemeinsamen Manöver Washingtons und Seouls
verantwortlich", "warf den USA und Südkorea vor, mit ihren gemeinsamen Manövern eine Invasion
vorzubereiten", "Seoul und Washington antworteten mit einer gemeinsamen Übung", "die gemeinsame
Marineübung mit Russland und China". The gold guidelines count nominal mentions where actor and act are
in the sentence, and the banks code such an exercise so, whatever else the sentence says of it.

"gemeinsam" makes an exercise a joint one, as its adjective or as the adverb of the verb that holds it ("haben
gemeinsam ein Manöver abgehalten", whose "mit" phrase then names partners beside the clause's holder: "dass
gemeinsam mit Japan und den USA ein Luftmanöver stattfinde"), and so does one adjective that pairs two
nationalities ("das russisch-belarussische Manöver Sapad", "des amerikanisch-südkoreanischen Manövers": three
banks code it 062 both ways, one as a show of force); the exercise of an army alone stays a show of force
(150). The participants are the two states of such an adjective, else the exercise's genitive ("Washingtons
und Seouls"), its "mit" or "von" phrase, or else the coordinated actors of the clause it stands in (its
subject, or the addressees a possessive "ihren" points back to). A "mit" phrase naming one partner leaves the
other to the clause's subject ("Minsk bestätigte gemeinsame Manöver mit Russland"). An exercise set for a date
or announced ahead is future."""

from __future__ import annotations

from dataclasses import replace
from itertools import permutations

from spacy.tokens import Span, Token

from lagebild.events.arguments import (
    ActorIndex,
    children,
    clause_tokens,
    genitive_attributes,
    preposition_of,
    side_of,
    stand_in,
)
from lagebild.events.circumstances import clause_date
from lagebild.events.joint_parties import paired_states
from lagebild.events.modality import modality_of
from lagebild.events.modality_words import FUTURE
from lagebild.events.word_events import word_event
from lagebild.pipeline.annotations import TIMEX_SPANS, EventInfo

MILITARY_COOPERATION = "062"
# exercises and patrols, also in compounds ("Marineübung", "Militärmanöver", "Grenzpatrouillen")
EXERCISES = ("manöver", "manövern", "manövers", "übung", "übungen", "patrouille", "patrouillen")
JOINT = "gemeinsam"
# "mit" names a partner; "von" the participants, as a genitive does ("die Übung von Russland und China")
PARTNER_PREPOSITIONS = ("mit", "von")
# disapproving, rejecting, threatening, protesting, coercing: what one does not do to one's partner
JUDGING_ROOTS = ("11", "12", "13", "14", "17")
# the clause dependents that may name the participants together: subject, objects, a bare dative
CLAUSE_DEPS = ("nsubj", "obj", "iobj", "obl:arg")
JOINT_CONFIDENCE = 0.6
# "Manöver für September": the date an exercise is set for
SCHEDULED_FOR = "für"


def joint_exercises(sentence: Span, events: list[EventInfo], actors: ActorIndex) -> list[EventInfo]:
    """062 both ways between the participants of each joint exercise, unless the sentence codes one."""
    if any(e.code == MILITARY_COOPERATION for e in events):
        return []
    found = []
    for noun in sentence:
        if noun.pos_ != "NOUN" or not noun.lower_.endswith(EXERCISES):
            continue
        paired = _paired_states(noun)
        if not paired and not _joint(noun):
            continue
        partners = one_per_side(paired or _participants(noun, actors))
        together_with = one_per_side([a for c in _joined_partners(noun) for a in actors.of_phrases(c)])
        if not partners and together_with:
            # "dass gemeinsam mit Japan und den USA ein Luftmanöver stattfinde": the partners are named
            # beside the clause's holder, not instead of it
            partners = one_per_side(_holders(noun, together_with[0], events, actors) + together_with)
        elif len(partners) == 1:
            partners = one_per_side(_holders(noun, partners[0], events, actors) + partners)
        to_come = _still_to_come(noun, sentence)
        for source, target in permutations(partners, 2):
            event = word_event(noun, MILITARY_COOPERATION, JOINT_CONFIDENCE, source, target)
            found.append(replace(event, modality=FUTURE) if to_come else event)
    return found


def _still_to_come(noun: Token, sentence: Span) -> bool:
    """ "bestätigte gemeinsame Manöver für September", "Übungen sollen im Mai beginnen": an exercise
    the sentence sets for a date or announces ahead is future. Other framings leave it a fact: an
    exercise blamed or answered with is one held."""
    doc = noun.doc
    if any(
        preposition_of(span.root) == SCHEDULED_FOR
        for span in doc.spans.get(TIMEX_SPANS, [])
        if span.sent == sentence
    ):
        return True
    return modality_of(noun, sentence, clause_date(noun, sentence, doc), doc._.article_date) == FUTURE


def _joint(noun: Token) -> bool:
    """ "die gemeinsame Übung", and an exercise held together: "haben gemeinsam ein Manöver abgehalten",
    the adverb on the verb whose subject or object the exercise is, or on the exercise where the parse
    hung it there."""
    holders = [noun, noun.head] if noun.dep_ in CLAUSE_DEPS else [noun]
    return any(
        c.dep_ in ("amod", "advmod") and c.lower_.startswith(JOINT) for h in holders for c in h.children
    )


def _paired_states(noun: Token) -> list[Span]:
    """The two states of an adjective that pairs two nationalities ("das russisch-belarussische Manöver"):
    the first over the adjective, the second over the exercise, as two spans of one word would be one
    actor (as `joint_parties` places the sides of talks)."""
    for adjective in children(noun, "amod"):
        states = paired_states(adjective)
        if states:
            first = stand_in(noun.doc, adjective.i, adjective.i + 1, states[0])
            second = stand_in(noun.doc, noun.i, noun.i + 1, states[1])
            return [first, second] if first is not None and second is not None else []
    return []


def _participants(noun: Token, actors: ActorIndex) -> list[Span]:
    named = [a for g in genitive_attributes(noun) for a in actors.of_phrases(g)]
    named += [a for c in _partner_phrases(noun) for a in actors.of_phrases(c)]
    if named:
        return named
    # the clause the exercise stands in, and the clauses above it ("warf … vor, mit ihren Manövern …")
    for dependent in _clause_dependents(noun, CLAUSE_DEPS):
        together = actors.of_phrases(dependent)
        if len(one_per_side(together)) > 1:
            return together
    return []


def _partner_phrases(noun: Token) -> list[Token]:
    """The exercise's "mit" or "von" phrases, also one right after it that the parse gave the noun whose
    genitive it is ("einen Teil des gemeinsamen Manövers mit den USA", "mit" ← "Teil")."""
    owner = noun.head if noun in genitive_attributes(noun.head) else None
    after = [c for c in owner.children if c.i > noun.i] if owner is not None else []
    return [c for c in (*noun.children, *after) if preposition_of(c) in PARTNER_PREPOSITIONS]


def _joined_partners(noun: Token) -> list[Token]:
    """The "mit" phrases of the clause whose verb "gemeinsam" modifies ("gemeinsam mit Japan und den USA
    … ein Luftmanöver stattfinden werde", "mit" on the verb beside the exercise)."""
    verb = noun.head
    if noun.dep_ not in CLAUSE_DEPS or not any(
        c.dep_ == "advmod" and c.lower_.startswith(JOINT) for c in verb.children
    ):
        return []
    return [c for c in verb.children if c.i != noun.i and preposition_of(c) == PARTNER_PREPOSITIONS[0]]


def _holders(noun: Token, partner: Span, events: list[EventInfo], actors: ActorIndex) -> list[Span]:
    """ "Lukaschenko bestätigte gemeinsame Manöver mit Russland": an exercise held "mit" one partner is
    held by the subject of the clause it stands in, unless that subject judges someone over it. Who
    criticises, rejects or threatens over an exercise is not in it: the one judged holds it with the
    partner ("Japan kritisierte China wegen der gemeinsamen Übung mit Russland": China and Russia), and
    nobody does when the one judged is the partner itself ("Peking kritisierte die gemeinsame Übung mit
    Japan"). Only a judgment whose clause holds the exercise counts: "Japan verurteilte den Raketentest
    Nordkoreas und kündigte eine gemeinsame Übung mit den USA an" is Japan's exercise."""
    subject = next(iter(_clause_dependents(noun, ("nsubj",))), None)
    holders = actors.of_phrases(subject) if subject is not None else []
    sides = {side_of(h) for h in holders}
    judged = [
        e.target
        for e in events
        if e.code.startswith(JUDGING_ROOTS)
        and e.source is not None
        and e.target is not None
        and side_of(e.source) in sides
        and any(t.i == noun.i for t in clause_tokens(e.trigger.root))
    ]
    if not judged:
        return holders
    return [t for t in judged if side_of(t) not in sides | {side_of(partner)}]


def _clause_dependents(noun: Token, deps: tuple[str, ...]) -> list[Token]:
    """The dependents labelled `deps` of the clause the noun stands in, and of the clauses above it."""
    # a subject the parse hung on the exercise itself ("die Seestreitkräfte der USA, Japans und Südkoreas
    # gemeinsam ein Manöver": the adverb read as the noun's) is its clause's
    found = [c for c in noun.children if c.dep_ in deps]
    head = noun.head
    while True:
        found += [c for c in head.children if c.dep_ in deps and c.i != noun.i]
        if head.head.i == head.i:
            return found
        head = head.head


def one_per_side(spans: list[Span]) -> list[Span]:
    """The first span of each side, in order: the participants of a joint act, one per state."""
    by_side: dict[str, Span] = {}
    for span in spans:
        side = side_of(span)
        if side is not None:
            by_side.setdefault(side, span)
    return list(by_side.values())
