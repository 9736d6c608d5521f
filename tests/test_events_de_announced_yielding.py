"""A resignation or a withdrawal announced is the act to come (08x, future), as "ankündigen" with an event
noun codes any announced act and as the gold banks code these; no intent (03x) that would assert it."""

import pytest

from tests.event_tuples import coded_events

DATE = "2024-05-02"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der ungarische Ministerpräsident kündigte am Montag seinen Rücktritt an.", ("0831", "HUN", "HUN", "future")),
        ("Russland kündigte den Rückzug seiner Soldaten aus Armenien an.", ("0874", "RUS", "ARM", "future")),
        ("Frankreich kündigte den Abzug seiner Truppen aus Mali an.", ("087", "FRA", "MLI", "future")),
    ],
)  # fmt: skip
def test_announced_resignation_or_withdrawal_is_the_act_to_come(text, expected):
    assert coded_events(text, DATE) == [expected]
