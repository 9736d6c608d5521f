"""Bare surnames: a KB surname inside a longer name the NER missed, or after another person's full
name (another given name, a family-name-first name, a particle), is someone else; a politician named in
full first, or a surname with no other bearer, keeps the politician."""

from __future__ import annotations

from lagebild import analyze
from tests.entity_mentions import entities_mentioned_as


def _actors(text: str) -> dict[str, tuple[str | None, str | None]]:
    """Each mention's text -> (KB id, country) of its entity."""
    result = analyze(text, date="2021-12-15", lang="de")
    return {m.text: (e.kb_id, e.country) for e in result.entities for m in e.mentions}


def _kb_ids(result, text: str) -> set[str | None]:
    return {e.kb_id for e in entities_mentioned_as(result, text)}


def _sources(result) -> list[tuple[str, str | None]]:
    return [(e.code, e.source and e.source.country) for e in result.events]


def test_known_surname_after_an_unknown_given_name_is_not_the_kb_person():
    # "Abdi" alone is the Syrian SDF commander in the KB; here it ends a Somali politician's name
    actors = _actors("Kenias Präsident traf am Montag den Besucher Muse Bihi Abdi in Nairobi.")
    assert actors.get("Abdi", (None, None))[0] != "person:mazloum-abdi"


def test_known_surname_alone_still_resolves():
    actors = _actors("Die Kurdenmiliz SDF kämpft weiter. Mit Abdi wollte Ankara nicht sprechen.")
    assert actors["Abdi"] == ("person:mazloum-abdi", "SYR")


def test_surname_after_another_persons_full_name_is_not_the_politician():
    text = (
        "Die Hydrologin Maren Hoekstra von der Universität Utrecht legte eine Studie vor. "
        "Laut Hoekstra sinken die Grundwasserspiegel. Hoekstra kritisierte die Regierung in Den Haag."
    )
    result = analyze(text, date="2024-06-01", lang="de")
    assert all(kb is None for kb in _kb_ids(result, "Hoekstra"))
    assert not any(country == "EUR" for _, country in _sources(result))


def test_family_name_first_given_name_after_the_surname_marks_another_person():
    text = (
        "Die Lehrerin Li Mei aus Chengdu wartete am Bahnhof. Ihr Bruder stand neben Li. "
        "Li beschimpfte ihn laut."
    )
    result = analyze(text, date="2024-06-01", lang="de")
    assert all(kb is None for kb in _kb_ids(result, "Li"))
    assert not any(country == "CHN" for _, country in _sources(result))


def test_surname_with_a_particle_after_another_given_name():
    text = "Am Abend las die Autorin Paula de Arce aus ihrem Roman. Arce kritisierte die Regierung in Chile."
    result = analyze(text, date="2024-06-01", lang="de")
    assert all(kb is None for kb in _kb_ids(result, "Arce"))


def test_politician_named_in_full_first_keeps_the_bare_surname():
    text = "Ministerpräsident Li Qiang reiste nach Berlin. Li kritisierte die Zölle der USA scharf."
    result = analyze(text, date="2024-06-01", lang="de")
    assert ("111", "CHN") in _sources(result)


def test_bare_surname_without_another_name_stays_the_politician():
    text = "Netanjahus Kabinett billigte den Plan. Netanjahu kritisierte die Hamas scharf."
    result = analyze(text, date="2024-06-01", lang="de")
    assert ("111", "ISR") in _sources(result)


def test_weekday_after_a_surname_is_no_given_name():
    text = "Merkel Freitag traf Macron in Paris. Merkel kritisierte Russland."
    result = analyze(text, date="2015-06-01", lang="de")
    assert ("111", "DEU") in _sources(result)
