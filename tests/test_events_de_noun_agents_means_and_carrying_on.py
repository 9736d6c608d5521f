"""Who performs an act noun (1) used as the means of its possessor's doing ("mit ihrer Blockade hat die
Türkei …") or named as the occasion of a reported clause, and (2) governed by a verb that carries the
act on, prolongs, repeats or decrees it ("verlängerte die Blockade", "den Krieg fortzuführen",
"wiederholte seine Drohungen", "verfügte den Austritt"), and (3) named by a genitive in front that the
parse glued to it as one name ("Trumps Sticheleien"): through the whole pipeline."""

from tests.event_tuples import state_pairs

DATE = "2024-05-02"


def acts(sentence: str, code: str) -> list[tuple]:
    return state_pairs(sentence, DATE, code)


def test_a_possessed_act_as_the_means_is_the_subjects():
    assert acts("Mit ihrer Blockade hat die Türkei den Handel mit Armenien gelähmt.", "191") == [
        ("TUR", "ARM")
    ]


def test_a_possessed_act_as_the_means_in_reported_speech():
    sentence = (
        "Die Regierung in Algier habe mit ihrer Ausweisung französischer Diplomaten die Krise verschärft."
    )
    assert acts(sentence, "161") == [("DZA", "FRA")]


def test_a_possessive_that_does_not_agree_with_the_subject_names_no_agent():
    # "seiner" cannot point back to "die Regierung" (feminine): whose blockade it is, is not said
    assert acts("Mit seiner Blockade hat die Regierung in Ankara den Handel gelähmt.", "191") == []


def test_prolonging_an_act_is_performing_it():
    assert acts("Nigeria verlängerte die Blockade gegen Benin.", "191") == [("NGA", "BEN")]


def test_carrying_on_a_war_is_waging_it():
    assert acts("Netanjahu kündigte an, den Krieg gegen die Hamas fortzuführen.", "190") == [("ISR", "PSE")]


def test_repeating_a_threat_is_threatening():
    assert acts("Moskau wiederholte seine Drohungen gegen Litauen.", "130") == [("RUS", "LTU")]


def test_suffering_an_act_is_not_performing_it():
    assert acts("Die Menschen in Armenien leiden unter der Blockade.", "191") == []


def test_a_genitive_name_in_front_is_the_agent_even_when_parsed_as_one_name():
    sentence = "Trumps Sticheleien gegen Kanada wies Trudeau als Beleidigung zurück."
    assert acts(sentence, "111") == [("USA", "CAN")]
