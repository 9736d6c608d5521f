"""A norm no side owns is what an act about it is aimed at: no state, so none is to be guessed from the
sentence or the sentences before (the fallback took the judges, an alliance or the other side of the
talks named nearby). The gold codes these without a target:
- a law or treaty broken or defied (128: "verstoße gegen das Völkerrecht", "breche internationales
  Recht", "gegen das Übereinkommen gegen Rassendiskriminierung verstoßen");
- a court's jurisdiction or ruling recognised or, mostly, not ("erkennt die Zuständigkeit des Gerichts
  nicht an", "den Schiedsspruch von 2016"): the recognition (05x) the refusal (120) is recoded from.
A norm of a side ("das Abkommen mit Kanada", "europäisches Recht", "Verpflichtungen in der Nato") keeps
what the parse and the fallback find, and so does a ceasefire (196), broken by one side against the
other."""

from __future__ import annotations

from spacy.tokens import Token

from lagebild.events.arguments import ActorIndex, adjective_actor, children
from lagebild.events.triggers import Trigger

DEFIED_NORMS_CODE = "128"
# the heads of the words for a law, a treaty or a ruling ("Völkerrecht", "Übereinkommen",
# "UN-Charta", "Verpflichtungen"), as lemmas: singular
NORM_ENDINGS = (
    "recht",
    "gesetz",
    "abkommen",
    "übereinkommen",
    "vertrag",
    "charta",
    "konvention",
    "verpflichtung",
    "regel",
)
RECOGNITION = "anerkennen"
# what a court holds: its jurisdiction and its rulings ("Zuständigkeit", "Schiedsspruch"); a "spruch" of
# any kind would take in a side's claim or objection ("Gebietsanspruch", "Einspruch", "Widerspruch")
RULING_ENDINGS = (
    "zuständigkeit",
    "gerichtsbarkeit",
    "schiedsspruch",
    "richterspruch",
    "urteil",
    "rechtsprechung",
)
NORM_DEPS = ("obj", "obl", "obl:arg", "nmod")


def about_an_unowned_norm(trigger: Trigger, actors: ActorIndex) -> bool:
    """The act defies norms (128) or recognises a court's say, and what it is about names no side."""
    if trigger.entry.code == DEFIED_NORMS_CODE:
        endings = NORM_ENDINGS
    elif trigger.entry.lemma == RECOGNITION:
        endings = RULING_ENDINGS
    else:
        return False
    norms = [n for n in _objects(trigger) if n.lemma_.lower().endswith(endings)]
    return bool(norms) and not any(_names_a_side(norm, actors) for norm in norms)


def _objects(trigger: Trigger) -> list[Token]:
    """The verb's objects and the nouns listed with them ("gegen das Völkerrecht und die UN-Charta")."""
    found = children(trigger.token, *NORM_DEPS)
    found += [trigger.object_noun] if trigger.object_noun not in (None, trigger.token) else []
    return found + [c for noun in found for c in noun.conjuncts if c not in found]


def _names_a_side(norm: Token, actors: ActorIndex) -> bool:
    return adjective_actor(norm) is not None or any(
        t.i in actors.by_token for t in norm.subtree if t.i != norm.i
    )
