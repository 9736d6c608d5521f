"""Places through the real pipeline (`lagebild.analyze` / the German pipeline), on the seed article
and our sample corpus."""

import json
from importlib import resources
from pathlib import Path

import pytest

from lagebild.pipeline import get_pipeline

SEED = Path(__file__).parents[1].parent / "shared" / "seeds" / "seed-article-de.txt"


def _places(text: str, lang: str = "de") -> list[tuple[str, object]]:
    nlp = get_pipeline(lang)
    doc = nlp.make_doc(text)
    doc._.language = lang
    doc = nlp(doc)
    return [(e.text, e._.place) for e in doc.ents if e._.place is not None]


def _corpus(article_id: str) -> str:
    path = resources.files("lagebild") / "samples" / "corpus-de.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines():
        article = json.loads(line)
        if article["id"] == article_id:
            return article["text"]
    raise KeyError(article_id)


@pytest.fixture(scope="module")
def seed_places():
    if not SEED.is_file():
        pytest.skip("seed article not available")
    return _places(SEED.read_text(encoding="utf-8").strip().split(" ", 2)[2])


def test_seed_article_places_are_geocoded(seed_places):
    by_text = {text: place for text, place in seed_places}
    assert by_text["Brüssel"].geonames == 2800866
    assert by_text["Moskau"].geonames == 524901
    assert by_text["Straße von Kertsch"].feature == "strait"
    assert abs(by_text["Straße von Kertsch"].lat - 45.3) < 0.5
    assert (by_text["Schwarzen Meer"].name, by_text["Schwarzen Meer"].feature) == ("Schwarzes Meer", "sea")
    # "das Genfer Gipfeltreffen": the city adjective yields Genf.
    (geneva,) = [place for text, place in seed_places if "Genfer" in text.split()]
    assert (geneva.name, geneva.geonames) == ("Genf", 2660646)
    # "an der litauischen und polnischen Grenze" (the migration crisis on the border with Belarus).
    assert (by_text["litauischen"].feature, by_text["litauischen"].country) == ("border", "LTU")
    assert (by_text["polnischen"].feature, by_text["polnischen"].country) == ("border", "POL")
    assert "Belarus" in by_text["litauischen"].name and "Belarus" in by_text["polnischen"].name


def test_common_words_and_people_are_not_places():
    text = (
        "Auch die Polen protestierten. Die Spannungen im indo-pazifischen Raum wachsen. "
        "Georgia Miller sprach in Rom. Victoria Nuland traf Kollegen in Polen."
    )
    places = {text: place.name for text, place in _places(text)}
    assert places == {"Rom": "Rom", "Polen": "Polen"}
    # "Polen" is a place only once: "in Polen", not "die Polen".
    assert [t for t, _ in _places(text)].count("Polen") == 1


def test_inflected_forms_resolve():
    places = dict(
        _places("Die Flotte des Schwarzen Meeres liegt vor Moskaus Küste nicht, sagte man in Kiews Norden.")
    )
    assert places["Schwarzen Meeres"].name == "Schwarzes Meer"
    assert places["Moskaus"].geonames == 524901
    assert places["Kiews"].geonames == 703448


def test_frankfurt_is_disambiguated_by_the_article():
    football = _places(_corpus("de-011"))
    harvest = dict(_places(_corpus("de-014")))
    # "die Frankfurter Abwehr" (the entity may be just the adjective, or NER's longer span)
    (frankfurter,) = [place for text, place in football if text.split()[0] == "Frankfurter"]
    assert frankfurter.geonames == 2925533  # Frankfurt am Main (Main, Römerberg)
    assert harvest["Frankfurt"].geonames == 2925535  # Frankfurt (Oder) (Oderbruch, Eisenhüttenstadt)
    assert "Frankfurt" not in dict(football)  # "Eintracht Frankfurt" is the club


def test_places_keep_actor_annotations():
    nlp = get_pipeline("de")
    doc = nlp.make_doc("Moskau reagierte scharf. Der Minister flog nach Moskau.")
    doc._.language = "de"
    doc = nlp(doc)
    moscow = [e for e in doc.ents if e.text == "Moskau"]
    assert len(moscow) == 2
    assert all(e._.place is not None and e._.place.geonames == 524901 for e in moscow)
    # The government reading keeps the actor stage's label and actor; the place is added beside it.
    if moscow[0]._.actor is not None:
        assert moscow[0].label_ == "ORG" and moscow[0]._.actor.country == "RUS"


def test_context_decides_what_kind_of_place():
    text = (
        "Russische Truppen zogen sich aus Cherson zurück und verschanzten sich am Ostufer des Dnipro. "
        "Die Gespräche in Tiflis, Batumi und Kutaissi dauerten an. Auch an der Oder blieb es ruhig."
    )
    places = dict(_places(text))
    assert places["Cherson"].geonames == 706448  # a town after "aus", whatever NER made of it
    assert places["Dnipro"].feature == "river"  # "am Ostufer des …": the river, not the city
    assert places["Batumi"].country == places["Kutaissi"].country == "GEO"  # coordination
    assert places["Oder"].feature == "river"


def test_english_places_by_name_and_preposition():
    places = dict(
        _places("Talks in Geneva ended; shelling continued near Kharkiv and in the Black Sea.", "en")
    )
    assert places["Geneva"].geonames == 2660646
    assert places["Kharkiv"].country == "UKR"
    assert places["Black Sea"].feature == "sea"


def test_names_of_several_tokens_and_their_surface_texts():
    """The rules look names up by the text of token ranges, sliced from the document's text and
    skipped where no name of several words starts with the first word: the same texts and places as
    the spans' own."""
    from lagebild.geo.gazetteer import load_gazetteer
    from lagebild.geo.mentions import _Surfaces

    text = "Der Zug fuhr über Frankfurt (Oder) nach Sankt Petersburg.  Moskaus Antwort kam aus Den Haag."
    places = {surface: place.geonames for surface, place in _places(text)}
    assert places["Frankfurt (Oder)"] == 2925535
    assert places["Sankt Petersburg"] == 498817
    assert places["Moskaus"] == 524901  # the genitive of a self-evident name
    assert places["Den Haag"] == 2747373
    doc = get_pipeline("de").make_doc(text)
    surfaces = _Surfaces(doc)
    assert all(surfaces(i, j) == doc[i:j].text for i in range(len(doc)) for j in range(i + 1, len(doc) + 1))
    gazetteer = load_gazetteer()
    assert gazetteer.may_name("Sankt Petersburg") and gazetteer.may_name("Zeitung")
    assert not gazetteer.may_name("Zeitung Berlin")
