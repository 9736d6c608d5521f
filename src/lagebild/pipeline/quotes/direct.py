"""Direct quotes: the outermost pairs of quotation marks that render someone's words.

A pair is a quotation when a speech cue attributes it:
- after it: „…“, sagte Lawrow / “…,” Kuleba told reporters / "…", said a diplomat;
- before it, with a colon: Er fügte hinzu: „…“;
- or, for a fragment embedded in a sentence, a cue earlier in that sentence ("lobte der Diplomat
  Belgien als ein Land, das … „keine Probleme verursacht.“"). Fragments of one or two words count
  only when the cue stands right before them ("sprach von einem „unbegründeten Schritt“");
  otherwise they are scare quotes or titles ("schwach", die "guten" Franzosen) and are skipped.
A pair without a cue of its own continues the previous quote's speaker when it follows that quote
in the same paragraph and reads as a sentence. A split quote („A“, sagte Baerbock, „B“) becomes two
quotes that share cue and speaker (the record model has one contiguous span per quote). Nested
marks (‚Dialog‘) stay part of the outer quote; a quote over several sentences is one quote.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from lagebild.pipeline.quotes.cues import Cue, cue_at, cues_in
from lagebild.pipeline.quotes.found import DIRECT, FoundQuote, in_same_paragraph
from lagebild.pipeline.quotes.marks import quoted_segments
from lagebild.pipeline.quotes.speakers import noun_phrase_at, subject_of
from lagebild.pipeline.segmentation import doc_text

SENTENCE_FINAL = {".", "!", "?", "…"}
MAX_CUE_DISTANCE = 3  # tokens between a cue and a short fragment it governs


def _attribution_after(doc: Doc, close: int, sentence_end: int, lang: str) -> tuple[Cue, Span | None] | None:
    j = close + 1
    if j < sentence_end and doc[j].text == ",":
        j += 1
    if j >= sentence_end:
        return None
    cue = cue_at(doc[j], lang, sentence_end)
    if cue is not None:
        return cue, noun_phrase_at(doc, j + 1, sentence_end, lang)
    phrase = noun_phrase_at(doc, j, sentence_end, lang)  # “…,” he said
    if phrase is not None and phrase.end < sentence_end:
        cue = cue_at(doc[phrase.end], lang, sentence_end)
        if cue is not None:
            return cue, phrase
    return None


def _attribution_before(doc: Doc, open_: int, sentence: Span, lang: str) -> tuple[Cue, Span | None] | None:
    if open_ == 0 or doc[open_ - 1].text != ":":
        return None
    cues = [c for c in cues_in(doc[sentence.start : open_ - 1], lang)]
    if not cues:
        return None
    cue = cues[-1]
    return cue, subject_of(cue.verb, sentence.start, open_ - 1, lang)


def _embedding_cue(
    doc: Doc, open_: int, sentence: Span, lang: str, words: int
) -> tuple[Cue, Span | None] | None:
    cues = cues_in(doc[sentence.start : open_], lang)
    if not cues:
        return None
    cue = cues[-1]
    if words <= 2 and open_ - cue.last > MAX_CUE_DISTANCE:
        return None
    return cue, subject_of(cue.verb, sentence.start, sentence.end, lang)


def _reads_as_sentence(span: Span, words: int) -> bool:
    return words >= 3 and (span[-1].text in SENTENCE_FINAL or span[0].text[:1].isupper())


def direct_quotes(doc: Doc, lang: str) -> list[FoundQuote]:
    found: list[FoundQuote] = []
    for segment in quoted_segments(doc_text(doc)):
        if segment.depth:
            continue
        span = doc.char_span(segment.start, segment.end, alignment_mode="contract")
        if span is None or not span.text.strip() or span.start == 0 or span.end >= len(doc):
            continue
        open_, close = span.start - 1, span.end
        words = sum(t.is_alpha for t in span)
        opening_sentence, closing_sentence = doc[open_].sent, doc[close].sent
        previous = found[-1] if found else None
        attribution = _attribution_before(doc, open_, opening_sentence, lang)
        if words > 2 or span[-1].text in SENTENCE_FINAL or open_ == opening_sentence.start:
            # „Nein“, sagte er: a short quote opening its sentence is speech; a word or two inside
            # a sentence ("considered Xi a "dictator", Biden said") is a scare quote
            attribution = _attribution_after(doc, close, closing_sentence.end, lang) or attribution
        if attribution is None and _second_half_of_split_quote(doc, previous, open_, opening_sentence):
            attribution = previous.cue, previous.speaker
        if attribution is None:
            attribution = _embedding_cue(doc, open_, opening_sentence, lang, words)
        if span[-1].text == ",":
            span = span[:-1]  # “…,” he said: the comma belongs to the attribution
        if attribution is not None:
            cue, speaker = attribution
            found.append(FoundQuote(span, DIRECT, cue, speaker))
        elif (
            previous is not None
            and _reads_as_sentence(span, words)
            and in_same_paragraph(doc, previous.span, span)
            and _adjacent_sentences(doc, previous.span, span)
        ):
            found.append(FoundQuote(span, DIRECT, None, previous.speaker))
    return found


def _second_half_of_split_quote(doc: Doc, previous: FoundQuote | None, open_: int, sentence: Span) -> bool:
    """„A“, sagte Baerbock, „B“: the previous quote's cue stands between it and this one."""
    return (
        previous is not None
        and previous.cue is not None
        and previous.span.end < previous.cue.verb.i < open_
        and doc[previous.span.end].sent == sentence
    )


def _adjacent_sentences(doc: Doc, first: Span, second: Span) -> bool:
    """`second` starts in the sentence after the one `first` ends in (or the same)."""
    first_sentence = doc[first.end].sent if first.end < len(doc) else doc[first.end - 1].sent
    second_sentence = doc[second.start - 1].sent
    return second_sentence.start <= first_sentence.end
