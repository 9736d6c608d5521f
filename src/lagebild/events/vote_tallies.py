"""Vote tallies: "311 Abgeordnete stimmten dafür, 80 dagegen" counts the members of a chamber, it is no
side's vote against a proposal. The voting rows (120 stimmen/votieren) list the pronominal adverb
"dagegen" so that "Ungarn stimmte dagegen" is a rejection; a "dagegen" that carries a number is a count."""

from __future__ import annotations

from spacy.tokens import Token

TALLY_ADVERBS = frozenset({"dagegen", "dafür"})


def tallied_votes(word: Token) -> bool:
    """`word` is the "dagegen" of a tally: a number stands with it ("80 dagegen"), by the parse or, where
    the parser hung the number elsewhere, right before it."""
    if word.lower_ not in TALLY_ADVERBS:
        return False
    before = word.nbor(-1) if word.i > word.doc[0].i else None
    return any(c.like_num for c in word.children) or (before is not None and before.like_num)
