"""A body named again by its bare word: "… zu Zusammenstößen mit der israelischen Polizei. Die Polizei
setzte Blendgranaten ein" is the body just named with its state, not the police of the crowd's state
or of a place named in between. The earlier mention must end in the same word (for "das Ministerium",
any ministry) and name a state; only the nearest one in the body's own sentence or the two before
counts, and only where the body's sentence names no state before it. A change of scene ends the
reference: a place of another state named in between ("In Moskau nahm die russische Polizei Dutzende
fest. In Tiflis ... Die Polizei") leaves the bare body to the new scene, also where a round-up opens a
paragraph with it ("Tiflis:", "In Tiflis ..."). A paragraph break alone does not: a portrait or report
goes on with the same government and army across its paragraphs."""

from __future__ import annotations

from lagebild.pipeline.actor_body_places import DATELINE_MARKS
from lagebild.pipeline.actor_passage import INSTITUTION_SENTENCE_WINDOW, state_named_first, state_of
from lagebild.pipeline.word_classes import LOCATIVE_PREPOSITIONS_DE

# Bare words that name again a body named before by a compound of them: "Das Außenministerium in Baku
# bestellte den Botschafter ein. … Zudem warf das Ministerium iranischen Medien vor …"
COMPOUND_HEADS = {"Ministerium"}


def body_named_before(context: list, token, sentence_of: list[int]) -> str | None:
    """The state of the nearest earlier mention that ends in the body's word ("der israelischen
    Polizei" for "die Polizei"), within the window of sentences, unless a place of another state is
    named between the two."""
    i, sentence = token.i, sentence_of[token.i]
    if state_named_first(context, i, sentence_of):
        return None
    earlier = [
        c
        for c in context
        if c.span.end <= i
        and len(c.span) > 1
        and _names_body(c.span[-1].text, token.text)
        and sentence - sentence_of[c.span.start] <= INSTITUTION_SENTENCE_WINDOW
        and state_of(c)
    ]
    if not earlier:
        return None
    named = max(earlier, key=lambda c: c.span.end)
    if any(_elsewhere(c, named) and named.span.end <= c.span.start < i for c in context):
        return None
    return state_of(named)


def _names_body(word: str, bare: str) -> bool:
    """Whether an earlier mention's last word names the body a bare word names again: the same word, or
    for a ministry any ministry ("Außenministerium", "Innenministerium")."""
    return word == bare or (bare in COMPOUND_HEADS and word.endswith(bare.lower()))


def _elsewhere(clue, named) -> bool:
    """A new scene in another state than the body's: a place where something happens ("In Tiflis
    gingen Tausende auf die Straße", "Tiflis: …"), not a state named as one who acts or is acted on
    ("Ruanda bestritt", "der Überfall auf die Ukraine"), the seat of a body ("die Regierung in Moskau")
    or an adjective ("Pakistanische Medien" names who speaks, not where the story moved)."""
    if not getattr(clue, "place_name", False) or state_of(clue) == state_of(named):
        return False
    doc, span = clue.span.doc, clue.span
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    dateline = span.start == span.sent.start and span.end < len(doc) and doc[span.end].text in DATELINE_MARKS
    # the prepositions of where a clause's act happens ("In Tiflis setzte …"); "aus" says where from
    return dateline or (before in LOCATIVE_PREPOSITIONS_DE and span.root.dep_ != "nmod")
