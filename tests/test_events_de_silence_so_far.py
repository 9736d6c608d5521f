"""Silence so far is a statement not made, not a comment declined: the negated perfect of "sich
äußern", "kommentieren" or "bestätigen" reports that nothing has been said up to now (010, negated);
wanting not to comment, or the preterite of the reaction, is declining to comment (011, asserted)."""

import pytest

from tests.event_tuples import coded_events

NOT_MADE = ("010", "negated")
DECLINED = ("011", "asserted")


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        ("Warschau hat sich zu dem Vorschlag bislang nicht geäußert.", NOT_MADE),
        ("Die Regierung in Lissabon hat sich noch nicht geäußert.", NOT_MADE),
        ("Ankara hatte sich zu den Vorwürfen nicht geäußert.", NOT_MADE),
        # a report not yet confirmed or commented on: nothing said yet either
        ("Warschau hat den Bericht bislang nicht bestätigt.", NOT_MADE),
        ("Die Regierung in Lissabon hat das Abkommen bisher nicht kommentiert.", NOT_MADE),
        ("Warschau wollte sich zu dem Vorschlag nicht äußern.", DECLINED),
        ("Die Regierung in Lissabon äußerte sich zunächst nicht.", DECLINED),
    ],
)
def test_silence_so_far_is_a_statement_not_made_and_keeping_silent_declines(text, coded):
    events = coded_events(text, "2024-05-01", keep_implausible=True)
    assert [(code, modality) for code, _, _, modality in events] == [coded]


@pytest.mark.parametrize(
    "text",
    [
        "Kairo bestätigte den Bericht über die Waffenlieferung bislang nicht.",
        "Israel bestätigte eine Beteiligung an dem Anschlag nie.",
        "Eine Gegenleistung für die Freilassung bestätigte keine Seite.",
    ],
)
def test_a_claim_left_unconfirmed_in_the_preterite_is_no_event(text):
    """The perfect of the same claim is a statement not made (above): silent_so_far is asked first."""
    assert coded_events(text, "2024-05-01", keep_implausible=True) == []


@pytest.mark.parametrize(
    "text",
    [
        "Das italienische Außenministerium hat das weder bestätigt noch dementiert.",
        "Die Regierung in Lissabon wollte den Bericht nicht bestätigen.",
    ],
)
def test_refusing_to_confirm_is_declining_to_comment(text):
    events = coded_events(text, "2024-05-01", keep_implausible=True)
    assert [(code, modality) for code, _, _, modality in events] == [DECLINED]
