"""A joint exercise or patrol, also one named by two paired nationalities ("russisch-belarussisch"), is military
cooperation (062) between its participants, both ways, wherever the sentence names it (`joint_exercises.py`). Sides
that want or pledge to take action together against a third express their intent to cooperate on security (0312,
`joint_action_intents.py`)."""

from functools import partial

import pytest

from tests.event_tuples import coded_dyads, coded_events

_dyads = partial(coded_dyads, date="2024-05-01")


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Moskau macht die gemeinsamen Manöver Washingtons und Seouls für die Spannungen verantwortlich.",
            "USA",
            "KOR",
        ),
        (
            "Pjöngjang warf den USA und Südkorea vor, mit ihren gemeinsamen Manövern einen Angriff vorzubereiten.",
            "USA",
            "KOR",
        ),
        ("Tokio und Canberra antworteten mit einer gemeinsamen Übung.", "JPN", "AUS"),
        ("Peking kritisierte die gemeinsame Marineübung mit Japan und Australien.", "JPN", "AUS"),
    ],
)
def test_joint_exercise_is_cooperation_of_its_participants(text, first, second):
    dyads = _dyads(text)
    assert ("062", first, second) in dyads
    assert ("062", second, first) in dyads


def test_an_exercise_named_by_two_paired_nationalities_is_a_joint_one():
    dyads = _dyads("Warschau schloss die Grenze wegen des russisch-belarussischen Manövers.")
    assert {("062", "RUS", "BLR"), ("062", "BLR", "RUS")} <= dyads


def test_an_exercise_of_one_army_is_no_joint_one():
    dyads = _dyads("Washington kündigte ein US-amerikanisches Manöver vor der Küste an.")
    assert not any(code == "062" for code, _, _ in dyads)


def test_an_exercise_with_one_partner_is_held_by_the_clause_subject():
    dyads = _dyads("Tokio hat einen Teil des gemeinsamen Manövers mit den USA verschoben.")
    assert {("062", "JPN", "USA"), ("062", "USA", "JPN")} <= dyads


def test_a_subject_that_criticises_the_exercise_does_not_hold_it():
    dyads = _dyads("Peking kritisierte die gemeinsame Übung mit Japan scharf.")
    assert not any(code == "062" and "CHN" in (source, target) for code, source, target in dyads)


def test_an_exercise_set_for_a_date_is_to_come():
    events = coded_events("Minsk bestätigte gemeinsame Manöver mit Russland für September.", "2024-05-01")
    assert ("062", "BLR", "RUS", "future") in events


@pytest.mark.parametrize(
    "text",
    [
        "Japan kritisierte China wegen der gemeinsamen Übung mit Russland.",
        "Tokio warnte Peking vor einer gemeinsamen Übung mit Moskau.",
    ],
)
def test_the_one_judged_over_an_exercise_holds_it_not_the_judge(text):
    dyads = _dyads(text)
    assert {("062", "CHN", "RUS"), ("062", "RUS", "CHN")} <= dyads
    assert not any(code == "062" and "JPN" in (source, target) for code, source, target in dyads)


def test_a_judgment_in_another_clause_leaves_the_exercise_to_its_subject():
    dyads = _dyads(
        "Japan verurteilte den Raketentest Nordkoreas und kündigte eine gemeinsame Übung mit den USA an."
    )
    assert {("062", "JPN", "USA"), ("062", "USA", "JPN")} <= dyads
    assert not any(code == "062" and "PRK" in (source, target) for code, source, target in dyads)


@pytest.mark.parametrize(
    "text",
    [
        "Die Luftwaffen Indiens und Frankreichs haben gemeinsam ein Manöver über dem Arabischen Meer begonnen.",
        "Im Herbst haben die Marinen Indiens und Frankreichs gemeinsam eine Übung im Indischen Ozean abgehalten.",
    ],
)
def test_an_exercise_held_together_is_a_joint_one(text):
    assert {("062", "IND", "FRA"), ("062", "FRA", "IND")} <= _dyads(text)


def test_partners_named_beside_a_joint_exercise_hold_it_with_the_clause_above():
    dyads = _dyads(
        "Der japanische Verteidigungsminister sagte, dass gemeinsam mit Australien und Indien im Juli eine "
        "Seeübung stattfinden werde."
    )
    assert {("062", "JPN", "AUS"), ("062", "JPN", "IND"), ("062", "AUS", "JPN")} <= dyads


def test_sides_that_want_to_take_action_together_intend_security_cooperation():
    events = coded_events(
        "Peru und Ecuador wollen gemeinsam gegen den Drogenschmuggel an der Grenze vorgehen.", "2024-05-01"
    )
    assert {("0312", "PER", "ECU", "asserted"), ("0312", "ECU", "PER", "asserted")} <= set(events)


def test_a_pledge_to_take_action_with_a_partner_is_made_to_the_partner():
    dyads = _dyads("Chile hat zugesagt, gemeinsam mit Argentinien gegen die Schmugglerbanden vorzugehen.")
    assert ("0312", "CHL", "ARG") in dyads
    assert ("0312", "ARG", "CHL") not in dyads


@pytest.mark.parametrize(
    "text",
    [
        # the agreement is coded as such (057)
        "Peru und Ecuador haben vereinbart, gemeinsam gegen den Drogenschmuggel vorzugehen.",
        # a step taken together is no intent
        "Peru und Ecuador gehen seit Monaten gemeinsam gegen den Drogenschmuggel vor.",
    ],
)
def test_a_joint_step_agreed_or_taken_is_no_stated_intent(text):
    assert not any(code == "0312" for code, _, _ in _dyads(text))
