"""`lagebild_time`: German and English time expressions, normalised to TIMEX3 against the article date.

Rules (regexes over the text, `german.py` and `english.py`) find the expressions; overlapping
matches keep the longest, then the earliest. Each is then anchored in text order:
- absolute expressions keep their value ("18. Oktober 2021" -> `2021-10-18`);
- relative ones are computed from `doc._.article_date` at its precision (`anchor.py`: a month-only
  date gives month values with mod `APPROX` where the day would be a guess);
- "am Vortag", "zwei Tage später" count from the last day the text named (no value before one);
- weekdays and months without a year point back or ahead by the clause's tense (`tense.py`).
Without an article date, relative expressions get no value (None); partial dates get `XXXX-…`.
The result: `doc.spans[TIMEX_SPANS]`, each span labelled with its type and carrying `span._.timex`.

Values (what a consumer such as the event coder can rely on): a DATE/TIME value is a TIMEX3 date
whose prefix is the calendar period (`2021-10-18`, `2021-W41`, `2021-W41-WE`, `2021-10`, `2022-SP`,
`2023-Q1`, `2021`, decade `199`, century `19`, time `2021-10-18T14:00`, `2021-10-18TEV`), an ISO 8601
interval `start/end` for ranges ("zwischen Mai und Juli" -> `2022-05/2022-07`), `PAST_REF` /
`FUTURE_REF` for vague references ("in den kommenden Wochen"), or None. Conventions:
- "vor ein paar Wochen" = three weeks back, named by its month, mod APPROX (seed: `2021-09`);
  "vor zwei Wochen" names the ISO week, "vor drei Tagen" the day;
- boundaries: "seit 2014" -> `2014` ON_OR_AFTER, "bis 2036" ON_OR_BEFORE, "vor 1990" BEFORE, "nach
  2030" AFTER (ISO-TimeML mods); a position wins over a boundary ("seit Anfang 2021" -> START);
- "seit 16 Jahren", "zwei Tage" are DURATIONs (`P16Y`, `P2D`); "in drei Tagen" is a date, but a
  DURATION in a past clause ("in dreißig Jahren … erlebt"); "jährlich", "jeden Montag" are SETs.
"""

from __future__ import annotations

import re
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc, Span

from lagebild.pipeline.annotations import TIMEX_SPANS, TimexInfo
from lagebild.pipeline.segmentation import doc_text
from lagebild.pipeline.timex import english, german
from lagebild.pipeline.timex.anchor import Anchor
from lagebild.pipeline.timex.dates import PAST
from lagebild.pipeline.timex.rules import Found, Reading, find_all
from lagebild.pipeline.timex.tense import clause_tense

RULES = {"de": german.RULES, "en": english.RULES}
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def longest_first(found: list[Found]) -> list[Found]:
    """Non-overlapping matches: longer beats shorter, then earlier beats later; in text order."""
    kept: list[Found] = []
    for f in sorted(found, key=lambda f: (f.start - f.end, f.start)):
        if all(f.end <= k.start or f.start >= k.end for k in kept):
            kept.append(f)
    return sorted(kept, key=lambda f: f.start)


def resolve(reading: Reading, anchor: Anchor | None, reference: date | None, tense: str | None) -> TimexInfo:
    if reading.value is not None or reading.relative is None:
        return TimexInfo(reading.type, reading.value, reading.mod)
    if reading.from_reference:
        value = reading.relative(reference, tense) if reference is not None else None
        return TimexInfo(reading.type, value, reading.mod)
    if anchor is None:
        return TimexInfo(reading.type, reading.unanchored, reading.mod)
    if anchor.day is not None:
        return TimexInfo(reading.type, reading.relative(anchor.day, tense), reading.mod)
    value, approximated = anchor.resolve(lambda d: reading.relative(d, tense))
    return TimexInfo(reading.type, value, reading.mod or ("APPROX" if approximated else None))


def annotate(doc: Doc) -> list[Span]:
    lang = doc._.language or doc.lang_
    rules = RULES.get(lang)
    if rules is None:
        return []
    anchor = Anchor.parse(doc._.article_date)
    reference = None  # the last day the text named, for "am Vortag"; none yet
    spans = []
    for found in longest_first(list(find_all(rules, doc_text(doc)))):
        span = doc.char_span(found.start, found.end, alignment_mode="expand")
        if span is None or any(span.start < s.end and s.start < span.end for s in spans):
            continue
        reading = found.reading
        tense = reading.tense or (clause_tense(span, lang) if reading.relative or reading.if_past else None)
        if reading.if_past is not None and tense == PAST:
            reading = reading.if_past
        info = resolve(reading, anchor, reference, tense)
        span = Span(doc, span.start, span.end, label=info.type)
        span._.timex = info
        spans.append(span)
        day = _DAY.match(info.value or "")
        if day and "/" not in info.value:
            reference = date(*map(int, day.groups()))
    return spans


@Language.component("lagebild_time")
def time_component(doc: Doc) -> Doc:
    doc.spans[TIMEX_SPANS] = annotate(doc)
    return doc
