"""Actor resolution on real text through the real pipeline (`lagebild.analyze`)."""

from functools import partial
from pathlib import Path

import pytest

import lagebild
from lagebild.ingest.readers import read_inputs
from lagebild.pipeline import build_pipeline
from lagebild.pipeline.annotations import ACTOR_REF_SPANS
from tests.event_tuples import country_events

SEED = Path(__file__).resolve().parents[2] / "shared/seeds/seed-article-de.txt"


@pytest.fixture(scope="module")
def seed():
    article = next(read_inputs([SEED]))
    return lagebild.analyze(article.text, date=article.date, lang="de")


def _entity(analysis, mention_text):
    return next(e for e in analysis.entities if any(m.text == mention_text for m in e.mentions))


@pytest.mark.skipif(not SEED.is_file(), reason="the seed article lives in ../shared")
@pytest.mark.parametrize(
    ("mention", "kb_id", "country", "code", "role"),
    [
        ("Sergej Lawrow", "person:sergey-lavrov", "RUS", "RUSGOV", "foreign minister"),
        ("Wladimir Putin", "person:vladimir-putin", "RUS", "RUSGOV", "president"),
        ("Putins", "person:vladimir-putin", "RUS", "RUSGOV", "president"),
        ("Alexander Lukaschenko", "person:alexander-lukashenko", "BLR", "BLRGOV", "president"),
        ("Joe Biden", "person:joe-biden", "USA", "USAGOV", "president"),
        ("Victoria Nuland", "person:victoria-nuland", "USA", "USAGOV", "under secretary of state"),
        ("NATO", "igo:nato", None, "IGOWSTNAT", None),
        ("Allianz", "igo:nato", None, "IGOWSTNAT", None),
        ("Bündnis", "igo:nato", None, "IGOWSTNAT", None),
        ("SPD", "party:spd", "DEU", "DEUPTY", None),
        ("Gazprom", "company:gazprom", "RUS", "RUSBUS", None),
        ("Kreml", "government:RUS", "RUS", "RUSGOV", None),
        ("Kremls", "government:RUS", "RUS", "RUSGOV", None),
        ("Russland", "country:RUS", "RUS", "RUS", None),
        ("Belgien", "country:BEL", "BEL", "BEL", None),
        ("Ukraine", "country:UKR", "UKR", "UKR", None),
        ("Litauern", "country:LTU", "LTU", "LTU", None),
        ("Franzosen", "country:FRA", "FRA", "FRA", None),
    ],
)
def test_seed_actors(seed, mention, kb_id, country, code, role):
    entity = _entity(seed, mention)
    assert (entity.kb_id, entity.country, entity.actor_code) == (kb_id, country, code)
    if role:
        assert entity.role == role


@pytest.mark.skipif(not SEED.is_file(), reason="the seed article lives in ../shared")
def test_seed_moscow_as_government_and_tokovinin_as_document_actor(seed):
    moscow = [
        m for e in seed.entities if e.kb_id == "government:RUS" for m in e.mentions if m.text == "Moskau"
    ]
    assert len(moscow) == 3  # "zwischen Moskau und dem Bündnis", "trägt Moskau ...", "die Moskau ... nutzt"
    tokovinin = _entity(seed, "Alexander Tokowinin")
    assert (tokovinin.kb_id, tokovinin.country, tokovinin.actor_code, tokovinin.role) == (
        None, "RUS", "RUSGOV", "ambassador",
    )  # fmt: skip
    # "Brüssel" here is where the embassy is, not an actor
    assert not any(m.text == "Brüssel" for e in seed.entities if e.kb_id for m in e.mentions)


def _doc(text, date):
    nlp = build_pipeline("de")
    doc = nlp.make_doc(text)
    doc._.article_date = date
    doc._.language = "de"
    return nlp(doc)


def test_role_follows_the_article_date():
    text = "Olaf Scholz sprach in Berlin."
    before = lagebild.analyze(text, date="2021-10-01", lang="de").entities[0]
    after = lagebild.analyze(text, date="2022-04-05", lang="de").entities[0]
    assert (before.kb_id, before.role, before.actor_code) == (
        "person:olaf-scholz",
        "finance minister",
        "DEUGOV",
    )
    assert (after.kb_id, after.role, after.actor_code) == ("person:olaf-scholz", "chancellor", "DEUGOV")


def test_role_phrases_and_pronouns_point_to_their_antecedent():
    doc = _doc(
        "Außenministerin Annalena Baerbock traf Sergej Lawrow. Der Minister warf dem Westen Ignoranz vor. "
        "„Wir reden weiter“, sagte die Ministerin. Danach reiste sie ab.",
        "2022-01-18",
    )
    refs = {(r.text, r._.actor.kb_id, r._.antecedent.text) for r in doc.spans[ACTOR_REF_SPANS]}
    assert ("Der Minister", "person:sergey-lavrov", "Sergej Lawrow") in refs
    assert ("die Ministerin", "person:annalena-baerbock", "Annalena Baerbock") in refs
    assert ("sie", "person:annalena-baerbock", "Annalena Baerbock") in refs
    assert all(r._.antecedent in doc.ents for r in doc.spans[ACTOR_REF_SPANS])


def test_bare_office_resolves_to_the_incumbent_at_the_date():
    doc = _doc("Der russische Außenminister kritisierte die Allianz.", "2021-10-19")
    (ent,) = [e for e in doc.ents if e.label_ == "PER"]
    assert (ent.text, ent._.actor.kb_id, ent._.actor.role) == (
        "Der russische Außenminister",
        "person:sergey-lavrov",
        "foreign minister",
    )


def test_role_phrase_after_a_preposition_fused_with_its_article():
    # "vom", "beim", "zum" hold the definite article, as "von dem" does
    for text in (
        "Der Gast wurde vom russischen Außenminister empfangen.",
        "Der Gast war beim russischen Außenminister.",
        "Der Gast reiste zum russischen Außenminister.",
    ):
        doc = _doc(text, "2021-10-19")
        (ent,) = [e for e in doc.ents if e.label_ == "PER"]
        assert (ent.text, ent._.actor.kb_id) == ("russischen Außenminister", "person:sergey-lavrov")


def test_fused_article_lets_the_passive_agent_host_a_visit():
    found = country_events("Macron wurde vom saudischen Kronprinzen empfangen.", "2024-03-05")
    assert {("043", "SAU", "FRA", "asserted"), ("042", "FRA", "SAU", "asserted")} <= set(found)


def test_capital_after_a_locative_preposition_is_a_place_not_the_government():
    doc = _doc("Moskau wies die Vorwürfe zurück. Lawrow sprach in Moskau vor Journalisten.", "2022-01-18")
    linked = [
        (e.text, e.start_char, e._.actor.kb_id if e._.actor else None) for e in doc.ents if e.text == "Moskau"
    ]
    assert linked[0] == ("Moskau", 0, "government:RUS")
    assert all(kb is None for _, start, kb in linked if start > 0)


def test_demonyms_plural_is_the_state_singular_is_a_person():
    doc = _doc(
        "Die Polen verlegten Soldaten an die Grenze. Jens Stoltenberg sprach in Brüssel. Das bedauerte der Norweger.",
        "2021-11-16",
    )
    poles = next(e for e in doc.ents if e.text == "Polen")
    assert poles._.actor.kb_id == "country:POL"
    (norwegian,) = [r for r in doc.spans[ACTOR_REF_SPANS] if r.text == "der Norweger"]
    assert norwegian._.actor.kb_id == "person:jens-stoltenberg"


def test_english_names_metonyms_and_pronouns():
    analysis = lagebild.analyze(
        "Kremlin spokesman Dmitry Peskov said Moscow would respond. He gave no details.",
        date="2021-10-07",
        lang="en",
    )
    by_text = {m.text: e for e in analysis.entities for m in e.mentions}
    assert by_text["Dmitry Peskov"].kb_id == "person:dmitry-peskov"
    assert by_text["Kremlin"].actor_code == "RUSGOV"
    assert by_text["Moscow"].kb_id == "government:RUS"


def test_entities_from_an_upstream_ner_are_kept_relinked_or_replaced():
    """With a model's entities in doc.ents (here from spaCy's entity_ruler): an identical span keeps
    its label and gets the actor, a wrongly cut span gives way to the KB name, and a person the KB
    does not know becomes a document actor."""
    nlp = build_pipeline("de")
    ruler = nlp.add_pipe("entity_ruler", before="lagebild_actors", config={"overwrite_ents": True})
    ruler.add_patterns(
        [
            {"label": "PER", "pattern": "Lawrow"},
            {"label": "ORG", "pattern": [{"TEXT": "Sergej"}, {"TEXT": "Lawrow"}, {"TEXT": "verkündete"}]},
            {"label": "PER", "pattern": "Trapp"},
        ]
    )
    doc = nlp.make_doc("Sergej Lawrow verkündete den Schritt. Später sprach Lawrow mit Trapp.")
    doc._.article_date = "2021-10-19"
    doc._.language = "de"
    doc = nlp(doc)
    ents = {(e.text, e.label_): e._.actor for e in doc.ents}
    assert ents[("Sergej Lawrow", "PER")].kb_id == "person:sergey-lavrov"
    assert ents[("Lawrow", "PER")].kb_id == "person:sergey-lavrov"
    assert ("Sergej Lawrow verkündete", "ORG") not in ents
    assert ents[("Trapp", "PER")].kb_id is None and ents[("Trapp", "PER")].name == "Trapp"


def _actors(doc):
    """(text, kb_id or actor code) of every entity and reference that carries an actor."""
    spans = [*doc.ents, *doc.spans[ACTOR_REF_SPANS]]
    return {(s.text, s._.actor.kb_id or s._.actor.actor_code) for s in spans if s._.actor is not None}


def test_the_west_is_an_actor_only_as_a_political_side():
    doc = _doc(
        "Der Kreml warf dem Westen vor, die Ukraine zu bewaffnen. Der Westen reagierte mit Sanktionen. "
        "Peskow forderte die Staats- und Regierungschefs im Westen auf, sich zurückzuhalten. "
        "Im Westen der Ukraine schlugen Raketen ein. Viele Menschen flohen in den Westen.",
        "2022-04-05",
    )
    occurrences = [t.i for t in doc if t.text == "Westen"]
    linked = {e.start: e._.actor for e in doc.ents if e.text == "Westen" and e._.actor is not None}
    # the direction ("in den Westen") and the part of a country ("im Westen der Ukraine") are no actor
    assert sorted(linked) == occurrences[:3]
    assert {(a.kb_id, a.actor_code, a.country) for a in linked.values()} == {("region:west", "WST", None)}


def test_capital_after_a_relation_noun_a_participle_or_a_saying_is_the_government():
    doc = _doc(
        "Ganz abbrechen will die Bundesregierung den Kontakt nach Moskau nicht. "
        "Die Firmen sollten wie von Moskau verlangt in Rubel zahlen. "
        "Butscha liegt nordwestlich von Kiew. Der Flug nach Moskau fiel aus. "
        "In Moskau hieß es, man werde antworten. In Moskau regnete es.",
        "2022-04-28",
    )
    capitals = [
        (e.text, e._.actor.kb_id if e._.actor else None) for e in doc.ents if e.text in {"Moskau", "Kiew"}
    ]
    assert capitals == [
        ("Moskau", "government:RUS"),
        ("Moskau", "government:RUS"),
        ("Kiew", None),
        ("Moskau", None),
        ("Moskau", "government:RUS"),
        ("Moskau", None),
    ]


def test_possessives_point_to_the_state_of_the_person_or_state_before():
    doc = _doc(
        "Polens Regierungschef Mateusz Morawiecki sagte, sein Land werde sich nicht einschüchtern lassen. "
        "Baerbock traf Lawrow. Sie sagte, ihre Regierung stehe an der Seite der Ukraine. "
        "Russland zog seine Truppen zusammen. Er verkaufte sein Haus.",
        "2022-04-28",
    )
    actors = _actors(doc)
    assert {
        ("sein Land", "country:POL"),
        ("ihre Regierung", "government:DEU"),
        ("seine Truppen", "RUSMIL"),
    } <= actors
    assert not any(text == "sein Haus" for text, _ in actors)


def test_nationality_adjective_roles_and_demonyms_in_every_case():
    doc = _doc(
        "Scholz telefonierte mit dem polnischen Regierungschef. Die Haltung der Franzosen ist klar. "
        "Baerbock kritisierte den Kurs des russischen Außenministers. Jens Stoltenberg sprach. "
        "Das bedauerte der Norweger.",
        "2022-04-05",
    )
    actors = _actors(doc)
    assert ("dem polnischen Regierungschef", "person:mateusz-morawiecki") in actors
    assert ("Franzosen", "country:FRA") in actors  # genitive plural: the French
    assert ("des russischen Außenministers", "person:sergey-lavrov") in actors
    assert ("der Norweger", "person:jens-stoltenberg") in actors  # singular: a person


def test_named_spokesperson_after_a_role_apposition():
    doc = _doc(
        "Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, kündigte Gegenmaßnahmen an. "
        "Der Sprecher des polnischen Außenministeriums, Tomasz Wierzbicki, widersprach.",
        "2022-04-04",
    )
    by_text = {e.text: e._.actor for e in doc.ents if e._.actor is not None}
    assert by_text["Maria Sacharowa"].kb_id == "person:maria-zakharova"
    unknown = by_text["Tomasz Wierzbicki"]
    assert (unknown.kb_id, unknown.country, unknown.actor_code) == (None, "POL", "POLGOV")


def test_places_and_nouns_the_ner_takes_for_persons_are_no_actors():
    doc = _doc(
        "Am Grenzübergang Kuźnica setzten polnische Sicherheitskräfte Wasserwerfer ein. "
        "Baerbock lehnte Waffenlieferungen ab.",
        "2021-11-16",
    )
    persons = {e.text for e in doc.ents if e.label_ == "PER"}
    assert "Kuźnica" not in persons and "Waffenlieferungen" not in persons
    assert not any(e._.actor is not None for e in doc.ents if e.text in {"Kuźnica", "Waffenlieferungen"})


def test_a_definite_group_refers_back_to_the_agent_phrase_of_its_sector():
    doc = _doc(
        "Die Bundesregierung weist 40 Angehörige der russischen Botschaft aus. "
        "Außenministerin Annalena Baerbock erklärte die Diplomaten zu unerwünschten Personen. "
        "Russland zog Truppen zusammen. Die Soldaten bleiben dort.",
        "2022-04-04",
    )
    refs = {r.text: r for r in doc.spans[ACTOR_REF_SPANS]}
    assert refs["die Diplomaten"]._.actor.kb_id == "government:RUS"
    assert refs["die Diplomaten"]._.antecedent.text == "der russischen Botschaft"
    assert "Die Soldaten" not in refs  # no earlier military agent phrase to refer to


def test_english_short_names_demonyms_and_nationality_phrases():
    analysis = lagebild.analyze(
        "Britain and the U.S. condemned the raid. Kenyan police arrested two Somali nationals, and "
        "Turkish officials met Ukrainian fighters. The Afghans protested against an Iranian plan, "
        "the agency said from the Turkish resort city of Antalya.",
        date="2023-03-01",
        lang="en",
    )
    by_text = {m.text: e for e in analysis.entities for m in e.mentions}
    assert by_text["Britain"].kb_id == "country:GBR"
    assert by_text["U.S."].kb_id == "country:USA"
    assert by_text["Kenyan police"].actor_code == "KENCOP"
    assert by_text["Somali nationals"].actor_code == "SOMCVL"
    assert by_text["Turkish officials"].kb_id == "government:TUR"
    assert by_text["Ukrainian fighters"].country == "UKR"
    assert by_text["Afghans"].kb_id == "country:AFG"
    assert by_text["Iranian"].kb_id == "country:IRN"  # "an Iranian plan": the adjective stands for Iran
    assert "Turkish" not in by_text  # "the Turkish resort city": a place, not Turkey acting


def test_english_titles_before_a_surname_or_a_full_name():
    analysis = lagebild.analyze(
        "President Mugabe met Indian Foreign Minister Sunil Varma. Russian President Boris Yeltsin "
        "later phoned U.S. Secretary of State Warren Christopher.",
        date="1995-03-01",
        lang="en",
    )
    by_text = {m.text: e for e in analysis.entities for m in e.mentions}
    assert by_text["Mugabe"].kb_id == "person:robert-mugabe"
    assert by_text["Sunil Varma"].country == "IND"  # a person the KB lacks, with the title's country
    assert by_text["Boris Yeltsin"].country == "RUS"  # the sources give only his presidency's code
    assert "State Warren Christopher" not in by_text


def test_english_definite_groups_refer_to_the_agent_phrase_or_the_country_named_before():
    doc = build_pipeline("en")(
        "Sudanese rebels attacked an army base near the border. The government accused the rebels "
        "of breaking the truce. Later the president of Chad offered to mediate."
    )
    refs = {r.text: r._.actor for r in doc.spans[ACTOR_REF_SPANS]}
    assert refs["the rebels"].actor_code == "SDNREB"  # the agent phrase "Sudanese rebels"
    assert refs["The government"].actor_code == "SDNGOV"  # the state institution of the country named
    assert "the president" not in refs  # "of Chad" names its owner


def _mentions(text, date="2024-03-05"):
    analysis = lagebild.analyze(text, date=date, lang="de")
    return {m.text: e for e in analysis.entities for m in e.mentions}


def test_a_nationality_adjective_before_a_territory_noun_is_the_state():
    by_text = _mentions(
        "Nachts stießen Panzer auf weißrussisches Gebiet vor. Später schlugen Raketen auf "
        "litauischem Boden ein, und Kampfjets verletzten den finnischen Luftraum."
    )
    assert by_text["weißrussisches Gebiet"].kb_id == "country:BLR"
    assert by_text["litauischem Boden"].kb_id == "country:LTU"
    assert by_text["den finnischen Luftraum"].kb_id == "country:FIN"


def test_missions_and_officials_in_plural_and_oblique_forms_are_the_government_or_parliament():
    by_text = _mentions(
        "Die Regierung in Riga schloss beide kasachischen Konsulate und verhängte Einreiseverbote "
        "gegen armenische Regierungsvertreter, gegen kirgisische Abgeordnete und gegen die "
        "moldauische Handelsvertretung."
    )
    assert by_text["kasachischen Konsulate"].kb_id == "government:KAZ"
    assert by_text["armenische Regierungsvertreter"].kb_id == "government:ARM"
    assert by_text["kirgisische Abgeordnete"].actor_code == "KGZLEG"
    assert by_text["die moldauische Handelsvertretung"].kb_id == "government:MDA"


def test_compounds_with_a_state_or_igo_prefix_name_their_owner():
    by_text = _mentions(
        "Das US-Verteidigungsministerium bestätigte den Einsatz. Eine UN-Delegation reiste ab. "
        "Die US-Top-Diplomatin schwieg, ein Kreml-Sprecher widersprach, und der EU-Außenbeauftragte "
        "mahnte zur Ruhe."
    )
    assert by_text["US-Verteidigungsministerium"].kb_id == "government:USA"
    assert by_text["UN-Delegation"].kb_id == "igo:un"
    top_diplomat = by_text["Die US-Top-Diplomatin"]
    assert (top_diplomat.kb_id, top_diplomat.actor_code, top_diplomat.role) == (None, "USAGOV", "diplomat")
    assert by_text["Kreml-Sprecher"].kb_id == "person:dmitry-peskov"
    assert by_text["der EU-Außenbeauftragte"].kb_id == "person:josep-borrell"


def test_a_state_name_before_the_hyphen_is_the_topic_not_the_owner():
    by_text = _mentions("Der Iran-Gesandte der Briten traf den Ukraine-Beauftragten.")
    assert not any(text.startswith(("Der Iran", "den Ukraine", "Iran", "Ukraine")) for text in by_text)


def test_an_unnamed_kremlin_critic_is_the_opposition():
    critic = _mentions("Am Montag wurde ein Kremlkritiker in Sankt Petersburg verhaftet.")["Kremlkritiker"]
    assert (critic.country, critic.actor_code) == ("RUS", "RUSOPP")


def test_armed_and_paramilitary_organisations_with_their_cameo_codes():
    by_text = _mentions(
        "Die Revolutionsgarden drohten mit Vergeltung. Die Huthis beschossen ein Frachtschiff, "
        "die PKK erklärte eine Feuerpause, und die Hamas ließ zwei Geiseln frei."
    )
    assert by_text["Revolutionsgarden"].actor_code == "IRNMIL"
    assert by_text["Huthis"].actor_code == "YEMREB"
    assert by_text["PKK"].actor_code == "TURREB"
    assert by_text["Hamas"].actor_code == "PSEREB"


def test_territory_nouns_do_not_make_the_west_an_actor():
    # "das Militär im Westen" would be the West acting; "die Gebiete im Westen" are a direction
    assert "Westen" not in _mentions("Die Gebiete im Westen wurden nach dem Beschuss geräumt.")


def test_adjectives_of_states_the_country_list_lacks():
    by_text = _mentions("Jemenitische Truppen rückten vor, katarische Diplomaten vermittelten in Doha.")
    assert by_text["Jemenitische Truppen"].actor_code == "YEMMIL"
    assert by_text["katarische Diplomaten"].kb_id == "government:QAT"


def test_a_name_with_letters_the_kb_spells_in_ascii_is_linked():
    analysis = lagebild.analyze(
        "Polen hat den russischen Botschafter ausgewiesen. Außenminister Radosław Sikorski bestätigte den Schritt.",
        date="2024-05-08",
        lang="de",
    )
    sikorski = next(e for e in analysis.entities if "Sikorski" in e.name)
    assert (sikorski.kb_id, sikorski.actor_code) == ("person:radoslaw-sikorski", "POLGOV")


def _event_sources(text: str, date: str) -> list[tuple[str, str | None]]:
    analysis = lagebild.analyze(text, date=date, lang="de")
    return [(e.code, e.source.name) for e in analysis.events]


def test_a_bare_german_office_is_its_incumbent_at_the_article_date():
    assert _event_sources("Der Kanzler telefonierte mit Macron.", "2024-04-15") == [("041", "Olaf Scholz")]
    assert _event_sources("Der Kanzler telefonierte mit Macron.", "2020-04-15") == [("041", "Angela Merkel")]
    visit = "Der Bundespräsident besuchte Kiew."
    assert _event_sources(visit, "2024-04-15") == [("042", "Frank-Walter Steinmeier")]


def test_an_ambiguous_bare_role_without_antecedent_stays_unresolved():
    for text in ("Der Präsident lobte Polen.", "Die Ministerin reiste nach Kiew.", "Der Außenminister kam."):
        analysis = lagebild.analyze(text, date="2024-04-15", lang="de")
        assert not [e for e in analysis.entities if e.type == "PER"], text


def test_a_bare_role_refers_back_to_the_earlier_holder_of_that_role():
    text = "Wolodymyr Selenskyj besuchte Warschau. Der Präsident lobte Polen."
    assert ("051", "Wolodymyr Selenskyj") in _event_sources(text, "2024-04-15")
    text = "Außenministerin Annalena Baerbock traf Lawrow. Die Außenministerin reiste danach nach Kiew."
    sources = _event_sources(text, "2024-04-15")
    assert ("042", "Annalena Baerbock") in sources


def test_a_chancellor_named_in_the_text_wins_over_the_german_default():
    # Austrian news: "Bundeskanzler" without a country is the chancellor the article names
    text = "Bundeskanzler Karl Nehammer traf in Wien Selenskyj. Der Bundeskanzler kritisierte Russland."
    assert ("111", "Karl Nehammer") in _event_sources(text, "2023-05-01")
    austrian = lagebild.analyze(
        "Der österreichische Bundeskanzler Karl Nehammer kritisierte Russland.", date="2023-05-01", lang="de"
    )
    assert _entity(austrian, "Karl Nehammer").country == "AUT"


def test_a_vice_or_former_chancellor_is_not_the_incumbent():
    for text in ("Der Vizekanzler lobte Polen.", "Der Ex-Kanzler lobte Polen."):
        assert "Olaf Scholz" not in {
            e.name for e in lagebild.analyze(text, date="2024-04-15", lang="de").entities
        }


def test_a_foreign_president_is_not_the_bundespraesident():
    text = "Emmanuel Macron kam nach Berlin. Der Bundespräsident empfing ihn."
    analysis = lagebild.analyze(text, date="2024-04-15", lang="de")
    assert _entity(analysis, "Der Bundespräsident").name == "Frank-Walter Steinmeier"


def test_a_surname_that_is_a_common_noun_names_its_bearer_only_in_full():
    doc = _doc(
        "Kiew sprach von einem Schritt zu einem gerechten Frieden. Luc Frieden reiste danach nach Paris.",
        "2024-03-05",
    )
    actors = {e.text: e._.actor for e in doc.ents if e._.actor is not None}
    assert "Frieden" not in actors
    assert actors["Luc Frieden"].actor_code == "LUXGOV"


_country_events = partial(country_events, date="2024-03-01")


@pytest.mark.parametrize(
    "text",
    ["Der Iran drohte den Emiraten.", "Der Iran drohte den Vereinigten Arabischen Emiraten."],
)
def test_the_emirates_in_the_dative_are_the_united_arab_emirates(text):
    assert ("130", "IRN", "ARE", "asserted") in _country_events(text)


def test_nationality_epithet_reuses_the_documents_alias_matches(monkeypatch):
    """ "der Ukrainer" after "Wolodymyr Selenskyj": the epithet reads the alias matches the actor stage
    made, without matching the whole document a second time."""
    from lagebild.pipeline.actor_matching import AliasIndex

    calls = []
    match = AliasIndex.match
    monkeypatch.setattr(AliasIndex, "match", lambda self, doc: calls.append(doc) or match(self, doc))
    doc = _doc(
        "Die Ukrainer bereiten sich vor. Wolodymyr Selenskyj reiste nach Paris. "
        "Dort sprach der Ukrainer vor dem Parlament.",
        "2023-03-01",
    )
    (ukrainian,) = [r for r in doc.spans[ACTOR_REF_SPANS] if r.text == "der Ukrainer"]
    assert ukrainian._.actor.kb_id == "person:volodymyr-zelensky"
    assert next(e for e in doc.ents if e.text == "Ukrainer")._.actor.kb_id == "country:UKR"
    assert len(calls) == 1
