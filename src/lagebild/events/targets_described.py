"""Actors named in what a judgement calls an act are not its target: "verurteilte die Luftschläge als
Verletzung der Souveränität Jemens" is aimed at whoever struck, not at Yemen, who suffered the act
the "als" phrase names. An owner named there is the target still: "geißelte die Resolution als
Instrument des Westens" is aimed at the West, unless the thing so called names a side of its own:
"nannte die russische Entscheidung eine Verletzung der Souveränität Georgiens" is aimed at Russia."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import children, is_act_noun
from lagebild.events.triggers import Trigger

CHARACTERISING = "als"
MARKER_DEPS = ("case", "cc", "mark")
# the lexicon's verbs of calling a thing something: "nannte den Schritt X", "bezeichnete ihn als X",
# "hielt ihn für X", "wertete ihn als X"
CALLING_VERBS = ("nennen", "bezeichnen", "halten", "werten")


def in_characterisation(span: Span, verb: Token) -> bool:
    """The span hangs, below the verb, under an act noun of a phrase introduced by "als"."""
    token, under_an_act = span.root, False
    while token.head != token and token != verb:
        under_an_act = under_an_act or token != span.root and is_act_noun(token)
        if any(c.dep_ in MARKER_DEPS and c.lower_ == CHARACTERISING for c in token.children):
            return under_an_act
        token = token.head
    return False


def thing_called(trigger: Trigger) -> Token | None:
    """The object a verb of calling judges, where the row matched what it is called: "Schritt" in
    "nannte den Schritt Washingtons eine Provokation", "bezeichnete die Lieferungen als feindseligen
    Akt"; none where the row's word is the object itself."""
    called = trigger.object_noun
    if called is None or trigger.entry.lemma not in CALLING_VERBS:
        return None
    return next((o for o in children(trigger.token, "obj") if o != called and o.i < called.i), None)
