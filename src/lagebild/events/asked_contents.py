"""A question that asks what an act was about: "Was verlangt Baku?", "Was wurde in Washington vereinbart?",
"Und was hat Trump unterschrieben?". The interviewer asks for the content of a demand, a deal or a signature;
the answer that follows states it, and that answer is the sentence the act is coded from. The question
names no counterpart, so an event coded from it has only a guessed one (from the sentences before) or
none: the gold banks code no event in such a question.

A question that names the counterpart ("Was wirft der Sudan den Emiraten vor?") asserts a dyad of its
own and keeps its event, as do questions whose "was" is no argument of the act ("Was wäre, wenn
Washington einlenkt?": the act is in the condition).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.pipeline.annotations import EventInfo

# the interrogative "was" standing for a noun phrase (STTS PWS); the relative "was" is PRELS
INTERROGATIVE_PRONOUN = "PWS"
WHAT = "was"
QUESTION_MARK = "?"
# the argument slots the questioned content fills: object, or subject of a passive ("Was wurde vereinbart?");
# the parse often reads a fronted "was" as the active subject ("Was verlangt Baku?")
CONTENT_DEPS = {"obj", "nsubj", "nsubj:pass"}


def without_asked_contents(events: list[EventInfo]) -> list[EventInfo]:
    """The events but those whose trigger a question asks the content of while naming no counterpart."""
    return [e for e in events if not _asked_content(e)]


def _asked_content(event: EventInfo) -> bool:
    sentence = event.trigger.sent
    if not _is_question(sentence):
        return False
    if not any(_questioned(child) for child in event.trigger.root.children):
        return False
    return not _named_in(event.target, sentence)


def _is_question(sentence: Span) -> bool:
    words = [t for t in sentence if not t.is_space]
    return any(t.text == QUESTION_MARK for t in words[-3:])


def _questioned(token: Token) -> bool:
    return token.lower_ == WHAT and token.tag_ == INTERROGATIVE_PRONOUN and token.dep_ in CONTENT_DEPS


def _named_in(target: Span | None, sentence: Span) -> bool:
    return target is not None and sentence.start <= target.start < sentence.end
