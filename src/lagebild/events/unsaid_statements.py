"""Words nobody said are no statement: a public statement (CAMEO 01) is the saying itself, so one that
is only supposed, advised or denied ("dürften Washington und die EU über Sanktionen nachdenken",
"empfahl den Amerikanern, über eigene Interventionen nachzudenken", "ob Moskau das prüfen wollte") did
not take place. A factuality rule on coded events: the modality says it was never made. Three stay:
declining to comment (011), where keeping silent is the act, acknowledging responsibility (015): that
a government has not owned up to an attack or is asked to recognise a genocide is news the gold codes,
and so is a denial left unmade ("hat den Einsatz nicht dementiert", 016 negated).

Nor is an option kept open a rejection: "schließt einen Beitrittsantrag nicht aus" rules nothing out
(the modality reads the unruled-out option as hypothetical); what is held open is coded by its own
row, a threat where it is coercive ("schloss Sanktionen nicht aus").

Nor is an act whether someone will do it only commentators doubt: "Ob Yellens Gespräche das Klima
verbessern, bezweifeln Beobachter", "Ob das den Menschen hilft, darf bezweifelt werden" give an
onlooker's view, no one's act, and their doubting is commentary. The gold codes the open question of
an actor ("Ob Lukaschenko einlenkt, bezweifelt Landsbergis", "Ob Rom nachgibt, ist offen"): it stays.

Nor is a breach of law someone only claims an act (`claimed_violations.py`)."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from lagebild.events.claimed_violations import claimed_violation
from lagebild.events.codebook import DENIAL_CODES, REJECTION_ROOT, STATEMENT_ROOT
from lagebild.events.dated_acts import told_as_past
from lagebild.events.event_clauses import clause_after, clause_before, surface_clause
from lagebild.events.modality_words import DOUBT_STEMS, RULING_OUT
from lagebild.events.onlooker_words import ONLOOKERS
from lagebild.pipeline.annotations import EventInfo

# the statements whose absence or prospect is itself reported: declining to comment, owning up to an act;
# a plain statement not made (010 negated, "äußerte sich nicht") becomes the comment declined later
# (`sentence_rules.without_framing`)
SILENCE_OR_ACKNOWLEDGING = ("010", "011", "015")
UNREAL = ("hypothetical", "negated")
# doubting, and those who doubt by trade; "bezweifelt werden" doubts with no one named
DOUBT = re.compile(rf"^({DOUBT_STEMS}|anzuzweifeln)", re.IGNORECASE)
# "darf bezweifelt werden", "darf man bezweifeln": doubted by no one named
UNNAMED_DOUBTERS = {"werden", "man"}


def unsaid_statement(event: EventInfo) -> bool:
    """A statement that would, might or did not come is none; nor is a rejection not made."""
    statement = event.code.startswith(STATEMENT_ROOT) and not event.code.startswith(SILENCE_OR_ACKNOWLEDGING)
    return (
        event.modality in UNREAL
        and statement
        and not _denial_left_unmade(event)
        or _option_kept_open(event)
        or _doubted_by_onlookers(event)
        or claimed_violation(event)
    )


def _denial_left_unmade(event: EventInfo) -> bool:
    """ "Putin hat den Einsatz nicht dementiert", "dementierte ihn bislang nicht", "hat nicht bestritten,
    dass …": that a side has so far not denied a charge is news, a tacit admission the gold codes as the
    denial negated, like owning up (015). A present denial negated ("bestreite nicht die Grenzen
    Montenegros") concedes a point in a statement of its own, which it frames."""
    past = told_as_past(event.trigger.root)
    return event.code in DENIAL_CODES and event.modality == "negated" and past


def _option_kept_open(event: EventInfo) -> bool:
    verb = event.trigger.root
    ruling_out = RULING_OUT.match(verb.text) is not None and (
        verb.lower_.startswith("aus") or any(c.lower_ == "aus" for c in verb.children)
    )
    return ruling_out and event.code.startswith(REJECTION_ROOT) and event.modality == "hypothetical"


def _doubted_by_onlookers(event: EventInfo) -> bool:
    """An act in an "ob" clause the next clause doubts, by commentators or by no one named, and that
    doubting itself."""
    clause = surface_clause(event.trigger.root)
    if clause[0].lower_ == "ob":
        question, doubt = clause, clause_after(clause)
    else:
        question, doubt = clause_before(clause), clause
    if question is None or doubt is None or question[0].lower_ != "ob":
        return False
    doubting = any(DOUBT.match(t.text) for t in doubt)
    nobody_named = any(t.lower_ in UNNAMED_DOUBTERS for t in doubt)
    return doubting and (
        any(_onlooker(t) for t in doubt) or nobody_named or _doubt_of_the_doubted(event, question)
    )


def _doubt_of_the_doubted(event: EventInfo, question: Span) -> bool:
    """ "Ob das Moskau umstimmt, bezweifle ich": a doubt whose source the coder found in the question it
    doubts is no actor's; the doubter named no side."""
    inside = range(question.start, question.end)
    return event.source is not None and event.trigger.root.i not in inside and event.source.start in inside


def _onlooker(token: Token) -> bool:
    return "-" not in token.text and ONLOOKERS.search(token.text) is not None
