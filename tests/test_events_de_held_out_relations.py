"""A threat or warning that holds out consequences for the relations is also a hypothetical cut in
relations (160) between its parties; consequences for anything else hold out no such cut."""

from functools import partial

from tests.event_tuples import coded_events

events = partial(coded_events, date="2024-06-03")


def test_warning_of_consequences_for_the_relations() -> None:
    found = events("Japan warnte China vor ernsten Folgen für die bilateralen Beziehungen.")
    assert ("160", "JPN", "CHN", "hypothetical") in found
    assert any(code.startswith("13") and modality == "asserted" for code, _, _, modality in found)


def test_consequences_in_a_reported_clause_of_the_warning() -> None:
    found = events(
        "Russlands Außenminister warnte Georgien, ein Beitritt zur Nato werde ernste Konsequenzen für "
        "die Beziehungen haben."
    )
    assert ("160", "RUS", "GEO", "hypothetical") in found


def test_consequences_for_the_economy_cut_no_relations() -> None:
    found = events("China warnte Litauen vor Konsequenzen für die Wirtschaft.")
    assert all(code != "160" for code, *_ in found)


def test_measures_a_state_reserves_itself_are_a_hypothetical_answer_to_the_one_it_threatens() -> None:
    found = events(
        "Polen hat zwei russische Diplomaten ausgewiesen. Moskau behalte sich weitere Schritte gegen "
        "Warschau vor, teilte das Außenministerium mit."
    )
    assert ("130", "RUS", "POL", "asserted") in found
    assert ("160", "RUS", "POL", "hypothetical") in found


def test_a_threatened_addressee_is_dative_whatever_case_the_tagger_reads() -> None:
    # "drohen" takes no accusative: a name as its bare object is the one threatened, and so is a
    # plural noun phrase standing for the states named before it
    found = events("Noch im Mai hatte die Türkei Griechenland mit ernsten Konsequenzen gedroht.")
    assert ("130", "TUR", "GRC", "asserted") in found
    assert ("160", "TUR", "GRC", "hypothetical") in found
    found = events(
        "Marokko warf Spanien und Frankreich Einmischung vor und drohte beiden Staaten mit "
        "diplomatischen Konsequenzen."
    )
    assert ("160", "MAR", "ESP", "hypothetical") in found
    assert ("160", "MAR", "FRA", "hypothetical") in found


def test_a_threat_to_ones_own_people_cuts_no_relations() -> None:
    found = events("Der ägyptische Innenminister drohte den Demonstranten in Kairo mit harten Konsequenzen.")
    assert all(code != "160" for code, *_ in found)
