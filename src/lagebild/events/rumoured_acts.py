"""An act only rumoured or claimed is not reported as done: "In sozialen Netzwerken verbreitet sich die
Behauptung, Katar habe die Hamas-Führung ausgewiesen" gives the content of a claim the text does not
vouch for (hypothetical, as the gold codes an unverified rumour). The content clause follows the noun
after a comma; a denial of the claim is read before (negated)."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from lagebild.events.event_clauses import surface_clause
from lagebild.pipeline.word_classes import RELATIVE_TAGS

# rumours, claims, speculation, false reports, in the singular and plural; a charge or a report ("der
# Vorwurf, …", "Berichte, …") gives reported speech, asserted as such (`reported_acts.REPORTED_CLAIMS`)
RUMOUR_NOUNS = re.compile(r"^(gerücht|behauptung|spekulation|mutmaßung|falschmeldung)", re.IGNORECASE)


def rumoured(trigger: Token) -> bool:
    """The trigger's clause opens right after "<rumour noun>,": the content of the rumour."""
    clause = surface_clause(trigger)
    if clause.start - clause.sent.start < 2:
        return False
    comma, noun = trigger.doc[clause.start - 1], trigger.doc[clause.start - 2]
    rumour = comma.text == "," and noun.pos_ == "NOUN" and RUMOUR_NOUNS.match(noun.text) is not None
    return rumour and not _relative(clause)


def _relative(clause: Span) -> bool:
    """ "Behauptungen, für die niemand Beweise vorgelegt hat": a relative clause says something of the
    claim, it is not its content."""
    words = [t for t in clause[:2] if t.pos_ != "ADP"]
    return bool(words) and (words[0].tag_ in RELATIVE_TAGS or "Rel" in words[0].morph.get("PronType"))
