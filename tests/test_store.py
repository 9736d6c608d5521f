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


def test_an_article_is_stored_whole_or_not_at_all(store):
    broken = expulsion_article("art-9")
    quote = broken.quotes[0].model_copy(update={"speaker": "e99"})  # no such entity: the last insert fails
    broken = broken.model_copy(update={"quotes": [quote]})
    with pytest.raises(ValueError, match="cannot store the records"):
        _add(store, broken)
    for table in ("articles", "sentences", "entities", "mentions", "timexes", "quotes", "events", "evidence"):
        assert store.count(table) == 0, table
    assert _add(store, expulsion_article("art-9")) is True


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
    assert ids(code="16") == ["art-1:v1", "art-2:v1"]
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


def test_searches_fold_case_beyond_ascii(store):
    _add(store, expulsion_article(text=TEXT.replace("sagte", "äußerte")))
    assert [a["id"] for a in find_articles(store, text="ÄUßERTE")] == ["art-1"]
    assert [q["text"] for q in find_quotes(store, speaker="BAERBOCK")] == ["Das ist eine klare Antwort"]


REPORT = (
    "Deutschland wies am Dienstag vier russische Diplomaten aus, wie das Auswärtige Amt mitteilte. "
    "„Das ist eine klare Antwort auf die Spionage“, sagte Außenministerin Annalena Baerbock in Berlin. "
    "Moskau könnte die Botschaft schließen, hieß es aus Kreisen der Regierung am Abend. "
    "Die Bundesregierung begründete den Schritt mit Erkenntnissen der Spionageabwehr über die Arbeit "
    "der Diplomaten, die ihren Status für nachrichtendienstliche Zwecke missbraucht haben sollen. "
    "Die betroffenen Personen müssen das Land innerhalb von fünf Tagen verlassen. "
    "Die russische Botschaft äußerte sich zunächst nicht zu den Vorwürfen und verwies auf eine spätere Erklärung."
)
REPRINT = REPORT.replace("innerhalb von fünf Tagen", "binnen fünf Tagen")
OTHER_REPORT = (
    "Nach Spionagevorwürfen hat Deutschland am Dienstag russische Diplomaten zu unerwünschten Personen "
    "erklärt. „Das ist eine klare Antwort auf Moskaus Verhalten“, sagte Annalena Baerbock in Berlin. "
    "Moskau kündigte Gegenmaßnahmen an und sprach von einem unfreundlichen Akt gegenüber Russland."
)


def test_reports_of_one_event_form_one_cluster_and_reprints_count_once(store):
    from lagebild.store.queries import cluster_evidence, find_clusters

    _add(store, expulsion_article("agency", date="2022-04-04", text=REPORT))
    _add(store, expulsion_article("reprint", date="2022-04-04", text=REPRINT))
    _add(store, expulsion_article("other", date="2022-04-05", text=OTHER_REPORT))
    _add(store, expulsion_article("later", date="2022-06-20", text=TEXT))
    clusters = find_clusters(store, actor="DEU")
    assert [(c["id"], c["events"], c["sources"], c["date"]) for c in clusters] == [
        ("agency:v1", 3, 2, "2022-04-04"),
        ("later:v1", 1, 1, "2022-06-20"),
    ]
    evidence = cluster_evidence(store, "agency:v1")
    assert [(e["article_id"], e["duplicate_of"]) for e in evidence] == [
        ("agency", None),
        ("reprint", "agency"),
        ("other", None),
    ]
    assert find_clusters(store, min_sources=2, root="16")[0]["id"] == "agency:v1"
    assert find_clusters(store, root="04") == []
