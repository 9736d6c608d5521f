"""Rows for event words the German lexicon had no reading for (issue 7, session 34): seeking dialogue
("sucht den Dialog mit Moskau", 036) or closeness ("sucht die Nähe Moskaus", 030), a meeting of three
("Dreiertreffen", 040), mocking a side ("spottete über", 111). Seeking anything else ("sucht den
Täter") is no event. Session 37: a victory claimed ("sprach von einem Sieg", 013), charges called
insinuations (016), a step judged discrimination (111), a visit or a contract let fall through ("ließ …
platzen", 125 / 1212), a price cap on another state's oil and duties ordered (163), a state of emergency
widened (1724), an envoy dispatched to a capital (042), punitive measures blocked (129), an air defence
reinforced (154), a border crossing held closed (191), hints of a side's hand charged (112), talks, relations and trade resumed in the fused forms of
"wiederaufnehmen" (046, 054, 061); a summit that falls through by itself has no one
who called it off, and ministers standing "geschlossen" (united) by a side close nothing.
"""

from functools import partial

import pytest

from tests.event_tuples import coded_events

events = partial(coded_events, date="2024-06-03", keep_implausible=True)


def dyads(text: str) -> set[tuple]:
    return {(code, source, target) for code, source, target, _ in events(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Regierung in Paris sucht weiterhin den Dialog mit Algerien.", ("036", "FRA", "DZA")),
        ("Seit dem Putsch sucht Mali die Nähe Russlands.", ("030", "MLI", "RUS")),
        (
            "Nach einem Dreiertreffen mit dem türkischen Präsidenten lenkte Schweden ein.",
            ("040", "SWE", "TUR"),
        ),
        (
            "Der polnische Präsident sprach nach der Abstimmung von einem Sieg der Vernunft.",
            ("013", "POL", None),
        ),
        ("Das Außenministerium in Peking sprach von haltlosen Unterstellungen.", ("016", "CHN", None)),
        (
            "Die Regierung in Peking sprach von einer Diskriminierung chinesischer Firmen durch Brüssel.",
            ("111", "CHN", "IGOEUREEC"),
        ),
        (
            "Der amerikanische Präsident ließ das Treffen mit dem russischen Außenminister platzen.",
            ("125", "USA", "RUS"),
        ),
        ("Australien ließ den Vertrag mit Frankreich platzen.", ("1212", "AUS", "FRA")),
        ("Der Preisdeckel der G7 für russisches Rohöl gilt seit Dezember.", ("163", "IGOGOS", "RUS")),
        ("Der amerikanische Präsident ordnete Zölle auf kanadischen Stahl an.", ("163", "USA", "CAN")),
        ("Die Regierung in Lima weitete den Ausnahmezustand auf das ganze Land aus.", ("1724", "PER", "PER")),
        ("Peking entsandte einen Sondergesandten nach Kiew.", ("042", "CHN", "UKR")),
        ("Zypern blockierte die geplanten Strafmaßnahmen der EU gegen Belarus.", ("129", "CYP", "IGOEUREEC")),
        ("Litauen verstärkt seine Luftabwehr an der Grenze zu Belarus.", ("154", "LTU", "BLR")),
        ("Pakistan hält den Grenzübergang nach Afghanistan seit Wochen geschlossen.", ("191", "PAK", "AFG")),
        (
            "Der britische Premier sprach von glaubwürdigen Hinweisen auf eine iranische Beteiligung.",
            ("112", "GBR", "IRN"),
        ),
        ("Paris sei bereit, den Dialog mit Algier wiederaufzunehmen.", ("036", "FRA", "DZA")),
        ("Kairo hat die Beziehungen zu Ankara wiederaufgenommen.", ("054", "EGY", "TUR")),
        ("Die Emirate wollen den Handel mit Katar wiederaufnehmen.", ("061", "ARE", "QAT")),
    ],
)
def test_missed_trigger_codes_its_row(text, expected):
    assert expected in dyads(text)


def test_seeking_a_person_is_no_event():
    assert events("Die Polizei in Berlin sucht seit Tagen den flüchtigen Täter.") == []


def test_a_summit_falling_through_by_itself_is_no_event():
    assert events("Der Gipfel in Berlin ist geplatzt.") == []


def test_a_split_resumption_is_coded_once():
    """ "nahm … wieder auf" is "aufnehmen"'s: the fused "wiederaufnehmen" rows add no second event."""
    assert events("Seoul nahm die Zusammenarbeit mit Tokio wieder auf.") == [
        ("060", "KOR", "JPN", "asserted")
    ]


def test_standing_united_by_a_side_closes_nothing():
    assert events("Die Minister hielten geschlossen zu Kiew.") == []


def test_mocking_a_side_is_criticism():
    """ "spottete über" scorns its object as "verspottete" does (111)."""
    text = "Der russische Außenminister spottete über die Rede des ukrainischen Präsidenten."
    assert ("111", "RUS", "UKR") in dyads(text)
