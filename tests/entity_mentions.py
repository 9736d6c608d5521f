"""The entity behind a mention, for the actor-resolution tests."""

from lagebild import analyze


def mentioned_entity(text: str, words: str, date: str = "2024-05-10"):
    """The entity one of whose mentions is exactly `words`, or None."""
    analysis = analyze(text, date=date, lang="de")
    found = [e for e in analysis.entities if any(m.text == words for m in e.mentions)]
    return found[0] if found else None
