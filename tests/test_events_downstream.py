"""Events the German coder finds and must not throw away later, through the whole pipeline
(`lagebild.analyze`), issue 7: a verb coordinated with an accusation or a statement, which the parse hung
inside its object or clause, is an act of its own, not the charge or the framed act; the accuser's own
act after a colon is no charge; an infinitive the parse coordinated with "vorwerfen" still is one; an
offer to mediate or to talk is an expressed intent; a denial takes no counterpart from a coordinated verb;
the genitive of an act held out names its performer; yielding promised is an intent. Sentences of our
own."""

from functools import partial

import pytest

from tests.event_tuples import coded_events

events = partial(coded_events, date="2024-05-02")


def roots(text: str) -> set[tuple]:
    return {(code[:2], source, target) for code, source, target, _ in events(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "drohte" parsed as a conjunct inside the condemnation's object
        ("Die Regierung in Warschau verurteilte den Angriff auf ihr Konsulat und drohte Minsk mit Sanktionen.",
         ("13", "POL", "BLR")),
        # "kündigte" parsed as an attribute of "Gegenmaßnahmen", the object of the protest
        ("Peking legte umgehend Protest ein und kündigte Gegenmaßnahmen gegen Tokio an.", ("16", "CHN", "JPN")),
    ],
)  # fmt: skip
def test_a_verb_coordinated_with_an_accusation_is_the_accusers_own_act(text, expected):
    assert expected in roots(text)


def test_what_the_accuser_says_it_does_after_a_colon_is_no_charge():
    coded = events(
        "Litauen reagierte empört: Außenminister Gabrielius Landsbergis erklärte, Litauen liefere kein "
        "Getreide mehr an Belarus."
    )
    assert ("163", "LTU", "BLR", "asserted") in coded


def test_a_statement_coordinated_with_praise_frames_nothing():
    coded = roots(
        "Biden sprach von einem „neuen Kapitel“ und lobte Tokios Entscheidung, die Exportbeschränkungen "
        "aufzuheben."
    )
    # the praise stays; the optimism coordinated with it only gives its tone (sentence_rules)
    assert ("05", "USA", "JPN") in coded
    assert ("01", "USA", "JPN") not in coded


@pytest.mark.parametrize(
    "text",
    [
        # the participles parsed as a conjunct of "warf", the second tagged finite
        "Kiew warf Moskau vor, Getreidesilos bombardiert und Häfen vermint zu haben.",
        "Polen warf Belarus vor, Migranten gezielt an die Grenze zu bringen.",
    ],
)
def test_what_an_accusation_charges_stays_its_content(text):
    assert {code[:2] for code, *_ in events(text)} == {"11"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Türkei bot an, zwischen Russland und der Ukraine zu vermitteln.", "039"),
        ("Katar bot an, zwischen Israel und der Hamas zu vermitteln.", "039"),
        ("Österreich hat angeboten, mit Serbien zu verhandeln.", "036"),
    ],
)
def test_an_offer_to_mediate_or_to_talk_is_an_expressed_intent(text, expected):
    codes = {code for code, *_ in events(text)}
    assert expected in codes and not any(code.startswith("04") for code in codes)


def test_a_promised_call_is_the_pledge_of_a_call():
    coded = events("Scholz versprach, mit Selenskyj zu telefonieren.")
    assert ("030", "DEU", "UKR", "asserted") in coded
    assert not any(code.startswith("04") for code, *_ in coded)


def test_a_denial_coordinated_with_criticism_takes_no_counterpart_from_it():
    coded = events(
        "Orbán nannte den Beschluss der EU einen Skandal und bestritt, dass in Ungarn Gelder veruntreut "
        "würden."
    )
    assert ("016", "HUN", None, "asserted") in coded
    assert ("111", "HUN", "IGOEUREEC", "asserted") in coded


def test_the_genitive_of_an_act_held_out_is_its_performer_not_its_target():
    coded = events("Berlin stellte Sanktionen der EU in Aussicht.")
    assert ("1312", "DEU", None, "asserted") in coded


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a release promised has not happened: it is the intent to release (0353), not the release (084x)
        ("Moskau sagte zu, die Gefangenen freizulassen.", "0353"),
        ("Belarus sicherte zu, die politischen Gefangenen freizulassen.", "0353"),
    ],
)
def test_yielding_promised_is_an_expressed_intent(text, expected):
    codes = {code for code, *_ in events(text)}
    assert expected in codes and not any(code.startswith("08") for code in codes)
