"""Session 20 lexicon classes, through the whole pipeline (`lagebild.analyze`), issue 7: the three verbs
that judge an act ("sprach von", "nannte", "bezeichnete als") share one vocabulary of reproach, with the
words the banks added; disappointment shown without naming its object is disapproval (110), not a
pessimistic comment; asking for a session of a body asks it to meet (026).
"""

from functools import partial

import pytest

from tests.event_tuples import coded_codes, coded_events

DATE = "2024-04-15"
events = partial(coded_events, date=DATE)
codes = partial(coded_codes, date=DATE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # words "sprechen von" lacked that "nennen" had, and new ones of the class
        ("Die Regierung in Riga sprach von einer kurzsichtigen Kapitulation vor Moskau.", ("111", "LVA", "RUS", "asserted")),
        ("Die Regierung in Kiew sprach von einem Pogrom an der Zivilbevölkerung.", ("111", "UKR", None, "asserted")),
        # words "nennen" and "bezeichnen" lacked that "sprechen von" had, and new ones
        ("Litauens Präsident nannte die Entscheidung Minsks verfassungswidrig.", ("111", "LTU", "BLR", "asserted")),
        ("Warschau bezeichnete die Durchsuchung der Botschaft als Hexenjagd.", ("111", "POL", None, "asserted")),
        ("Estland nannte die Festnahme seines Konsuls eine Entführung.", ("111", "EST", None, "asserted")),
    ],
)  # fmt: skip
def test_judging_verbs_share_one_vocabulary(text, expected):
    assert expected in events(text)


def test_a_report_of_killed_fighters_is_no_reproach():
    assert codes("Die Armee sprach von zwanzig getöteten Terroristen.") == set()


def test_talking_about_an_escalation_with_someone_is_a_consultation():
    assert codes("Scholz sprach mit Macron über die Eskalation im Nahen Osten.") == {"040"}


def test_disappointment_without_its_object_is_disapproval_of_the_actor_before():
    found = events("Ungarn blockierte die Hilfe für Kiew. Die Ukraine zeigte sich enttäuscht.")
    assert ("110", "UKR", "HUN", "asserted") in found
    assert not any(code.startswith("01") for code, *_ in found)


def test_asking_for_a_session_of_a_body_asks_it_to_meet():
    found = events("Frankreich beantragte eine Dringlichkeitssitzung des UN-Sicherheitsrats.")
    assert ("026", "FRA", "IGOUNO", "asserted") in found
