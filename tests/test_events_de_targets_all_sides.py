"""An appeal to "alle Seiten" after a conflict of two states is aimed at no one in particular, while one to
"beide Seiten" reaches both states (`targets_both_sides.addresses_everyone`)."""

from tests.event_tuples import keyed_events

WAR = (
    "Armenische Artillerie beschoss am Morgen Stellungen der aserbaidschanischen Armee. Aserbaidschan"
    " griff daraufhin armenische Dörfer mit Drohnen an. "
)


def _appeals(text: str) -> set:
    return {(source, target) for source, root, target, _ in keyed_events(text, "2025-03-04") if root == "02"}


def test_an_appeal_to_all_sides_of_a_war_of_two_states_names_no_target():
    assert _appeals(WAR + "Die brasilianische Regierung rief alle Seiten zur Mäßigung auf.") == {
        ("BRA", None)
    }


def test_an_appeal_to_both_sides_still_reaches_both_states():
    appeals = _appeals(WAR + "Die brasilianische Regierung rief beide Seiten zur Mäßigung auf.")
    assert appeals == {("BRA", "ARM"), ("BRA", "AZE")}
