"""Officials and office holders: IGO officials unknown to the KB keep their IGO in a passage about a
state, a masculine role noun after "die" is several people, office holders of 2019-2025 named by their
office alone, presidents by the term they held office, and a minister whose surname is a group's name."""

from __future__ import annotations

import pytest

from lagebild import analyze
from tests.entity_mentions import entities_mentioned_as


def _entity(result, text: str):
    return entities_mentioned_as(result, text)[0]


def test_eu_commissioner_unknown_to_the_kb_keeps_the_eu_in_a_passage_about_serbia():
    text = (
        "Serbiens Präsident Aleksandar Vučić hat vorgezogene Wahlen erneut abgelehnt. Die Opposition in Belgrad reagierte empört. "
        "Erweiterungskommissarin Maria Kowalczyk traf am Montag mit Vučić zusammen."
    )
    result = analyze(text, date="2025-03-10", lang="de")
    commissioner = _entity(result, "Maria Kowalczyk")
    assert commissioner.actor_code == "IGOEUREEC"
    assert commissioner.country is None


def test_un_envoy_unknown_to_the_kb_keeps_the_un_in_a_passage_about_yemen():
    text = (
        "Jemens Regierung warf den Huthis Angriffe vor. Sanaa bestritt das. "
        "Die UN-Sondergesandte Anna Lindqvist mahnte beide Seiten zur Zurückhaltung."
    )
    result = analyze(text, date="2024-02-01", lang="de")
    assert _entity(result, "Anna Lindqvist").actor_code == "IGOUNO"


def test_plural_envoys_after_die_are_not_the_envoy_named_before():
    text = (
        "US-Botschafter Jeffrey Hovenier kritisierte die Regierung in Pristina. "
        "Am Abend empfing Vučić die Botschafter Russlands und Chinas."
    )
    result = analyze(text, date="2023-05-30", lang="de")
    hovenier = _entity(result, "Jeffrey Hovenier")
    assert all(m.text != "die Botschafter" for m in hovenier.mentions)
    targets = {e.target.country for e in result.events if e.source and e.source.country == "SRB" and e.target}
    assert "USA" not in targets


def test_plural_envoys_with_a_country_adjective_still_name_their_state():
    text = "Berlin und Paris bestellten am Freitag die georgischen Botschafter ein."
    result = analyze(text, date="2024-05-20", lang="de")
    assert _entity(result, "die georgischen Botschafter").country == "GEO"


@pytest.mark.parametrize(
    ("text", "date", "name", "country"),
    [
        (
            "Regierungssprecher Olivier Véran verurteilte den Putsch in Libreville.",
            "2023-08-31",
            "Olivier Véran",
            "FRA",
        ),
        (
            "Außenminister Geoffrey Onyeama empfing seinen Kollegen aus Ghana.",
            "2021-03-02",
            "Geoffrey Onyeama",
            "NGA",
        ),
        (
            "Vizepräsident Geraldo Alckmin bot Washington Gespräche an.",
            "2025-07-20",
            "Geraldo Alckmin",
            "BRA",
        ),
        ("Finanzminister Dominic LeBlanc kündigte Gegenzölle an.", "2025-02-03", "Dominic LeBlanc", "CAN"),
    ],
)
def test_office_holders_named_by_office_alone_get_their_state(text, date, name, country):
    result = analyze(text, date=date, lang="de")
    assert _entity(result, name).country == country


def test_a_minister_named_wagner_does_not_take_the_mercenary_group():
    text = (
        "Außenministerin Thérèse Kayikwamba Wagner verlangte Sanktionen gegen Ruanda. "
        "Die Gruppe Wagner kämpft weiter in Mali."
    )
    result = analyze(text, date="2025-01-28", lang="de")
    assert _entity(result, "Thérèse Kayikwamba Wagner").country == "COD"
    assert _entity(result, "Gruppe Wagner").country == "RUS"


def test_president_known_to_the_source_only_as_minister_is_the_incumbent_president():
    text = "Der panamaische Präsident empfing am Sonntag den amerikanischen Außenminister."
    result = analyze(text, date="2025-02-02", lang="de")
    president = _entity(result, "Der panamaische Präsident")
    assert "Mulino" in president.name
    assert president.actor_code == "PANGOV"


def test_former_president_is_no_longer_the_incumbent_after_his_term():
    text = "Der gabunische Präsident sprach vor dem Parlament."
    before = analyze(text, date="2023-05-01", lang="de")
    assert "Bongo" in _entity(before, "Der gabunische Präsident").name
    after = analyze(text, date="2024-05-01", lang="de")
    assert not any("Bongo" in e.name for e in after.entities)
