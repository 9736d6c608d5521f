"""Being at risk is a state, not a threat: "ist bedroht" / "sei gefährdet" (sein + participle) codes no
13x event, while the act of threatening ("bedrohte", "wird bedroht", "ist bedroht worden") still does."""

import pytest

from tests.event_tuples import events_of, state_of


def _threats(text: str) -> list[tuple[str, str | None, str | None]]:
    """(root, source state, target state) of the threats (root 13) coded in `text`."""
    return [
        (e.root, state_of(e.source), state_of(e.target))
        for e in events_of(text, "2024-05-01")
        if e.root == "13"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Wegen der Kämpfe in Sudan, Mali und Niger sei das Leben von Millionen bedroht, sagte der Kommissar.",
        "Die Sicherheit Litauens ist durch Russland bedroht.",
        "Der Frieden in Europa ist durch Moskaus Politik gefährdet.",
    ],
)
def test_a_state_of_being_at_risk_is_no_threat(text):
    assert _threats(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Russland bedrohte Litauen mit Konsequenzen.",
        "Litauen wird von Russland bedroht.",
        "Litauen ist von Russland bedroht worden.",
    ],
)
def test_the_act_of_threatening_stays_a_threat(text):
    assert _threats(text) == [("13", "RUS", "LTU")]
