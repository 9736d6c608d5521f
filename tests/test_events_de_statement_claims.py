"""A denial of a claim named without an article ("dementierte Angaben der Nato") answers whoever made
the claim, while the owner of any other denied noun is what is denied, not an accuser
(`targets_accusers.claimant`)."""

import pytest

from tests.event_tuples import coded_events


def _statements(text: str) -> list[tuple]:
    return [event for event in coded_events(text, "2024-05-10") if event[0].startswith("01")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die russische Armee dementierte Angaben der Nato, wonach Kampfjets in den estnischen Luftraum "
            "eingedrungen seien.",
            ("016", "RUS", "IGOWSTNAT", "asserted"),
        ),
        (
            "Der Kreml bestritt Berichte der Regierung in Kiew, wonach russische Drohnen ein Krankenhaus "
            "getroffen hätten.",
            ("016", "RUS", "UKR", "asserted"),
        ),
    ],
)
def test_a_denied_claim_is_aimed_at_whoever_made_it(text, expected):
    assert _statements(text) == [expected]


def test_the_owner_of_a_denied_deed_is_no_accuser():
    text = "Minsk bestritt eine Beteiligung Moskaus an dem Anschlag."
    assert _statements(text) == [("016", "BLR", None, "asserted")]
