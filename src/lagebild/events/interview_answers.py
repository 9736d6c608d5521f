"""Who speaks the answers of an interview. An interview prints its answers without quotation marks, so
the quote stage gives them no speaker; yet their "wir", "uns", "unser" and "ich" are the
interviewee's side ("Wir werden die Munition an die Front bringen" from Prague's ambassador is
Czechia), not the outlet's. An article is an interview where, after its lead, at least two paragraphs
are questions (they end with a question mark or open with "Frage:"); the interviewee is the first
person named in the lead's last sentence ("Wir sprachen mit Außenministerin X", "Außenminister X
spricht über …"), and every paragraph after the first question that is no question is an answer.
The lead's own "wir" ("sprachen wir mit") is the outlet's and stays unresolved."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span

from lagebild.pipeline.segmentation import PARAGRAPH_BREAK, doc_text
from lagebild.pipeline.word_classes import PERSON_LABELS

QUESTION_LABELS = ("Frage:", "F:")
MIN_QUESTIONS = 2
# a speaker's label in front of an answer: one to three capitalised words after a sentence's end
MAX_LABEL_WORDS = 3
SENTENCE_ENDS = {".", "?", "!"}


def interview_answers(doc: Doc, speaker_of: Callable[[Span], Span | None]) -> dict[int, Span]:
    """Tokens of the answers → the interviewee's actor span (as `speaker_of` resolves the person to an
    actor of a known side); empty for an article that is no interview or names no such interviewee."""
    paragraphs = _paragraphs(doc)
    if len(paragraphs) < 1 + MIN_QUESTIONS:
        return {}
    lead, *body = paragraphs
    if sum(_is_question(p) for p in body) < MIN_QUESTIONS or _is_question(lead):
        return {}
    interviewee = _interviewee(lead, speaker_of)
    if interviewee is None:
        return {}
    answers: dict[int, Span] = {}
    asked = False
    for paragraph in body:
        if _is_question(paragraph):
            asked = True
            answers.update(dict.fromkeys(range(_answer_start(paragraph), paragraph.end), interviewee))
        elif asked:
            answers.update(dict.fromkeys(range(paragraph.start, paragraph.end), interviewee))
    return answers


def _paragraphs(doc: Doc) -> list[Span]:
    spans, start, text = [], 0, doc_text(doc)
    for end in [m.start() for m in PARAGRAPH_BREAK.finditer(text)] + [len(text)]:
        span = doc.char_span(start, end, alignment_mode="contract")
        if span is not None and span.text.strip():
            spans.append(span)
        start = end
    return spans


def _is_question(paragraph: Span) -> bool:
    text = paragraph.text.strip()
    return text.endswith("?") or text.startswith(QUESTION_LABELS)


def _answer_start(question: Span) -> int:
    """Where the answer starts in a question's paragraph: after the speaker's label that follows the
    question ("Frage: Welche Rolle spielt Teheran? Bou Habib: Über Krieg und Frieden …"); the
    paragraph's end where it holds none."""
    tokens = list(question)
    for k in range(2, len(tokens)):  # past the "Frage:" label itself
        if tokens[k].text != ":":
            continue
        before = tokens[max(k - MAX_LABEL_WORDS - 1, 0) : k]
        ends = [j for j, t in enumerate(before) if t.text in SENTENCE_ENDS]
        label = before[ends[-1] + 1 :] if ends else []
        if label and all(t.text[:1].isupper() for t in label):
            return tokens[k].i + 1
    return question.end


def _interviewee(lead: Span, speaker_of: Callable[[Span], Span | None]) -> Span | None:
    last = list(lead.sents)[-1]
    # a named person: a role the actor stage made an entity ("den ruandischen Botschafter") is what the
    # talk is about, not who talks
    person = next((e for e in last.ents if e.label_ in PERSON_LABELS and _named(e)), None)
    return speaker_of(person) if person is not None else None


def _named(span: Span) -> bool:
    """A name opens with a capital ("Pavel Horák", "Ursula von der Leyen"); a role phrase with its
    article ("den ruandischen Botschafter")."""
    return span[0].text[:1].isupper() and span[0].pos_ != "DET"
