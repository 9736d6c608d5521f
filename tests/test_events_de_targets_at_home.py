"""Targets at home, where one state is on both sides: force used at a place of the source's own state
is done to that state's people or rebels unless the clause names a foreigner; "die Union" of German
party politics is CDU/CSU; the demands, criticism and threats of parties and the opposition that name no
one go to their own government; the police is the police of where it acts; a prosecutor's
investigation of people the clause does not place abroad targets the prosecutor's own state, and so does
a government's inquiry where the sentence names no other state; a mass killing of people the clause
gives no foreign nationality targets the state where it happens, else the killers' own."""

from functools import partial

import pytest

from tests.event_tuples import country_roots, events_of, state_of

DATE = "2024-05-02"


_events = partial(events_of, date=DATE)


def _triples(text: str) -> set[tuple[str | None, str, str | None]]:
    events = events_of(text, "2026-11-01")
    return {(e.source.actor_code if e.source else None, e.code, state_of(e.target)) for e in events}


_keys = partial(country_roots, date="2024-03-01")


def test_fight_placed_in_the_own_state_targets_that_state():
    text = "In Kolumbien griffen Truppen der Regierung am Montag einen Stützpunkt nahe Cali an."
    assert ("COLGOV", "190", "COL") in _triples(text)


def test_firefight_in_a_city_of_the_own_state_targets_that_state():
    text = "In Peru lieferten sich Soldaten und Bewaffnete einer Drogenbande in Lima stundenlange Gefechte."
    assert ("PERMIL", "190", "PER") in _triples(text)


def test_a_named_foreigner_keeps_the_foreign_target():
    text = (
        "In Kolumbien griffen Truppen der Regierung am Montag einen Stützpunkt der venezolanischen Armee an."
    )
    triples = _triples(text)
    assert ("COLGOV", "190", "VEN") in triples
    assert ("COLGOV", "190", "COL") not in triples


def test_attack_placed_abroad_does_not_target_the_own_state():
    text = "Die kolumbianische Armee griff am Montag ein Lager in Venezuela an."
    assert not any(src == "COLMIL" and tgt == "COL" for src, _, tgt in _triples(text))


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
    assert state_of(union[0].target) == "DEU"


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
    assert state_of(threats[0].target) == "DEU"


def test_opposition_keeps_a_foreign_state_it_names():
    text = "Die Opposition in Vilnius forderte von Russland den Abzug seiner Truppen aus Belarus."
    demands = [e for e in _events(text) if e.root == "10" and e.source and e.source.country == "LTU"]
    assert demands
    assert state_of(demands[0].target) == "RUS"


def test_police_belongs_to_where_the_protest_is_not_to_a_person_named():
    text = (
        "In Kathmandu protestierten am Freitag Hunderte gegen das Abkommen. Vor der chinesischen "
        "Botschaft verbrannten Demonstranten ein Bild von Xi Jinping, die Polizei nahm mehrere fest."
    )
    arrests = [e for e in _events(text) if e.root == "17"]
    assert arrests
    assert state_of(arrests[0].source) == "NPL"


def test_a_prosecutors_investigation_of_unnamed_people_targets_their_own_state() -> None:
    # the people investigated come first, the prosecutor's seat after the verb
    keys = _keys(
        "Gegen die Anführer der Bauernproteste leitete die Staatsanwaltschaft in Rom Ermittlungen ein."
    )
    assert ("09", "ITA", "ITA", "asserted") in keys


def test_an_investigation_of_foreigners_is_not_placed_at_home() -> None:
    keys = _keys("Die Staatsanwaltschaft in Paris leitete Ermittlungen gegen russische Diplomaten ein.")
    assert ("09", "FRA", "FRA", "asserted") not in keys


@pytest.mark.parametrize(
    "text, state",
    [
        ("Die Regierung in Bogotá kündigte eine Untersuchung der Vorfälle an.", "COL"),
        ("Der kolumbianische Präsident will den Vorfall untersuchen lassen.", "COL"),
    ],
)
def test_a_governments_inquiry_naming_no_other_state_targets_its_own_state(text, state) -> None:
    assert any(key[:3] == ("09", state, state) for key in _keys(text))


def test_an_inquiry_in_a_sentence_naming_a_foreign_company_is_not_placed_at_home() -> None:
    keys = _keys("Peking leitete eine Sicherheitsprüfung gegen den US-Konzern ein.")
    assert ("09", "CHN", "CHN", "asserted") not in keys


def test_an_international_bodys_inquiry_has_no_home() -> None:
    keys = _keys("UN-Generalsekretär António Guterres kündigte eine Untersuchung der Vorfälle an.")
    assert [key[2] for key in keys if key[0] == "09"] == [None]


@pytest.mark.parametrize(
    "text, source, target",
    [
        ("Sudanesische Milizen töteten mehr als 400 Menschen.", "SDN", "SDN"),
        ("Eritreische Soldaten töteten in Axum Hunderte Zivilisten.", "ERI", "ETH"),
        ("Russische Einheiten hätten Hunderte ukrainische Soldaten hingerichtet.", "RUS", "UKR"),
    ],
)
def test_a_mass_killing_targets_the_place_else_the_own_state_unless_victims_are_foreign(
    text, source, target
) -> None:
    assert any(key[:3] == ("20", source, target) for key in _keys(text))


def test_the_victims_of_a_mass_killing_at_home_are_no_counterpart_of_the_next_act() -> None:
    text = (
        "Truppen der Regierung töteten in Kolumbien mehr als 300 Menschen. "
        "Die Regierung in Bogotá kündigte daraufhin Gespräche an."
    )
    assert ("03", "COL", "COL") not in {key[:3] for key in _keys(text)}
