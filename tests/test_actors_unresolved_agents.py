"""Actors the event coder needs that the actor stage used to leave unresolved: a role after an
indefinite or possessive article with a country adjective, country adjectives coordinated before one
agent noun, agents of a state's forces and services, and office holders of 2019-2025 news."""

from __future__ import annotations

from lagebild import analyze
from tests.entity_mentions import entities_mentioned_as


def _entity(result, text: str):
    found = entities_mentioned_as(result, text)
    assert found, f"no entity mentioned as {text!r}: {[m.text for e in result.entities for m in e.mentions]}"
    return found[0]


def test_role_after_an_indefinite_article_belongs_to_the_adjectives_state():
    result = analyze(
        "Ein litauischer Diplomat wies die Vorwürfe am Abend zurück.", date="2024-02-02", lang="de"
    )
    assert _entity(result, "Ein litauischer Diplomat").country == "LTU"


def test_role_after_a_possessive_with_an_adjective_is_the_adjectives_state():
    result = analyze(
        "Der Minister traf am Freitag in Ankara seinen griechischen Amtsvorgänger und einen "
        "bulgarischen Botschafter.",
        date="2024-02-02",
        lang="de",
    )
    assert _entity(result, "einen bulgarischen Botschafter").country == "BGR"


def test_each_coordinated_country_adjective_names_its_states_forces():
    result = analyze(
        "Französische und belgische Soldaten sicherten am Morgen den Flughafen.", date="2024-02-02", lang="de"
    )
    assert _entity(result, "Französische").actor_code == "FRAMIL"
    assert _entity(result, "belgische Soldaten").actor_code == "BELMIL"


def test_coordinated_adjectives_with_their_own_article():
    result = analyze(
        "Die polnische und die litauische Regierung protestierten gegen das Manöver.",
        date="2024-02-02",
        lang="de",
    )
    assert _entity(result, "Die polnische").country == "POL"
    assert _entity(result, "die litauische Regierung").country == "LTU"


def test_border_guards_and_agents_are_a_states_police_and_services():
    result = analyze(
        "Ukrainische Grenzer hielten zwei Männer fest. Die Ermittler vermuten, dass russische Agenten sie "
        "angeworben hatten.",
        date="2024-02-02",
        lang="de",
    )
    assert _entity(result, "Ukrainische Grenzer").actor_code == "UKRCOP"
    assert _entity(result, "russische Agenten").actor_code == "RUSSPY"


def test_office_holders_named_by_office_alone_have_their_state():
    result = analyze(
        "Außenminister Pradeep Gyawali kritisierte die neue Straße. Staatschef Farmaajo reiste nach Doha. "
        "Innenminister Ali Yerlikaya verbot die Kundgebungen.",
        date="2020-06-10",
        lang="de",
    )
    assert _entity(result, "Pradeep Gyawali").country == "NPL"
    assert _entity(result, "Farmaajo").country == "SOM"
    assert _entity(result, "Ali Yerlikaya").country == "TUR"
