"""Actors named as acting together with the source are not its counterpart: "Kiew und Ankara
drängten auf …" is no act of Kiev's on Turkey, and "Neben Russland lehnten Belarus und Syrien den
Text ab" no rejection of Russia. A target guessed from nearby or from the sentences before must be of
another side than these co-agents."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import ActorIndex, clause_tokens, preposition_of, side_of

# "neben Russland", "gemeinsam mit Frankreich", "zusammen mit Japan": named as doing the same thing
# as the source
ALONGSIDE_PREPOSITIONS = {"neben"}
# the "mit" of a partner is a co-agent only with "gemeinsam" or "zusammen" just before it
TOGETHER_ADVERBS = {"gemeinsam", "zusammen"}


def named_alongside(span: Span) -> bool:
    """ "Neben Russland …": the phrase names an actor doing the same as the clause's subject."""
    root = span.root
    if preposition_of(root) in ALONGSIDE_PREPOSITIONS:
        return True
    return preposition_of(root) == "mit" and any(
        t.lower_ in TOGETHER_ADVERBS for t in span.doc[max(span.sent.start, span.start - 3) : span.start]
    )


def co_agent_sides(source: Span, verb: Token, actors: ActorIndex) -> set[str]:
    """The sides of the actors coordinated with the source ("Kiew und Ankara") or named alongside it
    in the verb's clause; the source's own side is left out."""
    root = source.root
    first = root.head if root.dep_ == "conj" and root.head != root else root
    coordinated = [first, *(c for c in first.children if c.dep_ == "conj")]
    spans = [actors.of_phrase(t) for t in coordinated]
    spans += [s for s in (actors.by_token.get(t.i) for t in clause_tokens(verb)) if s and named_alongside(s)]
    return {side_of(s) for s in spans if s is not None} - {None, side_of(source)}
