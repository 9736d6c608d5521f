from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from lagebild.analysis import content_hash
from lagebild.records import Analysis, Entity, Mention
from lagebild.store import open_store
from lagebild.web import create_app
from tests.factories import TEXT, expulsion_article

HOSTILE = TEXT.replace("Deutschland wies", "<script>alert('x')</script> Deutschland wies")


@pytest.fixture
def client(db_url):
    writer = open_store(db_url)
    for analysis in (
        expulsion_article("art-1", date="2022-04-05"),
        expulsion_article("art-2", date="2022-06-10", text=TEXT.replace("vier", "zwei")),
        expulsion_article("evil", date="2022-07-01", text=HOSTILE),
    ):
        writer.add(analysis, content_hash(analysis.article.text))
    with TestClient(create_app(db_url)) as client:
        client.writer = writer
        yield client
    writer.engine.dispose()


def test_articles_search_filters_and_csv(client):
    items = client.get("/api/articles", params={"q": "Diplomaten"}).json()["items"]
    assert [a["id"] for a in items] == ["art-1", "art-2", "evil"]
    assert [a["id"] for a in client.get("/api/articles", params={"q": "zwei"}).json()["items"]] == ["art-2"]
    assert [a["id"] for a in client.get("/api/articles", params={"since": "2022-06"}).json()["items"]] == [
        "art-2",
        "evil",
    ]
    assert client.get("/api/articles", params={"actor": "annalena-baerbock", "limit": 1, "offset": 1}).json() == {
        "items": [client.get("/api/articles").json()["items"][1]], "limit": 1, "offset": 1, "count": 1,
    }  # fmt: skip
    csv_text = client.get("/api/articles", params={"format": "csv", "source": "Agentur Demo"}).text
    assert csv_text.splitlines()[0] == "id,date,language,source,title,url"
    assert len(csv_text.splitlines()) == 4
    assert client.get("/api/articles", params={"since": "April"}).status_code == 422


def test_one_article_with_all_records(client):
    response = client.get("/api/articles/art-1")
    assert Analysis.model_validate(response.json()) == expulsion_article("art-1", date="2022-04-05")
    assert client.get("/api/articles/nope").status_code == 404


def test_actor_profile_timeline_partners_and_quotes(client):
    actors = client.get("/api/actors", params={"q": "Baer"}).json()["items"]
    assert [(a["key"], a["mentions"], a["articles"]) for a in actors] == [("annalena-baerbock", 3, 3)]
    russia = client.get("/api/actors/RUS").json()
    assert (russia["name"], russia["country"], russia["articles"]) == ("Russland", "RUS", 3)
    assert russia["partners"] == [{"partner": "DEU", "events": 3, "goldstein": -12.0}]
    months = client.get("/api/actors/DEU/timeline").json()["months"]
    assert months == [
        {"month": "2022-04", "events": 1, "cooperation": 0, "conflict": 1, "goldstein": -4.0},
        {"month": "2022-06", "events": 1, "cooperation": 0, "conflict": 1, "goldstein": -4.0},
        {"month": "2022-07", "events": 1, "cooperation": 0, "conflict": 1, "goldstein": -4.0},
    ]
    quotes = client.get("/api/actors/annalena-baerbock/quotes").json()["items"]
    assert {q["text"] for q in quotes} == {"Das ist eine klare Antwort"}
    assert client.get("/api/actors/nobody").status_code == 404


def test_events_dyads_quotes_clusters(client):
    events = client.get("/api/events", params={"source": "DEU", "target": "RUS"}).json()["items"]
    assert [e["id"] for e in events] == ["art-1:v1", "art-2:v1", "evil:v1"]
    assert client.get("/api/events", params={"source": "RUS", "target": "DEU"}).json()["items"] == []
    hypothetical = client.get("/api/events", params={"modality": "hypothetical"}).json()["items"]
    assert [e["code"] for e in hypothetical] == ["1246", "1246", "1246"]
    assert (
        client.get("/api/events", params={"root": "16", "since": "2022-06-01", "place": "Berlin"}).json()[
            "count"
        ]
        == 2
    )
    assert client.get("/api/events", params={"modality": "maybe"}).status_code == 422
    dyad = client.get("/api/dyads/RUS/DEU").json()
    assert [(m["month"], m["conflict"]) for m in dyad["months"]] == [
        ("2022-04", 1),
        ("2022-06", 1),
        ("2022-07", 1),
    ]
    assert client.get("/api/quotes", params={"speaker": "Baerbock", "q": "klare"}).json()["count"] == 3
    clusters = client.get("/api/clusters", params={"actor": "DEU"}).json()["items"]
    assert [(c["id"], c["sources"]) for c in clusters] == [("art-1:v1", 1), ("art-2:v1", 1), ("evil:v1", 1)]
    assert client.get(f"/api/clusters/{clusters[0]['id']}").json()["reports"][0]["article_id"] == "art-1"


def test_pages_show_content_and_escape_article_text(client):
    page = client.get("/articles/evil").text
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in page
    assert 'class="ent ent-PER"' in page and "Annalena Baerbock" in page
    assert "EVENT 161 Reduce or break diplomatic relations: Deutschland → Russland (asserted)" in page
    search_page = client.get("/", params={"q": "Diplomaten"}).text
    assert search_page.count(">Ausweisung</a>") == 3 and 'href="/articles/art-1"' in search_page
    actor_page = client.get("/actors/RUS").text
    assert "<svg" in actor_page and "2022-06" in actor_page
    assert "Das ist eine klare Antwort" in client.get("/quotes", params={"speaker": "Baerbock"}).text
    map_page = client.get("/map").text
    assert map_page.count('class="place"') == 1 and "Berlin: 3 events" in map_page
    assert client.get("/static/style.css").status_code == 200
    assert client.get("/articles/nope").status_code == 404


def test_reads_while_an_ingest_writes_and_never_writes_itself(client):
    assert client.get("/api/articles").json()["count"] == 3
    newer = expulsion_article("late", date="2022-09-01", text=TEXT.replace("vier", "sieben"))
    client.writer.add(newer, content_hash(newer.article.text))
    assert client.get("/api/articles").json()["count"] == 4
    assert client.post("/api/articles").status_code == 405


def test_an_actor_whose_name_contains_a_slash_has_working_pages(client):
    text = TEXT + " Bündnis 90/Die Grünen begrüßte das."
    party = Entity(id="e9", name="Bündnis 90/Die Grünen", type="ORG", country="DEU",
                   mentions=[Mention(text="Bündnis 90/Die Grünen", start=text.index("Bündnis"),
                                     end=text.index(" begrüßte"), sentence=3)])  # fmt: skip
    analysis = expulsion_article("greens", text=text)
    analysis = analysis.model_copy(update={"entities": [*analysis.entities, party]})
    client.writer.add(analysis, content_hash(text))
    key = quote("Bündnis 90/Die Grünen", safe="")
    assert client.get(f"/api/actors/{key}").json()["name"] == "Bündnis 90/Die Grünen"
    assert client.get(f"/api/actors/{key}/timeline").json()["key"] == "Bündnis 90/Die Grünen"
    assert client.get(f"/api/actors/{key}/events").json()["count"] == 0
    assert "Bündnis 90/Die Grünen" in client.get(f"/actors/{key}").text
    assert "/actors/B%C3%BCndnis%2090/Die%20Gr%C3%BCnen" in client.get("/", params={"q": "Bündnis"}).text
