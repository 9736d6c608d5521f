"""Actors on real news (round 7c): a politician's bare surname that the article gave to someone
else first (another given name), and a bare "Bundes-" body in an article about another federation."""

from __future__ import annotations

from lagebild import analyze


def _kb_ids(result, text: str) -> set[str | None]:
    return {e.kb_id for e in result.entities if any(m.text == text for m in e.mentions)}


def _sources(result) -> list[tuple[str, str | None]]:
    return [(e.code, e.source and e.source.country) for e in result.events]


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


def test_federal_police_in_an_article_about_the_united_states_is_american():
    text = (
        "Der Streit zwischen Apple und der US-Regierung spitzt sich zu. In den USA wächst die Kritik. "
        "Die Bundespolizei verlangt von Apple eine neue Software."
    )
    result = analyze(text, date="2016-03-01", lang="de")
    police = [e for e in result.entities if any(m.text == "Bundespolizei" for m in e.mentions)]
    assert police and police[0].actor_code == "USACOP"


def test_federal_police_stays_german_when_another_federation_is_named_once():
    text = "Die Bundespolizei nahm an der Grenze zu Österreich drei Schlepper fest."
    result = analyze(text, date="2016-03-01", lang="de")
    police = [e for e in result.entities if any(m.text == "Bundespolizei" for m in e.mentions)]
    assert police and police[0].actor_code == "DEUCOP"


def test_federal_police_in_an_austrian_article_is_austrian():
    text = (
        "Österreich verschärft die Kontrollen. Bundeskanzler Werner Faymann verteidigte die Pläne, "
        "Innenministerin Johanna Mikl-Leitner ebenso. Die Bundespolizei soll Grenzübergänge überwachen."
    )
    result = analyze(text, date="2016-03-01", lang="de")
    police = [e for e in result.entities if any(m.text == "Bundespolizei" for m in e.mentions)]
    assert police and police[0].actor_code == "AUTCOP"
