"""Session 42, the weakest large roots (08 yield, 17 coerce): families of missed triggers written from the
language, each coded with its source, target and modality."""

from functools import partial

from tests.event_tuples import coded_events

DATE = "2025-03-14"

_events = partial(coded_events, date=DATE)


def test_a_warrant_obtained_is_legal_action_against_whom_it_names():
    assert ("173", "CYP", "TUR", "asserted") in _events(
        "Zypern erwirkte Haftbefehle gegen türkische Offiziere."
    )


def test_a_warrant_issued_by_a_court_is_legal_action_against_whom_it_names():
    events = _events("Ein Gericht in Caracas stellte Haftbefehle gegen drei kolumbianische Offiziere aus.")
    assert ("173", "VEN", "COL", "asserted") in events


def test_a_warrant_requested_runs_from_the_court_to_whom_it_names():
    events = _events(
        "Der Chefankläger des Internationalen Strafgerichtshofs hat einen Haftbefehl gegen Myanmars Machthaber beantragt."
    )
    assert [
        (code, source.endswith("ICC"), target) for code, source, target, _ in events if code == "173"
    ] == [("173", True, "MMR")]


def test_warrants_that_follow_are_the_court_s_that_issued_the_first():
    events = _events(
        "Der Internationale Strafgerichtshof hat im Mai einen Haftbefehl gegen den Präsidenten Wladimir Putin "
        "erlassen. Auch gegen den russischen Verteidigungsminister erging ein Haftbefehl."
    )
    assert events == [("173", "IGOJUDICC", "RUS", "asserted")] * 2


def test_a_warrant_from_the_hague_is_the_court_s_the_article_names():
    events = _events(
        "Der Internationale Strafgerichtshof ermittelt seit Jahren zu Darfur. Der sudanesische Ex-Präsident "
        "Omar al-Baschir reist nicht, obwohl gegen ihn ein Haftbefehl aus Den Haag vorliegt."
    )
    assert ("173", "IGOJUDICC", "SDN", "asserted") in events


def test_a_warrant_with_no_issuer_told_of_keeps_no_source():
    assert _events("Gegen den Oppositionsführer liegt ein Haftbefehl vor.") == []


def test_the_warrant_named_again_is_no_new_warrant():
    events = _events(
        "Der Internationale Strafgerichtshof hat im Mai einen Haftbefehl gegen den Präsidenten Wladimir Putin "
        "erlassen. Der Kreml erklärte, man mache sich wegen des Haftbefehls keine Sorgen."
    )
    assert [e for e in events if e[0] == "173"] == [("173", "IGOJUDICC", "RUS", "asserted")]


def test_people_released_are_of_the_state_their_compound_names():
    assert _events("Caracas ließ zehn US-Bürger frei.") == [("0841", "VEN", "USA", "asserted")]


def test_the_compound_of_released_people_is_read_past_an_attribute_naming_a_place():
    events = _events("Kabul hat zwei in Afghanistan festgehaltene US-Bürger freigelassen.")
    assert events == [("0841", "AFG", "USA", "asserted")]


def test_the_compound_of_released_people_is_read_where_the_parse_split_off_their_number():
    events = _events("Die Huthis haben zwei im Jemen festgehaltene US-Bürger freigelassen.")
    assert events == [("0841", "YEM", "USA", "asserted")]


def test_observers_allowed_in_are_of_the_union_their_compound_names():
    [(code, source, target, modality)] = _events("Die Regierung in Pjöngjang ließ die EU-Beobachter zu.")
    assert (code, source, target.endswith("EEC"), modality) == ("086", "PRK", True, "asserted")


def test_safe_conduct_granted_allows_the_one_it_is_granted_to():
    events = _events(
        "Die Opposition in Caracas ist geschwächt. "
        "Die Regierung habe dem Oppositionsführer Edmundo González freies Geleit gewährt."
    )
    assert ("080", "VEN", "VEN", "asserted") in events


def test_an_escort_granted_to_ships_is_no_safe_conduct():
    assert not any(code == "080" for code, *_ in _events("Die Marine gewährte den Frachtern Geleitschutz."))
