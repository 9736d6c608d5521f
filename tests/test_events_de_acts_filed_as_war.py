"""An act still to come that a side files in advance as an act of war is a threat of force (138,
asserted); an act already done filed so is an accusation (112)."""

import pytest

from tests.event_tuples import coded_events


@pytest.mark.parametrize(
    ("text", "threat"),
    [
        # any case of the act, in the passive of reported speech
        ("Die Regierung in Kairo teilte mit, jeder Angriff auf den Staudamm werde als Kriegserklärung betrachtet.",
         ("138", "EGY", None, "asserted")),
        # the future; the parser joins the "als" phrase to the act as a conjunct
        ("Moskau werde jede Blockade der Enklave als Angriff auf Russland werten, sagte der Sprecher.",
         ("138", "RUS", None, "asserted")),
        # a case of the act in Konjunktiv I; the act would hit the speaker's own side, the threat is not aimed at it
        ("Moskau werte eine Festnahme russischer Soldaten als Kriegserklärung, sagte der Minister.",
         ("138", "RUS", None, "asserted")),
    ],
)  # fmt: skip
def test_an_act_to_come_filed_as_war_is_a_threat_of_force(text, threat):
    events = coded_events(text, "2024-05-01", keep_implausible=True)
    assert threat in events
    assert not [e for e in events if e[0].startswith("11")]


def test_a_done_act_filed_as_war_is_an_accusation():
    events = coded_events(
        "Teheran betrachtete die Manöver als Kriegserklärung.", "2024-05-01", keep_implausible=True
    )
    assert ("112", "IRN", None, "asserted") in events
    assert not [e for e in events if e[0].startswith("13")]
