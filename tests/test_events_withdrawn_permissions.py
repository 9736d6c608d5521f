"""Withdrawing a permission from a state's mission reduces relations (161): "entzog dem Konsulat die
Genehmigung", "entzog Brasilien die Erlaubnis, die Botschaft zu vertreten"."""

from tests.event_tuples import coded_events

DATE = "2025-05-12"


def test_a_consulate_losing_its_permission():
    text = "Die Regierung in Prag entzieht dem russischen Generalkonsulat in Brünn die Genehmigung."
    assert ("161", "CZE", "RUS") in {(c, s, t) for c, s, t, _ in coded_events(text, DATE, True)}


def test_a_protecting_power_losing_its_permission():
    text = "Caracas hat Argentinien die Erlaubnis entzogen, die Interessen Perus zu vertreten."
    assert ("VEN", "ARG") in {(s, t) for c, s, t, _ in coded_events(text, DATE, True) if c == "161"}
