"""The `lagebild_quotes` component: direct and indirect quotations with cue and speaker.

Writes `doc.spans[QUOTE_SPANS]`, each span with `span._.quote = QuoteInfo(kind, cue, speaker)`.
`kind` is `direct` (words in quotation marks) or `indirect` (reported speech); `cue` is the speech
verb (a separated particle is not part of the span) or the source phrase ("laut", "zufolge", "nach
Angaben"), None when a quote continues the previous speaker's words; `speaker` is the named entity
(`doc.ents`) inside the speaker phrase, else the antecedent of the actor reference
(`ACTOR_REF_SPANS`, the actor stage) covering it, else the body an unnamed spokesperson speaks for,
else the phrase itself ("ein Diplomat"). `spokesperson` keeps the phrase of a spokesperson the text
does not name ("eine Sprecherin der Kommission") whose `speaker` is a body: the record names them by it.
German and English; the rules use the trained model's parse, lemmas and morphology when present.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from lagebild.pipeline.annotations import QUOTE_SPANS, QuoteInfo
from lagebild.pipeline.quotes.direct import direct_quotes
from lagebild.pipeline.quotes.found import FoundQuote
from lagebild.pipeline.quotes.indirect import indirect_quotes
from lagebild.pipeline.quotes.speakers import resolve_speaker, unnamed_spokesperson

LANGUAGES = {"de", "en"}


def find_quotes(doc: Doc) -> list[FoundQuote]:
    """The quotations in a segmented Doc, in text order, before speaker resolution."""
    lang = doc._.language or doc.lang_
    if lang not in LANGUAGES or not doc.has_annotation("SENT_START"):
        return []
    direct = direct_quotes(doc, lang)
    return sorted(direct + indirect_quotes(doc, lang, direct), key=lambda q: (q.span.start, q.span.end))


@Language.component("lagebild_quotes")
def annotate_quotes(doc: Doc) -> Doc:
    spans = []
    lang = doc._.language or doc.lang_
    for found in find_quotes(doc):
        span = found.span
        cue = found.cue.span() if found.cue is not None else found.cue_phrase
        speaker = resolve_speaker(found.speaker, lang)
        span._.quote = QuoteInfo(
            kind=found.kind,
            cue=cue,
            speaker=speaker,
            spokesperson=unnamed_spokesperson(found.speaker, speaker, lang),
        )
        spans.append(span)
    doc.spans[QUOTE_SPANS] = spans
    return doc
