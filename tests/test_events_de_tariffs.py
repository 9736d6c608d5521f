"""Plain tariffs ("Zölle") as the measure of CAMEO 163, like the punitive and special tariffs before them: the
tariffs a threat holds out, tariffs announced or prepared (still to come), tariffs given in answer, and tariffs
lowered (no new measure), through the whole pipeline. The sentences are our own."""

from functools import partial

from tests.event_tuples import coded_events

DATE = "2024-05-01"
events = partial(coded_events, date=DATE)


def test_threatened_tariffs_are_the_threat_and_the_measure_it_holds_out():
    found = events("Washington drohte Mexiko mit Zöllen von 30 Prozent auf alle Waren.")
    assert ("1312", "USA", "MEX", "asserted") in found
    assert ("163", "USA", "MEX", "hypothetical") in found


def test_proclaimed_tariffs_are_still_to_come_but_a_proclaimed_agreement_is_made():
    assert ("163", "USA", "CAN", "future") in events("Washington verkündete neue Zölle gegen Kanada.")
    assert ("050", "MEX", "USA", "asserted") in events("Mexiko verkündete eine Einigung mit den USA.")


def test_tariffs_given_in_answer_are_imposed():
    assert ("163", "CAN", "USA", "asserted") in events(
        "Kanada antwortete mit Zöllen auf amerikanische Waren."
    )


def test_lowered_tariffs_are_no_new_measure():
    codes = [code for code, *_ in events("Peking senkte die Zölle auf amerikanische Waren.")]
    assert "085" in codes and "163" not in codes
