"""A charge denied with no accuser of its own ("Ankara hat die Vorwürfe stets bestritten") is the
denial (016) alone: the denier accuses no one (issue 7; sentences written for this test)."""

import pytest

from tests.event_tuples import coded_codes

DATE = "2024-03-05"


def codes(text: str) -> set[str]:
    return coded_codes(text, DATE)


@pytest.mark.parametrize(
    "text",
    [
        "Ankara hat die Vorwürfe stets bestritten.",
        "Das Außenministerium in Baku bestreitet die Anschuldigungen.",
    ],
)
def test_a_denied_charge_is_no_accusation_by_the_denier(text):
    found = codes(text)
    assert not {c for c in found if c.startswith("11")}
    assert found <= {"016"}


def test_the_denial_itself_stays():
    assert "016" in codes("Ankara hat die Vorwürfe stets bestritten.")
