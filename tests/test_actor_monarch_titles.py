"""A monarch named again by the title alone ("der König", "dem Emir", "der Kronprinz") is the king, emir or
crown prince named before (`actor_role_phrases.COMPATIBLE_ROLES`)."""

from __future__ import annotations

from tests.event_tuples import country_events


def _dyads(text: str) -> set[tuple]:
    return {(code[:2], source, target) for code, source, target, _ in country_events(text, "2025-05-12")}


def test_the_king_is_the_king_named_before():
    text = (
        "Der französische Präsident schrieb König Mohammed VI. einen Brief. "
        "Der König dankte Macron am Freitag für seine Unterstützung."
    )
    assert ("05", "MAR", "FRA") in _dyads(text)


def test_the_emir_is_the_emir_named_before():
    text = (
        "Emir Tamim bin Hamad Al Thani empfing am Montag den iranischen Außenminister. "
        "Am Dienstag rief Netanjahu den Emir an."
    )
    assert ("04", "ISR", "QAT") in _dyads(text)
