"""Whoever does something is no actor: "Wer Usbekistan mit Sanktionen droht, treibt es in die Arme
Moskaus", "Wer der Regierung vorwerfe, …, kenne das Abkommen nicht", "Wer Abiy Ahmed zuhört, muss sich
sorgen". A clause opened by "wer" (a free relative clause, or an indirect question: "zeigt, wer
die Regeln setzt") names no one who acts; the weak parse often takes the state it names as an object
for a second subject, and the coder would make that state the source of a general statement.

An act noun in such a clause that names its own agent keeps it: "Wer die Massaker russischer Soldaten
vergessen hat, …" still reports the massacre by Russian soldiers."""

from __future__ import annotations

from spacy.tokens import Span

from lagebild.pipeline.annotations import EventInfo

GENERIC_PRONOUN = "wer"


def without_generic_agents(events: list[EventInfo]) -> list[EventInfo]:
    return [e for e in events if not _source_in_generic_clause(e)]


def _source_in_generic_clause(event: EventInfo) -> bool:
    if event.source is None or event.source.sent != event.trigger.sent:
        return False
    source, trigger = event.source.root, event.trigger.root
    if source in trigger.subtree and trigger.pos_ == "NOUN":
        return False  # the act noun's own agent ("die Massaker russischer Soldaten")
    return any(source.i in clause for clause in _generic_clauses(trigger.sent))


def _generic_clauses(sentence: Span) -> list[range]:
    """The words from a clause-initial "wer" to the comma that closes its clause. By the words, not the
    parse: the parser hangs "wer" on the verb, on a noun or nowhere."""
    doc, clauses = sentence.doc, []
    for token in sentence:
        opens = token.i == sentence.start or doc[token.i - 1].is_punct
        if token.lower_ == GENERIC_PRONOUN and token.tag_ == "PWS" and opens:
            end = next((t.i for t in doc[token.i + 1 : sentence.end] if t.is_punct), sentence.end)
            clauses.append(range(token.i + 1, end))
    return clauses
