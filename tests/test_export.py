import csv
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from lagebild.analysis import content_hash
from lagebild.batch import ingest
from lagebild.cli import cli
from lagebild.export.actor_codes import actor_types
from lagebild.export.gdelt import COLUMNS as GDELT_COLUMNS
from lagebild.ingest import read_inputs
from lagebild.records import EventActor
from lagebild.store import open_store
from tests.factories import TEXT, expulsion_article

REPRINT_TEXT = TEXT.replace("am Dienstag", "am Dienstagmorgen")
BERLIN_GEONAMES = 2950159
SAMPLES_DE = Path(__file__).parents[1] / "src" / "lagebild" / "samples" / "corpus-de.jsonl"


def reprint():
    """A second outlet's report of the same expulsion, naming the minister and a geocoded Berlin."""
    analysis = expulsion_article("art-2", text=REPRINT_TEXT)
    entities = [
        e.model_copy(update={"feature": "city", "geonames": BERLIN_GEONAMES}) if e.name == "Berlin" else e
        for e in analysis.entities
    ]
    expel, close = analysis.events
    minister = EventActor(entity="e3", name="Annalena Baerbock", actor_code="DEUGOV", country="DEU")
    expel = expel.model_copy(update={"source": minister})
    return analysis.model_copy(update={"entities": entities, "events": [expel, close]})


@pytest.fixture
def filled_db(store, db_url) -> str:
    for analysis in (expulsion_article("art-1"), reprint()):
        assert store.add(analysis, content_hash(analysis.article.text))
    return db_url


def export(db_url: str, *args: str) -> str:
    result = CliRunner().invoke(cli, ["export", "--db", db_url, *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


ART2_ROW = {
    "event_id": "art-2:v1", "date": "2022-04-05", "code": "161", "root": "16",
    "label": "Reduce or break diplomatic relations", "plover": "SANCTION", "plover_mode": "withdraw",
    "goldstein": -4.0, "quad_class": 4, "modality": "asserted", "confidence": 0.9,
    "source_name": "Annalena Baerbock", "source_actor_code": "DEUGOV", "source_country": "DEU",
    "source_kb_id": "annalena-baerbock",
    "target_name": "Russland", "target_actor_code": "RUS", "target_country": "RUS", "target_kb_id": "RUS",
    "place_name": "Berlin", "place_country": "DEU", "place_feature": "city", "place_lat": 52.52,
    "place_lon": 13.405, "place_geonames": BERLIN_GEONAMES,
    "evidence": "Deutschland wies am Dienstagmorgen vier russische Diplomaten aus.",
    "evidence_sentence": 0, "evidence_start": 0, "evidence_end": 65,
    "cluster_id": "art-1:v1", "cluster_events": 2, "cluster_sources": 2, "cluster_articles": 2,
    "article_id": "art-2", "article_title": "Ausweisung", "article_date": "2022-04-05",
    "article_source": "Agentur Demo", "article_url": "https://example.org/art-2", "article_language": "de",
}  # fmt: skip


def test_jsonl_has_one_flat_record_per_asserted_event(filled_db):
    lines = export(filled_db, "--format", "jsonl").splitlines()
    records = [json.loads(line) for line in lines]
    assert [r["event_id"] for r in records] == ["art-1:v1", "art-2:v1"]
    assert records[1] == ART2_ROW
    assert records[0]["place_feature"] is None and records[0]["source_name"] == "Deutschland"


def test_hypothetical_events_only_when_asked(filled_db):
    asked = [
        json.loads(line)
        for line in export(filled_db, "--format", "jsonl", "--modality", "hypothetical").splitlines()
    ]
    assert [(r["event_id"], r["modality"], r["date"]) for r in asked] == [
        ("art-1:v2", "hypothetical", "2022-04"),
        ("art-2:v2", "hypothetical", "2022-04"),
    ]
    everything = export(filled_db, "--format", "jsonl", "--modality", "all").splitlines()
    assert len(everything) == 4


def test_filters_are_those_of_query_events(filled_db):
    def ids(*filters):
        return [
            json.loads(line)["event_id"]
            for line in export(filled_db, "--format", "jsonl", *filters).splitlines()
        ]

    assert ids("--actor", "DEUGOV") == ["art-2:v1"]
    assert ids("--dyad", "RUS,DEU") == ["art-1:v1", "art-2:v1"]
    assert ids("--dyad", "RUS,DEU", "--directed") == []
    assert ids("--code", "16", "--since", "2022-04-05", "--until", "2022-04-05") == ["art-1:v1", "art-2:v1"]
    assert ids("--quad", "1") == []
    assert ids("--root", "12", "--modality", "all") == ["art-1:v2", "art-2:v2"]


def test_csv_has_a_header_and_empty_cells_for_missing_values(filled_db):
    rows = list(csv.reader(io.StringIO(export(filled_db, "--format", "csv"))))
    header, first, second = rows
    assert header == list(ART2_ROW)
    assert dict(zip(header, second, strict=True)) == {
        key: "" if value is None else str(value) for key, value in ART2_ROW.items()
    }
    assert dict(zip(header, first, strict=True))["place_feature"] == ""


def test_parquet_is_typed_and_holds_the_same_rows(filled_db, tmp_path):
    out = tmp_path / "events.parquet"
    export(filled_db, "--format", "parquet", "--out", str(out))
    table = pq.read_table(out)
    types = {field.name: str(field.type) for field in table.schema}
    assert list(types) == list(ART2_ROW)
    assert (types["goldstein"], types["quad_class"], types["place_geonames"], types["code"]) == (
        "double", "int64", "int64", "string"
    )  # fmt: skip
    assert table.to_pylist()[1] == ART2_ROW


def test_parquet_needs_a_file(filled_db):
    result = CliRunner().invoke(cli, ["export", "--db", filled_db, "--format", "parquet"])
    assert result.exit_code == 2
    assert "parquet is a binary format: give a file with --out" in result.output


def test_gdelt_rows_have_61_columns_in_gdelt_order(filled_db, tmp_path):
    out = tmp_path / "events.gdelt"
    export(filled_db, "--format", "gdelt", "--out", str(out))
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2
    assert all(len(line.split("\t")) == 61 for line in lines)
    assert len(GDELT_COLUMNS) == 61
    assert GDELT_COLUMNS[:6] == (
        "GLOBALEVENTID",
        "SQLDATE",
        "MonthYear",
        "Year",
        "FractionDate",
        "Actor1Code",
    )
    assert GDELT_COLUMNS[25:35] == (
        "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
        "NumMentions", "NumSources", "NumArticles", "AvgTone",
    )  # fmt: skip
    assert GDELT_COLUMNS[51:] == (
        "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
        "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
        "DATEADDED", "SOURCEURL",
    )  # fmt: skip
    filled = {name: value for name, value in zip(GDELT_COLUMNS, lines[1].split("\t"), strict=True) if value}
    assert filled == {
        "GLOBALEVENTID": "4201348875674301", "SQLDATE": "20220405", "MonthYear": "202204", "Year": "2022",
        "FractionDate": "2022.2603",
        "Actor1Code": "DEUGOV", "Actor1Name": "Annalena Baerbock", "Actor1CountryCode": "DEU",
        "Actor1Type1Code": "GOV",
        "Actor2Code": "RUS", "Actor2Name": "Russland", "Actor2CountryCode": "RUS",
        "IsRootEvent": "1", "EventCode": "161", "EventBaseCode": "161", "EventRootCode": "16",
        "QuadClass": "4", "GoldsteinScale": "-4", "NumMentions": "2", "NumSources": "2", "NumArticles": "2",
        "ActionGeo_Type": "4", "ActionGeo_FullName": "Berlin", "ActionGeo_CountryCode": "GM",
        "ActionGeo_Lat": "52.5200", "ActionGeo_Long": "13.4050",
        "DATEADDED": "20220405000000", "SOURCEURL": "https://example.org/art-2",
    }  # fmt: skip
    first = dict(zip(GDELT_COLUMNS, lines[0].split("\t"), strict=True))
    # the same event id gives the same GDELT id in every export
    assert first["GLOBALEVENTID"] == "1413542688541263"
    assert (first["ActionGeo_Type"], first["ActionGeo_CountryCode"]) == ("", "GM")


def test_gdelt_leaves_the_day_empty_for_a_month_precise_event(filled_db):
    (line, _) = export(filled_db, "--format", "gdelt", "--modality", "hypothetical").splitlines()
    row = dict(zip(GDELT_COLUMNS, line.split("\t"), strict=True))
    assert (row["SQLDATE"], row["MonthYear"], row["Year"], row["FractionDate"]) == ("", "202204", "2022", "")
    assert (row["IsRootEvent"], row["NumMentions"], row["Actor2Code"]) == ("0", "1", "")


def test_plover_records(filled_db):
    records = [json.loads(line) for line in export(filled_db, "--format", "plover").splitlines()]
    assert records[1] == {
        "id": "art-2:v1",
        "date": "2022-04-05",
        "actor": [{"code": "DEU", "sector": "GOV", "secondary_sectors": [], "entity_text": "Annalena Baerbock",
                   "identifier_id": "annalena-baerbock", "identifier_text": "Annalena Baerbock",
                   "cameo_code": "DEUGOV"}],
        "recipient": [{"code": "RUS", "sector": None, "secondary_sectors": [], "entity_text": "Russland",
                       "identifier_id": "RUS", "identifier_text": "Russland", "cameo_code": "RUS"}],
        "event": ["SANCTION"],
        "mode": ["withdraw"],
        "event_loc": {"resolved_place": "Berlin", "geonameid": BERLIN_GEONAMES, "lat": 52.52, "lon": 13.405,
                      "country_code": "DEU", "resolution": 4, "feature": "city"},
        "event_text": ["Deutschland wies am Dienstagmorgen vier russische Diplomaten aus."],
        "text_info": {"sequence": 0, "start": 0, "end": 65},
        "quad_code": 4,
        "event_scale": -4.0,
        "cite_info": {"citation": "art-2", "url": "https://example.org/art-2", "title": "Ausweisung",
                      "date": "2022-04-05", "language": "de", "publication": "Agentur Demo",
                      "codebook": "CAMEO, mapped to PLOVER by the CAMEO2PLOVER table of 2021"},
        "coder": "lagebild 0.1.0",
        "cameo": {"code": "161", "label": "Reduce or break diplomatic relations", "goldstein": -4.0},
        "factuality": "asserted",
        "confidence": 0.9,
        "num_sources": 2,
    }  # fmt: skip
    assert records[0]["event_loc"]["resolution"] is None


def test_actor_types_are_the_cameo_role_codes_in_the_actor_code():
    assert actor_types("DEUGOV") == ["GOV"]
    assert actor_types("RUSMILSPY") == ["MIL", "SPY"]
    assert actor_types("IGOWSTNAT") == ["IGO"]
    assert actor_types("RUS") == []
    assert actor_types(None) == []


def test_export_of_pipeline_output_from_sample_articles(tmp_path):
    """Articles from our sample corpus through the real pipeline: every format agrees on the events."""
    db_url = f"sqlite:///{tmp_path / 'samples.db'}"
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(
        "".join(SAMPLES_DE.read_text(encoding="utf-8").splitlines(keepends=True)[:4]), encoding="utf-8"
    )
    report = ingest(read_inputs([corpus]), open_store(db_url))
    assert (report.stored, report.errors) == (4, [])

    rows = [json.loads(line) for line in export(db_url, "--format", "jsonl").splitlines()]
    gdelt = export(db_url, "--format", "gdelt").splitlines()
    plover = [json.loads(line) for line in export(db_url, "--format", "plover").splitlines()]

    assert len(rows) >= 5
    assert {r["modality"] for r in rows} == {"asserted"}
    assert len(gdelt) == len(rows)
    assert all(len(line.split("\t")) == 61 for line in gdelt)
    gdelt_rows = [dict(zip(GDELT_COLUMNS, line.split("\t"), strict=True)) for line in gdelt]
    assert len({g["GLOBALEVENTID"] for g in gdelt_rows}) == len(rows)
    assert [g["EventCode"] for g in gdelt_rows] == [r["code"] for r in rows]
    assert [p["id"] for p in plover] == [r["event_id"] for r in rows if r["plover"]]
    assert all(
        p["event"] == [r["plover"]] for p, r in zip(plover, [r for r in rows if r["plover"]], strict=True)
    )
