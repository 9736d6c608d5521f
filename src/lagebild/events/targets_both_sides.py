""" "rief beide Seiten zur Zurückhaltung auf", "appellierte an beide Regierungen", "drohte beiden
Seiten mit Strafen": an act addressed to both sides of the article's conflict. The two sides are the
states or armed groups that attacked, threatened, accused or rejected each other in the events before
(roots 11-20: a diplomatic row has no force in it, but a demand or appeal is no conflict). An IGO, a
mediator or the speaker is no side: the UN that demands a withdrawal, or the envoy who calls for
calm, stands between the two."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from spacy.tokens import Span, Token

from lagebild.events.arguments import ActorIndex, children, is_state_side, side_of, subject_of
from lagebild.events.codebook import PROTEST_ROOT
from lagebild.events.count_words import BOTH
from lagebild.events.targets_agreements import parties_of_judged_agreement
from lagebild.events.triggers import Trigger
from lagebild.pipeline.annotations import EventInfo

# "rief alle Seiten zur Mäßigung auf": every party to the conflict, as "beide Seiten"
ALL = {"alle", "allen"}
ALL_PARTIES = {"seiten", "konfliktparteien", "kriegsparteien"}
# appeals (02), consultations and mediation (04), praise (05), demands (10), criticism (11) and threats
# (13) may go to both sides at once: "telefonierte mit beiden Regierungschefs", "lobte beide Präsidenten"
ADDRESSING_ROOTS = ("02", "04", "05", "10", "11", "13")
# criticism, rejection, threats, protest, force posture, reduced relations, coercion, assault, fighting
CONFLICT_ROOTS = {"11", "12", "13", "14", "15", "16", "17", "18", "19", "20"}
# the parse often hangs "beide" on the verb and the noun elsewhere ("mahnte beide Seiten, … umzusetzen"):
# "beide" within a few words after the verb, before the clause goes on
WORDS_TO_BOTH = 3
# a side that appeals to or consults with both parties mediates between them
MEDIATING_ROOTS = {"02", "04"}


def addresses_both_sides(token: Token, actors: ActorIndex) -> bool:
    """The verb governs a noun, no actor itself, with "beide" ("beide Seiten", "an beide Regierungen"),
    or "beide(n)" follows it closely ("drohte beiden Seiten")."""
    governed = any(
        c.pos_ == "NOUN" and c.i not in actors.by_token and _both_or_all(c) for c in token.children
    )
    return governed or _both_follows(token, actors)


def governs_all_parties(token: Token) -> bool:
    """The verb governs "beide Seiten", "alle Konfliktparteien": its addressees are no single actor."""
    return any(c.pos_ == "NOUN" and _both_or_all(c) for c in token.children)


def _both_or_all(noun: Token) -> bool:
    determiners = {d.lower_ for d in children(noun, "det")}
    return bool(determiners & BOTH) or bool(determiners & ALL) and noun.lower_ in ALL_PARTIES


def _both_follows(verb: Token, actors: ActorIndex) -> bool:
    after = verb.doc[verb.i + 1 : min(verb.i + 1 + WORDS_TO_BOTH, verb.sent.end)]
    for word in after:
        if word.is_punct or word.pos_ in ("VERB", "AUX", "CCONJ"):
            return False
        if word.lower_ in BOTH:
            noun = word.nbor(1) if word.i + 1 < verb.sent.end else None
            return noun is not None and noun.pos_ == "NOUN" and noun.i not in actors.by_token
    return False


def both_sides(trigger: Trigger, actors: ActorIndex, before: list[EventInfo]) -> list[Span]:
    """The two sides an appeal, demand, criticism or threat to "beide Seiten" goes to; one span where
    both are of one state (a civil war); none where no conflict was coded before. A judgement of an
    agreement goes to both its parties ("begrüßte die Einigung")."""
    parties = parties_of_judged_agreement(trigger, actors, before)
    if parties:
        return parties
    if trigger.entry.code[:2] not in ADDRESSING_ROOTS or trigger.entry.kind != "V":
        return []
    if not addresses_both_sides(trigger.token, actors):
        return []
    return conflict_sides(before, exclude=speaker_sides(trigger.token, actors))


def addresses_everyone(trigger: Trigger, actors: ActorIndex, before: list[EventInfo]) -> bool:
    """An appeal to "alle Seiten" where two states are in conflict: everyone involved, no pair the text
    names, so no one in particular (gold: "rief alle Seiten zur Zurückhaltung auf" after a war of two
    states is aimed at no one). "beide Seiten" names the two, and the camps of one state's strife are
    that state (`both_sides`)."""
    if trigger.entry.code[:2] not in ADDRESSING_ROOTS or trigger.entry.kind != "V":
        return False
    nouns = [c for c in trigger.token.children if c.pos_ == "NOUN" and _both_or_all(c)]
    if not nouns or any({d.lower_ for d in children(n, "det")} & BOTH for n in nouns):
        return False
    return len(conflict_sides(before, exclude=speaker_sides(trigger.token, actors))) > 1


def speaker_sides(verb: Token, actors: ActorIndex) -> set[str]:
    """The side of the verb's subject (a speaker, a mediator), which is no party it addresses."""
    subject = subject_of(verb)
    speaker = actors.of_phrase(subject) if subject is not None else None
    side = side_of(speaker) if speaker is not None else None
    return {side} if side is not None else set()


def conflict_sides(
    before: Sequence[EventInfo], exclude: frozenset[str] | set[str] = frozenset(), two_states: bool = False
) -> list[Span]:
    """The sides of the article's main conflict so far. Each pair in conflict is weighed by its
    weaker side's part in the conflict reports (sentences where it attacks or is attacked, threatens
    or is threatened, whoever the other is): the two main parties appear throughout, while a third
    state that once criticised one of them, or a mediator, appears once. Then the pair's own
    sentences, then the pair named first, as news names its main conflict in the lead. `two_states`:
    only a conflict between two states counts (an offer to mediate "between the two" of them),
    not one state's strife at home."""
    pairs: dict[frozenset, set[int]] = {}
    first: dict[frozenset, tuple[int, Span, Span]] = {}
    part: Counter[str] = Counter()
    seen: set[tuple[str, int]] = set()
    for event in before:
        if not _conflictual(event) or event.source is None:
            continue
        sentence = event.trigger.sent.start
        sides = [side_of(event.source), side_of(event.target) if event.target is not None else None]
        for side in filter(is_state_side, sides):
            if (side, sentence) not in seen:
                seen.add((side, sentence))
                part[side] += 1
        if not all(map(is_state_side, sides)) or exclude & set(sides):
            continue
        pair = frozenset(sides)
        pairs.setdefault(pair, set()).add(sentence)
        first.setdefault(pair, (event.trigger.start, event.source, event.target))
    mediators = _mediators(before, pairs)
    pairs = {
        pair: sentences
        for pair, sentences in pairs.items()
        if not pair & mediators and (len(pair) == 2 or not two_states)
    }
    if not pairs:
        return []
    main = max(pairs, key=lambda p: (min(part[s] for s in p), len(pairs[p]), -first[p][0]))
    _, one, other = first[main]
    return [one] if side_of(one) == side_of(other) else [one, other]


def mediators(before: Sequence[EventInfo]) -> set[str]:
    """Sides that appealed to or consulted both sides of a pair in conflict before (`_mediators`)."""
    pairs: dict[frozenset, set[int]] = {}
    for event in before:
        if _conflictual(event) and event.source is not None and event.target is not None:
            sides = frozenset((side_of(event.source), side_of(event.target)))
            pairs.setdefault(sides, set()).add(event.trigger.sent.start)
    return _mediators(before, pairs)


def _mediators(before: Sequence[EventInfo], pairs: dict[frozenset, set[int]]) -> set[str]:
    """Sides that appealed to or consulted (02, 04) both sides of another pair in conflict: a mediator
    who also criticised one of them once more than the other stays between them."""
    reached: dict[str, set[str]] = {}
    for event in before:
        if event.code[:2] in MEDIATING_ROOTS and event.source is not None and event.target is not None:
            reached.setdefault(side_of(event.source), set()).add(side_of(event.target))
    return {
        side
        for side, addressed in reached.items()
        if any(len(pair) == 2 and side not in pair and pair <= addressed for pair in pairs)
    }


def _conflictual(event: EventInfo) -> bool:
    return event.modality == "asserted" and event.code[:2] in CONFLICT_ROOTS and not _protest_at_home(event)


def _protest_at_home(event: EventInfo) -> bool:
    """A crowd protesting against its own government is no side of a conflict between parties."""
    return (
        event.code.startswith(PROTEST_ROOT)
        and event.target is not None
        and side_of(event.source) == side_of(event.target)
    )
