"""A state's "dagegen stimmen" rejects the proposal just named; a tally of members ("… dafür, 55 dagegen")
is no side's vote."""

from tests.event_tuples import coded_events

DATE = "2025-03-12"


def test_states_voting_against_reject_the_resolution():
    text = (
        "Die UN-Vollversammlung hat am Dienstag eine Resolution zum Schutz von Journalisten angenommen. "
        "Dagegen stimmten Russland und Belarus."
    )
    rejections = {
        (source, target) for code, source, target, _ in coded_events(text, DATE, True) if code == "120"
    }
    assert {("RUS", "IGOUNO"), ("BLR", "IGOUNO")} <= rejections


def test_a_tally_of_members_is_no_rejection():
    text = (
        "Das Parlament in Budapest stimmte am Montag über den Beitritt Finnlands ab. "
        "182 Abgeordnete stimmten dafür, 6 dagegen."
    )
    assert not [e for e in coded_events(text, DATE, True) if e[0].startswith("12")]


def test_a_contrasting_dagegen_with_a_vote_for_is_no_rejection():
    text = (
        "Im Rat der Europäischen Union stimmten Ungarn und die Slowakei gegen die neuen Sanktionen. "
        "Polen dagegen stimmte für das Paket."
    )
    sources = {source for code, source, _, _ in coded_events(text, DATE, True) if code == "120"}
    assert "HUN" in sources
    assert "POL" not in sources
