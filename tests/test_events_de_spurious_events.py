"""Events the German coder must not add: "drohen" in the sense of looming, where no one threatens anyone
(`senses.py`); acts of one root towards different targets stay apart."""

from functools import partial

from tests.event_tuples import dict_state, event_dicts

_events = partial(event_dicts, date="2024-03-01")


def _dyads(events: list[dict], root: str) -> list[tuple]:
    return [(dict_state(e["source"]), dict_state(e["target"])) for e in events if e["root"] == root]


def test_acts_of_one_root_towards_different_targets_stay_apart():
    events = _events(
        "Washington rief beide Seiten zur Zurückhaltung auf und mahnte Islamabad, die Verfassung zu achten."
    )
    targets = {dict_state(e["target"]) for e in events if e["root"] == "02"}
    assert "PAK" in targets
    assert len(targets) == 2


def test_a_calamity_that_looms_is_no_threat():
    for text in (
        "Sollte die Armee weiter auf Khartum vorrücken, droht nach Einschätzung der UNO ein Bürgerkrieg.",
        "Der Regierung in Caracas drohen neue Sanktionen der USA.",
        "Wegen des Haftbefehls hätte Netanjahu in Den Haag die Festnahme gedroht.",
    ):
        assert not [e for e in _events(text) if e["root"] == "13"], text


def test_a_threat_with_what_is_threatened_stays():
    assert _dyads(_events("Serbien drohte dem Kosovo mit Konsequenzen."), "13") == [("SRB", "XKX")]
    # a condition before the verb is no content of a looming calamity
    assert _dyads(_events("Sollte Kiew weiter angreifen, droht Moskau mit Vergeltung."), "13")
