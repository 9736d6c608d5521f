"""What every kind of reference resolution shares: the resolved reference, a mention's gender, the
nearest agreeing earlier mention (the subject of its sentence first) and the sentence of each token."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

from lagebild.kb.curated import FEMALE_FIRST_NAMES
from lagebild.pipeline.annotations import ActorRef
from lagebild.pipeline.word_classes import NAME_DEPS, PERSON_LABELS, SUBJECT_DEPS

# Pronouns and age references look back this many sentences for the person they name again.
PRONOUN_SENTENCE_WINDOW = 3


@dataclass
class Reference:
    span: Span
    actor: ActorRef
    antecedent: Span
    gender: str | None


def gender_of(mention) -> str | None:
    """The mention's gender, else for a person a woman's first name says "f", a full name "m"."""
    if mention.gender:
        return mention.gender
    if mention.span.label_ in PERSON_LABELS:
        first = mention.span[0].text
        return "f" if first in FEMALE_FIRST_NAMES else "m" if len(mention.span) > 1 else None
    return None


def sentence_index(doc: Doc) -> list[int]:
    """The number of each token's sentence (all 0 without sentence boundaries)."""
    index = [0] * len(doc)
    if doc.has_annotation("SENT_START"):
        for n, sent in enumerate(doc.sents):
            for i in range(sent.start, sent.end):
                index[i] = n
    return index


def nearest_subject_first(candidates, position: int, accept, titled: bool = False):
    """The nearest agreeing candidate, or a subject of that candidate's sentence before it: "Selenskyj
    reiste nach Paris, wo er mit Präsident Macron sprach. Er warf ..." - the topic is the subject;
    without a parse but with sentences (English) by word order ("Xi told Biden … he urged …"). With
    `titled`, a name after the title that is the subject is the subject too ("Der Präsident Lula")."""
    nearest = nearest_mention(candidates, position, accept)
    doc = nearest.span.doc if nearest is not None else None
    if nearest is None or not (doc.has_annotation("DEP") or doc.has_annotation("SENT_START")):
        return nearest
    sentence = nearest.span[0].sent
    subjects = [
        c
        for c in candidates
        if sentence.start <= c.span.start
        and c.span.end <= position
        and is_subject(c.span, titled)
        and accept(c)
    ]
    if is_subject(nearest.span, titled) or not subjects:
        return nearest
    return max(subjects, key=lambda c: c.span.end)


def is_subject(span: Span, titled: bool = False) -> bool:
    """The parse's subject; without a parse (English), the name opening its sentence, after a title
    at most ("Xi told Biden …", "Turkish Foreign Minister Mevlüt Çavuşoğlu hosted …"). With `titled`,
    also a name the parse hangs in apposition from a subject title noun ("Der Präsident Lula traf
    Macron": the title is the subject, "Lula" its apposition)."""
    if span.doc.has_annotation("DEP"):
        word = span.root
        if titled and word.dep_ in NAME_DEPS and word.head.pos_ == "NOUN":
            word = word.head
        return word.dep_ in SUBJECT_DEPS
    return all(t.is_title or t.is_upper for t in span.doc[span.sent.start : span.start])


def nearest_mention(candidates, position: int, accept, anywhere: bool = False):
    """The accepted candidate ending nearest before `position`; with `anywhere`, else the nearest after."""
    before = [c for c in candidates if c.span.end <= position and accept(c)]
    if before:
        return max(before, key=lambda c: c.span.end)
    if anywhere:
        after = [c for c in candidates if c.span.start >= position and accept(c)]
        return min(after, key=lambda c: c.span.start) if after else None
    return None
