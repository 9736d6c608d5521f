"""A vote is a rejection (120) only where it is cast against something: "Ungarn stimmte gegen den
Kompromiss", "Ungarn und die Slowakei stimmten dagegen". The bare voting rows of "stimmen" and
"votieren" name nothing the vote must be about, so the clause must say "gegen" or "dagegen"; a clause
that also votes for ("311 Abgeordnete stimmten dafür, 80 dagegen", a tally) or with yes ("stimmten mit
Ja") tells the count or an approval, not who rejected. A vote in a "zu" clause ("wies an, gegen die
Zölle zu stimmen") is not cast yet: the instruction or threat over it is what the sentence reports."""

from __future__ import annotations

from spacy.tokens import Token

from lagebild.events.arguments import is_zu_infinitive, preposition_of
from lagebild.events.lexicon import LexiconEntry

REJECTION_ROOT = "12"
VOTING = {"stimmen", "votieren"}
AGAINST, AGAINST_IT = "gegen", "dagegen"
# what a vote for says: "dafür", "für den Entwurf", "mit Ja"
VOTES_FOR = {"dafür", "für", "mit"}


def is_voting_row(entry: LexiconEntry) -> bool:
    """A bare row (no object it needs) of a voting verb."""
    return entry.kind == "V" and entry.lemma in VOTING and not entry.objects


def no_vote_against(entry: LexiconEntry, verb: Token) -> bool:
    """A bare voting rejection row where the verb casts no vote against."""
    if not (is_voting_row(entry) and entry.code.startswith(REJECTION_ROOT)):
        return False
    if is_zu_infinitive(verb):
        return True
    said = [c.lower_ if c.lower_ in (AGAINST_IT, "dafür") else preposition_of(c) for c in verb.children]
    against = AGAINST_IT in said or AGAINST in said
    return not against or any(w in VOTES_FOR for w in said)
