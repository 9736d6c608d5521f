"""An envoy or delegation a side sends to a capital visits it (042), by "schicken" and "senden" as by
"entsenden"; a dispatch one side decides on is the visit to come, one both sides agree on their intent. A
minister or adviser sent, named or not, visits too; the sender is not the envoy, nor where he goes."""

import pytest

from tests.event_tuples import coded_events

DATE = "2024-05-02"


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        ("Ankara schickte am Montag eine Delegation nach Bagdad.", ("042", "TUR", "IRQ", "asserted")),
        ("Der Vatikan sandte einen Gesandten nach Moskau.", ("042", "VAT", "RUS", "asserted")),
        (
            "Die Vereinten Nationen wollen im Juni eine Delegation nach Kabul schicken.",
            ("042", "IGOUNO", "AFG", "future"),
        ),
        ("Madrid werde keinen Vertreter nach Lima entsenden.", ("042", "ESP", "PER", "negated")),
        (
            "Rom beschloss am Freitag, einen Sondergesandten nach Kairo zu schicken.",
            ("042", "ITA", "EGY", "future"),
        ),
    ],
)
def test_a_dispatched_envoy_visits(text, visit):
    assert visit in coded_events(text, DATE)


def test_visits_both_sides_agree_on_stay_an_intent():
    text = "Japan und Südkorea vereinbarten, einander künftig regelmäßig zu besuchen."
    assert not [e for e in coded_events(text, DATE) if e[0] == "042"]


def test_weapons_sent_are_no_visit():
    assert not [e for e in coded_events("Kanada schickte Munition nach Kiew.", DATE) if e[0] == "042"]


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "Die Regierung in Warschau schickt ihren Innenminister nach Vilnius.",
            ("042", "POL", "LTU", "asserted"),
        ),
        (
            "Brüssel schickt seinen Handelsbeauftragten zu Gesprächen nach Hanoi.",
            ("042", "IGOEUREEC", "VNM", "asserted"),
        ),
    ],
)
def test_a_minister_or_adviser_sent_visits(text, visit):
    assert visit in coded_events(text, DATE, keep_implausible=True)


def test_a_sending_minister_is_no_envoy():
    text = "Der kanadische Verteidigungsminister schickte am Montag Munition nach Kiew."
    assert not [e for e in coded_events(text, DATE, keep_implausible=True) if e[0] == "042"]
