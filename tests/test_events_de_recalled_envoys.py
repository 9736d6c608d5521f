"""Envoys are recalled under every title: a Commonwealth state's high commissioner is its ambassador, and
defence or military attachés are diplomats of its embassy (161, issue 7, recall). An envoy recalled in a
passive that names no one is recalled by the state his title's adjective or genitive names
(`recalled_envoys`)."""

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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an envoy ordered home is recalled, as "zurückbeordert"
        ("Chile beorderte seine Botschafterin aus Tel Aviv nach Hause.", ("161", "CHL", "ISR", "asserted")),
        # diplomats sent home are expelled; the side whose diplomats they are is the target
        ("Warschau schickt zwei belarussische Diplomaten nach Hause.", ("161", "POL", "BLR", "asserted")),
        # envoys of a state ordered out of the country under the title "Vertreter"
        ("Caracas hatte die Vertreter Perus des Landes verwiesen.", ("161", "VEN", "PER", "asserted")),
    ],
)
def test_envoys_ordered_or_sent_home_reduce_relations(text, expected):
    assert expected in coded_events(text, DATE)


def test_people_sent_home_who_are_no_envoys_of_another_state_are_no_expulsion():
    assert not [e for e in coded_events("Die Lehrer wurden nach Hause geschickt.", DATE) if e[0] == "161"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der chilenische Botschafter in Lima wurde abberufen.", ("161", "CHL", "PER", "asserted")),
        ("Der Botschafter Irans in Baku wurde abberufen.", ("161", "IRN", "AZE", "asserted")),
        (
            "Quito teilte mit, der ecuadorianische Geschäftsträger werde aus Bogotá zurückgerufen.",
            ("161", "ECU", "COL", "asserted"),
        ),
    ],
)
def test_an_envoy_recalled_in_a_passive_is_recalled_by_his_own_state(text, expected):
    assert expected in coded_events(text, DATE)


def test_an_envoy_expelled_in_a_passive_is_not_expelled_by_his_own_state():
    """ "ausgewiesen" is another state's act: the adjective names the one expelled, not the expeller."""
    found = coded_events("Peru protestierte scharf. Der chilenische Botschafter wurde ausgewiesen.", DATE)
    assert not [e for e in found if e[0] == "161" and e[1] == "CHL"]
