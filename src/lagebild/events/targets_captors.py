"""A demand for the release of someone the sentence names only by a pronoun ("Buenos Aires verlangt seine
sofortige Freilassung", "Algerien hatte ihre Auslieferung verlangt") is addressed to whoever holds
them: the one who made the arrest the sentences just before tell of (CAMEO 173), not a state the
guesses find nearby ("…, und die EU hatte die Anklage kritisiert") or in the sentence itself. The
hypothetical release the demand asks for then is that captor's too (`demanded_acts`)."""

from __future__ import annotations

from dataclasses import replace

from lagebild.events.arguments import children, side_of
from lagebild.events.codebook import ASKING_ROOTS
from lagebild.events.demanded_acts import captors
from lagebild.pipeline.annotations import TARGET_DERIVED, TARGET_PARSED, EventInfo

# the nouns by which a demand asks for a person held to be let go or handed over
RELEASE_NOUNS = {"freilassung", "haftentlassung", "auslieferung", "überstellung"}
# the possessives that name the one held by a pronoun ("seine", "ihre", "deren", "dessen")
POSSESSIVE_DEPS = ("det:poss", "nmod:poss")


def addressed_to_captors(events: list[EventInfo], before: list[EventInfo]) -> list[EventInfo]:
    """Demands for the release of someone named by a possessive, each with a target it did not
    read from the clause, addressed to the latest captor of another side than the one who asks."""
    return [_to_captor(e, before) if _asks_release_of_someone_named_before(e) else e for e in events]


def _asks_release_of_someone_named_before(event: EventInfo) -> bool:
    if not event.code.startswith(ASKING_ROOTS) or event.source is None:
        return False
    if event.target_rule in (TARGET_PARSED, TARGET_DERIVED):
        return False
    verb = event.trigger.root
    return any(
        noun.lemma_.lower() in RELEASE_NOUNS
        and any(c.pos_ in ("DET", "PRON") for c in children(noun, *POSSESSIVE_DEPS))
        for noun in children(verb, "obj")
    )


def _to_captor(event: EventInfo, before: list[EventInfo]) -> EventInfo:
    held_by = captors(event, before)
    # a guess that already names the captor's side keeps its rule (and the target ranker's say over it)
    if not held_by or side_of(held_by[0]) in (side_of(event.source), side_of(event.target)):
        return event
    return replace(event, target=held_by[0], target_rule=TARGET_DERIVED)
