"""Sides that want or pledge to take action together against a third ("gemeinsam gegen … vorgehen")
express their intent to cooperate on security (0312), each to the other: "Kolumbien und Venezuela wollen
gemeinsam gegen bewaffnete Gruppen vorgehen" (both ways), "Die Türkei, Rumänien und Bulgarien wollen
gemeinsam gegen Treibminen vorgehen" (every pair), "hat zugesagt, gemeinsam mit Washington gegen den
Terrorismus vorzugehen" (to the partner of the "mit" phrase), as the banks code it. The lexicon reads
"vorgehen" only as the threat of going "mit aller Härte" against someone (137), so nothing else codes the
joint step. An agreement to do it ("vereinbarten, gemeinsam gegen Drogenschmuggler vorzugehen") is coded as
the agreement (057), and a step taken together ("gehen gemeinsam … gegen Rebellen vor") is the cooperation
done, not an intent."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import ActorIndex, children, preposition_of, subject_of
from lagebild.events.future_acts import WANTING
from lagebild.events.joint_exercises import JOINT, JOINT_CONFIDENCE, one_per_side
from lagebild.events.modality import modality_of
from lagebild.events.modality_words import ASSERTED, FUTURE
from lagebild.events.pledge_verbs import PROMISING
from lagebild.events.word_events import new_word_events
from lagebild.pipeline.annotations import EventInfo

INTENT_CODE = "0312"  # intent to cooperate on security
TAKING_ACTION = "vorgehen"
PARTNER, AGAINST = "mit", "gegen"
# the clause of the joint step as the pledge verb's object: "zugesagt, … vorzugehen"
PLEDGED_CLAUSE_DEPS = ("xcomp", "ccomp")


def joint_action_intents(sentence: Span, events: list[EventInfo], actors: ActorIndex) -> list[EventInfo]:
    found: list[EventInfo] = []
    for verb in sentence:
        against = any(preposition_of(c) == AGAINST for c in verb.children)
        if verb.lemma_.lower() != TAKING_ACTION or not against:
            continue
        joint = next((c for c in children(verb, "advmod") if c.lower_ == JOINT), None)
        governor = _wanting_or_pledging(verb)
        subject = subject_of(verb)
        if joint is None or governor is None or subject is None:
            continue
        sides = one_per_side(actors.of_phrases(subject))
        partners = one_per_side([a for c in _partner_phrases(verb, joint) for a in actors.of_phrases(c)])
        modality = modality_of(governor, sentence, None, sentence.doc._.article_date, made_by_saying=True)
        # a step wanted or pledged is an intent stated now, whatever the time of the step
        modality = ASSERTED if modality == FUTURE else modality
        for source in sides:
            targets = [s for s in sides + partners if s is not source]
            known = events + found
            found += new_word_events(verb, INTENT_CODE, JOINT_CONFIDENCE, [source], targets, known, modality)
    return found


def _partner_phrases(verb: Token, joint: Token) -> list[Token]:
    """The "mit" phrases on the verb or, where the parse hung them there, on "gemeinsam"."""
    return [c for c in (*verb.children, *joint.children) if preposition_of(c) == PARTNER]


def _wanting_or_pledging(verb: Token) -> Token | None:
    """The word that makes the step an intent: "wollen" on the verb, or the pledge whose clause it is."""
    wanting = next((a for a in children(verb, "aux") if WANTING.match(a.text)), None)
    if wanting is not None:
        return wanting
    pledged = verb.dep_ in PLEDGED_CLAUSE_DEPS and verb.head in PROMISING
    return verb.head if pledged else None
