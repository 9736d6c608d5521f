"""Announced retaliation is an asserted threat plus the answer to come (issue 7, gold guideline
"Announced retaliation"): "kündigte Gegenmaßnahmen an" = 130 asserted + 160 future. A measure merely
scheduled, an answer already given and an answer aimed at nobody are no threat."""

from functools import partial

import pytest

from tests.event_tuples import coded_events, country_events

events = partial(coded_events, date="2024-03-01")
# the rule runs once `announced_threats` is called in coder.code_events (a two-line change proposed to the
# owner of coder.py); strict, so that these turn red the moment the hook lands and the mark must go
_state_events = partial(country_events, date="2024-03-01")


def threats(coded: list[tuple]) -> list[tuple]:
    return [e for e in coded if e[0].startswith("13")]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # "ankündigen" + a countermeasure noun, the target from the act answered in the sentence before
        ("Die Niederlande wiesen zwei chinesische Diplomaten aus. Peking kündigte Gegenmaßnahmen an.", "CHN", "NLD"),
        # "werde mit Gegenmaßnahmen … reagieren" in reported speech
        ("Polen schloss das russische Konsulat in Krakau. Moskau werde mit Gegenmaßnahmen auf die Schließung "
         "reagieren, teilte das Außenministerium mit.", "RUS", "POL"),
        # "nicht unbeantwortet lassen": the double negation announces an answer
        ("Ankara will die Ausweisung seiner Diplomaten aus Schweden nicht unbeantwortet lassen.", "TUR", "SWE"),
    ],
)  # fmt: skip
def test_announced_answer_is_a_threat_and_the_answer_to_come(text, source, target):
    coded = events(text)
    assert ("130", source, target, "asserted") in coded
    assert ("160", source, target, "future") in coded


def test_an_announced_answer_by_a_named_measure_threatens_that_measure():
    coded = events("Moskau werde mit der Ausweisung norwegischer Diplomaten antworten.")
    assert ("1313", "RUS", "NOR", "asserted") in coded
    assert ("161", "RUS", "NOR", "future") in coded


def test_announced_response_threatens_and_announces_the_answer():
    coded = events("Litauen verbot den Transit russischer Waren. Moskau kündigte eine harte Antwort an.")
    assert ("130", "RUS", "LTU", "asserted") in coded
    assert ("160", "RUS", "LTU", "future") in coded


def test_announced_crackdown_is_the_threat_made_now():
    coded = events("Die serbische Regierung kündigte an, gegen die Blockierer mit aller Härte vorzugehen.")
    assert [e[0] for e in threats(coded)] == ["137"]
    assert threats(coded)[0][3] == "asserted"


def test_a_threat_and_its_answer_in_one_sentence_threaten_once():
    coded = events(
        "Tschechien wies russische Diplomaten aus. Sacharowa drohte mit Vergeltung; Russland werde entsprechend antworten."
    )
    assert threats(coded) == [("130", "RUS", "CZE", "asserted")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a measure the speaker schedules is the act to come, no threat
        ("Kanada kündigte neue Sanktionen gegen Iran an.", ("163", "CAN", "IRN", "future")),
        # an answer already given is the act itself
        ("Peking antwortete umgehend mit Gegenmaßnahmen gegen Litauen.", ("160", "CHN", "LTU", "asserted")),
    ],
)  # fmt: skip
def test_scheduled_or_given_measures_are_no_threat(text, expected):
    coded = events(text)
    assert expected in coded
    assert threats(coded) == []


def test_an_answer_aimed_at_nobody_threatens_nobody():
    assert threats(events("Die Regierung kündigte Gegenmaßnahmen an.")) == []


def test_announced_retaliation_is_still_to_come():
    """ "Vergeltung" has no noun row of its own: as an object of "ankündigen" it names the act to come."""
    coded = events("Die EU verhängte Strafzölle auf chinesische Autos. Peking kündigte Vergeltung an.")
    assert any(
        code == "160" and source == "CHN" and modality == "future" for code, source, _, modality in coded
    )


def test_announced_retaliation_answers_the_attack_named_before_it():
    events = _state_events("Nach dem ukrainischen Angriff auf Belgorod kündigte Moskau Vergeltung an.")
    assert ("130", "RUS", "UKR", "asserted") in events
    assert ("160", "RUS", "UKR", "future") in events


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # a threat of retaliation after the act it answers
        ("Nach den israelischen Luftangriffen auf Beirut droht die Hisbollah mit Vergeltung.", "LBN", "ISR"),
        # the act answered follows as the answer's own phrase
        ("Katar behalte sich eine direkte Antwort auf den iranischen Angriff vor.", "QAT", "IRN"),
    ],
)
def test_a_threat_of_retaliation_is_aimed_at_the_doer_of_the_act_answered(text, source, target):
    assert ("130", source, target, "asserted") in _state_events(text)


def test_announced_retaliation_without_an_answered_act_threatens_no_one():
    events = _state_events("Moskau kündigte Vergeltung an.")
    assert not [e for e in events if e[0].startswith("13")]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # the answer qualified as military
        ("Die Ukraine griff ein Depot bei Belgorod an. Moskau kündigte eine militärische Antwort an.", "RUS", "UKR"),
        # the formula of military retaliation
        ("Nach dem Luftangriff Indiens kündigte Islamabad eine Antwort „zu einer Zeit und an einem Ort unserer Wahl“ an.",
         "PAK", "IND"),
    ],
)  # fmt: skip
def test_an_announced_answer_by_force_threatens_force(text, source, target):
    coded = events(text)
    assert ("138", source, target, "asserted") in coded
    assert ("190", source, target, "future") in coded
    assert not [e for e in coded if e[0] in ("130", "160") and e[1:3] == (source, target)]


def test_force_in_the_act_answered_leaves_the_answer_unspecified():
    coded = events("Moskau kündigte eine Antwort auf den militärischen Angriff der Ukraine an.")
    assert ("130", "RUS", "UKR", "asserted") in coded
    assert ("160", "RUS", "UKR", "future") in coded


def test_an_answer_announced_to_the_act_just_reported_is_a_threat_and_the_answer_to_come():
    # "darauf" names the act answered: no manner adverb or countermeasure noun is needed
    text = "Polen wies drei belarussische Diplomaten aus. Minsk werde darauf antworten, sagte ein Sprecher."
    coded = events(text)
    assert ("130", "BLR", "POL", "asserted") in coded
    assert ("160", "BLR", "POL", "future") in coded


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # coordinated after the condition: "geschlossen und entschlossen antworten"
        ("Nordkorea kündigte einen Atomtest an. Sollte Pjöngjang den Test wagen, werde Japan geschlossen und "
         "entschlossen antworten, sagte Kishida.", ("130", "JPN", "PRK", "asserted")),
        ("Notfalls werde Kanada den Amerikanern den Strom abdrehen, sagte der Premier.", ("1312", "CAN", "USA", "asserted")),
    ],
)  # fmt: skip
def test_a_conditional_answer_said_by_its_source_is_a_threat(text, expected):
    assert expected in events(text)


@pytest.mark.parametrize(
    "answer",
    [
        "Russland werde auf diesen Schritt antworten, sagte Peskow.",
        # the plain future, quoted from the answering side
        "Russland wird auf diesen Schritt reagieren, kündigte Moskau an.",
        "„Wir werden auf diesen Schritt reagieren“, sagte Putin.",
        # a declaration of war is a deed answered, though "Erklärung" is its head
        "Russland werde auf diese Kriegserklärung antworten, sagte Peskow.",
    ],
)
def test_an_answer_announced_to_the_conduct_named_is_a_threat_and_the_answer_to_come(answer):
    coded = events("Litauen schloss die Grenze für russische Lastwagen. " + answer)
    assert ("130", "RUS", "LTU", "asserted") in coded
    assert ("160", "RUS", "LTU", "future") in coded


@pytest.mark.parametrize(
    "reply",
    [
        # told of the past, asked, or a reply to a letter: no answer announced
        "Russland reagierte auf den Schritt Litauens.",
        "Wie wird Russland auf den Schritt Litauens reagieren?",
        "Moskau werde auf die Note aus Vilnius antworten, sagte Peskow.",
        "Moskau werde auf die Protestnote aus Vilnius antworten, sagte Peskow.",
        # the plain future of onlookers and of another side forecasts an answer, nobody announces it
        "Russland wird auf den Schritt Litauens reagieren, glauben Beobachter.",
        "Russland wird auf den Schritt Litauens reagieren, sagte ein Analyst.",
        "Russland wird auf den Schritt Litauens reagieren, sagte Blinken.",
    ],
)
def test_an_answer_given_asked_about_forecast_or_to_a_letter_threatens_nobody(reply):
    coded = events("Litauen schloss die Grenze für russische Lastwagen. " + reply)
    assert not [e for e in coded if e[0] in ("130", "160")]


def test_an_act_announced_with_full_rigour_answers_nothing():
    # "mit aller Konsequenz" says how the charges will be brought, not that they answer anything
    coded = events(
        "Mexiko protestierte gegen die Festnahmen. US-Justizministerin Pam Bondi kündigte an, die Mexikaner "
        "mit aller Konsequenz anzuklagen."
    )
    assert ("173", "USA", "MEX", "future") in coded
    assert not threats(coded)


def test_an_answer_aimed_at_the_answering_side_itself_threatens_no_one():
    # the answer's target is guessed from the pair called on before; the Huthis' own Yemen is no addressee
    coded = coded_events(
        "Oman rief Riad und Sanaa zur Zurückhaltung auf. Die Huthis kündigten an, jeden neuen Luftangriff zu beantworten.",
        date="2024-03-01",
        keep_implausible=True,
    )
    assert ("130", "YEM", "SAU", "asserted") in coded
    assert not [e for e in threats(coded) if e[1] == e[2]]
