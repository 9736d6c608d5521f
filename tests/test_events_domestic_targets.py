"""Targets the German coder used to miss inside the sentence or at home, through the whole pipeline
(`lagebild.analyze`), issue 7: every item of a listed target, a state's arrest of a person it alone
knows, threats against its own gangs, officials and acts named by their state's adjective or
compound. Sentences of our own."""

from functools import partial

import pytest

from tests.event_tuples import coded_dyads

dyads = partial(coded_dyads, date="2024-09-12")


def targets(text: str, root: str, source: str) -> set[str | None]:
    return {target for code, src, target in dyads(text) if code.startswith(root) and src == source}


def test_every_place_of_a_list_the_parse_hangs_on_its_first_item_is_a_target():
    # "Lissabon" read as a flat name of "Madrid", "Wien" as its conjunct
    found = targets("Moskau rief seine Botschafter in Madrid, Lissabon und Wien zurück.", "16", "RUS")
    assert {"ESP", "PRT", "AUT"} <= found


def test_every_person_of_a_list_of_appositions_is_a_target():
    # "Emmanuel" read as an apposition of "Joe", "Rishi" as the conjunct of "Macron"
    text = "Mit Joe Biden, Emmanuel Macron und Rishi Sunak habe Scholz am Montag über die Lage beraten."
    assert {"USA", "FRA", "GBR"} <= targets(text, "04", "DEU")


def test_an_apposition_closed_by_no_und_is_the_same_target_not_a_list():
    text = "Scholz telefonierte mit Joe Biden, dem Präsidenten Frankreichs, über die Lage."
    assert "FRA" not in targets(text, "04", "DEU")


def test_a_state_arresting_a_person_it_alone_knows_acts_on_its_own_people():
    text = "In Georgien ließ Ministerpräsident Irakli Kobachidse den Milliardär Giorgi Kapanadse festnehmen."
    assert targets(text, "17", "GEO") == {"GEO"}


def test_a_person_named_with_a_foreign_nationality_is_not_held_at_home():
    text = "In Georgien ließ Ministerpräsident Irakli Kobachidse den amerikanischen Milliardär Giorgi Kapanadse festnehmen."
    assert targets(text, "17", "GEO") == {"USA"}


def test_a_government_threatening_its_gangs_threatens_its_own_people():
    text = "Haitis Regierungschef Garry Conille kündigte an, mit aller Härte gegen die Banden vorzugehen."
    assert targets(text, "13", "HTI") == {"HTI"}


def test_an_official_named_by_a_state_compound_is_the_target_of_a_summons():
    assert targets("Norwegen hat den US-Geschäftsträger einbestellt.", "11", "NOR") == {"USA"}


@pytest.mark.parametrize(
    ("text", "root", "source"),
    [
        ("Moskau forderte die Freilassung der russischen Journalisten.", "10", "RUS"),
        # the adjective sits in the genitive of the object, on those it is about: no target by nationality
        ("Paris verurteilte die Inhaftierung der russischen Journalisten.", "11", "FRA"),
    ],
)
def test_a_demand_or_criticism_about_people_of_a_nationality_is_not_aimed_at_their_state(text, root, source):
    assert "RUS" not in targets(text, root, source)


def test_a_challenger_out_of_office_criticising_no_one_named_aims_at_his_own_state():
    # not the Pope named in the sentence before
    text = (
        "Papst Franziskus rief in Rom zum Frieden auf. "
        "Herausforderer Cellou Dalein Diallo erhob am Abend schwere Betrugsvorwürfe."
    )
    assert targets(text, "11", "GIN") == {"GIN"}


def test_a_figure_the_text_names_by_a_government_office_keeps_the_foreign_counterpart():
    # the actor stage files him under ELI by its dates, but "Premier" names him as acting for the state
    text = (
        "Die australische Regierung kündigte neue Hilfen für die Region an. "
        "Premier Manasseh Sogavare übte daran scharfe Kritik."
    )
    assert targets(text, "11", "SLB") == {"AUS"}
