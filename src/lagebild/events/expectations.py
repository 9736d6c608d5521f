"""Expecting and fearing that name no act: "erwartet ein Wachstum" is a forecast, "fürchtet um ihr Wasser"
a mood; only what is expected of someone or feared to happen is coded."""

from __future__ import annotations

from spacy.tokens import Token

from lagebild.events.arguments import children, preposition_of
from lagebild.events.event_clauses import REPORTED_CLAUSE_DEPS, content_clause
from lagebild.events.lexicon import LexiconEntry
from lagebild.events.trigger_objects import OBJECT_DEPS

# a fear of a thing ("fürchten um ihr Wasser", "weil er Vergeltung fürchtet") is a mood the writer
# reports; a fear that something happens ("fürchtet, dass …", "fürchtet, der Krieg könnte …") is voiced
# as a claim
FEAR = {"fürchten", "befürchten"}
# "erwarten" demands an act of another side only where it names the act in a clause or the side with "von"
EXPECTING = "erwarten"
EXPECTED_OF = "von"


def fear_of_a_thing(entry: LexiconEntry, verb: Token) -> bool:
    """A fear with no clause of what is feared (on the tuning banks 4 such events, none in the gold)."""
    return entry.lemma in FEAR and not any(c.dep_ in REPORTED_CLAUSE_DEPS for c in verb.children)


def forecast(entry: LexiconEntry, verb: Token) -> bool:
    """ "erwarten" with no act asked of anyone is a forecast or a guest awaited, not a demand: "erwartet ein
    Wachstum von zwei Prozent", "erwartet weitere Angriffe", "wird in Berlin erwartet". The demand names
    the act in a clause ("erwarte, dass Paris keine Waffen liefert", "… zu berücksichtigen") or whom it
    asks ("erwarte von Minsk Aufklärung"); the rows of a named thing asked for keep their objects."""
    if entry.lemma != EXPECTING or entry.objects:
        return False
    asked = any(preposition_of(c) == EXPECTED_OF for c in children(verb, *OBJECT_DEPS))
    return not asked and not any(c.dep_ in REPORTED_CLAUSE_DEPS or content_clause(c) for c in verb.children)
