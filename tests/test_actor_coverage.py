"""Actor rules and KB coverage for unseen news: office holders of 2019-2025, collective and
metonymic actors, and role phrases, on our own sentences through `lagebild.analyze`."""

import pytest

from lagebild.pipeline import get_pipeline
from lagebild.pipeline.annotations import ACTOR_REF_SPANS
from tests.entity_mentions import mention_actors


@pytest.mark.parametrize(
    ("text", "date", "mention", "country", "code"),
    [
        # office holders the source dictionaries (ending around 2014) do not know
        ("Orbán blockierte den Beschluss.", "2023-12-15", "Orbán", "HUN", "HUNGOV"),
        ("Netanjahu kündigte eine Antwort an.", "2024-04-15", "Netanjahu", "ISR", "ISRGOV"),
        ("Außenminister Abbas Araghtschi warnte.", "2024-10-27", "Abbas Araghtschi", "IRN", "IRNGOV"),
        ("Karl Nehammer reiste nach Kiew.", "2022-04-09", "Karl Nehammer", "AUT", "AUTGOV"),
        ("Generalstabschef Waleri Gerassimow schwieg.", "2024-08-10", "Waleri Gerassimow", "RUS", "RUSMIL"),
        ("Maia Sandu dankte der EU.", "2023-12-15", "Maia Sandu", "MDA", "MDAGOV"),
        # the office held at the article's date wins over nationality: the EU's, NATO's
        ("Charles Michel sprach von Hoffnung.", "2023-12-15", "Charles Michel", None, "IGOEUREEC"),
        ("Kaja Kallas verurteilte den Angriff.", "2025-02-01", "Kaja Kallas", None, "IGOEUREEC"),
        ("Mark Rutte besuchte Kiew.", "2024-10-03", "Mark Rutte", None, "IGOWSTNAT"),
        ("Mark Rutte besuchte Kiew.", "2023-08-01", "Mark Rutte", "NLD", "NLDGOV"),
    ],
)
def test_office_holders_of_recent_years(text, date, mention, country, code):
    found_country, found_code = mention_actors(text, date)[mention]
    assert found_code == code
    assert country is None or found_country == country


@pytest.mark.parametrize(
    ("text", "date", "mention", "code"),
    [
        # a bare office is its holder at the date: the Hungarian prime minister, the US secretary of state
        ("Der ungarische Ministerpräsident legte ein Veto ein.", "2024-02-01", "Der ungarische Ministerpräsident", "HUNGOV"),
        ("Der US-Außenminister reiste nach Riad.", "2024-02-05", "Der US-Außenminister", "USAGOV"),
        ("Der iranische Präsident drohte mit Vergeltung.", "2024-10-01", "Der iranische Präsident", "IRNGOV"),
        # a genitive state name owns the role of an unknown person
        ("Kirgistans Außenminister Talant Bekow sagte ab.", "2024-05-01", "Talant Bekow", "KGZGOV"),
        # the possessive points to the person before: his adviser is Ukrainian
        ("Selenskyj sprach in Kiew. Sein Berater Ilja Marenko bestätigte das.", "2024-05-01", "Ilja Marenko", "UKRGOV"),
        # an adjective before an IGO compound: the state's own mission to the UN
        ("Die syrische UN-Vertretung wies das zurück.", "2024-05-01", "Die syrische UN-Vertretung", "SYRGOV"),
        # an institution of the state seated in its capital; a compound's head noun
        ("Ein Militärgericht in Minsk verurteilte den Blogger.", "2024-05-01", "Minsk", "BLRGOV"),
        ("Das Regime in Damaskus ließ die Gefangenen frei.", "2023-05-01", "Damaskus", "SYRGOV"),
        ("Aus Ankara kam scharfe Kritik an dem Plan.", "2024-05-01", "Ankara", "TURGOV"),
        ("Das ägyptische Ermittlungskomitee nahm die Arbeit auf.", "2024-05-01", "Das ägyptische Ermittlungskomitee", "EGYJUD"),
        # states of the West as one side
        ("Moskau warf westlichen Staaten Einmischung vor.", "2024-05-01", "westlichen Staaten", "WST"),
        ("Peking kritisierte die westlichen Partner Taiwans.", "2024-05-01", "die westlichen Partner", "WST"),
        # ... also through their agents and office holders, as after a country adjective
        ("Ein westlicher Diplomat warnte vor Eile.", "2024-05-01", "westlicher Diplomat", "WST"),
        ("Peking warf westlichen Politikern Heuchelei vor.", "2024-05-01", "westlichen Politikern", "WST"),
        ("Westliche Ermittler sprachen von Sabotage.", "2024-05-01", "Westliche Ermittler", "WST"),
    ],
)  # fmt: skip
def test_role_phrases_and_collective_actors(text, date, mention, code):
    assert mention_actors(text, date)[mention][1] == code


def test_an_embassy_or_envoy_in_a_capital_is_posted_there():
    """'die Botschaft in Berlin' is a foreign mission: Berlin is the place, not the German government."""
    mentions = mention_actors(
        "Die Botschaft in Berlin bleibt geöffnet. Der Botschafter in Rom reiste ab.", "2024-05-01"
    )
    assert mentions.get("Berlin", (None, None))[1] is None
    assert mentions.get("Rom", (None, None))[1] is None


def test_an_igo_s_collective_nouns_once_the_document_names_it():
    """'die Kommission', 'die Staats- und Regierungschefs', 'den Europäern' are the EU in an EU story."""
    mentions = mention_actors(
        "Die EU beriet über den Beitritt. Die Kommission legte einen Bericht vor. Die Staats- und "
        "Regierungschefs stimmten zu. Der moldauische Präsident dankte den Europäern.",
        "2023-12-15",
    )
    assert mentions["Kommission"][1] == "IGOEUREEC"
    assert mentions["Staats- und Regierungschefs"][1] == "IGOEUREEC"
    assert mentions["Europäern"][1] == "IGOEUREEC"


def test_the_leaders_of_a_named_summit_are_that_organisation():
    mentions = mention_actors(
        "Die EU und die NATO berieten. Die Staats- und Regierungschefs der G7 verurteilten den Angriff.",
        "2024-04-14",
    )
    assert mentions["Staats- und Regierungschefs"][1] == "IGOGOS"


def test_a_role_with_a_country_is_no_earlier_envoy_of_another():
    """'den iranischen Botschafter' after Berlin's own envoy is Iran's envoy, not the German one."""
    mentions = mention_actors(
        "Berlin rief seinen Botschafter Peter Hollmann zurück. Die Opposition forderte, den iranischen "
        "Botschafter auszuweisen.",
        "2024-10-30",
    )
    assert mentions["Peter Hollmann"][0] == "DEU"
    assert mentions["den iranischen Botschafter"][0] == "IRN"


def test_a_words_between_a_role_and_a_capitalised_phrase_name_no_one():
    """'den Kanzler in der Großen Halle': the hall is no person holding the role."""
    mentions = mention_actors("Xi Jinping empfing den Kanzler in der Großen Halle des Volkes.", "2022-11-04")
    assert mentions.get("Großen Halle", (None, None))[1] is None


def test_a_pronoun_prefers_the_subject_of_the_sentence_before():
    """'..., wo er mit Präsident Emmanuel Macron sprach. Er warf ...': the traveller speaks on."""
    refs = _refs(
        "Am Abend reiste Selenskyj nach Paris weiter, wo er mit Präsident Emmanuel Macron ein Abkommen "
        "unterzeichnete. Er warf den westlichen Partnern Zögern vor.",
        "2024-02-16",
    )
    assert refs["Er"].country == "UKR"


def test_a_states_institutions_named_without_the_state():
    """'die Polizei', 'des Innenministeriums' in a story located in a capital are that state's."""
    mentions = mention_actors(
        "Armenien erlebt neue Proteste. In Jerewan hat die Polizei Tränengas eingesetzt. Nach Angaben "
        "des Innenministeriums gab es Festnahmen.",
        "2024-06-13",
    )
    assert mentions["die Polizei"] == ("ARM", "ARMCOP")
    assert mentions["des Innenministeriums"] == ("ARM", "ARMGOV")


def test_an_institution_with_its_owner_after_it_is_not_read_from_the_context():
    mentions = mention_actors("Scholz reiste ab. Die Armee Russlands rückte vor.", "2024-06-13")
    assert "Die Armee" not in mentions


def test_a_party_prefix_makes_a_politician_his_states_actor():
    mentions = mention_actors(
        "SPD-Außenpolitiker Jens Weber forderte Sanktionen gegen Teheran.", "2024-10-30"
    )
    assert mentions["Jens Weber"] == ("DEU", "DEUGOV")


def _refs(text: str, date: str) -> dict:
    nlp = get_pipeline("de")
    doc = nlp.make_doc(text)
    doc._.article_date, doc._.language = date, "de"
    return {r.text: r._.actor for r in nlp(doc).spans[ACTOR_REF_SPANS]}


def test_a_missions_building_visited_or_stood_at_is_a_place():
    mentions = mention_actors(
        "Die Ministerin besuchte die kubanische Botschaft. Vor der kubanischen Botschaft protestierten "
        "Exilanten. Die kubanische Botschaft wies die Vorwürfe zurück.",
        "2024-05-01",
    )
    assert "die kubanische Botschaft" not in mentions
    assert "der kubanischen Botschaft" not in mentions
    assert mentions["Die kubanische Botschaft"] == ("CUB", "CUBGOV")


def test_brussels_is_the_eu_when_the_text_names_neither_eu_nor_nato():
    assert mention_actors("Brüssel kündigte neue Zölle an.", "2024-05-01")["Brüssel"][1] == "IGOEUREEC"


def test_an_organisations_command_is_the_organisation():
    mentions = mention_actors("Die Hilfe soll ein neues NATO-Kommando koordinieren.", "2024-07-11")
    assert mentions["NATO-Kommando"][1] == "IGOWSTNAT"
