"""State bodies and office holders named without their state: courts, regulators, the regime, the
opposition's politicians, a run of agencies of one state, the councils a junta or a transition rules by,
and a government spokesperson who is Germany's only by default."""

from __future__ import annotations

import pytest

from tests.entity_mentions import mentioned_entity
from tests.event_tuples import country_events


def _events(text: str) -> list[tuple]:
    """(CAMEO root, source state, target state) of every event, in order."""
    return [(code[:2], source, target) for code, source, target, _ in country_events(text, "2024-05-10")]


def test_a_court_without_its_state_is_the_court_of_the_story():
    text = (
        "In Bolivien ist der frühere Innenminister verhaftet worden. "
        "Ein Gericht ordnete drei Monate Untersuchungshaft gegen ihn an."
    )
    entity = mentioned_entity(text, words="Ein Gericht", date="2024-05-10")
    assert entity is not None and entity.country == "BOL"


def test_a_court_with_a_place_after_it_sits_there():
    text = "Die Regierung in Ankara schweigt. Ein Gericht in Tiflis hat gegen den Oppositionsführer Haftbefehl erlassen."
    entity = mentioned_entity(text, words="Gericht", date="2024-05-10")
    assert entity is not None and entity.country == "GEO"


def test_a_court_of_arbitration_is_no_states_court():
    text = "Kolumbien und Venezuela streiten um die Grenze. Das Schiedsgericht lehnte den Antrag ab."
    entity = mentioned_entity(text, words="Das Schiedsgericht", date="2024-05-10")
    assert entity is None or entity.country is None


def test_the_regime_of_a_story_on_one_state_is_that_states_government():
    text = (
        "In Kuba gingen Tausende auf die Straße. Die Regierung bestritt, dass Sicherheitskräfte geschossen hätten. "
        "Sollte das Regime die Gefangenen nicht freilassen, dürften Washington und Brüssel neue Sanktionen erwägen."
    )
    entity = mentioned_entity(text, words="das Regime", date="2024-05-10")
    assert entity is not None and entity.country == "CUB"


def test_the_junta_is_the_state_of_its_chief_not_of_the_foreign_minister_who_speaks_of_it():
    text = (
        "Thailand will mit Juntachef Min Aung Hlaing reden. "
        "Malaysias Außenminister sagte, die Junta habe den Friedensplan verletzt."
    )
    entity = mentioned_entity(text, words="die Junta", date="2024-05-10")
    assert entity is not None and entity.country == "MMR"


def test_a_regulator_after_the_states_customs_authority_is_the_same_states():
    text = (
        "China hat auf die neuen Zölle reagiert. "
        "Die Zollbehörde stoppte die Einfuhr von Sojabohnen aus den USA und aus Kanada. "
        "Die Marktaufsicht leitete zudem Ermittlungen gegen eine Tochter eines US-Konzerns ein."
    )
    entity = mentioned_entity(text, words="Die Marktaufsicht", date="2024-05-10")
    assert entity is not None and entity.country == "CHN"


def test_the_same_army_named_with_a_demonstrative():
    text = "In Myanmar hat die Armee Dörfer bombardiert. Vier Jahre zuvor hatte dieselbe Armee Hunderttausende vertrieben."
    entity = mentioned_entity(text, words="dieselbe Armee", date="2024-05-10")
    assert entity is not None and entity.country == "MMR"


def test_a_demonstrative_opening_the_sentence_points_back_as_well():
    text = "In Myanmar hat die Armee Dörfer bombardiert. Derselben Armee werfen Ermittler Massaker vor."
    entity = mentioned_entity(text, words="Derselben Armee", date="2024-05-10")
    assert entity is not None and entity.country == "MMR"


def test_opposition_politicians_are_of_the_state_they_oppose():
    text = (
        "In Serbien wächst der Widerstand gegen die geplante Mine. "
        "Oppositionspolitiker warfen Präsident Vučić vor, das Land zu verkaufen."
    )
    assert ("11", "SRB", "SRB") in _events(text)


def test_a_government_spokesperson_abroad_speaks_for_the_government_of_the_story():
    text = (
        "In Kuba sind Tausende gegen die Stromausfälle auf die Straße gegangen. "
        "Das Innenministerium zog Einheiten der Polizei zusammen. "
        "Ein Regierungssprecher bestritt, dass es Festnahmen gegeben habe."
    )
    entity = mentioned_entity(text, words="Regierungssprecher", date="2024-05-10")
    assert entity is not None and entity.country == "CUB"


def test_a_named_spokesperson_the_kb_lacks_takes_the_government_named_before():
    text = (
        "Die Militärregierung in Mali hat das Abkommen mit Frankreich gekündigt. "
        "Die Präsenz der Truppen sei illegal, sagte Regierungssprecher Abdoulaye Maïga."
    )
    entity = mentioned_entity(text, words="Abdoulaye Maïga", date="2024-05-10")
    assert entity is not None and entity.country == "MLI"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # a seat after the office: it sits there
        (
            "Indien hob den Sonderstatus Kaschmirs auf. Ein Regierungssprecher in Neu-Delhi kündigte Lockerungen an.",
            "IND",
        ),
        # a sentence right before opened by a place sets the scene; the government named before it (Beijing's
        # premier) is the other side
        (
            (
                "Peking hat neue Zölle verhängt. Ministerpräsident Li Qiang verteidigte den Schritt. "
                "In Tokio herrscht Schweigen. Ein Regierungssprecher wollte sich nicht äußern."
            ),
            "JPN",
        ),
    ],
)
def test_a_spokesperson_speaks_for_the_state_of_the_place_named_with_it(text, country):
    entity = mentioned_entity(text, words="Regierungssprecher", date="2024-05-10")
    assert entity is not None and entity.country == country


def test_the_spokesperson_stays_german_where_the_article_named_germany():
    text = "Die Bundesregierung ist besorgt über die Lage in Kuba. Ein Regierungssprecher kündigte Hilfe an."
    entity = mentioned_entity(text, words="Regierungssprecher", date="2024-05-10")
    assert entity is not None and entity.country == "DEU"


def test_the_german_spokesperson_named_as_german_stays_german():
    text = "Die Lage in Kuba ist angespannt. Der deutsche Regierungssprecher kündigte Hilfe an."
    entity = mentioned_entity(text, words="Der deutsche Regierungssprecher", date="2024-05-10")
    assert entity is not None and entity.country == "DEU"


@pytest.mark.parametrize(
    ("text", "words", "country"),
    [
        (
            "Die Afrikanische Union hat den Sudan ausgeschlossen. Bei dem Einsatz in Khartum waren mehr als "
            "hundert Menschen getötet worden. Der Militärrat bestreitet diese Zahl.",
            "Der Militärrat",
            "SDN",
        ),
        (
            "Der Sicherheitsrat stimmte der Mission in Haiti zu. Der Übergangsrat dankte den Vereinigten Staaten.",
            "Der Übergangsrat",
            "HTI",
        ),
    ],
)
def test_a_ruling_council_is_the_state_the_passage_is_about(text, words, country):
    entity = mentioned_entity(text, words=words, date="2024-05-10")
    assert entity is not None and entity.country == country
