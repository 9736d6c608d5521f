"""The pair a story is about: the two states its events so far have set against or beside each other
most often. Group nouns ("beide Seiten") and mediators' acts with no parties named stand for it."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Span

from lagebild.events.arguments import is_state_side, side_of
from lagebild.events.codebook import EUROPEAN_UNION
from lagebild.events.receptions import RECEPTION
from lagebild.events.targets_camps import camp_of
from lagebild.pipeline.annotations import EventInfo

# mediation (045) and offers to mediate (039) go from a third party to each side
MEDIATING_CODES = ("045", "039")


def without_mediators(before: Sequence[EventInfo]) -> list[EventInfo]:
    """The events none of whose sides mediated, offered to mediate or hosted two others before
    (`mediating_sides`): a mediator's acts with one side (its talks, its pledges) are no pair the story
    is about ("Vermittelt hatte China. Wang Yi sagte zu … In der gemeinsamen Erklärung sichern sich
    beide Seiten zu": Saudi-Arabia and Iran)."""
    mediating = mediating_sides(before)
    return [e for e in before if not mediating & {side_of(a) for a in (e.source, e.target) if a is not None}]


def mediating_sides(before: Sequence[EventInfo]) -> set[str]:
    """The sides that mediated, offered to mediate or hosted two others before: third parties to the
    pair a story is about, here and where a mediation names no parties (`meetings.mediated_sides`)."""
    # a mediator of no known side (an actor without state or code) rules out no event: a None in the set
    # would drop every event with such an actor on either side
    mediating = {
        side_of(e.source) for e in before if e.code.startswith(MEDIATING_CODES) and e.source is not None
    }
    return {side for side in mediating if side is not None} | _hosts_of_two(before)


def _hosts_of_two(before: Sequence[EventInfo]) -> set[str]:
    """Sides that received two others in one sentence ("Gastgeber war Rubio" after the Congo and Rwanda
    signed, "empfing die Delegationen"): the host of their meeting, a third party like a mediator."""
    guests: dict[tuple[str | None, int], set[str]] = {}
    for e in before:
        # a guest of no known side (a reporter, a delegation of no state) makes no second party received
        if e.code.startswith(RECEPTION) and e.source is not None and side_of(e.target) is not None:
            guests.setdefault((side_of(e.source), e.trigger.sent.start), set()).add(side_of(e.target))
    return {host for (host, _), received in guests.items() if host is not None and len(received) >= 2}


def latest_directions(told: Sequence[EventInfo]) -> list[tuple[Span, Span]]:
    """The (source, target) pairs of the word coded last among `told`: each direction it was coded in,
    for a later sentence that tells of the same act without naming its sides."""
    if not told:
        return []
    latest = told[-1].trigger.start
    return [(e.source, e.target) for e in told if e.trigger.start == latest]


def main_pair(before: Sequence[EventInfo]) -> list[Span]:
    """The two states the events so far have coded with each other in the most sentences, the latest
    spans of each; none where two pairs tie (the latest pair named, `meetings.mutual_sides`' guess,
    is then as good as any). A mediator's events count only where no pair is left without them."""
    return _main_pair(without_mediators(before)) or _main_pair(
        [e for e in before if not e.code.startswith(MEDIATING_CODES)]
    )


def _main_pair(before: Sequence[EventInfo]) -> list[Span]:
    sentences, latest = _pairs_of_states(before)
    main = _leading_pair(sentences)
    return [latest[side] for side in sorted(main)] if main else []


def _leading_pair(sentences: dict[frozenset[str], set[int]]) -> frozenset[str] | None:
    """The pair coded in more sentences than any other; None for no pair or a tie."""
    ranked = sorted(sentences, key=lambda pair: len(sentences[pair]), reverse=True)
    if not ranked or len(ranked) > 1 and len(sentences[ranked[0]]) == len(sentences[ranked[1]]):
        return None
    return ranked[0]


def civil_pair(before: Sequence[EventInfo]) -> list[Span]:
    """The two camps of one state (its government or army and those who challenge it from within,
    `targets_camps`) the events so far have coded with each other in as many sentences as any two
    states or more, the latest spans of each: "Kolumbiens Regierung und die ELN unterzeichneten … Beide Seiten
    verpflichteten sich" are the two camps, which the guidelines code each as the state (COL → COL).
    A state pair coded as often is most often a third state's word to one camp ("begrüßte den Schritt
    Bogotás"). None where a pair of states is coded more often, or two camp pairs tie."""
    events = without_mediators(before)
    sentences, latest = _pairs(events, _camps)
    main = _leading_pair(sentences)
    if main is None or len(sentences[main]) < _pair_sentences(events):
        return []
    return [latest[camp] for camp in sorted(main)]


def _pair_sentences(before: Sequence[EventInfo]) -> int:
    """In how many sentences the events coded the two states most often coded with each other."""
    return max(map(len, _pairs_of_states(before)[0].values()), default=0)


def _pairs_of_states(before: Sequence[EventInfo]) -> tuple[dict[frozenset[str], set[int]], dict[str, Span]]:
    """The sentences in which the events coded each pair of two states (or the EU) with each other, and
    the latest span of each state."""
    return _pairs(before, _states)


def _pairs(
    before: Sequence[EventInfo], sides_of: Callable[[EventInfo], tuple[str, str] | None]
) -> tuple[dict[frozenset[str], set[int]], dict[str, Span]]:
    """The sentences in which the events coded each pair of sides (as `sides_of` reads an event's source and
    target) with each other, and the latest span of each side."""
    sentences: dict[frozenset[str], set[int]] = {}
    latest: dict[str, Span] = {}
    for event in before:
        if event.source is None or event.target is None:
            continue
        sides = sides_of(event)
        if sides is None:
            continue
        sentences.setdefault(frozenset(sides), set()).add(event.trigger.sent.start)
        latest[sides[0]], latest[sides[1]] = event.source, event.target
    return sentences, latest


def _states(event: EventInfo) -> tuple[str, str] | None:
    """The two states (or the EU) of an event between two of them."""
    sides = (side_of(event.source), side_of(event.target))
    return sides if all(map(_pair_side, sides)) and sides[0] != sides[1] else None


def _camps(event: EventInfo) -> tuple[str, str] | None:
    """The two camps of one state of an event between them."""
    if not is_state_side(side_of(event.source)) or side_of(event.source) != side_of(event.target):
        return None
    camps = (camp_of(event.source), camp_of(event.target))
    return None if None in camps or camps[0] == camps[1] else camps


def _pair_side(side: str | None) -> bool:
    """A side a story's pair can have: a state's, or the EU's."""
    # the one international body that is a side of bilateral relations as a state is: it holds summits,
    # trade talks and disputes with states ("Die EU und China … Beide Seiten verabschiedeten …")
    return is_state_side(side) or side == EUROPEAN_UNION
