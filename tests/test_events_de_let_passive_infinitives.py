"""A reflexive "lassen" in a zu-infinitive clause is a passive like the finite one (`arguments.is_let_passive`):
its controller suffers the act, refusing it (124) where the clause is denied; the verb that governs the
clause is no passive of its own, through the pipeline."""

from tests.event_tuples import coded_events

DATE = "2024-05-01"


def test_a_declared_denied_let_passive_is_a_refusal_to_yield():
    found = coded_events(
        "Der australische Premier Anthony Albanese kündigte an, sich von Peking nicht erpressen zu lassen.",
        DATE,
    )
    assert ("124", "AUS", "CHN", "asserted") in found


def test_the_verb_governing_the_let_passive_keeps_its_subject():
    found = coded_events("Litauen weigerte sich, sich von Belarus unter Druck setzen zu lassen.", DATE)
    assert ("120", "LTU", "BLR", "asserted") in found
    assert not [e for e in found if e[0] == "120" and e[1] == "BLR"]
    # the pressure refused is the coercer's, negated, not the refuser's
    assert not [e for e in found if e[0].startswith("17") and e[1] == "LTU"]


def test_a_reflexive_of_the_governing_verb_makes_no_let_passive():
    found = coded_events("Die Türkei verpflichtete sich, Hilfsgüter nach Syrien passieren zu lassen.", DATE)
    assert not [e for e in found if e[0] == "124"]
