import json

import jsonschema
import pytest
from pydantic import ValidationError

from lagebild import analyze
from lagebild.records import Analysis, Article, json_schema, shipped_json_schema


def test_shipped_schema_is_generated_from_the_record_model():
    assert shipped_json_schema() == json_schema(), (
        "run: lagebild schema > src/lagebild/schema/lagebild-1.schema.json"
    )


def test_analysis_output_validates_against_the_shipped_schema(seed_article):
    text = seed_article.read_text(encoding="utf-8").split(" ", 3)[-1]
    output = json.loads(analyze(text, date="2021-10").to_json())
    jsonschema.validate(output, shipped_json_schema())
    assert output["schema"] == "lagebild/1"


def test_schema_rejects_an_invalid_record():
    record = json.loads(analyze("Die NATO tagte.", date="2021-10-19").to_json())
    record["article"]["date"] = "19.10.2021"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(record, shipped_json_schema())
    record["article"]["date"] = "2021-10-19"
    record["surprise"] = 1
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(record, shipped_json_schema())


def test_record_model_rejects_a_bad_date():
    with pytest.raises(ValidationError):
        Article(id="a", date="October 2021", language="de", text="x")


def test_json_round_trip():
    analysis = analyze("Die NATO tagte. Danach reiste sie ab.", date="2021-10")
    assert Analysis.model_validate_json(analysis.to_json()) == analysis
