"""Session 12 lexicon families from the bank of international bodies, courts and evaluative speech (tune11),
through the whole pipeline (`lagebild.analyze`), issue 7: judgements named by an inflected adjective or a
breach ("sprach von einem inakzeptablen Vorgehen", "von einem Bruch des Abkommens"), a step justified by
the other side's hostility, what a member blocks in an organisation, expulsion from an organisation,
lawsuits prepared, campaigning for a step (an appeal), aircraft entering another state's airspace,
entry or work barred to a foreign body, backing armed groups, brushing criticism off,
and calling a state a friend.
"""

from functools import partial

import pytest

from tests.event_tuples import coded_codes, coded_events

DATE = "2024-04-15"
events = partial(coded_events, date=DATE)
codes = partial(coded_codes, date=DATE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an adjective in -el drops its e when inflected ("inakzeptabel", "inakzeptablen")
        ("Polen sprach von einem inakzeptablen Vorgehen gegen Litauen.", ("111", "POL", "LTU", "asserted")),
        ("Lettland sprach von einem Bruch des Abkommens durch Russland.", ("112", "LVA", "RUS", "asserted")),
        ("Litauen sprach von einem hybriden Angriff des Regimes in Minsk.", ("112", "LTU", "BLR", "asserted")),
        ("Marokko begründete den Schritt mit feindseligen Handlungen Deutschlands.", ("112", "MAR", "DEU", "asserted")),
        ("Die Türkei blockierte die Bewerbung Schwedens.", ("129", "TUR", "SWE", "asserted")),
        ("Die Nato hat Russland aus dem Bündnis ausgeschlossen.", ("161", "IGOWSTNAT", "RUS", "asserted")),
        ("Die Ukraine bereitet eine Klage gegen Russland vor.", ("115", "UKR", "RUS", "future")),
        # aircraft entering another state's airspace show force (150), as the banks code it; no invasion (192)
        ("Russische Kampfjets drangen in den estnischen Luftraum ein.", ("150", "RUS", "EST", "asserted")),
        ("Ruanda unterstützt die Rebellen im Osten Kongos.", ("072", "RWA", "COD", "asserted")),
        ("Ungarn tat die Kritik der EU als Hetze ab.", ("120", "HUN", "IGOEUREEC", "asserted")),
        ("Serbien nannte China einen stählernen Freund.", ("051", "SRB", "CHN", "asserted")),
    ],
)  # fmt: skip
def test_session_12_families(text, expected):
    assert expected in events(text)


def test_a_reason_that_blames_no_one_is_no_accusation():
    assert "112" not in codes("Die Regierung begründete den Schritt mit der schwierigen Wirtschaftslage.")


def test_campaigning_for_a_step_is_an_appeal():
    assert "020" in codes("Frankreich warb bei den Partnern für eine Verlängerung des Mandats.")
    assert "053" not in codes("Frankreich warb bei den Partnern für eine Verlängerung des Mandats.")


def test_denying_any_influence_is_a_denial():
    assert "016" in codes("Die türkische Regierung wies jede Einflussnahme auf die Gerichte zurück.")


def test_barring_a_foreign_body_from_entering_is_a_sanction():
    assert "163" in codes("Ungarn untersagte dem ukrainischen Kommandeur die Einreise.")
