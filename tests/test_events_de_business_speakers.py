"""What businesses say is no state's word (`events/business_speakers.py`, found by reading the coder on
10kGNAD economy news; sentences written for these tests): a state named as the genitive, adjective or
apposition of a firm, a bank or an industry gives no statement, criticism or threat to that state; a
state itself, a state's central bank and the deliveries of firms stay events. "ausweisen" and "abführen"
with money or land as the object report figures or pay, they expel or lead away no one."""

import pytest

from tests.event_tuples import coded_dyads

DATE = "2024-05-02"


def roots(text: str) -> set[str]:
    return {code[:2] for code, _, _ in coded_dyads(text, DATE)}


@pytest.mark.parametrize(
    "text",
    [
        "Deutschlands Autobauer kritisieren die neuen Zölle aus Washington.",
        "Chinas Exporteure klagen über die Zölle der USA.",
    ],
)
def test_what_firms_say_is_no_event_of_their_state(text):
    assert not roots(text) & {"01", "02", "10", "11", "12", "13"}


def test_a_state_that_criticises_stays_an_event():
    assert ("111", "DEU", None) in coded_dyads(
        "Die deutsche Regierung kritisiert die neuen Zölle aus Washington.", DATE
    )


def test_a_central_bank_speaks_for_its_state():
    assert "11" in roots("Chinas Zentralbank kritisierte die Zölle der USA.")


def test_deliveries_of_firms_stay_cooperation_of_their_state():
    assert ("061", "CHN", "RUS") in coded_dyads(
        "Unternehmen aus China haben Russland mit Elektronik beliefert.", DATE
    )


@pytest.mark.parametrize(
    "text",
    [
        "Das Finanzministerium in Wien weist das Defizit in zwei Varianten aus.",
        "Italiens Banken weisen Problemkredite von 200 Milliarden Euro aus.",
        "In Wien muss eine Tourismusabgabe an die Gemeinde abgeführt werden.",
    ],
)
def test_money_reported_or_paid_is_no_expulsion_or_arrest(text):
    assert "17" not in roots(text)


def test_diplomats_are_still_expelled():
    assert ("161", "AUT", "RUS") in coded_dyads("Österreich weist drei russische Diplomaten aus.", DATE)
