"""Human rights and aid groups named by their kind (`pipeline/actor_civic_groups.py`,
`events/civic_speakers.py`; sentences written for these tests): as the subject of a demand, criticism or
appeal they are a source of no state (CAMEO "NGO"), of a state where a country adjective says whose;
where they only report ("laut Menschenrechtlern") or are acted on they are no actor, and what they
merely say or fear is no event."""

from tests.event_tuples import events_of

DATE = "2024-05-02"


def sourced(text: str) -> list[tuple]:
    """(code, source actor code, target state) of the events coded in `text`."""
    return [
        (e.code, e.source.actor_code if e.source else None, e.target.country if e.target else None)
        for e in events_of(text, DATE, keep_implausible=True)
    ]


def test_human_rights_groups_criticise_as_a_source_of_no_state():
    events = sourced("Menschenrechtsgruppen warfen der Regierung in Bogotá Folter vor.")
    assert any(
        code.startswith("11") and source == "NGO" and target == "COL" for code, source, target in events
    )


def test_aid_groups_demand_as_a_source_of_no_state():
    events = sourced("Hilfsorganisationen forderten die Regierung in Khartum auf, die Straßen zu öffnen.")
    assert any(
        code.startswith("10") and source == "NGO" and target == "SDN" for code, source, target in events
    )


def test_a_country_adjective_makes_the_group_that_states():
    events = sourced("Peruanische Menschenrechtler warfen der bolivianischen Polizei Gewalt vor.")
    assert any(code.startswith("11") and source == "PERNGO" for code, source, _ in events)


def test_a_group_that_only_reports_is_no_source():
    events = sourced("Laut Menschenrechtlern nahm die Polizei in Minsk vierzig Studenten fest.")
    assert events and all(source != "NGO" for _, source, _ in events)


def test_a_group_named_by_its_member_leaves_the_member_the_actor():
    events = sourced(
        "Menschenrechtsorganisationen wie Amnesty International kritisierten die Regierung in Kairo."
    )
    assert [source for code, source, _ in events if code.startswith("11")] == ["NGOHRIAMN"]


def test_what_a_group_fears_is_no_statement():
    events = sourced("Hilfsorganisationen befürchten, dass die Lage in Gaza sich weiter verschlechtert.")
    assert not [code for code, source, _ in events if code.startswith("01") and source == "NGO"]


def test_groups_after_a_plural_article_are_a_source():
    # "den Hilfsorganisationen" is a dative plural: only a noun that can be singular is one person after "den"
    events = sourced("Scharfe Kritik an der Regierung in Ankara kam von den Hilfsorganisationen.")
    assert any(code.startswith("11") and source == "NGO" for code, source, _ in events), events


def test_what_a_group_of_a_state_says_is_no_statement_either():
    events = sourced("Türkische Menschenrechtler äußerten sich besorgt über die Lage der Journalisten.")
    assert not [code for code, source, _ in events if code.startswith("01") and source == "TURNGO"], events
