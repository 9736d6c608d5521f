"""Articles from inputs through the pipeline into a store, one transaction per article."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from sqlalchemy.exc import SQLAlchemyError

from lagebild.analysis import analyze, content_hash
from lagebild.ingest import ArticleInput, InputError, one_line
from lagebild.records import Analysis
from lagebild.store import Store


@dataclass
class BatchReport:
    stored: int = 0
    skipped: int = 0
    errors: list[InputError] = field(default_factory=list)


def analyze_input(
    item: ArticleInput, date: str | None = None, model: str | None = None
) -> Analysis | InputError:
    """The item's records, or an error naming it: a bug must cost one article, not the batch."""
    try:
        return analyze(
            item.text,
            date=date or item.date,
            article_id=item.id,
            title=item.title,
            source=item.source,
            url=item.url,
            model=model,
        )
    except Exception as err:
        return InputError(item.origin, f"analysis failed: {type(err).__name__}: {one_line(str(err))}")


def ingest(
    items: Iterable[ArticleInput | InputError],
    store: Store,
    *,
    model: str | None = None,
    on_item: Callable[[str, InputError | None], None] = lambda outcome, error: None,
) -> BatchReport:
    """Analyse and store every article not stored yet; a failing item never stops the batch.

    `on_item(outcome, error)` is told each item's outcome (`stored`, `skipped` or `error`).
    """
    report = BatchReport()
    for item in items:
        outcome = _ingest_one(item, store, model)
        if isinstance(outcome, InputError):
            report.errors.append(outcome)
            on_item("error", outcome)
            continue
        if outcome == "stored":
            report.stored += 1
        else:
            report.skipped += 1
        on_item(outcome, None)
    return report


def _ingest_one(item: ArticleInput | InputError, store: Store, model: str | None) -> str | InputError:
    if isinstance(item, InputError):
        return item
    digest = content_hash(item.text)
    if store.has_content(digest):
        return "skipped"
    analysis = analyze_input(item, model=model)
    if isinstance(analysis, InputError):
        return analysis
    try:
        return "stored" if store.add(analysis, digest) else "skipped"
    except (ValueError, SQLAlchemyError) as err:
        return InputError(item.origin, one_line(str(err)))
