"""A body named without its state ("die Behörden", "die Staatsanwaltschaft") after a sentence whose only
mention of another state is a country adjective of someone acted on or described (a passive's subject,
a nationality) is not that state's: the adjective says whose the person is, not where the passage's
bodies act (`actor_passage.institution_state`)."""

from tests.event_tuples import coded_events


def test_authorities_after_an_arrested_foreigner_are_those_where_he_was_arrested():
    text = "In Hanoi ist ein chinesischer Geschäftsmann festgenommen worden. Die Behörden werfen ihm Spionage vor."
    assert ("1125", "VNM", "CHN", "asserted") in coded_events(text, "2024-05-02")


def test_prosecutors_after_a_defendants_second_nationality_are_the_courts_state():
    text = (
        "Der Prozess in Teheran hat begonnen. Der Angeklagte, der auch die schwedische Staatsbürgerschaft "
        "besitzt, sitzt seit einem Jahr in Haft. Die Staatsanwaltschaft warf ihm Spionage für Israel vor."
    )
    assert coded_events(text, "2024-05-02") == [("1125", "IRN", "ISR", "asserted")]
