"""People named with a title in the text: an organisation's official the KB lacks keeps no state, a bare
family name after a title or a government finds the KB person, an envoy named after a body is not
its head, and a person the KB lacks is of the state a country adjective before the title names."""

from __future__ import annotations

import pytest

from lagebild import analyze
from lagebild.pipeline.actor_holders import title_sector
from tests.entity_mentions import entities_mentioned_as, mention_codes


def _entity(result, text: str):
    return entities_mentioned_as(result, text)[0]


def test_official_of_an_organisation_by_its_acronym_keeps_no_state():
    text = (
        "Peru hat seinen Botschafter aus Bolivien abberufen. Lima sprach von Einmischung. "
        "OAS-Generalsekretär Rodrigo Valdivia rief beide Seiten zur Mäßigung auf."
    )
    result = analyze(text, date="2024-05-06", lang="de")
    official = _entity(result, "Rodrigo Valdivia")
    assert official.country is None
    assert official.actor_code is None


def test_government_named_by_a_family_name_finds_the_kb_person():
    text = "Die Regierung Moon wies die Vorwürfe aus Tokio zurück."
    result = analyze(text, date="2019-09-02", lang="de")
    assert _entity(result, "Moon").country == "KOR"
    assert _entity(result, "Die Regierung").country == "KOR"


def test_title_before_a_family_name_finds_the_kb_person():
    result = analyze("Präsident Moon reiste am Dienstag nach Washington.", date="2019-09-02", lang="de")
    assert _entity(result, "Moon").actor_code == "KORGOV"


def test_an_envoy_named_after_a_junta_is_not_its_head():
    text = (
        "Die Militärregierung in Mali hat dem schwedischen Botschafter Lars Eklund die Akkreditierung entzogen. "
        "Zuvor hatte die Junta Eklund eine Frist von drei Tagen gesetzt."
    )
    result = analyze(text, date="2024-05-06", lang="de")
    juntas = [e for e in result.entities if any(m.text == "die Junta" for m in e.mentions)]
    assert juntas and juntas[0].country == "MLI"


# a chargée d'affaires the KB lacks, whose title the role nouns do not know either
CHARGEE_TEXT = (
    "Die spanische Geschäftsträgerin Cristina Borreguero hatte die mexikanische Botschafterin besucht. "
    "Borreguero sagte, der Besuch sei rein protokollarisch gewesen. Der Aktivist Miguel Ortega widersprach ihr."
)


@pytest.mark.parametrize(
    ("words", "country"),
    [
        ("Cristina Borreguero", "ESP"),
        ("Borreguero", "ESP"),  # the surname again
        ("Miguel Ortega", None),  # a title no adjective owns
    ],
)
def test_a_person_the_kb_lacks_is_of_the_state_the_adjective_before_the_title_names(words, country):
    assert _entity(analyze(CHARGEE_TEXT, date="2021-05-06", lang="de"), words).country == country


# the person named again: by the full name, by a surname that ends in "s" itself, in the genitive
RECURRING_TEXT = (
    "Die chilenische Geschäftsträgerin Ana Ramos traf am Montag den peruanischen Außenminister. "
    "Später sagte Ana Ramos, man sei sich einig. Ramos lobte die Gespräche."
)


@pytest.mark.parametrize("words", ["Ana Ramos", "Ramos"])
def test_a_titled_person_named_again_keeps_the_state_of_the_title(words):
    entities = entities_mentioned_as(analyze(RECURRING_TEXT, date="2021-05-06", lang="de"), words)
    assert entities and all(e.country == "CHL" for e in entities)


# named again by a surname the NER reads as no name, or by age, which a feminine title lets find her
@pytest.mark.parametrize("again", ["Griner", "Die 32-Jährige"])
def test_a_titled_national_named_again_is_the_target_of_the_arrest(again):
    text = (
        "Die amerikanische Basketballspielerin Brittney Griner ist frei. "
        f"{again} war im Februar in Moskau festgenommen worden."
    )
    arrests = [e for e in analyze(text, date="2022-12-08", lang="de").events if e.code == "173"]
    assert [(e.source.actor_code, e.target.actor_code, e.modality) for e in arrests] == [
        ("RUSCOP", "USACVL", "asserted")
    ]


# the title says in which capacity the person acts: an office of the state, its critic, a private person
@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        ("Der iranische General Ali Hosseini drohte Israel.", "Ali Hosseini", "IRNMIL"),
        ("Die belarussische Bloggerin Olga Petrowa wurde in Minsk festgenommen.", "Olga Petrowa", "BLROPP"),
        ("Der algerische Schriftsteller Karim Benali wurde verhaftet.", "Karim Benali", "DZACVL"),
        (CHARGEE_TEXT, "Cristina Borreguero", "ESPGOV"),
    ],
)
def test_a_titled_person_the_kb_lacks_acts_in_the_sector_the_title_names(text, words, code):
    assert mention_codes(text, "2021-05-06")[words] == code


@pytest.mark.parametrize(
    ("title", "sector"),
    [
        ("Sicherheitsberater", "GOV"),  # a role noun at the end of the compound
        ("Amtskollegin", "GOV"),
        ("Drohnenkommandeur", "MIL"),
        ("Aktivistin", "OPP"),  # a critic of the state, not the state
        ("Nobelpreisträgerin", "CVL"),  # no office
    ],
)
def test_title_sector(title, sector):
    assert title_sector(title) == sector


@pytest.mark.parametrize(
    ("title", "sector"),
    [
        ("Gewerkschaftschef", "LAB"),  # the first part names the body the holder leads
        ("Armeechef", "MIL"),
        ("Militärsprecherin", "MIL"),
        ("Rebellenführer", "REB"),
        ("Parteichefin", "PTY"),
        ("Konzernchef", "BUS"),
        ("Regierungssprecher", "GOV"),
        ("Militärgeheimdienstchef", "SPY"),  # the part next to the head names the body
        ("Armeeminister", "GOV"),  # a minister's first part is his portfolio
        ("Militärstaatsanwalt", "JUD"),  # a role outside the government keeps its sector
        ("Bandenführer", "CVL"),  # a leader of no body the first part names
        # an adviser's first part is his client: the state's own is served, a private one's consultant
        # is a civilian
        ("Regierungsberater", "GOV"),
        ("Militärberaterin", "MIL"),
        ("Unternehmensberater", "CVL"),
        ("Konzernberaterin", "CVL"),
        ("Parteiberater", "PTY"),  # a party is no private client: its adviser serves it
    ],
)
def test_a_chief_acts_in_the_sector_of_what_he_heads(title, sector):
    assert title_sector(title) == sector


def test_a_union_chief_a_country_adjective_introduces_is_labour():
    text = "Der russische Gewerkschaftschef Igor Petrow kritisierte die Regierung in Kiew."
    assert mention_codes(text, "2024-05-06")["Igor Petrow"] == "RUSLAB"


@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        # the ruling party of a one-party state is its government
        ("Der vietnamesische Parteiführer Tran Minh besuchte Laos.", "Tran Minh", "VNMGOV"),
        ("Die kubanische Parteisprecherin Ana Fernández kritisierte die USA.", "Ana Fernández", "CUBGOV"),
        ("Der nordkoreanische Parteisprecher Ri Chol Min warnte Seoul.", "Ri Chol Min", "PRKGOV"),
        # elsewhere a party's leader or spokesman is one party's
        ("Der polnische Parteisprecher Jan Nowicki kritisierte die Regierung.", "Jan Nowicki", "POLPTY"),
    ],
)
def test_a_party_title_in_a_one_party_state_is_the_government(text, words, code):
    assert mention_codes(text, "2024-05-06")[words] == code


def test_a_management_consultant_is_no_business_actor_of_his_state():
    text = "Der französische Unternehmensberater Jean Dupont kritisierte die Regierung von Togo."
    assert mention_codes(text, "2024-05-06")["Jean Dupont"] == "FRACVL"
