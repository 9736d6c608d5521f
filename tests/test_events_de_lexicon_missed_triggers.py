"""Rows for event words the German lexicon had no reading for (issue 7, session 34): seeking dialogue
("sucht den Dialog mit Moskau", 036) or closeness ("sucht die Nähe Moskaus", 030), a meeting of three
("Dreiertreffen", 040), mocking a side ("spottete über", 111). Seeking anything else ("sucht den
Täter") is no event. Session 37: a victory claimed ("sprach von einem Sieg", 013), charges called
insinuations (016), a step judged discrimination (111), a visit or a contract let fall through ("ließ …
platzen", 125 / 1212), a price cap on another state's oil and duties ordered (163), a state of emergency
widened (1724), an envoy dispatched to a capital (042), punitive measures blocked (129), an air defence
reinforced (154), a border crossing held closed (191), hints of a side's hand charged (112), talks, relations and trade resumed in the fused forms of
"wiederaufnehmen" (046, 054, 061); a summit that falls through by itself has no one
who called it off, and ministers standing "geschlossen" (united) by a side close nothing. Session 38:
a side's act called unfair, unjust, improper or bad, a damage, a threat, a conjuring trick or an
invasion, its leader a criminal (111, 112); forces taking aim at a state or a target of arms ("ins
Visier nehmen", 190), where aim taken at firms or judges is a sanction or an inquiry, no fighting;
a sell-out spoken of (111); a dispute settled in talks ("im Dialog beilegen / lösen", 046). Session 58: leaders shaking hands meet
(040, each with the other where they shake hands with one another); good relations sought, kept to or
declared oneself ready for are an intent to cooperate with that state (030). Session 59: coming to a
capital is a visit to it (042), where "kam nach dem Gipfel zu dem Schluss" goes nowhere and people counted
in hundreds ("kamen 150.000 Menschen nach Österreich") arrive, not visit.
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
        ("Der Außenminister in Ottawa nannte die Zölle Washingtons unfair.", ("111", "CAN", "USA")),
        ("Peking nannte die Entscheidung der EU-Kommission protektionistisch.", ("111", "CHN", "IGOEUREEC")),
        ("Die Regierung in Madrid nannte die Ausweisung durch Algier ungerecht.", ("111", "ESP", "DZA")),
        ("Die Regierung in Oslo nannte die Äußerungen Moskaus unangemessen.", ("111", "NOR", "RUS")),
        ("Warschau bezeichnete den Schritt Berlins als Schaden für die Union.", ("111", "POL", "DEU")),
        ("Die Regierung in Athen nannte die Rede Ankaras eine Drohung.", ("111", "GRC", "TUR")),
        (
            "Brasiliens Präsident nannte den venezolanischen Staatschef einen Verbrecher.",
            ("111", "BRA", "VEN"),
        ),
        ("Kiew bezeichnete den Vormarsch Russlands als Invasion.", ("112", "UKR", "RUS")),
        ("Die russische Armee nahm estnische Stellungen ins Visier.", ("190", "RUS", "EST")),
        (
            "Die Opposition in Ankara spricht von einem Ausverkauf des Landes an Russland.",
            ("111", "TUR", "RUS"),
        ),
        ("Armenien und Aserbaidschan wollen den Grenzstreit im Dialog lösen.", ("046", "ARM", "AZE")),
        (
            "Ankara rief Griechenland und Zypern auf, ihren Streit im Dialog beizulegen.",
            ("046", "CYP", "GRC"),
        ),
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


def test_aim_taken_at_a_state_denied_is_negated_force():
    coded = events("Minsk leugnete, Lettland ins Visier genommen zu haben.")
    assert ("190", "BLR", "LVA", "negated") in coded


@pytest.mark.parametrize(
    "text",
    [
        "Die Kommission nimmt Firmen in China ins Visier.",
        "Paris könnte weitere Banken ins Visier nehmen.",
        "Die EU-Kommission nimmt Elon Musk ins Visier.",
    ],
)
def test_aim_taken_at_no_armed_target_is_no_fighting(text):
    assert not any(code.startswith("19") for code, _, _ in dyads(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In Ankara schüttelten sich Erdoğan und der irakische Präsident lange die Hände.",
            {("040", "TUR", "IRQ"), ("040", "IRQ", "TUR")},
        ),
        ("Der Kanzler schüttelte dem chinesischen Präsidenten in Peking die Hand.", {("040", "DEU", "CHN")}),
        ("Die Regierung in Rom strebe ein stabileres Verhältnis zu Moskau an.", {("030", "ITA", "RUS")}),
        ("Madrid hält an den engen Beziehungen zu Argentinien fest.", {("030", "ESP", "ARG")}),
        ("Berlin will sich weiter um ein gutes Verhältnis zu Ankara bemühen.", {("030", "DEU", "TUR")}),
        ("Japan sei zu guten Beziehungen mit Südkorea bereit.", {("030", "JPN", "KOR")}),
    ],
)
def test_handshakes_meet_and_relations_sought_intend_cooperation(text, expected):
    assert expected <= dyads(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der kenianische Präsident soll im Herbst nach Paris kommen.", ("042", "KEN", "FRA")),
        ("Der argentinische Präsident war am Montag nach Santiago gekommen.", ("042", "ARG", "CHL")),
    ],
)
def test_coming_to_a_capital_visits_it(text, expected):
    assert expected in dyads(text)


@pytest.mark.parametrize(
    "text",
    [
        "Die Kanzlerin kam nach dem Treffen mit Macron zu dem Schluss, dass Paris nicht nachgeben werde.",
        "Ein Treffen mit Erdoğan kam nach Angaben aus Ankara nicht zustande.",
        "Im Winter 1956 kamen rund 150.000 Menschen aus Ungarn nach Österreich.",
        "Nach Kriegsbeginn kamen Hunderttausende Syrer nach Deutschland.",
        "Im Vorjahr kamen rund eine Million Syrer, Iraker und Afghanen nach Deutschland.",
        "Die Türkei hat schon 3,5 Millionen Menschen aufgenommen, während im Vorjahr rund eine Million Syrer nach "
        "Deutschland kamen.",
    ],
)
def test_coming_after_something_is_no_visit(text):
    assert not any(code == "042" for code, _, _ in dyads(text))
