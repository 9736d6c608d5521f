"""The counterpart an article keeps for each actor: where a cooperative act names no one it is done
to or for ("Zugleich bot er Gespräche an.", "Abu Dhabi dankte und erklärte …", "ohne dass der Kreml
einlenkt"), German news leaves the counterpart to the reader, who has it from the exchange the source
was last part of, however far back (the article's main pair is mostly that same exchange). A source
that was part of no exchange yet gets the state the article named most often before.

Only appeals, cooperation, concessions and cuts in relations (roots 02, 03, 05, 06, 08, 16: offers,
praise, aid, yielding, a recall or a cut-off): measured on the tuning banks, the remembered
counterpart of such an act was the gold target far more often than not, while for statements,
rejections, threats and force a clause without a target mostly has none in the gold, or its target
is a third party the memory does not know.

A condolence addressed to no state ("sprach den Angehörigen der Opfer sein Beileid aus") is a
statement the banks give a target it does not name: the state that mourns, which is what the article
is about, not the source's partner in an exchange before nor an actor of the sentences just before
(the attackers, the helpers)."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Span

from lagebild.events.arguments import ActorIndex, side_of
from lagebild.events.triggers import Trigger
from lagebild.pipeline.annotations import EventInfo

# 02 appeal, 03 intend to cooperate, 05 diplomatic cooperation, 06 material cooperation, 08 yield,
# 16 reduce relations
REMEMBERED_ROOTS = frozenset({"02", "03", "05", "06", "08", "16"})
# 018 express sympathy, in the rows addressed to someone ("sprach ihm sein Beileid aus", "kondolierte
# dem Präsidenten", "ein Beileidstelegramm an"), not mourning of one's own ("trauert um die Opfer")
SYMPATHY = "018"
ADDRESSED_SYMPATHY = frozenset({"dat", "pp:an"})


def remembered_counterpart(
    trigger: Trigger, source: Span, before: list[EventInfo], actors: ActorIndex
) -> Span | None:
    """The other side of the source's latest coded exchange; None for other roots or a source that
    was part of no exchange yet. A condolence's: the state most named before."""
    side = side_of(source)
    if condoles(trigger) and side is not None:
        return _most_named_other(trigger, side, actors)
    if trigger.entry.code[:2] not in REMEMBERED_ROOTS or trigger.entry.target == "none" or side is None:
        return None
    for event in reversed(before):
        sides = _two_sides(event)
        if sides is not None and side in sides:
            return event.target if sides[0] == side else event.source
    return _most_named_other(trigger, side, actors)


def condoles(trigger: Trigger) -> bool:
    """A condolence addressed to someone, whose target the coder takes from the article, not from the
    sentences just before (where the victims' attackers or helpers are named)."""
    return trigger.entry.code == SYMPATHY and trigger.entry.target in ADDRESSED_SYMPATHY


def _most_named_other(trigger: Trigger, side: str, actors: ActorIndex) -> Span | None:
    """A source that was part of no exchange yet acts towards what the article is about: the state
    (or IGO) of another side it named most often before this sentence, if one leads ("Iran reichert
    weiter an. […] Deutschland, Frankreich und Großbritannien setzten die Gespräche aus")."""
    latest: dict[str, Span] = {}
    named: Counter[str] = Counter()
    for span, other in actors.named_sides:
        if span.start >= trigger.token.sent.start:
            break
        if other != side:
            named[other] += 1
            latest[other] = span
    if not named:
        return None
    (leader, count), *runner_up = named.most_common(2)
    return latest[leader] if not runner_up or runner_up[0][1] < count else None


def _two_sides(event: EventInfo) -> tuple[str, str] | None:
    """The source's and the target's side of an event between two different known sides, else None."""
    if event.source is None or event.target is None:
        return None
    one, other = side_of(event.source), side_of(event.target)
    return (one, other) if one is not None and other is not None and one != other else None
