"""The doc's text is joined once (segmentation.doc_text) for every component that reads it: a quote
that goes on after its speaker's is still theirs within the paragraph and nobody's after a blank line."""

from __future__ import annotations

import lagebild
from lagebild.pipeline import get_pipeline
from lagebild.pipeline.segmentation import doc_text

SPOKEN = "„Wir werden nicht nachgeben“, sagte Außenminister Lawrow am Montag in Moskau."
GOES_ON = "„Der Westen muss seine Politik ändern, bevor es zu spät ist.“"


def _speakers(text: str) -> dict[str, str | None]:
    quotes = lagebild.analyze(text, date="2024-05-10", lang="de").quotes
    return {q.text: q.speaker_name for q in quotes}


def test_doc_text_is_the_docs_text():
    doc = get_pipeline("de")(f"{SPOKEN}\n\n{GOES_ON}")
    assert doc_text(doc) == doc.text
    assert doc_text(doc) is doc_text(doc)


def test_quote_going_on_in_the_paragraph_keeps_its_speaker():
    speakers = _speakers(f"{SPOKEN} {GOES_ON}")
    assert speakers["Der Westen muss seine Politik ändern, bevor es zu spät ist."] == "Sergej Lawrow"


def test_quote_after_a_blank_line_is_not_the_previous_speakers():
    speakers = _speakers(f"{SPOKEN}\n\n{GOES_ON}")
    assert speakers.get("Der Westen muss seine Politik ändern, bevor es zu spät ist.") is None
