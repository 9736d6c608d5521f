"""Proceedings a state brings against another (115): "ein Verfahren gegen … einleiten/anstrengen" and "rechtliche
Schritte gegen … einleiten", not only the named kinds (Vertragsverletzungs-, Schiedsverfahren)."""

from tests.event_tuples import coded_events

DATE = "2025-02-06"


def _lawsuits(text: str) -> set[tuple]:
    return {(source, target) for code, source, target, _ in coded_events(text, DATE, True) if code == "115"}


def test_proceedings_opened_at_a_trade_court():
    text = "Japan hat bei der Welthandelsorganisation ein Verfahren gegen Südkorea eingeleitet."
    assert ("JPN", "KOR") in _lawsuits(text)


def test_proceedings_brought_earlier():
    assert ("HRV", "SRB") in _lawsuits("Kroatien hatte das Verfahren gegen Serbien 1999 angestrengt.")


def test_legal_steps_against_a_state():
    assert ("DNK", "NOR") in _lawsuits(
        "Die Regierung in Kopenhagen leitete am Montag rechtliche Schritte gegen Norwegen ein."
    )
