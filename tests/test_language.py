import pytest

from lagebild import analyze
from lagebild.pipeline.language import detect_language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der russische Außenminister schlug vor, dass sich die Allianz an die Botschaft wende.", "de"),
        ("The Russian foreign minister suggested that the alliance contact the embassy.", "en"),
        ("Le ministre russe des affaires étrangères a proposé une rencontre.", "other"),
        ("Министр иностранных дел России предложил встречу.", "other"),
        ("12345 67 89", "other"),
    ],
)
def test_detect_language(text, expected):
    assert detect_language(text) == expected


def test_analysis_records_language_and_stays_empty_for_other_languages():
    analysis = analyze("El ministro ruso propuso una reunión con la alianza en Bruselas.")
    assert analysis.article.language == "other"
    assert analysis.pipeline.name == "lagebild-other"
    assert analysis.entities == [] and analysis.events == []
    assert len(analysis.sentences) == 1
