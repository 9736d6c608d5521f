"""Police force is repression (175) only against people of its own state; an exchange of fire, in which both
sides shoot, stays a fight (19x), and so does police fighting the forces of another state."""

from tests.event_tuples import coded_events


def codes(text: str) -> set[str]:
    return {code for code, *_ in coded_events(text, "2024-05-10")}


def test_police_firing_on_demonstrators_is_repression():
    assert "175" in codes("Die Polizei in Dhaka eröffnete das Feuer auf die Demonstranten.")


def test_police_in_a_gunfight_with_a_gang_are_fighting():
    found = codes(
        "Am Abend lieferten sich Polizisten und Bandenmitglieder in Port-au-Prince stundenlang Feuergefechte."
    )
    assert "175" not in found
    assert any(code.startswith("19") for code in found)


def test_border_guards_in_an_exchange_of_fire_with_foreign_fighters_are_fighting():
    found = codes(
        "Bei einem Schusswechsel zwischen pakistanischen Grenzpolizisten und afghanischen Taliban-Kämpfern starben zwei Menschen."
    )
    assert "175" not in found
    assert "193" in found


def test_a_clash_of_police_and_demonstrators_is_violent_protest_and_repression():
    events = coded_events(
        "In Tiflis kam es am Abend zu Zusammenstößen zwischen Demonstranten und der georgischen Polizei.",
        "2024-05-10",
    )
    assert {code for code, *_ in events} == {"145", "175"}


def test_a_clash_of_two_armies_stays_a_fight():
    found = codes(
        "An der Grenze kam es zu Zusammenstößen zwischen armenischen und aserbaidschanischen Soldaten."
    )
    assert found == {"190"}


def test_a_police_cordon_restricts_movement():
    """Sealing off roads is no violence against anyone: 191, whoever sets the cordon up."""
    found = codes("Die Polizei in Guatemala-Stadt riegelte am Abend die Zufahrtsstraßen zum Parlament ab.")
    assert "175" not in found
    assert "191" in found
