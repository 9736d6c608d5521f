"""Derived (non-asserted) acts beside an asserted speech act: the measure of lesser pressure a threat
holds out (`events/threatened_measures.py`: an inquiry, a lawsuit, a veto, protests) between the
threat's parties, and the release a demand asks for (`events/demanded_acts.py`): towards the asker when
those released are its own, held by who arrested them when the demand names no holder."""

from functools import partial

from tests.event_tuples import coded_dyads, coded_events

DATE = "2025-02-11"


_events = partial(coded_events, date=DATE)


def test_a_lawsuit_held_out_is_the_threateners_hypothetical_act_against_the_threatened():
    events = _events(
        "Litauen kappte den Stromverbund. Minsk drohte Vilnius mit einer Klage vor einem Schiedsgericht."
    )
    assert ("130", "BLR", "LTU", "asserted") in events
    assert ("115", "BLR", "LTU", "hypothetical") in events


def test_protests_held_out_are_coded_beside_the_threat_of_protest():
    events = _events("Die Hisbollah drohte der libanesischen Regierung mit Massenprotesten.")
    assert ("141", "LBN", "LBN", "hypothetical") in events
    assert any(code.startswith("13") and modality == "asserted" for code, *_, modality in events)


def test_an_inquiry_held_out_takes_the_threats_target_not_a_guessed_one():
    events = _events(
        "Der Kanzler verteidigte den Verkauf des Hafens an China. "
        "Die Opposition drohte der Bundesregierung mit einem Untersuchungsausschuss."
    )
    inquiries = [e for e in events if e[0].startswith("09")]
    assert inquiries and all(e[1:] == ("DEU", "DEU", "hypothetical") for e in inquiries)


def test_a_veto_held_out_is_a_hypothetical_rejection():
    events = _events("Ungarn drohte der EU mit einem Veto gegen das neue Hilfspaket für die Ukraine.")
    assert ("129", "HUN", "EUR", "hypothetical") in [
        (c, s, "EUR" if t and "EU" in t else t, m) for c, s, t, m in events
    ]


def test_a_lawsuit_filed_is_asserted_and_holds_nothing_out():
    events = _events("Belarus reichte vor einem Schiedsgericht Klage gegen Litauen ein.")
    assert not any(modality == "hypothetical" for *_, modality in events)


def test_sanctions_held_out_stay_one_hypothetical_event():
    events = _events("Washington drohte Peking mit Sanktionen.")
    assert [e for e in events if e[0].startswith("16")] == [("163", "USA", "CHN", "hypothetical")]


def test_the_release_of_the_askers_own_people_is_towards_the_asker():
    events = _events(
        "Die Huthi-Miliz nahm im Jemen neun Mitarbeiter der Vereinten Nationen fest. "
        "Generalsekretär António Guterres verurteilte die Festnahmen und verlangte die Freilassung seiner Kollegen."
    )
    releases = [e for e in events if e[0] == "0841"]
    assert releases and all(e[1] == "YEM" and e[3] == "hypothetical" for e in releases)
    assert any(e[2] not in ("YEM", None) for e in releases)


def test_the_release_of_others_stays_towards_the_holder():
    events = _events(
        "Die Huthi-Miliz nahm im Jemen neun Mitarbeiter der Vereinten Nationen fest. "
        "Generalsekretär António Guterres verurteilte die Festnahmen und verlangte die Freilassung der Mitarbeiter."
    )
    assert ("0841", "YEM", "YEM", "hypothetical") in events


def test_the_captor_of_the_last_arrest_holds_those_whose_release_is_demanded():
    events = _events(
        "Kuba ließ in Havanna Hunderte Demonstranten festnehmen. "
        "Brüssel hat zur Mäßigung aufgerufen und die Freilassung friedlicher Demonstranten verlangt."
    )
    assert ("0841", "CUB", "CUB", "hypothetical") in events


def test_a_review_of_relations_held_out_is_no_inquiry():
    events = _events(
        "Washington verhängte Einreisesperren gegen georgische Richter und drohte mit einer Überprüfung der Beziehungen."
    )
    assert not any(code.startswith("09") for code, *_ in events)


def test_a_person_handed_over_in_return_is_released_in_a_swap():
    found = coded_dyads(
        "Im Gegenzug überstellte Berlin einen verurteilten Agenten an Russland.", "2024-08-02"
    )
    assert found == {("0841", "DEU", "RUS")}


def test_a_suspect_handed_over_is_judicial_cooperation():
    found = coded_dyads("Die Türkei überstellte den Verdächtigen an Deutschland.", "2024-08-02")
    assert found == {("063", "TUR", "DEU")}
