"""Agreements between a government and an armed or opposition group of its own country: the group
counts as that country, so the signing is coded both ways with the same state (COL → COL). The group
is named by a name the KB knows only from `kb.curated` ("Plataforma Unitaria", "AFC" of "AFC/M23"),
or by a title that names the group before its leader ("ELN-Kommandant Iván Rojas"); a party backing its
government is coded the same way (NPL → NPL), and a party accusing a government acts for its own state
(Iraq's KDP, Portugal's Chega). Sentences of our own, through the whole pipeline."""

import pytest

import lagebild
from tests.event_tuples import coded_events

DATE = "2024-05-01"


def _signings(text: str) -> set[tuple]:
    return {event for event in coded_events(text, DATE) if event[0].startswith("05")}


@pytest.mark.parametrize(
    ("sentence", "state"),
    [
        (
            "In Caracas haben die Regierung und die Plataforma Unitaria ein Abkommen über die Wahl unterzeichnet.",
            "VEN",
        ),
        (
            "Die kongolesische Regierung und die Rebellen der AFC/M23 unterzeichneten in Doha ein Abkommen.",
            "COD",
        ),
        (
            "In Havanna unterzeichneten Präsident Petro und ELN-Kommandant Iván Rojas ein Abkommen über eine Waffenruhe.",
            "COL",
        ),
    ],
)
def test_a_government_signs_with_a_group_of_its_own_state(sentence, state):
    assert ("057", state, state, "asserted") in _signings(sentence)


def test_a_commander_named_after_his_group_acts_for_it():
    analysis = lagebild.analyze("Der M23-Kommandant Didier Bahati traf in Goma ein.", date=DATE, lang="de")
    codes = {e.actor_code for e in analysis.entities if any(m.text == "Didier Bahati" for m in e.mentions)}
    assert codes == {"CODREB"}


def test_a_commander_of_a_group_the_kb_does_not_know_stays_unplaced():
    analysis = lagebild.analyze(
        "Der Bergclub-Kommandant Hans Gruber sagte, der Weg sei gesperrt.", date=DATE, lang="de"
    )
    codes = {e.actor_code for e in analysis.entities if any(m.text == "Hans Gruber" for m in e.mentions)}
    assert codes <= {None}


def test_a_party_the_kb_knows_backs_its_own_government():
    events = coded_events("In Kathmandu stellte sich der Nepali Congress hinter die Regierung.", DATE)
    assert ("052", "NPL", "NPL", "asserted") in events


@pytest.mark.parametrize(
    ("sentence", "state"),
    [
        ("Die KDP warf der Regierung in Bagdad vor, die Gehälter in Erbil zurückzuhalten.", "IRQ"),
        ("Die Partei Chega warf der Regierung in Lissabon Verrat vor.", "PRT"),
    ],
)
def test_a_party_the_kb_knows_accuses_for_its_state(sentence, state):
    assert any(event[0].startswith("112") and event[1] == state for event in coded_events(sentence, DATE))
