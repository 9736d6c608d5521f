"""The person who heads a body, named right after it: "die Regierung Netanjahu", "der Regierung
Lula", "die Übergangsregierung unter Ahmed al-Scharaa", "die Junta unter General Min Aung Hlaing".
German news names a government or junta by its head this way; the head's state is the body's, whatever
other state the sentence names ("Das Außenministerium in Caracas warf der Regierung Lula ... vor")."""

from __future__ import annotations

from spacy.tokens import Token

from lagebild.pipeline.word_classes import PERSON_LABELS

# "unter" before the head, and at most one title between it and the name ("unter General ...").
LED_BY = {"unter"}
MAX_TITLE_WORDS = 1
# People posted to or sent by another state: named right after a body, they are someone it deals with
# ("hatte die Junta Itté ein Ultimatum gestellt": the French ambassador), never its head.
ENVOY_ROLES = {"ambassador", "envoy", "diplomat"}


def head_named_after(clues: list, body: Token):
    """The clue for the person named right after the body as its head, else None."""
    doc = body.doc
    starts = {body.i + 1}
    if body.i + 1 < len(doc) and doc[body.i + 1].lower_ in LED_BY:
        starts = {body.i + 2 + k for k in range(MAX_TITLE_WORDS + 1)}
    return next(
        (
            c
            for c in clues
            if c.span.start in starts
            and c.span.label_ in PERSON_LABELS
            and c.actor.country
            and c.actor.role not in ENVOY_ROLES
        ),
        None,
    )
