"""Triggers whose act the sentence turns round: coercion its target refuses to yield to ("lässt sich
nicht erpressen", CAMEO 124) and a charge its quoted speaker calls baseless ("Die Vorwürfe seien
haltlos, erklärte Peskow"), which is no accusation but the speaker's denial (016)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span

from lagebild.events.arguments import ActorIndex, is_let_passive, lassen_of, preposition_of, same_actor
from lagebild.events.codebook import DENIAL, DENIAL_CODES
from lagebild.events.context_targets import context_target
from lagebild.events.triggers import Trigger
from lagebild.pipeline.annotations import EventInfo

NEGATION_WORDS = {"nicht", "nie", "niemals", "keinesfalls", "keineswegs"}
# "lässt sich nicht erpressen / einschüchtern": refusing to yield to coercion (CAMEO 124) is asserted
COERCION_ROOTS = ("13", "17")
REFUSAL_TO_YIELD = "124"
# "Die Vorwürfe seien haltlos", erklärte Peskow: the speaker denies the charge (CAMEO 016)
CHARGE_CODES = ("112",)
DISMISSIVE = {"haltlos", "unbegründet", "grundlos", "gegenstandslos", "unhaltbar", "absurd", "lächerlich",
              "falsch", "unwahr", "erfunden", "erlogen", "konstruiert", "Unsinn", "Lüge", "Lügen",
              "Propaganda", "Verleumdung"}  # fmt: skip


def as_refusal(trigger: Trigger) -> Trigger:
    """ "Polen werde sich nicht einschüchtern lassen": no threat but its refusal, by the one threatened."""
    token = trigger.token
    if (
        trigger.entry.kind != "V"
        or not trigger.entry.code.startswith(COERCION_ROOTS)
        or not is_let_passive(token)
    ):
        return trigger
    verbs = (token, lassen_of(token))
    if not any(c.lower_ in NEGATION_WORDS for v in verbs for c in v.children if c.dep_ == "advmod"):
        return trigger
    return replace(trigger, entry=replace(trigger.entry, code=REFUSAL_TO_YIELD))


def as_dismissal(trigger: Trigger, actors: ActorIndex) -> Trigger:
    """A charge its quoted speaker calls baseless ("Die Vorwürfe seien haltlos, erklärte Peskow") is
    no accusation by anyone named but the speaker's denial; the predicate is its trigger."""
    charge, predicate = trigger.token, trigger.token.head
    if (
        trigger.entry.kind != "N"
        or not trigger.entry.code.startswith(CHARGE_CODES)
        or charge.dep_ != "nsubj"
        or predicate.text not in DISMISSIVE
        or charge.i not in actors.speakers
        or any(c.lower_ in NEGATION_WORDS for c in predicate.children)  # "nicht haltlos" concedes
    ):
        return trigger
    denial = replace(trigger.entry, code=DENIAL, target="none")
    return Trigger(token=predicate, entry=denial, particle=None, object_noun=charge)


def dismissal_pairs(
    trigger: Trigger, actors: ActorIndex, context: list[EventInfo]
) -> list[tuple[Span, Span | None]]:
    """The speaker denies; the target is whoever made the charge: named with it ("die Vorwürfe
    Berlins", "die Vorwürfe aus Washington") or the counterpart of the speaker's side just before."""
    charge = trigger.object_noun
    speaker = actors.speakers[charge.i]
    phrases = [charge, *(c for c in charge.children if preposition_of(c) == "aus")]  # "aus Washington"
    named = (actors.of_phrase(phrase) for phrase in phrases)
    # the speaker's own side named with the charge is a misparse, not the accuser
    accuser = next((actor for actor in named if actor is not None and not same_actor(actor, speaker)), None)
    return [(speaker, accuser or context_target(speaker, context))]


def is_dismissal(trigger: Trigger) -> bool:
    """A trigger `as_dismissal` made: the predicate with the charge as its noun."""
    return (
        trigger.entry.code in DENIAL_CODES
        and trigger.token.text in DISMISSIVE
        and trigger.object_noun is not None
    )
