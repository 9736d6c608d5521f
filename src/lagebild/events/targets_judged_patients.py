"""Who suffered a judged act is not the one judged: "verurteilte den Angriff auf die saudische
Infrastruktur", "kritisierte die Gewalt gegen die Regierung in La Paz", "eine Beteiligung an den
Sanktionen gegen Russland lehnt Belgrad ab". The party named with "auf" or "gegen" inside the judged
noun phrase is the act's patient; criticism, rejection and praise are aimed at whoever performed the
act (`judged_act_performer`), so such a patient is no target to guess."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import (
    PATIENT_DEPS,
    ActorIndex,
    children,
    misparsed_as_attribute,
    preposition_of,
    state_of_adjective,
)
from lagebild.events.codebook import JUDGING_ROOTS, PRAISE
from lagebild.events.targets_camps import other_camp
from lagebild.events.triggers import Trigger

# "der Angriff auf", "die Gewalt gegen", "Sanktionen gegen": what an act is aimed at
PATIENT_PREPOSITIONS = {"auf", "gegen"}


def _in_patient_phrase(span: Span, trigger: Trigger, judged: list[set[int]]) -> bool:
    """The span sits in an "auf"/"gegen" phrase on a noun inside one of the `judged` phrases of the
    trigger's object; an adjective stands for its noun ("auf die saudische Infrastruktur")."""
    # the phrase itself or one it is part of ("auf Zivilisten in Mali", "gegen Polen und Litauen")
    for word in (span.root, *span.root.ancestors):
        if word.i == trigger.token.i:
            return False
        in_patient_phrase = preposition_of(word) in PATIENT_PREPOSITIONS and word.head.pos_ == "NOUN"
        if in_patient_phrase and any(word.head.i in phrase for phrase in judged):
            return True
    return False


def victim_of_judged_act(trigger: Trigger, source: Span, actors: ActorIndex) -> Span | None:
    """Another camp's state or IGO the judged noun phrase names as the act's patient: a name or a
    nationality adjective in its "auf"/"gegen" phrase ("den Angriff auf die saudische Infrastruktur").
    The judge's own side as the victim ("sprach von einem Angriff auf die Souveränität Somalias") is
    no such case: that charge answers the offender just before."""
    phrases = _judged_phrases(trigger) if judges(trigger) else []
    indices = sorted({i for phrase in phrases for i in phrase})
    doc = trigger.token.doc
    named = (actors.by_token.get(i) or state_of_adjective(doc[i]) for i in indices)
    victims = [span for span in named if span is not None and _in_patient_phrase(span, trigger, phrases)]
    if any(not other_camp(victim, source) for victim in victims):
        return None
    return next(iter(victims), None)


def judges(trigger: Trigger) -> bool:
    """Criticism (11), rejection (12) or praise (051): a judgement of something."""
    return judging_code(trigger.entry.code)


def judging_code(code: str) -> bool:
    return code[:2] in JUDGING_ROOTS or code == PRAISE


def _judged_phrases(trigger: Trigger) -> list[set[int]]:
    """The token indices of what is judged: the matched object noun's phrase or the verb's objects."""
    token = trigger.token
    nouns = [trigger.object_noun] if trigger.object_noun not in (None, token) else []
    nouns += children(token, *PATIENT_DEPS) if trigger.entry.kind == "V" else []
    return [{t.i for t in noun.subtree} for noun in nouns if _judged_noun(noun)]


def _judged_noun(token: Token) -> bool:
    """A noun, not the object of a verb coordinated after the trigger that the parse made the noun's
    attribute ("legte Protest ein und kündigte Gegenmaßnahmen gegen Tokio an", "kündigte" ← amod)."""
    return token.pos_ == "NOUN" and not any(misparsed_as_attribute(a) for a in children(token, "amod"))
