"""Envoys told to leave the country are expelled by the order (161 asserted, the host towards the envoys'
state), not asked to withdraw; talks held out, proposed or left open are an offer of talks (036) by the
one who holds them out, not talks between the two (04x)."""

from functools import partial

import pytest

from tests.event_tuples import coded_events

_events = partial(coded_events, date="2024-05-01")


@pytest.mark.parametrize(
    "text",
    [
        "Peru forderte die bolivianischen Diplomaten auf, das Land innerhalb von drei Tagen zu verlassen.",
        "Die Regierung Perus forderte den bolivianischen Botschafter auf, das Land zu verlassen.",
        "Peru hat den bolivianischen Botschafter zur Ausreise aufgefordert.",
    ],
)
def test_envoys_told_to_leave_are_expelled(text):
    events = _events(text)
    assert ("161", "PER", "BOL", "asserted") in events
    assert not any(code.startswith(("10", "166")) for code, *_ in events)


@pytest.mark.parametrize(
    "text, source, target",
    [
        ("Kanada forderte den indischen Hochkommissar auf, das Land zu verlassen.", "CAN", "IND"),
        ("Peru forderte die Diplomaten Nicolás Maduros auf, das Land zu verlassen.", "PER", "VEN"),
    ],
)
def test_envoys_named_by_their_state_are_expelled(text, source, target):
    """The side addressed stands in the envoy's attribute (his state's adjective, his government's name);
    a Commonwealth state's envoy is its high commissioner."""
    events = _events(text)
    assert ("161", source, target, "asserted") in events
    assert not any(code.startswith(("10", "166")) for code, *_ in events)


@pytest.mark.parametrize(
    "text",
    [
        "Mali forderte die französischen Soldaten auf, das Land zu verlassen.",
        "Mali forderte die französischen Soldaten zur Ausreise auf.",
    ],
)
def test_troops_told_to_leave_stay_a_demand(text):
    """Only envoys are expelled by being told to go: soldiers asked to leave are asked to withdraw."""
    assert "161" not in {code for code, *_ in _events(text)}


@pytest.mark.parametrize(
    "text, source, target",
    [
        ("Im Handelsstreit stellte Kanada neue Gespräche mit Brasilien in Aussicht.", "CAN", "BRA"),
        ("Chile schlug Argentinien ein Treffen der Außenminister vor.", "CHL", "ARG"),
        ("Polen ließ die Tür für Verhandlungen mit Litauen offen.", "POL", "LTU"),
    ],
)
def test_talks_held_out_are_an_offer_of_talks(text, source, target):
    events = _events(text)
    assert ("036", source, target, "asserted") in events
    assert not any(code.startswith("04") for code, *_ in events)
    assert not any(code.startswith("02") for code, *_ in events)
