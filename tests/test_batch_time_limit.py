"""An article whose analysis never finishes costs that article, not the batch (a coder loop once did)."""

import time

import lagebild.batch as batch
from lagebild.batch import analyze_input, ingest, time_limit
from lagebild.ingest import ArticleInput
from lagebild.store import open_store

STUCK = "Dieser Text bringt den Coder in eine Schleife."


def test_the_limit_grows_with_the_text_and_leaves_room_for_the_longest_articles():
    assert time_limit("") == 60
    # the largest input read (5 MB) gets over twenty times what the pipeline needs for it
    assert time_limit("x" * 5_000_000) > 20 * 5_000_000 / 20_000


def test_an_analysis_that_never_ends_is_stopped_and_the_batch_goes_on(tmp_path, monkeypatch):
    real_analyze, real_limit = batch.analyze, batch.time_limit

    def analyze_or_loop(text, **kwargs):
        while text == STUCK:
            time.sleep(0.01)
        return real_analyze(text, **kwargs)

    monkeypatch.setattr(batch, "analyze", analyze_or_loop)
    monkeypatch.setattr(batch, "time_limit", lambda text: 1.0 if text == STUCK else real_limit(text))
    store = open_store(f"sqlite:///{tmp_path / 'x.db'}")
    items = [
        ArticleInput("stuck.txt", STUCK, date="2024-05-01"),
        ArticleInput("good.txt", "Die Außenminister trafen sich am Montag in Brüssel.", date="2024-05-01"),
    ]
    report = ingest(items, store)
    assert report.stored == 1
    (error,) = report.errors
    assert error.origin == "stuck.txt"
    assert error.message == "analysis stopped after 1 s: it did not finish (a bug)"
    assert store.count("articles") == 1


def test_the_alarm_is_cleared_after_each_article(monkeypatch):
    monkeypatch.setattr(batch, "analyze", lambda text, **kwargs: text.upper())
    monkeypatch.setattr(batch, "time_limit", lambda text: 0.5)
    assert analyze_input(ArticleInput("short.txt", "kurz")) == "KURZ"
    time.sleep(1.0)  # an alarm left armed would fire here and fail the test with ArticleTimeout
