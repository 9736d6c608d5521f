"""Domestic politics with one state on both sides: "die Union" of German party politics is CDU/CSU,
the opposition's and parties' demands, criticism and threats with no one named go to their own
government, and the police is the police of where it acts."""

import pytest

from lagebild import analyze

DATE = "2024-05-02"


def _events(text: str):
    return analyze(text, date=DATE, lang="de").events


def _state(actor) -> str | None:
    return actor.country if actor is not None else None


@pytest.mark.parametrize(
    "text, root",
    [
        (
            "Im Bundestag stritten die Fraktionen am Donnerstag über den Haushalt der Ampel. "
            "Die Union drohte mit einer Klage vor dem Verfassungsgericht.",
            "13",
        ),
        ("Kanzler Olaf Scholz verteidigte den Haushalt gegen Kritik aus der Union.", "11"),
    ],
)
def test_union_in_german_party_politics_is_german_and_aims_at_home(text, root):
    union = [e for e in _events(text) if e.root == root and e.source and e.source.actor_code == "DEUPTY"]
    assert union, "die Union read as CDU/CSU"
    assert _state(union[0].target) == "DEU"


def test_union_of_an_eu_sentence_stays_the_eu():
    text = (
        "Die EU-Kommission legte am Montag neue Vorschläge vor. "
        "Die Union verlängerte die Sanktionen gegen Russland um sechs Monate."
    )
    sources = {e.source.actor_code for e in _events(text) if e.source is not None}
    assert "IGOEUREEC" in sources
    assert "DEUPTY" not in sources


def test_party_threat_with_no_one_named_aims_at_its_own_government():
    text = (
        "Kanzler Olaf Scholz reiste am Montag zu Gesprächen nach Peking. "
        "Die CDU drohte mit einem Untersuchungsausschuss."
    )
    threats = [e for e in _events(text) if e.root == "13" and e.source and e.source.actor_code == "DEUPTY"]
    assert threats
    assert _state(threats[0].target) == "DEU"


def test_opposition_keeps_a_foreign_state_it_names():
    text = "Die Opposition in Vilnius forderte von Russland den Abzug seiner Truppen aus Belarus."
    demands = [e for e in _events(text) if e.root == "10" and e.source and e.source.country == "LTU"]
    assert demands
    assert _state(demands[0].target) == "RUS"


def test_police_belongs_to_where_the_protest_is_not_to_a_person_named():
    text = (
        "In Kathmandu protestierten am Freitag Hunderte gegen das Abkommen. Vor der chinesischen "
        "Botschaft verbrannten Demonstranten ein Bild von Xi Jinping, die Polizei nahm mehrere fest."
    )
    arrests = [e for e in _events(text) if e.root == "17"]
    assert arrests
    assert _state(arrests[0].source) == "NPL"
