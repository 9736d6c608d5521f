"""Actors named in what a judgement calls an act are not its target: "verurteilte die Luftschläge als
Verletzung der Souveränität Jemens" is aimed at whoever struck, not at Yemen, who suffered the act
the "als" phrase names. An owner named there is the target still: "geißelte die Resolution als
Instrument des Westens" is aimed at the West."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import is_act_noun

CHARACTERISING = "als"
MARKER_DEPS = ("case", "cc", "mark")


def in_characterisation(span: Span, verb: Token) -> bool:
    """The span hangs, below the verb, under an act noun of a phrase introduced by "als"."""
    token, under_an_act = span.root, False
    while token.head != token and token != verb:
        under_an_act = under_an_act or token != span.root and is_act_noun(token)
        if any(c.dep_ in MARKER_DEPS and c.lower_ == CHARACTERISING for c in token.children):
            return under_an_act
        token = token.head
    return False
