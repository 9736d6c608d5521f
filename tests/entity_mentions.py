"""The entity behind a mention, for the actor-resolution tests."""

from lagebild import analyze


def mentioned_entity(text: str, words: str, date: str = "2024-05-10"):
    """The entity one of whose mentions is exactly `words`, or None."""
    analysis = analyze(text, date=date, lang="de")
    found = [e for e in analysis.entities if any(m.text == words for m in e.mentions)]
    return found[0] if found else None


def entities_mentioned_as(analysis, words: str) -> list:
    """Every entity of `analysis` with a mention exactly `words`, in the order of those mentions."""
    found = [(m.start, e) for e in analysis.entities for m in e.mentions if m.text == words]
    return [e for _, e in sorted(found, key=lambda pair: pair[0])]


def mentioned_state(text: str, words: str, date: str = "2024-05-10") -> str | None:
    """The state of the entity mentioned exactly as `words`, None where there is no such entity."""
    entity = mentioned_entity(text, words, date)
    return entity.country if entity is not None else None
