"""Sources named by nationality: coordinated nationality adjectives each name a state ("die
französischen und spanischen Luftangriffe"), a body or group named by its nationality alone acts for
that state ("das polnische Sicherheitskomitee"), as does one led by a state ("die von Riad geführte
Koalition"), and a participle attributed to a noun takes its agent from its "von" phrase ("die von
Ägypten vermittelten Gespräche"). Sentences written for this file, through the real pipeline."""

from tests.event_tuples import coded_dyads, source_states

DATE = "2024-05-01"


def test_each_of_two_coordinated_nationality_adjectives_on_an_act_noun_is_a_source():
    text = "Die französischen und spanischen Luftangriffe auf Libyen dauerten die ganze Nacht."
    assert {"FRA", "ESP"} <= source_states(text, DATE, "19")


def test_each_of_two_coordinated_nationality_adjectives_on_a_unit_is_a_source():
    text = "Am Morgen beschossen ukrainische und polnische Panzer die Stellungen bei Brest."
    assert {"UKR", "POL"} <= source_states(text, DATE, "19")


def test_a_body_named_by_its_nationality_alone_acts_for_its_state():
    text = "Das polnische Sicherheitskomitee kritisierte Litauen scharf."
    assert ("111", "POL", "LTU") in coded_dyads(text, DATE)


def test_a_newspaper_named_by_its_nationality_is_no_body_of_its_state():
    text = "Die polnische „Zeitung“ wirft Berlin Heuchelei vor."
    assert not source_states(text, DATE, "11")


def test_weapons_named_by_their_nationality_act_for_their_state_by_force_only():
    text = "Französische Drohnen fliegen schon heute für die nigrische Armee."
    assert not source_states(text, DATE, "04")


def test_a_participle_attributed_to_a_noun_takes_its_agent_from_its_von_phrase():
    # the parse hangs "von Moskau" on the article
    text = "Die von Moskau verhängten Sanktionen treffen Litauen hart."
    assert ("163", "RUS", "LTU") in coded_dyads(text, DATE)
    text = "Der von Katar vermittelte Dialog zwischen Kigali und Kinshasa stockt."
    assert "QAT" in source_states(text, DATE, "04")


def test_a_coalition_led_by_a_state_acts_for_that_state():
    text = "Die von Riad geführte Koalition bombardiert seit Jahren Stellungen im Jemen."
    assert "SAU" in source_states(text, DATE, "19")
