"""Bring your own model: any spaCy German pipeline (e.g. an installed de_core_news_lg) can replace the
shipped one; our stages then run on its annotations. Tested with a small pipeline built here."""

import spacy

from lagebild import analyze


def test_a_users_pipeline_replaces_the_shipped_model(tmp_path):
    own = spacy.blank("de")
    own.add_pipe("sentencizer")  # replaced by our segmenter
    ruler = own.add_pipe("entity_ruler")
    ruler.add_patterns(
        [{"label": "PERSON", "pattern": "Hugo Beispielmann"}, {"label": "GPE", "pattern": "Genf"}]
    )
    own.to_disk(tmp_path / "own_model")

    analysis = analyze(
        "Hugo Beispielmann reiste am Dienstag nach Genf. Dort traf er Sergej Lawrow.",
        date="2021-10-22",
        lang="de",
        model=str(tmp_path / "own_model"),
    )
    components = analysis.pipeline.components
    assert components[0] == "lagebild_segmenter" and "entity_ruler" in components
    assert "sentencizer" not in components and "lagebild_actors" in components
    assert [s.text for s in analysis.sentences] == [
        "Hugo Beispielmann reiste am Dienstag nach Genf.",
        "Dort traf er Sergej Lawrow.",
    ]
    by_name = {e.name: e for e in analysis.entities}
    assert by_name["Hugo Beispielmann"].type == "PER"  # the user's PERSON label, mapped to ours
    assert by_name["Genf"].type == "LOC" and by_name["Genf"].country == "CHE"
    assert by_name["Sergej Lawrow"].kb_id == "person:sergey-lavrov"  # our actor stage on top
    assert [t.value for t in analysis.timexes] == ["2021-10-19"]
