"""Organisations of no state in both languages: the UN's labour agency, a rights group, the Red Cross,
the Organization of American States (not the USA its German name contains), Russia's military
alliance (OVKS, the CSTO), the World Trade Organization, the chemical weapons watchdog (OPCW) and the
Francophonie (OIF); the Red Cross by its bare German name is the ICRC, the German Red Cross is Germany's."""

from __future__ import annotations

import pytest

from lagebild import analyze
from lagebild.pipeline import get_pipeline


@pytest.mark.parametrize(
    ("text", "lang", "source_code"),
    [
        (
            "The International Labour Organization urged Chile to protect striking dock workers.",
            "en",
            "IGOUNOLABILO",
        ),
        (
            "Die Internationale Arbeitsorganisation forderte Katar auf, die Bauarbeiter besser zu schützen.",
            "de",
            "IGOUNOLABILO",
        ),
        ("Amnesty International accused Belarus of torturing detained protesters.", "en", "NGOHRIAMN"),
        ("Das IKRK warf beiden Kriegsparteien vor, Kliniken zu beschießen.", "de", "NGOHLHIRC"),
        ("Die Organisation Amerikanischer Staaten verurteilte die Wahl in Nicaragua.", "de", "IGOOAS"),
        ("Die OAS rief Honduras zu einer Neuauszählung auf.", "de", "IGOOAS"),
        ("Die WTO forderte Indien auf, seine Subventionen für Reisbauern zu beenden.", "de", "IGOBUSWTO"),
        (
            "Die OPCW warf Damaskus vor, einen Teil seiner Chemiewaffen verschwiegen zu haben.",
            "de",
            "IGOWMDOPW",
        ),
        ("Die Frankophonie suspendierte Guinea nach dem Militärputsch.", "de", "IGOOIF"),
    ],
)
def test_the_organisation_is_the_source_with_its_dictionary_code(text, lang, source_code):
    events = analyze(text, date="2024-05-02", lang=lang).events
    assert source_code in {e.source.actor_code for e in events if e.source}


def test_a_state_freezing_its_part_in_a_bloc_has_the_bloc_as_target():
    events = analyze(
        "Armenien hat seine Mitarbeit in der OVKS eingefroren.", date="2024-02-23", lang="de"
    ).events
    assert ("ARM", "IGOCASCST") in {
        (e.source.actor_code, e.target.actor_code) for e in events if e.source and e.target
    }


def test_a_banned_algerian_party_belongs_to_algeria():
    doc = get_pipeline("en")("Bouteflika said he is prepared to lift the ban on the Islamic Salvation Front.")
    assert {ent.text: ent._.actor.country for ent in doc.ents if ent._.actor}[
        "Islamic Salvation Front"
    ] == "DZA"


def test_the_red_cross_by_its_bare_name_is_the_icrc_and_the_german_one_germanys():
    doc = analyze(
        "Das Rote Kreuz besuchte die Gefangenen. Auch das Deutsche Rote Kreuz schickte Helfer.",
        date="2024-05-02",
        lang="de",
    )
    codes = {e.name: (e.actor_code, e.country) for e in doc.entities}
    assert codes["Internationales Komitee vom Roten Kreuz"] == ("NGOHLHIRC", None)
    assert codes["Deutsches Rotes Kreuz"] == ("DEUNGO", "DEU")


@pytest.mark.parametrize(
    "text",
    [
        "Die Organisation für das Verbot chemischer Waffen (OPCW) hat ihren Bericht am Montag vorgelegt.",
        "Das verlautete am Donnerstag aus Kreisen der Organisation für das Verbot von Chemiewaffen (OPCW).",
    ],
)
def test_the_ban_in_the_watchdog_s_name_is_no_sanction(text):
    events = analyze(text, date="2024-05-02", lang="de").events
    assert not [e for e in events if e.root == "17"]
