"""An office holder named by the title alone, no earlier holder agreeing, is the holder of the state the
passage is about (pipeline.actor_holders.title_holder_state): the subject before the title in its sentence,
else the state the sentence before is about. Sentences written for the tests."""

from tests.event_tuples import coded_events

DATE = "2025-03-04"


def test_a_minister_after_a_sentence_about_his_state_speaks_for_it():
    text = (
        "Polen hat seine Grenze zu Belarus geschlossen. Der Innenminister warf Minsk vor, Migranten über die "
        "Grenze zu schleusen."
    )
    assert ("112", "POL", "BLR", "asserted") in coded_events(text, DATE, keep_implausible=True)


def test_a_bare_minister_is_of_the_state_the_sentence_before_is_about():
    text = "Russland hat die Lage am Stausee verschärft. Der Minister warf Kiew vor, den Damm beschossen zu haben."
    assert ("112", "RUS", "UKR", "asserted") in coded_events(text, DATE, keep_implausible=True)


def test_a_minister_after_a_quote_naming_other_states_is_not_theirs():
    text = "Die Gefahr gehe von Russland aus, sagte der Außenminister. Er warf Moskau vor, Kiew zu bedrohen."
    assert not any(source == "RUS" for _, source, _, _ in coded_events(text, DATE, keep_implausible=True))


def test_a_defence_minister_after_a_sentence_about_his_state_speaks_for_it():
    text = "Ungarn stoppte am Montag die Gaslieferungen. Der Verteidigungsminister warf der Ukraine Erpressung vor."
    assert ("112", "HUN", "UKR", "asserted") in coded_events(text, DATE, keep_implausible=True)
