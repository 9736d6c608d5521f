"""German event triggers and factuality through the whole pipeline (`lagebild.analyze`).

Each sentence exercises one rule of triggers.py, modality.py or a family of lexicon_de/ rows:
which construction is coded, with which code, and whether the text says it happened.
"""

from functools import partial

import pytest

from lagebild.events.conditions import is_conditional_consequence
from lagebild.pipeline import get_pipeline
from tests.event_tuples import coded_codes, coded_events

DATE = "2023-03-14"
events = partial(coded_events, date=DATE)
codes = partial(coded_codes, date=DATE)


def test_a_warning_addressed_to_someone_is_a_threat_one_about_something_is_not():
    assert ("130", "USA", "CHN", "asserted") in events(
        "US-Präsident Joe Biden warnte den chinesischen Präsidenten Xi Jinping vor ernsten Konsequenzen."
    )
    warning = events("Das Weiße Haus warnte vor einer gefährlichen Eskalation.")
    assert ("012", "USA", None, "asserted") in warning
    assert "130" not in {code for code, *_ in warning}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # proposing sanctions is not imposing them yet
        ("Die EU-Kommission schlug am Dienstag neue Sanktionen gegen Belarus vor.", ("163", "IGOEUREEC", "BLR", "future")),
        # "schließt … nicht aus": a possibility, not a denial
        ("Die Bundesregierung schließt Sanktionen gegen den Iran nicht aus.", ("163", "DEU", "IRN", "hypothetical")),
        # "kann" states what is possible
        ("Die NATO kann zusätzliche Truppen nach Rumänien verlegen.", ("154", "IGOWSTNAT", "ROU", "hypothetical")),
        ("Die EU könnte Sanktionen gegen Belarus verhängen.", ("163", "IGOEUREEC", "BLR", "hypothetical")),
        # announcing countermeasures: the measures are still to come, against the side "gegen" names
        ("Peking kündigte Gegenmaßnahmen gegen Washington an.", ("160", "CHN", "USA", "future")),
        # responding with a measure performs it
        ("Moskau antwortete mit der Ausweisung von zehn norwegischen Diplomaten.", ("161", "RUS", "NOR", "asserted")),
        ("Die EU reagierte mit Sanktionen auf die Ausweisung.", ("163", "IGOEUREEC", None, "asserted")),
    ],
)  # fmt: skip
def test_measures_and_their_factuality(text, expected):
    assert expected in events(text)


def test_a_suggested_meeting_is_hypothetical_the_suggestion_asserted():
    coded = events("Paris schlug vor, dass sich Kiew und Moskau in Genf treffen.")
    assert ("040", "UKR", "RUS", "hypothetical") in coded
    assert ("040", "RUS", "UKR", "hypothetical") in coded
    assert ("020", "FRA", "UKR", "asserted") in coded


def test_readiness_to_negotiate_is_an_intent_to_meet():
    coded = events("Die türkische Regierung erklärte sich bereit, mit Griechenland zu verhandeln.")
    assert ("036", "TUR", "GRC", "asserted") in coded
    assert not any(code.startswith("04") for code, *_ in coded)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der litauische Präsident sprach von einem Völkerrechtsbruch Russlands.", ("112", "LTU", "RUS", "asserted")),
        ("Tiflis sieht die Schuld beim Kreml.", ("112", "GEO", "RUS", "asserted")),
        ("Warschau bezeichnete die Ausweisung des polnischen Konsuls durch Minsk als ungerechtfertigt.", ("111", "POL", "BLR", "asserted")),
        ("Ankara reagierte empört auf die Äußerungen aus Athen.", ("111", "TUR", "GRC", "asserted")),
        ("Der chinesische Außenminister Wang Yi nannte das Treffen mit Blinken konstruktiv.", ("013", "CHN", None, "asserted")),
        ("Mit beißendem Spott kommentierte der russische Außenminister Sergej Lawrow die Pläne Londons.", ("111", "RUS", "GBR", "asserted")),
    ],
)  # fmt: skip
def test_naming_and_judging_acts(text, expected):
    assert expected in events(text)


def test_what_talks_are_about_is_no_charge():
    coded = events("Scholz sprach mit Macron über die Annexion der Krim.")
    assert ("040", "DEU", "FRA", "asserted") in coded
    assert not any(code.startswith("11") for code, *_ in coded)


def test_a_meeting_verb_needs_someone_to_meet():
    assert not any(
        c.startswith("04") for c in codes("Der Beschluss Moskaus trifft das Verhältnis zu Berlin schwer.")
    )
    assert not any(
        c.startswith("04") for c in codes("Erdoğan traf am Rande des Gipfels eine wichtige Entscheidung.")
    )
    assert ("040", "DEU", "CHN", "asserted") in events("Scholz traf die Führung in Peking.")


def test_a_consultation_whose_preposition_the_parser_misplaces():
    """ "mit Präsident Andrzej Duda gesprochen" after a coordinated visit: word order still binds "mit"."""
    coded = events("Baerbock hatte Warschau besucht und dort mit Präsident Andrzej Duda gesprochen.")
    assert any(code == "040" and source == "DEU" for code, source, _, _ in coded)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "nicht unbeantwortet lassen": the negation belongs to the idiom, the response is announced
        ("Ankara wird den Angriff auf seine Soldaten nicht unbeantwortet lassen.", ("160", "TUR", None, "future")),
        # answering what the other side did "in kind": the answered measures are no instrument
        ("Teheran werde entsprechend auf die Strafmaßnahmen der EU antworten.", ("160", "IRN", "IGOEUREEC", "future")),
        # "solle": a reported directive, what someone wants done
        ("Lawrow sagte, die NATO solle sich an die Botschaft in Brüssel wenden.", ("040", "IGOWSTNAT", "RUS", "hypothetical")),
        # what is feared or expected has not happened
        ("Beobachter befürchten, dass Russland die Gaslieferungen nach Finnland stoppt.", ("163", "RUS", "FIN", "hypothetical")),
        # the expecting side is the one the undone decision concerns, the West as "Amerikanische Diplomaten" the USA
        ("Westliche Diplomaten rechnen nicht damit, dass Moskau die Entscheidung bald rückgängig macht.", ("080", "RUS", "WST", "hypothetical")),
    ],
)  # fmt: skip
def test_retaliation_directives_and_expectations(text, expected):
    assert expected in events(text)


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Sollte Washington neue Zölle erheben, könne Peking die Ausfuhr seltener Erden stoppen, sagte der Sprecher.", "stoppen", True),
        # the author's own speculation threatens no one
        ("Sollte Washington neue Zölle erheben, könnte Peking die Ausfuhr seltener Erden stoppen.", "stoppen", False),
        ("Peking stoppte die Ausfuhr seltener Erden.", "stoppte", False),
        # a condition ahead of coordinated verbs binds the second one too, with the "werde" they share
        ("Sollte Kiew deutsche Raketen einsetzen, werde Russland dies als Angriff werten und entsprechend antworten, "
         "sagte der Sprecher.", "antworten", True),
        # "notfalls": if it is needed; "sonst": if the demand is not met
        ("Notfalls werde er den Amerikanern den Strom abdrehen, sagte der Premier.", "abdrehen", True),
        ("Moskau müsse die Diplomaten zurückholen, sonst werde Prag die Botschaft schließen.", "schließen", True),
        ("Notfalls drehte er den Amerikanern den Strom ab.", "drehte", False),
        # "würden" in a clause that names who says it, not the author's forecast
        ("Sollte es dazu kommen, würden die USA nach Worten von Außenminister Rubio hart antworten.", "antworten", True),
        ("Sollte die Hetze anhalten, will Chisinau laut Popșoi russische Sender sperren.", "sperren", True),
        ("Sollte Teheran erneut zuschlagen, würde Islamabad Analysten zufolge hart antworten.", "antworten", False),
        # an office holder or a government speaks for its side; a report or a study only tells
        ("Falls Iran die Meerenge sperrt, könnten die USA laut der Regierung Sanktionen verhängen.", "verhängen", True),
        ("Falls Iran die Meerenge sperrt, könnten die USA laut dem Präsidenten Sanktionen verhängen.", "verhängen", True),
        ("Falls Iran die Meerenge sperrt, könnten die USA laut einer Studie Sanktionen verhängen.", "verhängen", False),
        ("Falls Iran die Meerenge sperrt, könnten die USA laut einem Bericht der Zeitung Sanktionen verhängen.",
         "verhängen", False),
        ("Falls Iran die Meerenge sperrt, könnten die USA laut Reuters Sanktionen verhängen.", "verhängen", False),
        # a medium tells what it learned, also one the parser takes for a person; a state's own medium
        # speaks for its state
        ("Laut Reuters würde Pjöngjang Seoul angreifen, falls die Manöver weitergehen.", "angreifen", False),
        ("Laut Bloomberg würde Peking Taiwan angreifen, falls die Insel ihre Unabhängigkeit erklärt.", "angreifen",
         False),
        ("Laut der Nachrichtenagentur AP würde Pjöngjang Seoul angreifen, falls die Manöver weitergehen.",
         "angreifen", False),
        ("Laut der Staatsagentur KCNA würde Pjöngjang Seoul angreifen, falls die Manöver weitergehen.", "angreifen",
         True),
        ("Laut der Nachrichtenagentur Xinhua würde Peking Taiwan angreifen, falls die Insel ihre Unabhängigkeit "
         "erklärt.", "angreifen", True),
        # a private agency of the state is no voice of it
        ("Laut Interfax würde Moskau Kiew angreifen, falls die Nato Truppen schickt.", "angreifen", False),
        ("Laut dem Staatsfernsehen würde Teheran Israel angreifen, falls Israel die Atomanlagen bombardiert.",
         "angreifen", True),
    ],
)  # fmt: skip
def test_conditional_consequences_said_by_someone(text, word, expected):
    doc = get_pipeline("de")(text)
    (token,) = [t for t in doc if t.text == word]
    assert is_conditional_consequence(token) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "bis zu" is one preposition: its "zu" is no separated particle that would make "drohte" "zudrohen"
        ("Moskau drohte Estland mit einer Senkung der Stromexporte um bis zu 500 Megawatt.", ("130", "RUS", "EST", "asserted")),
        # entry restrictions and a tariff rate are sanctions like entry bans and tariffs
        ("Washington verhängte Einreisebeschränkungen gegen kubanische Funktionäre.", ("163", "USA", "CUB", "asserted")),
        ("Washington belegte Kanada mit einem Zollsatz von 25 Prozent.", ("163", "USA", "CAN", "asserted")),
    ],
)  # fmt: skip
def test_threats_and_sanctions_read_past_fixed_prepositions_and_compounds(text, expected):
    assert expected in events(text)
