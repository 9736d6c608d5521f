"""The `lagebild_events` component: political events (CAMEO) with actors, date, place, factuality."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from lagebild.events.coder import code_events
from lagebild.events.english import code_english_events


@Language.component("lagebild_events")
def add_events(doc: Doc) -> Doc:
    doc._.events = code_events(doc) if doc.lang_ == "de" else code_english_events(doc)
    return doc
