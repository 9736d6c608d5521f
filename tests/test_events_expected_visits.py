"""A guest expected in a place or by a host is a visit to come (`expected_visits`); the active
"erwarten" forecasts. A guest's stay ("war in Hanoi zu Gast") is a visit made (`guest_stays`). Our own
sentences, through the real pipeline."""

import pytest

from tests.event_tuples import coded_events


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "Im April wird Spaniens Regierungschef Pedro Sánchez in Rabat erwartet.",
            ("042", "ESP", "MAR", "future"),
        ),
        (
            "Das dürfte zur Sprache kommen, wenn Chinas Außenminister im August in Neu-Delhi erwartet wird.",
            ("042", "CHN", "IND", "future"),
        ),
        ("Außenminister Blinken wird am Mittwoch bei Lula erwartet.", ("042", "USA", "BRA", "future")),
    ],
)
def test_a_guest_expected_somewhere_visits_it(text, visit):
    assert visit in coded_events(text, "2024-01-01")


@pytest.mark.parametrize(
    ("text", "visits"),
    [
        (
            "Für Samstag ist in Riga ein Empfang geplant, zu dem der polnische Präsident und Kanzler Scholz "
            "erwartet werden.",
            {("042", "POL", "LVA", "future"), ("042", "DEU", "LVA", "future")},
        ),
        (
            "Am Montag beginnt im indischen Goa der Gipfel der Gruppe, zu dem auch Präsident Putin und "
            "Staatschef Xi Jinping erwartet werden.",
            {("042", "RUS", "IND", "future"), ("042", "CHN", "IND", "future")},
        ),
    ],
)
def test_a_guest_expected_at_a_gathering_visits_the_place_it_is_held_in(text, visits):
    assert {e for e in coded_events(text, "2024-01-01") if e[0] == "042"} == visits


@pytest.mark.parametrize(
    "text",
    [
        "Russland erwartet in Genf Zugeständnisse der USA.",
        "In Berlin wird eine Antwort aus Moskau erwartet.",
        "In Paris wird eine Stellungnahme aus Rom erwartet.",
    ],
)
def test_what_is_expected_is_no_visit(text):
    assert not [e for e in coded_events(text, "2024-01-01") if e[0] == "042"]


def test_a_visit_already_coded_by_its_noun_is_not_coded_twice():
    text = "Xi Jinping wird am Montag zu einem Staatsbesuch in Moskau erwartet."
    assert [e for e in coded_events(text, "2024-01-01") if e[0] == "042"] == [("042", "CHN", "RUS", "future")]


def test_a_visit_for_talks_with_the_host_is_one_consultation():
    text = "Außenminister Marco Rubio wird kommende Woche in Panama erwartet, wo er mit Präsident Mulino sprechen will."
    assert (
        len(
            [
                e
                for e in coded_events(text, "2024-01-01")
                if e[0].startswith("04") and e[1:3] == ("USA", "PAN")
            ]
        )
        == 1
    )


def test_a_guest_who_was_expected_and_called_off_has_no_visit_to_come():
    events = coded_events("Sánchez wurde gestern in Rabat erwartet, sagte aber kurzfristig ab.", "2024-05-01")
    assert not [e for e in events if e[0] == "042"]


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        ("Im Mai war der indische Premierminister in Tokio zu Gast.", ("042", "IND", "JPN", "asserted")),
        ("Scholz wird im Juni in Hanoi zu Gast sein.", ("042", "DEU", "VNM", "future")),
        ("Putin war seit Jahren nicht mehr in Berlin zu Gast.", ("042", "RUS", "DEU", "negated")),
        # the place after an article, read off the parse as a journey's destination is (`place_after`)
        ("Im Mai war der Kanzler in der Türkei zu Gast.", ("042", "DEU", "TUR", "asserted")),
    ],
)
def test_a_guest_staying_somewhere_visits_it(text, visit):
    assert visit in coded_events(text, "2024-01-01")


def test_a_guest_staying_nowhere_named_visits_no_one():
    assert not [
        e for e in coded_events("Im Dezember war der Präsident zu Gast.", "2024-01-01") if e[0] == "042"
    ]
