"""Paragraph breaks and other whitespace tokens stay out of the dependency parse.

Without the `lagebild_whitespace_parse` step the trained parser made the paragraph break after the
accusation below the sentence's root and hung "warf" on it as a modifier.
"""

import spacy

from lagebild import analyze
from lagebild.pipeline import get_pipeline, packaged_model
from lagebild.pipeline.segmentation import sentence_starts

ACCUSATION = "Polens Regierung warf Belarus vor, Migranten gezielt an die Grenze zu bringen."
FOLLOW_UP = "Beobachter rechnen mit einer weiteren Verschärfung des Streits."
BROKEN_BY_PARAGRAPHS = f"{ACCUSATION}\n\n{FOLLOW_UP}"


def _assert_whitespace_is_leaf_of_real_root(doc):
    for sent in doc.sents:
        if all(token.is_space for token in sent):
            continue
        assert not sent.root.is_space, sent.text
        for token in sent:
            if token.is_space:
                assert not list(token.children) and token.head == sent.root and token.dep_ == "punct"


def test_the_verb_before_a_paragraph_break_is_the_root():
    doc = get_pipeline("de")(BROKEN_BY_PARAGRAPHS)
    first = next(doc.sents)
    assert first.root.text == "warf"
    # "Belarus" is the dative of "vorwerfen" (obl:arg in the GSD conventions)
    assert {(child.text, child.dep_) for child in first.root.children} >= {
        ("Regierung", "nsubj"),
        ("Belarus", "obl:arg"),
    }
    _assert_whitespace_is_leaf_of_real_root(doc)


def test_sentence_boundaries_stay_where_the_segmenter_put_them():
    text = (
        "\n\nZwischenfall an der Grenze\n\n"
        "Polens Regierung  warf Belarus vor,\nMigranten gezielt an die Grenze zu bringen.\n\n"
        "Moskau wies die Vorwürfe zurück. \n\nBeobachter rechnen mit einer weiteren Verschärfung.\n\n"
    )
    doc = get_pipeline("de")(text)
    starts = [token.is_sent_start for token in doc]
    assert starts == sentence_starts(doc)
    assert [sent.text.strip() for sent in doc.sents][:3] == [
        "",
        "Zwischenfall an der Grenze",
        "Polens Regierung  warf Belarus vor,\nMigranten gezielt an die Grenze zu bringen.",
    ]
    _assert_whitespace_is_leaf_of_real_root(doc)


def test_an_event_before_a_paragraph_break_keeps_its_actors_and_offsets():
    alone = analyze(ACCUSATION, date="2024-03-04", lang="de")
    broken = analyze(BROKEN_BY_PARAGRAPHS, date="2024-03-04", lang="de")
    (event,) = [e for e in broken.events if e.evidence.sentence == 0]
    assert (event.root, event.source.country, event.target.country) == ("11", "POL", "BLR")
    assert event.modality == "asserted"
    assert event.evidence.text == ACCUSATION
    (same,) = alone.events
    assert (event.code, event.evidence.start, event.evidence.end) == (
        same.code,
        same.evidence.start,
        same.evidence.end,
    )
    assert BROKEN_BY_PARAGRAPHS[event.evidence.start : event.evidence.end] in ACCUSATION


def test_an_event_after_a_heading_has_offsets_into_the_article():
    heading = "Streit um Migranten\n\n"
    analysis = analyze(heading + BROKEN_BY_PARAGRAPHS, date="2024-03-04", lang="de")
    alone = analyze(ACCUSATION, date="2024-03-04", lang="de")
    (event,) = [e for e in analysis.events if e.evidence.text == ACCUSATION]
    (same,) = alone.events
    assert (event.root, event.source.country, event.target.country) == ("11", "POL", "BLR")
    assert (event.evidence.start, event.evidence.end) == (
        same.evidence.start + len(heading),
        same.evidence.end + len(heading),
    )


def test_a_users_pipeline_with_our_components_gets_the_same_repair():
    nlp = spacy.load(packaged_model("de"))
    nlp.add_pipe("lagebild_segmenter", first=True)
    nlp.add_pipe("lagebild_whitespace_parse", after="parser")
    doc = nlp(BROKEN_BY_PARAGRAPHS)
    assert next(doc.sents).root.text == "warf"
    _assert_whitespace_is_leaf_of_real_root(doc)


def test_without_a_parser_the_step_leaves_the_doc_alone():
    nlp = spacy.blank("de")
    nlp.add_pipe("lagebild_segmenter")
    nlp.add_pipe("lagebild_whitespace_parse")
    doc = nlp(BROKEN_BY_PARAGRAPHS)
    assert [sent.text for sent in doc.sents] == [f"{ACCUSATION}\n\n", FOLLOW_UP]
    assert not doc.has_annotation("DEP")
