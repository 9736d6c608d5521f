"""Who acts in an act noun with a possessive under a verb that demands or judges acts: demanded ("Die
Opposition verlangt seinen Rücktritt"), it is the act of the one the possessive points back to, not of
the one who demands; an act done to someone ("verlangt seine Auslieferung") keeps the possessor as the
one acted on; a verb that proclaims an act ("erklärte ihren Rückzug") lends it to no one named before
(`events.possessed_sources`), and a resignation so proclaimed ("erklärte seinen Rücktritt") is its
subject's (`events.noun_agents`): through the whole pipeline."""

from tests.event_tuples import coded_events

DATE = "2025-02-11"


def acts(text: str, root: str) -> list[tuple]:
    return [e for e in coded_events(text, DATE, keep_implausible=True) if e[0].startswith(root)]


def test_a_resignation_demanded_beside_the_demand_is_the_possessors():
    text = (
        "Der serbische Präsident Aleksandar Vučić steht unter Druck. "
        "Die Demonstranten in Belgrad fordern seinen Rücktritt."
    )
    assert acts(text, "0831") == [("0831", "SRB", "SRB", "hypothetical")]
    assert acts(text, "10") == [("1041", "SRB", "SRB", "asserted")]


def test_a_resignation_demanded_is_the_possessors():
    text = "Der georgische Regierungschef Irakli Kobachidse steht unter Druck. Die Opposition verlangt seinen Rücktritt."
    assert acts(text, "08") == [("0831", "GEO", "GEO", "hypothetical")]


def test_an_extradition_demanded_is_not_the_act_of_the_one_handed_over():
    text = "Ein russischer Geschäftsmann sitzt in Italien in Haft. Washington verlangt seine Auslieferung."
    assert acts(text, "06") == []


def test_a_proclaimed_act_is_not_given_to_someone_named_before():
    text = "Mali, Niger und Burkina Faso haben die Ecowas verlassen. Die Konföderation erklärt ihren Rückzug."
    assert acts(text, "08") == []


def test_a_resignation_its_holder_declares_is_his_own():
    text = "Der nepalesische Regierungschef Oli erklärte am Nachmittag seinen Rücktritt."
    assert acts(text, "08") == [("0831", "NPL", "NPL", "asserted")]
