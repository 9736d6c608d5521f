"""Session 42 lexicon families, through the whole pipeline (`lagebild.analyze`), issue 7: acts carried by a
light or judging verb. Calling a state an anchor of stability praises it (051); calling an act mean, insane
or an act of revenge criticises it (111); wanting good relations with a state is intent to cooperate with it
(030, negated where the relations are not wanted). Session 43: speaking of a talk, a day or a step with a
word of approval is an optimistic comment (013), of a dark day or a threat a pessimistic one (012).
"""

from functools import partial

import pytest

from tests.event_tuples import coded_events

DATE = "2024-04-15"
events = partial(coded_events, date=DATE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Paris bezeichnete Senegal als Stabilitätsanker in Westafrika.", ("051", "FRA", "SEN", "asserted")),
        ("Der Kanzler nannte Jordanien einen Anker der Stabilität in der Region.", ("051", "DEU", "JOR", "asserted")),
    ],
)  # fmt: skip
def test_calling_a_state_an_anchor_of_stability_praises_it(text, expected):
    assert expected in events(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der polnische Außenminister nannte die russische Entscheidung eine Racheaktion.", ("111", "POL", "RUS", "asserted")),
        ("Budapest bezeichnete die Äußerung des ukrainischen Präsidenten als gemein.", ("111", "HUN", "UKR", "asserted")),
        ("Warschau bezeichnete den Vorschlag Minsks als verrückt.", ("111", "POL", "BLR", "asserted")),
    ],
)  # fmt: skip
def test_calling_an_act_mean_insane_or_revenge_criticises_it(text, expected):
    assert expected in events(text)


def test_wanting_good_relations_with_a_state_is_intent_to_cooperate():
    assert ("030", "HRV", "SVN", "asserted") in events(
        "Kroatien wolle gute Beziehungen zu Slowenien, sagte der Premier."
    )


def test_relations_not_wanted_are_a_negated_intent():
    assert ("030", "SVK", "RUS", "negated") in events(
        "Die Slowakei wolle keine guten Beziehungen zu Russland."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der Präsident Kasachstans sprach von einem guten Gespräch.", ("013", "KAZ", None, "asserted")),
        ("Die Regierung in Oslo sprach von einem konstruktiven Treffen.", ("013", "NOR", None, "asserted")),
        ("Die Regierung in Oslo sprach von einem ermutigenden Signal.", ("013", "NOR", None, "asserted")),
    ],
)  # fmt: skip
def test_speaking_of_a_talk_or_day_with_approval_is_an_optimistic_comment(text, expected):
    assert expected in events(text)


@pytest.mark.parametrize(
    "text",
    [
        "Die Regierung in Oslo sprach von einem schwarzen Tag für die Region.",
        "Die Regierung in Oslo sprach von einer existenziellen Bedrohung für die Fischerei.",
    ],
)
def test_speaking_of_a_dark_day_or_a_threat_is_a_pessimistic_comment(text):
    assert ("012", "NOR", None, "asserted") in events(text)
