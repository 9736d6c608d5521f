"""Dates that do not put an act ahead of the article, though they fall after its date, and past tenses that
report a done act.

A weekday resolves to the coming one when the text gives no other clue, so a date after the article's
may only be the resolver's guess. These readings take the act as done whatever its date or frame says:

- the tense: a preterite or perfect tells what happened ("Marokko hat am Donnerstag seine Botschafterin
  zurückbeordert", "belegte Wein mit Zöllen, die ab Samstag fällig werden"); German has no past form
  for an act still to come. The tagger reads some preterites as present ("Am Freitag blockierten
  Bauern …"), so a form that is only a preterite of a verb of our lexicon counts as one;
- a date in a relative clause: "verschärft sich: … belegte Wein mit Zöllen, die ab Samstag fällig
  werden" dates when the duties fall due, not the act;
- a relative clause told in the past: "Im Planspiel greift die Armee, die die Waffenruhe
  gebrochen hat, erneut an" describes the army by what it did, whatever the main clause imagines;
- a chronicle's heading: "Sonntag: Moskau schlägt zurück …", "19:30 Uhr – Rubio lobt …" date the
  entries of a timeline told in the historical present; a later date inside the entry ("reist am
  Montag weiter") still puts its act ahead, unless the heading's own date lies before the article's
  ("3. März 2018: Macron verschiebt seine für Ende April angesetzte Reise nach Rom").
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from lagebild.events.arguments import RELATIVE_PRONOUNS
from lagebild.events.lexicon import preterites_only
from lagebild.events.modality_words import FUTURE_AUX, SUBJUNCTIVE_II
from lagebild.pipeline.annotations import TIMEX_SPANS
from lagebild.pipeline.word_classes import FINITE_TAG

# the auxiliaries of the perfect, pluperfect and past passive, also in reported speech
PAST_AUX = {
    "hat", "haben", "hatte", "hatten", "habe", "ist", "sind", "war", "waren", "sei", "seien",
    "wurde", "wurden", "worden",
}  # fmt: skip
# the clauses that date something else: a relative clause describes its noun
OTHER_CLAUSES = {"acl", "acl:relcl"}
# the marks after a chronicle entry's date ("Sonntag:", "19:30 Uhr –")
HEADING_MARKS = {":", "–", "—", "-"}
# a heading date of a year, month or day ("2019", "2019-08", "2019-08-20")
CALENDAR_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
REPORTED_BY = "zufolge"
MODAL_TAG_START = "VM"  # STTS: VMFIN, VMINF, VMPP
PARTICIPLE_TAG_END = "PP"  # STTS: VVPP, VAPP, VMPP (the parser leaves some participles without a tense)


def told_as_past(verb: Token) -> bool:
    """A verb in the preterite, or a participle with a perfect or past-passive auxiliary and no
    "wird"/"werden" (the future perfect and the passive to come stay out)."""
    auxiliaries = [c.lower_ for c in verb.children if c.dep_ in ("aux", "aux:pass")]
    if any(a in FUTURE_AUX or a == "werden" for a in auxiliaries):
        return False
    if "Past" in verb.morph.get("Tense") and "Ind" in verb.morph.get("Mood"):
        return True  # the preterite ("belegte", "schloss")
    if verb.tag_ == FINITE_TAG and verb.lower_ in preterites_only():
        return True  # a preterite the tagger read as present ("stürmten")
    participle = "Past" in verb.morph.get("Tense") or verb.tag_.endswith(PARTICIPLE_TAG_END)
    return participle and any(a in PAST_AUX for a in auxiliaries)


def past_relative_clause(trigger: Token, verb: Token) -> bool:
    """The act is the verb of a relative clause in the preterite or perfect ("die die Waffenruhe gebrochen
    hat", "bei denen Norwegen als Gastgeber auftrat", "wo er angeklagt ist")."""
    if trigger.i != verb.i or verb.dep_ not in OTHER_CLAUSES or not told_as_past(verb):
        return False
    if any(_modal_or_subjunctive(c) for c in verb.children if c.dep_ == "aux"):
        return False  # "das Israel angegriffen haben könnte", "… haben soll": supposed, not told
    before = [t for t in verb.subtree if t.i < verb.i and not t.is_punct]
    if not before or any(t.lower_ == REPORTED_BY for t in before):
        return False  # "Berichte, denen zufolge die Ukraine … beschossen habe": what a report claims
    # the clause opens with a relative pronoun, alone or after a preposition ("bei denen"), not with the
    # "was" of a question ("verlangte zu wissen, was Berlin zugesagt hat") nor the "wonach" of a claim
    opening = before[1] if before[0].pos_ == "ADP" and len(before) > 1 else before[0]
    relative_pronoun = opening.lower_ in RELATIVE_PRONOUNS and "Rel" in opening.morph.get("PronType")
    return relative_pronoun or opening.lower_ == "wo"


def _modal_or_subjunctive(auxiliary: Token) -> bool:
    return auxiliary.tag_.startswith(MODAL_TAG_START) or auxiliary.lower_ in SUBJUNCTIVE_II


def heading_dates(sentence: Span) -> set[str]:
    """The date values of a timex that opens the sentence and is set off by a colon or dash."""
    doc = sentence.doc
    values = set()
    for span in doc.spans.get(TIMEX_SPANS, []):
        if span.start != sentence.start or span.end >= sentence.end or span._.timex is None:
            continue
        if doc[span.end].text in HEADING_MARKS and span._.timex.value:
            values.add(span._.timex.value)
    return values


def under_past_heading(sentence: Span, article_date: str | None) -> bool:
    """A chronicle entry under a date before the article's period ("3. März 2018: Macron verschiebt seine für
    Ende April angesetzte Reise nach Rom"): the entry is history, whatever later date it names."""
    if not article_date:
        return False
    values = {value[:10] for value in heading_dates(sentence)}
    return any(CALENDAR_DATE.fullmatch(v) and v < article_date[: len(v)] for v in values)


def dated_by_relative_clause(verb: Token, value: str) -> bool:
    """Whether every timex of that value stands in a relative clause that does not hold the verb: "Zölle,
    die ab Samstag fällig werden" dates the duties' falling due."""
    spans = [
        s for s in verb.doc.spans.get(TIMEX_SPANS, []) if s._.timex is not None and s._.timex.value == value
    ]
    return bool(spans) and all(_relative_clause_over(span.root, verb) for span in spans)


def _relative_clause_over(token: Token, verb: Token) -> bool:
    while token.head.i != token.i and token.i != verb.i:
        if token.dep_ in OTHER_CLAUSES:
            return verb not in token.subtree
        token = token.head
    return False
