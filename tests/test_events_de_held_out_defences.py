"""Resolve to defend one's land or oneself, said of what is to come, is an asserted threat (13x); a defence
under way, a right to defend oneself or a defence ruled out threatens nothing."""

import pytest

from tests.event_tuples import coded_events


@pytest.mark.parametrize(
    ("text", "threat"),
    [
        ("Kanada werde die Grenzen des Landes verteidigen, sagte der Minister.", ("130", "CAN", None, "asserted")),
        ("Armenien werde sich gegen jeden Angriff verteidigen, erklärte der Regierungschef.",
         ("130", "ARM", None, "asserted")),
        # a condition holds the defence out; the threat is made all the same
        ("Die Regierung in Tiflis warnte, Georgien werde sich verteidigen, falls Russland seine Truppen verlege.",
         ("130", "GEO", "RUS", "asserted")),
    ],
)  # fmt: skip
def test_a_defence_to_come_is_a_threat(text, threat):
    assert threat in coded_events(text, "2024-05-01", keep_implausible=True)


@pytest.mark.parametrize(
    "text",
    [
        # a defence under way
        "Die Ukraine verteidigt sich seit drei Jahren gegen Russland.",
        "Die ukrainischen Truppen verteidigen jeden Zentimeter ihres Landes.",
        # a right
        "Washington bekräftigte das Recht Israels, sich gegen die Hisbollah zu verteidigen.",
        # ruled out
        "Kolumbien werde die Grenze nicht mit Soldaten verteidigen, sagte der Präsident.",
        # the "sich" after "und" is the next verb's: nothing to defend oneself
        "Der Präsident sagte, Chile werde seine Würde verteidigen und sich von niemandem belehren lassen.",
    ],
)
def test_no_threat_without_a_defence_to_come(text):
    events = coded_events(text, "2024-05-01", keep_implausible=True)
    assert not [e for e in events if e[0].startswith("13")]
