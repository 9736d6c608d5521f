"""People named with a title in the text: office holders the KB lacks take the state their passage is
about (the topic of a sentence before, else the article's dominant state, else the state the sentences
before name most), an organisation's official keeps no state, a bare family name after a title or a
government finds the KB person, and an envoy named after a body is not its head."""

from __future__ import annotations

from lagebild import analyze
from tests.entity_mentions import entities_mentioned_as


def _entity(result, text: str):
    return entities_mentioned_as(result, text)[0]


def test_holder_takes_the_state_the_sentence_before_is_about():
    text = (
        "Paraguay verlässt das regionale Handelsbündnis. "
        "Handelsminister Tomás Ferreyra begründete den Schritt am Montag mit hohen Zöllen."
    )
    result = analyze(text, date="2024-05-06", lang="de")
    assert _entity(result, "Tomás Ferreyra").country == "PRY"


def test_holder_takes_the_dominant_state_over_a_neighbour_named_in_passing():
    text = (
        "Moldau will bis 2030 der EU beitreten. Die Regierung in Chisinau verabschiedete dazu ein Gesetz. "
        "Die Reform, wie Bukarest sie seit Jahren empfehle, sei überfällig, sagte ein Abgeordneter. "
        "Vor dem Parlament demonstrierten am Abend Hunderte Menschen gegen die Pläne. "
        "Innenministerin Ilinca Moraru kündigte an, die Proteste zu dulden."
    )
    result = analyze(text, date="2024-05-06", lang="de")
    assert _entity(result, "Ilinca Moraru").country == "MDA"


def test_holder_takes_the_state_the_sentences_before_name_most():
    text = (
        "Im Streit um Fischereirechte hat Island zwei Trawler festgesetzt. "
        "Die isländische Küstenwache brachte die Schiffe nach Reykjavik, wie auch Oslo bestätigte. "
        "Fischereiminister Gunnar Sveinsson sagte, man werde keine Verstöße dulden."
    )
    result = analyze(text, date="2024-05-06", lang="de")
    assert _entity(result, "Gunnar Sveinsson").country == "ISL"


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
