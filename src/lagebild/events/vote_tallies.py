"""Votes the voting rows (120 stimmen/votieren) must not read from their pronominal adverb "dagegen",
listed so that "Ungarn stimmte dagegen" is a rejection:

- tallies: "311 Abgeordnete stimmten dafür, 80 dagegen" counts the members of a chamber, it is no side's
  vote against a proposal; a "dagegen" or "dafür" that carries a number is a count.
- votes for: "Polen dagegen stimmte für die Resolution" sets Poland against the others named before; a
  "für" phrase on the verb, with no "gegen" phrase beside it, says the side voted for the proposal, and
  "dagegen" is then the contrast adverb."""

from __future__ import annotations

from spacy.tokens import Token

from lagebild.events.arguments import preposition_of

TALLY_ADVERBS = frozenset({"dagegen", "dafür"})
# the lemmas of the voting rows
VOTING_VERBS = frozenset({"stimmen", "votieren"})
# the pronominal adverb that marks a row as a voting row
AGAINST = "dagegen"
VOTED_FOR = "für"
VOTED_AGAINST = "gegen"


def tallied_votes(word: Token) -> bool:
    """`word` is the "dagegen" or "dafür" of a tally: a number stands with it ("80 dagegen"), by the parse
    or, where the parser hung the number elsewhere, right before it in the sentence."""
    if word.lower_ not in TALLY_ADVERBS:
        return False
    before = word.nbor(-1) if word.i > word.sent.start else None
    return any(c.like_num for c in word.children) or (before is not None and before.like_num)


def voted_for(objects: frozenset[str], verb: Token) -> bool:
    """A voting row's verb votes "für" something and "gegen" nothing ("Polen dagegen stimmte für die
    Resolution"); a "für" phrase after a comma belongs to a gapped clause of another side ("Ungarn
    stimmte dagegen, Polen für den Antrag"), whatever the parse hangs it on."""
    if AGAINST not in objects:
        return False
    phrases = [c for c in verb.children if preposition_of(c) in (VOTED_FOR, VOTED_AGAINST)]
    return any(preposition_of(c) == VOTED_FOR and _in_its_clause(verb, c) for c in phrases) and not any(
        preposition_of(c) == VOTED_AGAINST for c in phrases
    )


def _in_its_clause(verb: Token, phrase: Token) -> bool:
    """No comma stands between the verb and the phrase."""
    start, end = sorted((verb.i, phrase.i))
    return not any(t.text == "," for t in verb.doc[start:end])
