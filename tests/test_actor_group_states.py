"""Whose police, whose army, whose crowd: a state's body named without the state takes the state of a
place named right after it ("die Polizei in Lahore"), and compounds of a state body's head
("Übergangsregierung", "Kriminalpolizei", "Militärkommando") are that body."""

from __future__ import annotations

import pytest

from lagebild import analyze
from tests.entity_mentions import mentioned_entity


@pytest.mark.parametrize(
    ("text", "words", "country"),
    [
        # a town the KB does not hold as a capital: the gazetteer's state
        (
            "Libyen ließ das Boot auslaufen. Die Staatsanwaltschaft in Lyon erhob Anklage gegen die Schleuser.",
            "Die Staatsanwaltschaft",
            "FRA",
        ),
        # the place wins over a state named before ("Indien") by someone speaking of it
        (
            "Indien kritisierte Pakistan scharf. Die Polizei in Lahore nahm am Abend zwanzig Männer fest.",
            "Die Polizei",
            "PAK",
        ),
        (
            "Russland warnte den Westen. Hunderte Demonstranten in Eriwan blockierten Straßen.",
            "Demonstranten",
            "ARM",
        ),
    ],
)
def test_place_after_the_noun_names_the_state(text, words, country):
    found = mentioned_entity(text, words)
    assert found is not None and found.country == country


def test_a_place_people_are_sent_to_does_not_name_their_state():
    """ "in die USA": where the prisoners are flown, not whose they are."""
    found = mentioned_entity(
        "Nicaragua ließ am Donnerstag 222 Häftlinge in die USA ausfliegen.", "222 Häftlinge"
    )
    assert found is None or found.country != "USA"


@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        ("Bangladesch wies den Vorwurf zurück. Die Übergangsregierung bestellte den Gesandten ein.",
         "Die Übergangsregierung", "BGDGOV"),
        ("Finnland setzte den Tanker fest. Die Kriminalpolizei ermittelt wegen Sabotage.",
         "Die Kriminalpolizei", "FINCOP"),
        ("In Südkorea gilt das Kriegsrecht. Das Militärkommando verbot alle Kundgebungen.",
         "Das Militärkommando", "KORMIL"),
        ("Syrien meldete Luftangriffe. Die Präsidentschaft verurteilte die Angriffe.",
         "Die Präsidentschaft", "SYRGOV"),
    ],
)  # fmt: skip
def test_compound_of_a_state_body_is_that_body(text, words, code):
    found = mentioned_entity(text, words)
    assert found is not None and found.actor_code == code


def test_compound_of_a_non_state_group_is_no_state_body():
    """'das Terrorkommando': a squad of attackers, not a state's military."""
    text = "Frankreich trauert. Das Terrorkommando hatte drei Ziele in Paris angegriffen."
    assert mentioned_entity(text, "Das Terrorkommando") is None


@pytest.mark.parametrize(
    ("text", "words", "country"),
    [
        ("Außenberater Touhid Hossain rief den indischen Gesandten zu sich.", "Touhid Hossain", "BGD"),
        ("Handelsminister Simon Birmingham kritisierte Peking.", "Simon Birmingham", "AUS"),
        ("Die Regionalchefin Evghenia Guțul wies die Anklage zurück.", "Evghenia Guțul", "MDA"),
        ("Der Abgeordnete Gia Wolski griff die Botschafter an.", "Gia Wolski", "GEO"),
    ],
)
def test_office_holders_added_to_the_kb_carry_their_state(text, words, country):
    found = mentioned_entity(text, words)
    assert found is not None and found.kb_id is not None and found.country == country


def test_a_common_surname_alone_is_not_the_added_office_holder():
    """'Hossain' and 'Birmingham' alone are many people and a city: only the full name is him."""
    text = "Der Fußballclub aus Birmingham verpflichtete den Stürmer Hossain."
    analysis = analyze(text, date="2024-09-01", lang="de")
    assert all(e.kb_id not in {"person:touhid-hossain", "person:simon-birmingham"} for e in analysis.entities)
