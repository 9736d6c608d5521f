"""Targets a plural object pronoun takes up: "Putin telefonierte mit beiden Präsidenten und rief sie
auf, …", "Biden telefonierte mit Aoun und Lapid, um ihnen zu danken". Coreference resolves a pronoun
to one person, so the second act found one counterpart at most, often a guess. The pronoun stands for
the counterparts of the same source's latest act before it, in its own sentence or the one before,
where that act had several: the second act is aimed at each of them and at no one else. Where that
act had fewer, this rule says nothing and the others decide (a "sie" may be one woman or one body)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import ActorIndex, same_actor, side_of
from lagebild.pipeline.annotations import TARGET_PARSED, EventInfo, aimed_at
from lagebild.pipeline.segmentation import sentence_before

# "sie" as an object and "ihnen": the forms a plural personal pronoun takes as someone acted on
PLURAL_OBJECT_PRONOUNS = {"sie", "ihnen"}
OBJECT_DEPS = {"obj", "iobj", "obl:arg"}
# counterparts enough to be taken up by a plural
SEVERAL = 2


def with_plural_object_targets(
    found: list[EventInfo], earlier: list[EventInfo], actors: ActorIndex
) -> list[EventInfo]:
    """The sentence's events, an act on a plural object pronoun once for each counterpart it takes up."""
    aimed: list[EventInfo] = []
    for event in found:
        pronoun = _plural_object(event.trigger.root, actors)
        partners = _partners_before(pronoun, event, [*earlier, *found]) if pronoun else []
        if len(partners) < SEVERAL:
            aimed.append(event)
            continue
        # read from the clause's own object, as a named one is: not a guess for the target ranker to move
        aimed += [aimed_at(event, partner, TARGET_PARSED) for partner in partners]
    return aimed


def _plural_object(verb: Token, actors: ActorIndex) -> Token | None:
    """The verb's object "sie"/"ihnen", where coreference made no one person of it."""
    for child in verb.children:
        if (
            child.text in PLURAL_OBJECT_PRONOUNS
            and child.dep_ in OBJECT_DEPS
            and child.i not in actors.by_token
        ):
            return child
    return None


def _partners_before(pronoun: Token, act: EventInfo, events: list[EventInfo]) -> list[Span]:
    """The counterparts, one per side, of the latest act by the act's source before it that had any,
    in the pronoun's sentence or the one before."""
    source = act.source
    if source is None:
        return []
    before = sentence_before(pronoun.sent)
    window_start = before.start if before is not None else pronoun.sent.start
    acts: dict[int, list[Span]] = {}
    for event in events:
        start = event.trigger.start
        if (
            window_start <= start < min(pronoun.i, act.trigger.start)
            and event.target is not None
            and event.source is not None
            and same_actor(event.source, source)
        ):
            acts.setdefault(start, []).append(event.target)
    if not acts:
        return []
    partners: dict[str | None, Span] = {}
    for target in acts[max(acts)]:
        partners.setdefault(side_of(target), target)
    return [
        target for side, target in partners.items() if side is not None and not same_actor(target, source)
    ]
