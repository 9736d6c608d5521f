"""Actor resolution of the seventh round: IGO officials keep their IGO in a passage about a state,
a masculine role noun after "die" is several people, office holders of 2019-2025 the KB now knows,
and "die Präsidentschaft" as a state's body."""

from __future__ import annotations

import pytest

from lagebild import analyze


def _entity(result, text: str):
    return next(e for e in result.entities if any(m.text == text for m in e.mentions))


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


def test_the_presidency_speaks_as_the_state_body():
    text = (
        "In Nigeria kam es erneut zu Unruhen. Die Präsidentschaft verurteilte die Gewalt gegen Demonstranten."
    )
    result = analyze(text, date="2024-08-02", lang="de")
    assert _entity(result, "Die Präsidentschaft").actor_code == "NGAGOV"
