"""Whose body: a state's police, army, government or protesters named without the state take the state
the story is about, even after foreign capitals or speakers act in it, unless a place in their own
sentence, a round-up paragraph or the federation the article is about says otherwise."""

from __future__ import annotations

import pytest

from lagebild import analyze
from tests.entity_mentions import entities_mentioned_as, mentioned_entity

HOME_STORY = (
    "In Eriwan protestierten Tausende gegen die Regierung. Die Polizei nahm Dutzende Teilnehmer fest. "
    "Moskau warnte vor einer Einmischung."
)


def test_body_after_foreign_capital_keeps_home_state():
    text = HOME_STORY + " Die Behörden sperrten das Stadtzentrum."
    entity = mentioned_entity(text, words="Die Behörden", date="2024-05-10")
    assert entity is not None and entity.country == "ARM"


def test_place_in_the_same_sentence_still_wins():
    text = HOME_STORY + " In Moskau lösten die Behörden eine Solidaritätskundgebung auf."
    entity = mentioned_entity(text, words="die Behörden", date="2024-05-10")
    assert entity is not None and entity.country == "RUS"


def test_round_up_paragraph_opened_by_its_place_keeps_its_own_bodies():
    text = (
        "Eriwan: Die Polizei nahm Dutzende Teilnehmer fest. Das Innenministerium sprach von Krawallen.\n\n"
        "Lima: Demonstranten blockierten Fernstraßen im Süden. Washington rief zur Ruhe auf. "
        "Die Regierung verhängte den Ausnahmezustand."
    )
    entity = mentioned_entity(text, words="Die Regierung", date="2024-05-10")
    assert entity is not None and entity.country == "PER"


def test_army_a_foreign_minister_appeals_to_is_the_army_of_the_country_in_turmoil():
    # the demand comes first, the foreign speaker between the verb and the body addressed
    text = (
        "In Niger haben Soldaten den Präsidenten festgesetzt. Die Armee setzte die Verfassung außer Kraft "
        "und schloss die Grenzen. Den gewählten Präsidenten freizulassen, forderte US-Präsident Joe Biden "
        "die Armee auf."
    )
    result = analyze(text, date="2023-08-31", lang="de")
    addressed = entities_mentioned_as(result, "die Armee")[-1]
    assert addressed.country == "NER"
    assert addressed.actor_code == "NERMIL"


@pytest.mark.parametrize(
    ("text", "date", "body", "state"),
    [
        # a speaker appealing in his own country keeps his state where the sentence names a place
        (
            (
                "In Gabun haben Offiziere die Macht übernommen. Die Armee erklärte die Wahl für ungültig. "
                "In Paris rief Regierungssprecher Olivier Véran die Polizei auf, die Botschaft zu schützen."
            ),
            "2023-08-31",
            "die Polizei",
            "FRA",
        ),
        # a foreign speaker appeals to the body of the place he visits, not to his own state's
        (
            (
                "In Kenia haben Demonstranten das Parlament gestürmt. Präsident William Ruto sprach von "
                "Verrat. Bei einem Besuch in Nairobi drängte US-Außenminister Antony Blinken die Regierung, "
                "die Proteste friedlich zu beenden."
            ),
            "2024-06-30",
            "die Regierung",
            "KEN",
        ),
    ],
)
def test_a_place_before_an_appealed_body_says_whose_it_is(text, date, body, state):
    result = analyze(text, date=date, lang="de")
    assert entities_mentioned_as(result, body)[-1].country == state


def test_protesters_after_foreign_capitals_react_belong_to_the_country_of_the_protests():
    text = (
        "In Havanna gingen Tausende gegen die Regierung auf die Straße. Die Polizei nahm Dutzende "
        "Demonstranten fest. Mexiko bot Hilfe an, Moskau warnte vor Einmischung von außen. "
        "Brüssel verlangte die Freilassung friedlicher Demonstranten."
    )
    result = analyze(text, date="2021-07-15", lang="de")
    assert entities_mentioned_as(result, "Demonstranten")[-1].country == "CUB"


def test_states_owning_stormed_embassies_do_not_place_the_protesters():
    text = (
        "Im Osten Kongos rücken die Rebellen auf Goma vor. In Kinshasa wächst die Wut. "
        "Aufgebrachte Demonstranten stürmten die Botschaften Frankreichs, Belgiens und Ruandas."
    )
    result = analyze(text, date="2025-01-28", lang="de")
    protesters = entities_mentioned_as(result, "Aufgebrachte Demonstranten") or entities_mentioned_as(
        result, "Demonstranten"
    )
    assert protesters[-1].country == "COD"


def test_the_presidency_speaks_as_the_state_body():
    text = (
        "In Nigeria kam es erneut zu Unruhen. Die Präsidentschaft verurteilte die Gewalt gegen Demonstranten."
    )
    result = analyze(text, date="2024-08-02", lang="de")
    assert entities_mentioned_as(result, "Die Präsidentschaft")[0].actor_code == "NGAGOV"


def test_federal_police_in_an_article_about_the_united_states_is_american():
    text = (
        "Der Streit zwischen Apple und der US-Regierung spitzt sich zu. In den USA wächst die Kritik. "
        "Die Bundespolizei verlangt von Apple eine neue Software."
    )
    result = analyze(text, date="2016-03-01", lang="de")
    police = entities_mentioned_as(result, "Bundespolizei")
    assert police and police[0].actor_code == "USACOP"


def test_federal_police_stays_german_when_another_federation_is_named_once():
    text = "Die Bundespolizei nahm an der Grenze zu Österreich drei Schlepper fest."
    result = analyze(text, date="2016-03-01", lang="de")
    police = entities_mentioned_as(result, "Bundespolizei")
    assert police and police[0].actor_code == "DEUCOP"


def test_federal_police_in_an_austrian_article_is_austrian():
    text = (
        "Österreich verschärft die Kontrollen. Bundeskanzler Werner Faymann verteidigte die Pläne, "
        "Innenministerin Johanna Mikl-Leitner ebenso. Die Bundespolizei soll Grenzübergänge überwachen."
    )
    result = analyze(text, date="2016-03-01", lang="de")
    police = entities_mentioned_as(result, "Bundespolizei")
    assert police and police[0].actor_code == "AUTCOP"
