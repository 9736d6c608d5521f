"""Events as comparable tuples, for the German event-coder tests."""

from lagebild import analyze


def coded_events(text: str, date: str) -> list[tuple]:
    """(code, source state/IGO, target state/IGO, modality) of every event coded in `text`."""
    return [
        (e.code, e.source and (e.source.country or e.source.actor_code),
         e.target and (e.target.country or e.target.actor_code), e.modality)
        for e in analyze(text, date=date, lang="de").events
    ]  # fmt: skip


def coded_dyads(text: str, date: str) -> set[tuple]:
    """(code, source state/IGO, target state/IGO) of the events coded in `text`, whatever their modality."""
    return {(code, source, target) for code, source, target, _ in coded_events(text, date)}
