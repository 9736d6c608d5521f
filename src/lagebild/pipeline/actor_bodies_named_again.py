"""A body named again by its bare word: "… zu Zusammenstößen mit der israelischen Polizei. Die Polizei
setzte Blendgranaten ein" is the body just named with its state, not the police of the crowd's state
or of a place named in between. The earlier mention must end in the same word and name a state; only
the nearest one in the body's own sentence or the two before counts, and only where the body's
sentence names no state before it."""

from __future__ import annotations

from lagebild.pipeline.actor_passage import INSTITUTION_SENTENCE_WINDOW, state_of


def body_named_before(context: list, token, sentence_of: list[int]) -> str | None:
    """The state of the nearest earlier mention that ends in the body's word ("der israelischen
    Polizei" for "die Polizei"), within the window of sentences."""
    i, sentence = token.i, sentence_of[token.i]
    if any(sentence_of[c.span.start] == sentence and c.span.end <= i and state_of(c) for c in context):
        return None  # "Bratislava: … warf der Regierung vor": a state its own sentence names first decides
    earlier = [
        c
        for c in context
        if c.span.end <= i
        and len(c.span) > 1
        and c.span[-1].text == token.text
        and sentence - sentence_of[c.span.start] <= INSTITUTION_SENTENCE_WINDOW
        and state_of(c)
    ]
    return state_of(max(earlier, key=lambda c: c.span.end)) if earlier else None
