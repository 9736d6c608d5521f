import pytest

from lagebild.analysis import content_hash
from lagebild.store.queries import EventFilter, find_articles, find_events, find_quotes
from tests.factories import TEXT, expulsion_article


def _add(store, analysis):
    return store.add(analysis, content_hash(analysis.article.text))


def test_records_round_trip_through_the_database(store):
    analysis = expulsion_article()
    assert _add(store, analysis) is True
    assert store.analysis("art-1") == analysis
    assert store.analysis("missing") is None
    assert {name: store.count(name) for name in ("articles", "entities", "mentions", "events", "evidence")} == {
        "articles": 1, "entities": 4, "mentions": 5, "events": 2, "evidence": 2,
    }  # fmt: skip


def test_same_content_is_stored_once(store):
    assert _add(store, expulsion_article("art-1")) is True
    assert _add(store, expulsion_article("art-1")) is False
    assert store.count("articles") == 1


def test_an_id_taken_by_another_text_is_an_error_and_writes_nothing(store):
    _add(store, expulsion_article("art-1"))
    with pytest.raises(ValueError, match="'art-1' is already stored with a different text"):
        _add(store, expulsion_article("art-1", text=TEXT.replace("vier", "fünf")))
    assert store.count("articles") == 1
    assert store.count("entities") == 4


def test_event_queries(store):
    _add(store, expulsion_article("art-1", date="2022-04-05"))
    _add(store, expulsion_article("art-2", date="2022-06-10", text=TEXT.replace("vier", "zwei")))

    def ids(**kwargs):
        return [row["id"] for row in find_events(store, EventFilter(**kwargs))]

    assert ids() == ["art-1:v1", "art-2:v1"]  # hypothetical events are left out by default
    # ordered by date: a month-precision date sorts before the days of that month
    assert ids(modalities=("asserted", "hypothetical")) == ["art-1:v2", "art-1:v1", "art-2:v2", "art-2:v1"]
    assert ids(actor="RUS") == ["art-1:v1", "art-2:v1"]
    assert ids(actor="annalena-baerbock") == []
    assert ids(dyad=("RUS", "DEU")) == ["art-1:v1", "art-2:v1"]
    assert ids(dyad=("RUS", "DEU"), directed=True) == []
    assert ids(code="166") == ["art-1:v1", "art-2:v1"]
    assert ids(root="16", quad_class=4) == ["art-1:v1", "art-2:v1"]
    assert ids(root="14") == []
    assert ids(since="2022-05") == ["art-2:v1"]
    assert ids(until="2022-04") == ["art-1:v1"]
    assert ids(since="2022-06-01", modalities=("hypothetical",)) == ["art-2:v2"]  # month overlaps
    row = find_events(store, EventFilter(actor="DEU"), limit=1)[0]
    assert row["evidence"] == "Deutschland wies am Dienstag vier russische Diplomaten aus."
    assert find_events(store, EventFilter(), limit=1, offset=1)[0]["id"] == "art-2:v1"


def test_quote_and_article_queries(store):
    _add(store, expulsion_article())
    (quote,) = find_quotes(store, speaker="Baerbock")
    assert quote["text"] == "Das ist eine klare Antwort"
    assert quote["speaker_kb_id"] == "annalena-baerbock"
    assert find_quotes(store, speaker="Lawrow") == []
    assert [a["id"] for a in find_articles(store, text="Diplomaten")] == ["art-1"]
    assert find_articles(store, since="2023") == []
