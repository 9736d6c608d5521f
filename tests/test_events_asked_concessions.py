"""The concession an appeal asks of its addressee (asked_concessions.py) and whom a release asked for is
owed to (demanded_acts.py), through the real pipeline."""

from functools import partial

import pytest

from tests.event_tuples import coded_events

events = partial(coded_events, date="2024-05-02")


def _yields(text: str) -> list[tuple[str, str | None, str | None, str]]:
    return [e for e in events(text) if e[0].startswith("08")]


def test_a_step_asked_to_be_reconsidered_is_yielding_towards_whom_it_hit():
    text = (
        "Die Türkei verhängte ein Handelsembargo gegen Israel. "
        "Die Europäische Union forderte Ankara auf, die Entscheidung zu überdenken."
    )
    assert ("0832", "TUR", "ISR", "hypothetical") in _yields(text)


def test_asked_to_refrain_from_provocations_de_escalates_towards_the_neighbour():
    text = (
        "Serbien verlegte Truppen an die Grenze zum Kosovo. "
        "Die Vereinten Nationen riefen Belgrad auf, von weiteren Provokationen abzusehen."
    )
    assert ("087", "SRB", "XKX", "hypothetical") in _yields(text)


def test_a_stop_asked_to_be_lifted_eases_it_for_the_state_it_hit():
    text = (
        "Deutschland hatte die Rüstungsexporte nach Saudi-Arabien gestoppt. "
        "London bat Berlin, den Stopp aufzuheben."
    )
    assert ("081", "DEU", "SAU", "hypothetical") in _yields(text)


@pytest.mark.parametrize(
    "text",
    [
        "Die USA drängen Israel zu Zugeständnissen.",
        "Die USA drängten Israel zu Zugeständnissen.",
    ],
)
def test_a_concession_asked_by_noun_with_zu(text):
    assert [e[:2] for e in _yields(text)] == [("080", "ISR")]


def test_cooperation_asked_to_be_suspended_is_no_concession():
    text = "Die USA forderten Ungarn auf, die Zusammenarbeit mit Russland auszusetzen."
    assert _yields(text) == []


def test_troops_a_state_asks_to_leave_its_soil_reduce_relations_towards_it():
    text = "Die Regierung Malis forderte die französischen Truppen auf, das Land zu räumen."
    assert ("166", "FRA", "MLI", "hypothetical") in events(text)


@pytest.mark.parametrize(
    "text, released",
    [
        # a state asking for someone held abroad asks for its own people
        ("Kanada verlangte von China die sofortige Freilassung des Geschäftsmanns.", ("0841", "CHN", "CAN")),
        # critics held at home are released at home, whoever asks
        (
            "Washington verlangte von Havanna die Freilassung der politischen Gefangenen.",
            ("0841", "CUB", "CUB"),
        ),
    ],
)
def test_a_release_is_owed_to_the_asker_unless_those_held_are_the_holders_own_critics(text, released):
    assert released + ("hypothetical",) in events(text)


def test_a_withdrawal_asked_of_the_troops_in_its_genitive_is_theirs():
    # who is to withdraw stands in the genitive of the noun asked for, not as the verb's addressee
    text = "Athen verlangte den Abzug der türkischen Truppen aus Gebieten, die Griechenland beansprucht."
    assert ("0874", "TUR", "GRC", "hypothetical") in events(text)


@pytest.mark.parametrize(
    "text",
    [
        # ground left, on the noun or on the genitive of who withdraws: a retreat, not a presence ended
        "Kairo verlangte den Abzug der israelischen Truppen von der Grenze.",
        "Athen verlangte den Abzug der türkischen Truppen aus Gebieten, die Griechenland beansprucht.",
    ],
)
def test_troops_asked_out_of_ground_retreat(text):
    codes = [e[0] for e in events(text)]
    assert "0874" in codes
    assert "166" not in codes


@pytest.mark.parametrize(
    ("text", "handed_over"),
    [
        ("Kiew verlangte von Minsk die Auslieferung der Verdächtigen.", ("063", "BLR", "UKR")),
        ("Bagdad verlangte von Stockholm die Auslieferung des Mannes.", ("063", "SWE", "IRQ")),
    ],
)
def test_an_extradition_asked_for_is_the_holders_handing_over_to_the_asker(text, handed_over):
    found = events(text)
    assert handed_over + ("hypothetical",) in found
    assert not any(e[0] == "0841" for e in found)  # handed over, not set free
