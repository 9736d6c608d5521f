"""Causes of lost or miscoded events found on the tuning banks (round 8): a clause-final "wieder" that
is "again", cooperating ("zusammenarbeiten", 06x), solidarity assured (05x), and the closure of a
border (191) told from that of an embassy (161)."""

import pytest

from tests.event_tuples import coded_events

DATE = "2024-05-02"


def _events(text: str) -> list[tuple]:
    return coded_events(text, DATE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "wieder" is the adverb: the plain verb öffnen codes the reopening
        ("Lettland öffnet den Grenzübergang nach Russland wieder.", ("081", "LVA", "RUS", "asserted")),
        # a verb whose lemma starts with "wieder" still claims it, also as an adverb before "her"
        ("Ungarn stellte die Beziehungen zu Serbien wieder her.", ("050", "HUN", "SRB", "asserted")),
    ],
)
def test_again_is_a_particle_only_of_again_verbs(text, expected):
    assert expected in _events(text)


def test_cooperating_is_material_cooperation():
    assert _events("Rumänien arbeitet beim Grenzschutz eng mit Moldau zusammen.") == [
        ("060", "ROU", "MDA", "asserted")
    ]


def test_cooperating_announced_stays_an_intent():
    events = _events("Estland kündigte an, beim Grenzschutz eng mit Finnland zusammenzuarbeiten.")
    assert [(code[:2], source, target, modality) for code, source, target, modality in events] == [
        ("03", "EST", "FIN", "asserted")
    ]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Schweden sicherte Litauen am Montag seine Solidarität zu.", "SWE", "LTU"),
        ("Kanada und Mexiko sicherten Panama ihre volle Solidarität zu.", "CAN", "PAN"),
    ],
)
def test_solidarity_assured_is_expressed_not_pledged(text, source, target):
    events = _events(text)
    assert ("051", source, target, "asserted") in events
    assert not any(code.startswith("03") for code, *_ in events)


def test_support_assured_stays_a_pledge():
    events = _events("Kanada sicherte Lettland die Unterstützung des Bündnisses zu.")
    assert any(code.startswith("03") and source == "CAN" for code, source, _, _ in events)


def test_border_closure_restricts_movement():
    events = _events("Die Schließung der Grenze zu Belarus durch Polen verärgerte Minsk.")
    assert any(code == "191" and source == "POL" for code, source, _, _ in events)
    assert not any(code.startswith("16") for code, *_ in events)


def test_embassy_closure_reduces_relations():
    events = _events("Die Schließung der Botschaft durch Estland verärgerte Moskau.")
    assert any(code.startswith("16") and source == "EST" for code, source, _, _ in events)
