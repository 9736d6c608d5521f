"""Envoys are recalled under every title: a Commonwealth state's high commissioner is its ambassador, and
defence or military attachés are diplomats of its embassy (161, issue 7, recall)."""

import pytest

from tests.event_tuples import coded_events

DATE = "2025-03-01"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Indien zieht seinen Hochkommissar aus Ottawa ab.", ("161", "IND", "CAN", "asserted")),
        (
            "Zugleich zieht Indien seine Verteidigungsattachés aus Islamabad ab.",
            ("161", "IND", "PAK", "asserted"),
        ),
        ("London rief seine Hochkommissarin aus Pretoria zurück.", ("161", "GBR", "ZAF", "asserted")),
    ],
)
def test_a_recalled_high_commissioner_or_attache_reduces_relations(text, expected):
    assert expected in coded_events(text, DATE)
