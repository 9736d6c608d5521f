"""Actors named as acting together with the source are not its counterpart: "Kiew und Ankara
drängten auf …" is no act of Kiev's on Turkey, and "Neben Russland lehnten Belarus und Syrien den
Text ab" no rejection of Russia. A target guessed from nearby or from the sentences before must be of
another side than these co-agents."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import ActorIndex, children, clause_tokens, first_conjunct, side_of
from lagebild.events.targets_directed import RECIPROCAL_PRONOUNS
from lagebild.events.triggers import Trigger

# "neben Russland", "gemeinsam mit Frankreich", "zusammen mit Japan": named as doing the same thing
# as the source
ALONGSIDE_PREPOSITIONS = {"neben"}
# the "mit" of a partner is a co-agent only with "gemeinsam" or "zusammen" just before it
TOGETHER_ADVERBS = {"gemeinsam", "zusammen"}
# the words of a noun phrase that may stand between its preposition and the name ("mit der
# EU-Kommissionspräsidentin Ursula von der Leyen", "mit Frankreichs Präsident Macron")
PHRASE_POS = {"DET", "ADJ", "NOUN", "PROPN", "NUM"}
PHRASE_REACH = 4
# the lexicon's target of a verb that takes its partner with "mit" ("telefonieren mit")
PARTNER_TARGET = "pp:mit"


def named_alongside(span: Span) -> bool:
    """ "Neben Russland …", "gemeinsam mit Frankreich": the phrase names an actor doing the same as the
    clause's subject."""
    return _alongside_preposition(span) is not None


def co_agent_as_target(target: Span | None, trigger: Trigger) -> bool:
    """ "drohte zusammen mit Litauen mit …", "empfing den Gast gemeinsam mit der Kommissionschefin": a
    target found among those acting with the source. Only a verb that takes its partner with "mit", or
    one done to each other ("sich"), may take it so ("telefonierten gemeinsam mit Trump",
    "unterzeichneten gemeinsam mit Polen"); "traf gemeinsam mit Paris den Kanzler" meets the Chancellor."""
    preposition = _alongside_preposition(target) if target is not None else None
    if preposition is None:
        return False
    return preposition.lower_ in ALONGSIDE_PREPOSITIONS or not _partner_taken_with_mit(trigger)


def co_agents_last(phrases: list[Token]) -> list[Token]:
    """The phrases a verb takes its partner with, those of co-agents after the others: "telefonierte
    gemeinsam mit Macron mit Trump" calls Trump, Macron calls along; alone ("telefonierten gemeinsam
    mit Trump") the co-agent's phrase may still name the partner (`co_agent_as_target`)."""
    return sorted(phrases, key=lambda p: named_alongside(p.doc[p.i : p.i + 1]))


def _partner_taken_with_mit(trigger: Trigger) -> bool:
    entry = trigger.entry
    if entry.target == PARTNER_TARGET:
        return True
    if entry.kind != "V" or entry.reflexive:
        return False  # a "sich" of the lexicon row ("sich hinter … stellen") is no reciprocal pronoun
    return any(c.lower_ in RECIPROCAL_PRONOUNS for c in children(trigger.token, "obj", "iobj", "expl"))


def _alongside_preposition(span: Span) -> Token | None:
    """The "neben", or the "mit" after "gemeinsam" or "zusammen", that opens the span's phrase. Found
    by word order: the parse often breaks a name with "von" out of its phrase ("mit Ursula von der
    Leyen"). A list shares the preposition of its first item ("gemeinsam mit Portugal und Italien")."""
    first = first_conjunct(span.root)
    preposition = _preposition_before(span if first == span.root else span.doc[first.i : first.i + 1])
    if preposition is None:
        return None
    if preposition.lower_ in ALONGSIDE_PREPOSITIONS:
        return preposition
    before = preposition.doc[preposition.i - 1] if preposition.i > span.sent.start else None
    together = preposition.lower_ == "mit" and before is not None and before.lower_ in TOGETHER_ADVERBS
    return preposition if together else None


def _preposition_before(span: Span) -> Token | None:
    """The preposition that opens the noun phrase the span ends, a few words before it at most."""
    first = max(span.sent.start, span.start - PHRASE_REACH)
    for token in reversed(span.doc[first : span.start]):
        if token.pos_ == "ADP":
            return token
        if token.pos_ not in PHRASE_POS:
            return None
    return None


def co_agent_sides(source: Span, verb: Token, actors: ActorIndex) -> set[str]:
    """The sides of the actors coordinated with the source ("Kiew und Ankara") or named alongside it
    in the verb's clause; the source's own side is left out."""
    root = source.root
    first = root.head if root.dep_ == "conj" and root.head != root else root
    coordinated = [first, *(c for c in first.children if c.dep_ == "conj")]
    spans = [actors.of_phrase(t) for t in coordinated]
    spans += [s for s in (actors.by_token.get(t.i) for t in clause_tokens(verb)) if s and named_alongside(s)]
    return {side_of(s) for s in spans if s is not None} - {None, side_of(source)}
