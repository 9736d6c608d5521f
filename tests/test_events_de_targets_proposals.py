"""A rejected offer, proposal or request is aimed at whoever made it in the sentences before
(events/targets_proposals.py), not at an actor the rejecting sentence names for another reason.
Sentences of our own, through the real pipeline."""

from __future__ import annotations

import pytest

from tests.event_tuples import coded_dyads

DATE = "2026-11-20"


def rejections(text: str) -> set[tuple]:
    return {(source, target) for code, source, target in coded_dyads(text, DATE) if code.startswith("12")}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Kenia bot Äthiopien Gespräche über die Grenze an. Addis Abeba wies das Angebot zurück und "
            "beschwerte sich bei der Afrikanischen Union über Nairobi.",
            ("ETH", "KEN"),
        ),
        (
            "Japan bot Südkorea einen Austausch von Geheimdienstdaten an. Seoul schlug das Angebot aus "
            "und setzte auf die USA.",
            ("KOR", "JPN"),
        ),
    ],
)
def test_a_rejected_offer_answers_its_maker_not_an_actor_named_beside_it(text, pair):
    assert pair in rejections(text)


def test_a_rejected_resolution_answers_the_body_that_passed_it_though_aimed_at_another():
    text = "Die UN-Vollversammlung forderte Israel zum Rückzug auf. Neben Israel lehnten auch die USA den Text ab."
    assert ("USA", "IGOUNO") in rejections(text)


def test_a_rejected_demand_still_names_no_one_the_sentence_does_not_name():
    text = "Kenia verlangte von Äthiopien den Abzug der Truppen. Addis Abeba wies die Forderung zurück."
    assert ("ETH", "KEN") not in rejections(text)
