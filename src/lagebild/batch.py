"""Articles from inputs through the pipeline into a store, one transaction per article."""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy.exc import SQLAlchemyError

from lagebild.analysis import analyze, content_hash
from lagebild.ingest import ArticleInput, InputError, one_line
from lagebild.records import Analysis
from lagebild.store import Store

# seconds an article may take: a minute plus one per thousand characters is over twenty times what the
# pipeline needs (bench_stages: about 20,000 characters a second per core), so only a coder bug that
# never finishes meets it, and it then costs that one article instead of the whole batch
BASE_SECONDS = 60.0
SECONDS_PER_CHARACTER = 0.001


class ArticleTimeout(Exception):
    """The analysis of one article ran past its time limit."""


def time_limit(text: str) -> float:
    return BASE_SECONDS + SECONDS_PER_CHARACTER * len(text)


@dataclass
class BatchReport:
    stored: int = 0
    skipped: int = 0
    errors: list[InputError] = field(default_factory=list)


def analyze_input(
    item: ArticleInput, date: str | None = None, model: str | None = None
) -> Analysis | InputError:
    """The item's records, or an error naming it: a bug must cost one article, not the batch, also one
    that never finishes (see `time_limit`)."""
    seconds = time_limit(item.text)
    try:
        with _stopped_after(seconds):
            return analyze(
                item.text,
                date=date or item.date,
                article_id=item.id,
                title=item.title,
                source=item.source,
                url=item.url,
                model=model,
            )
    except ArticleTimeout:
        return InputError(item.origin, f"analysis stopped after {seconds:.0f} s: it did not finish (a bug)")
    except Exception as err:
        return InputError(item.origin, f"analysis failed: {type(err).__name__}: {one_line(str(err))}")


@contextmanager
def _stopped_after(seconds: float) -> Iterator[None]:
    """Raise `ArticleTimeout` in the block once `seconds` have passed. Only the main thread of a process
    receives the alarm signal; elsewhere (a web server's worker thread) the block runs without a limit."""
    if not hasattr(signal, "SIGALRM") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum, frame):
        raise ArticleTimeout

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


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
