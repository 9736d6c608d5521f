"""A threat made by "in Aussicht stellen" holds out its measure, coded beside it as a hypothetical
event between the same parties (`prospects.py`); a pledge so made is the pledge alone. A "drohen"
threat to a dative addressee holds out an unnamed answer, a hypothetical 160 (`held_out_relations.py`)."""

import pytest

from tests.event_tuples import coded_events


def _events(text: str) -> set[tuple]:
    return set(coded_events(text, "2024-05-01"))


@pytest.mark.parametrize(
    ("text", "threat", "measure"),
    [
        (
            "Ottawa stellte Washington neue Zölle auf Stahl in Aussicht.",
            ("1312", "CAN", "USA", "asserted"),
            ("163", "CAN", "USA", "hypothetical"),
        ),
        (
            "Seoul warf Tokio Wortbruch vor und stellte Gegenmaßnahmen in Aussicht.",
            ("130", "KOR", "JPN", "asserted"),
            ("160", "KOR", "JPN", "hypothetical"),
        ),
    ],
)
def test_a_threat_held_out_codes_its_measure(text, threat, measure):
    events = _events(text)
    assert threat in events
    assert measure in events


def test_a_measure_held_out_as_the_idiom_s_object_is_not_imposed():
    # "in Aussicht" on the verb makes "Zölle" an act of Brussels; held out, it is only threatened
    events = _events("Brüssel stellte Peking höhere Zölle auf Autos in Aussicht.")
    assert ("163", "IGOEUREEC", "CHN", "hypothetical") in events
    assert not any(code.startswith("16") and modality == "asserted" for code, _, _, modality in events)


def test_a_pledge_held_out_is_the_pledge_alone():
    events = _events("Paris stellte Kiew weitere Hilfen in Aussicht.")
    assert not any(modality == "hypothetical" for _, _, _, modality in events)


def test_the_aid_a_pledge_holds_out_is_no_second_event():
    # "Nothilfe" tagged a proper noun; whom it is for named the sentence before
    events = _events("Armenien leidet unter der Dürre. Frankreich stellte Nothilfe in Aussicht.")
    assert events == {("033", "FRA", "ARM", "asserted")}


def test_a_threat_to_a_dative_addressee_holds_out_an_unnamed_answer():
    events = _events("Die Regierung in Madrid drohte Marokko mit Konsequenzen.")
    assert ("130", "ESP", "MAR", "asserted") in events
    assert ("160", "ESP", "MAR", "hypothetical") in events


def test_a_threat_without_addressee_leaves_its_answer_uncoded():
    events = _events(
        "Die Regierung in Madrid verurteilte die Festnahme in Marokko und drohte mit Konsequenzen."
    )
    assert not any(code == "160" for code, _, _, _ in events)
