"""German event coding through the whole pipeline: codes, actors, factuality, dates, clusters."""

import json
from pathlib import Path

import pytest

from lagebild import analyze
from lagebild.batch import ingest
from lagebild.ingest import read_inputs
from lagebild.store import open_store
from lagebild.store.queries import cluster_evidence, find_clusters

CORPUS = Path(__file__).resolve().parents[1] / "src" / "lagebild" / "samples" / "corpus-de.jsonl"


def events(text: str, date: str = "2022-04-05") -> list[tuple]:
    return [
        (e.code, e.source and e.source.country or e.source and e.source.actor_code,
         e.target and (e.target.country or e.target.actor_code), e.modality, e.date)
        for e in analyze(text, date=date, lang="de").events
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die EU verhängte am Montag Sanktionen gegen den Iran.", ("163", "IGOEUREEC", "IRN", "asserted", "2022-04-04")),
        ("Die EU wird Sanktionen gegen den Iran verhängen.", ("163", "IGOEUREEC", "IRN", "future", "2022-04-05")),
        ("Deutschland hat keine russischen Diplomaten ausgewiesen.", ("161", "DEU", "RUS", "negated", "2022-04-05")),
        ("Scholz telefonierte mit Putin.", ("041", "DEU", "RUS", "asserted", "2022-04-05")),
        ("Wenn Russland die Ukraine angreift, wird die NATO reagieren.", ("190", "RUS", "UKR", "hypothetical", "2022-04-05")),
        ("Polen fordert von Deutschland die Lieferung von Kampfpanzern.", ("1032", "POL", "DEU", "asserted", "2022-04-05")),
    ],
)  # fmt: skip
def test_codes_actors_factuality_and_date(text, expected):
    assert expected in events(text)


def test_a_denial_is_asserted_and_negates_what_it_denies():
    coded = events("Der Kreml bestritt, Truppen an der Grenze zusammengezogen zu haben.")
    assert ("016", "RUS", None, "asserted", "2022-04-05") in coded
    assert ("154", "RUS", None, "negated", "2022-04-05") in coded


def test_speculation_in_the_seed_article_asserts_nothing(seed_article):
    (item,) = read_inputs([seed_article])
    analysis = analyze(item.text, date=item.date)
    speculative = (
        "Möglich wären militärische Aktionen",
        "Wie könnte eine weitere Eskalation",
        "Gäbe es tatsächlich",
    )
    for event in analysis.events:
        if event.evidence.text.startswith(speculative):
            assert event.modality != "asserted", event
        assert not (event.root in ("17", "18", "19", "20") and event.modality == "asserted"), event
        assert not (event.code == "163" and event.modality == "asserted"), event
        assert item.text[event.evidence.start : event.evidence.end] in event.evidence.text
    coded = {(e.code, e.source.name, e.target and e.target.country or e.target and e.target.actor_code, e.modality)
             for e in analysis.events}  # fmt: skip
    assert ("051", "Alexander Tokowinin", "BEL", "asserted") in coded
    assert (
        "040",
        "Wladimir Putin",
        "USA",
        "asserted",
    ) in coded  # "Zu nennen wären das Genfer Gipfeltreffen mit Joe Biden"
    # "der Moskau-Besuch der US-Top-Diplomatin vom Außenministerium, Victoria Nuland": a nominal visit
    # whose destination is the first part of the compound and whose visitor follows in apposition
    assert ("042", "Victoria Nuland", "RUS", "asserted") in coded
    assert any(e.code == "042" and e.source.country == "USA" for e in analysis.events)
    assert any(
        code.startswith("02") and source == "Sergej Lawrow" and target == "IGOWSTNAT"
        for code, source, target, _ in coded
    )
    assert any(
        code.startswith("16") and target == "IGOWSTNAT" and modality == "asserted"
        for code, _, target, modality in coded
    )


def test_reports_of_the_same_expulsion_form_one_cluster(tmp_path):
    chosen = [line for line in CORPUS.read_text(encoding="utf-8").splitlines()
              if json.loads(line)["id"] in ("de-006", "de-008", "de-009")]  # fmt: skip
    feed = tmp_path / "expulsion.jsonl"
    feed.write_text("\n".join(chosen) + "\n", encoding="utf-8")
    store = open_store(f"sqlite:///{tmp_path / 'x.db'}")
    assert ingest(read_inputs([feed]), store).stored == 3
    (cluster,) = [
        c for c in find_clusters(store, actor="DEU", root="16") if c["code"] == "161" and c["target"] == "RUS"
    ]
    assert cluster["date"] == "2022-04-04"
    # de-009 reprints de-006 (an agency copy): three articles, two independent sources
    assert cluster["sources"] == 2
    reports = cluster_evidence(store, cluster["id"])
    assert {r["article_id"] for r in reports} == {"de-006", "de-008", "de-009"}
    assert {r["duplicate_of"] for r in reports if r["article_id"] == "de-009"} == {"de-006"}


def test_a_reaction_takes_its_target_from_the_event_before():
    coded = events("Die NATO warf Russland Spionage vor. Moskau protestierte scharf.")
    assert ("114", "RUS", "IGOWSTNAT", "asserted", "2022-04-05") in coded


def test_a_denial_or_rejected_criticism_is_aimed_only_at_an_accuser_the_sentence_names():
    assert ("016", "RUS", None, "asserted", "2022-04-05") in events(
        "Die NATO warf Russland Spionage vor. Moskau bestreitet das."
    )
    assert ("120", "ITA", None, "asserted", "2022-04-05") in events(
        "Paris kritisierte Rom scharf. Rom wies die Kritik zurück."
    )
    assert ("120", "ITA", "FRA", "asserted", "2022-04-05") in events(
        "Paris kritisierte Rom scharf. Rom wies die Kritik aus Paris zurück."
    )


def test_coordinated_parties_meet_each_other():
    coded = events("Am Abend waren Scholz und Macron zu einem Essen zusammengekommen.")
    assert ("040", "DEU", "FRA", "asserted", "2022-04-05") in coded
    assert ("040", "FRA", "DEU", "asserted", "2022-04-05") in coded


def test_the_announcer_of_an_expulsion_is_its_agent_not_the_expelled():
    coded = events("Frankreich gab die Ausweisung von zwölf russischen Diplomaten bekannt.")
    assert [c[:3] for c in coded] == [("161", "FRA", "RUS")]


def test_the_charge_of_an_accusation_is_no_event_of_its_own():
    coded = events("Die EU-Kommission warf Russland Erpressung vor.")
    assert [c[:3] for c in coded] == [("112", "IGOEUREEC", "RUS")]


def test_a_negated_intention_negates_the_act():
    coded = events("Lawrow sagte, Russland habe nicht die Absicht, Polen anzugreifen.")
    assert ("190", "RUS", "POL", "negated", "2022-04-05") in coded


def test_the_addressee_of_an_appeal_is_not_the_topic_in_a_prepositional_phrase():
    coded = events(
        "Bundeskanzler Olaf Scholz hat in Peking China zur Zurückhaltung im Streit um Taiwan aufgefordert."
    )
    assert [c[:3] for c in coded] == [("1056", "DEU", "CHN")]


def test_a_negative_pronoun_negates_the_event():
    assert ("130", "RUS", None, "negated", "2022-04-05") in events(
        "Russland bedrohe niemanden, sagte Lawrow."
    )
    assert ("130", "RUS", "UKR", "asserted", "2022-04-05") in events("Russland bedroht die Ukraine.")
