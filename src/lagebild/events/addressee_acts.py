"""The act an appeal or demand asks of the actor it names: "forderte Indien auf, seine Soldaten
abzuziehen" asks India to withdraw (087x) from the Maldives; "verlangte von der iranischen Führung, die
Festgenommenen freizulassen" asks Iran to release them; "appellierte an Moskau und Kiew, die Kämpfe
einzustellen" asks each to stop fighting the other. The gold banks code the appeal (02x/10x, asserted)
and the act asked for as a hypothetical event of the addressee's.

The coder finds the infinitive's act, but a weak parse loses the object that controls it (an addressee
labelled subject, an infinitive hung on the addressee or on another clause, an addressee after "an" or
"von"), and the act falls to the subject of the verb above it, the one who asks. Here the act goes to
the addressee the appeal event already resolved, where the appeal verb is one whose addressee carries
out the infinitive and the addressee is named before the infinitive."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import (
    is_organisation,
    is_zu_infinitive,
    preposition_of,
    same_actor,
    side_of,
)
from lagebild.events.asking_verbs import ADDRESSEE_MARKS
from lagebild.events.codebook import ASKING_ROOTS
from lagebild.events.event_clauses import VERBAL_POS, clause_verb
from lagebild.events.modality_words import HYPOTHETICAL
from lagebild.events.negation_scope import has_negation
from lagebild.events.triggers import Trigger
from lagebild.pipeline.annotations import EventInfo, aimed_at
from lagebild.pipeline.word_classes import RELATIVE_CLAUSES

# acts an addressee does for the one who asks, where the infinitive names no one else: withdrawing
# from its land, lifting its tariffs, paying, allowing, returning to talks (CAMEO 03 … 08)
FOR_THE_ASKER = ("03", "04", "05", "06", "07", "08")
# acts between two: talks and de-escalation
BETWEEN_TWO = ("04", "087")
NAMES = ("PROPN", "NOUN", "PRON")
AUXILIARIES = ("aux", "aux:pass")


def with_acts_of_addressees(events: list[EventInfo], triggers: list[Trigger]) -> list[EventInfo]:
    """The sentence's events, each act asked of a named addressee given to the addressee in place of
    the one who asks."""
    reassigned = _reassigned(events, triggers)
    return [a for e in events for a in reassigned.get(id(e), [e])]


def _reassigned(events: list[EventInfo], triggers: list[Trigger]) -> dict[int, list[EventInfo]]:
    """By the id of each act the coder gave to the one who asks, its addressees' versions."""
    lemmas = {t.token.i: t.entry.lemma for t in triggers}
    by_verb: dict[int, list[EventInfo]] = {}
    for appeal in events:
        mark = ADDRESSEE_MARKS.get(lemmas.get(appeal.trigger.root.i, ""), "-")
        if mark != "-" and _addresses(appeal, mark):
            by_verb.setdefault(appeal.trigger.root.i, []).append(appeal)
    reassigned = {}
    for appeals in by_verb.values():
        for act in events:
            if id(act) not in reassigned and all(_asked_of(act, appeal) for appeal in appeals):
                reassigned[id(act)] = [
                    aimed_at(act, counterpart, source=appeal.target, modality=HYPOTHETICAL)
                    for appeal, counterpart in _performers(act, appeals)
                ]
            elif id(act) not in reassigned and (other := _other_addressee(act, appeals)) is not None:
                reassigned[id(act)] = [aimed_at(act, other)]
    return reassigned


def _other_addressee(act: EventInfo, appeals: list[EventInfo]) -> Span | None:
    """The partner of an act between two that the parse already gave to one of two addressees ("appellierte
    an Moskau und Kiew, die Kämpfe einzustellen", the infinitive read as controlled by the list): the
    other addressee, where the act names no one."""
    if (
        not act.code.startswith(BETWEEN_TWO)
        or act.target is not None
        or act.source is None
        or len(appeals) != 2
    ):
        return None
    first, second = (appeal.target for appeal in appeals)
    if side_of(first) == side_of(second) or act.modality != HYPOTHETICAL:
        return None
    infinitive, verb = clause_verb(act.trigger.root), appeals[0].trigger.root
    if not is_zu_infinitive(infinitive) or infinitive.i < verb.i or finite_between(verb, infinitive):
        return None
    if same_actor(act.source, first):
        return second
    return first if same_actor(act.source, second) else None


def _performers(act: EventInfo, appeals: list[EventInfo]) -> list[tuple[EventInfo, Span | None]]:
    """Each addressee with whom it would act: an act between two asked of two sides is each one's with
    the other ("appellierte an Moskau und Kiew, die Kämpfe einzustellen")."""
    sides = {side_of(a.target) for a in appeals}
    if act.code.startswith(BETWEEN_TWO) and len(appeals) == 2 and len(sides) == 2:
        first, second = appeals
        return [(first, second.target), (second, first.target)]
    return [(appeal, _counterpart(act, appeal)) for appeal in appeals]


def _addresses(appeal: EventInfo, mark: str | None) -> bool:
    """An asserted appeal whose target is named in its sentence, marked as its addressee."""
    target, verb = appeal.target, appeal.trigger.root
    if not appeal.code.startswith(ASKING_ROOTS) or appeal.modality != "asserted" or appeal.source is None:
        return False
    if target is None or not verb.sent.start <= target.start < verb.sent.end:
        return False
    if target.root.pos_ not in NAMES:
        return False  # an actor the coder only inferred, set on a word of the verb's ("addressed at home")
    if same_actor(target, appeal.source):
        return False  # the parse took the one who asks for the one asked: no second party
    return _preposition_of_list(target.root) == mark


def _preposition_of_list(noun: Token) -> str | None:
    """The preposition of a noun, or of the list it closes ("an Moskau und Kiew": both "an")."""
    while noun.dep_ == "conj" and noun.head != noun and preposition_of(noun) is None:
        noun = noun.head
    return preposition_of(noun)


def _asked_of(act: EventInfo, appeal: EventInfo) -> bool:
    """An act in a "zu" infinitive after the appeal and its addressee, given to the one who asks."""
    if act is appeal or act.trigger.root.i == appeal.trigger.root.i or act.source is None:
        return False
    if act.modality != HYPOTHETICAL:
        return False  # what the coder did not read as asked: a fact the phrase presupposes ("die inhaftierten …")
    infinitive = clause_verb(act.trigger.root)
    verb, addressee = appeal.trigger.root, appeal.target
    if not is_zu_infinitive(infinitive) or infinitive.i < max(verb.i, addressee.end):
        return False
    if addressee.start >= min(t.i for t in infinitive.subtree):
        return False  # named inside the infinitive: what the act is done to, not who is asked
    if has_negation(infinitive, act.trigger.root):
        return False  # asked to refrain ("keine Gäste mehr zu empfangen"): no act (gold guidelines)
    return same_actor(act.source, appeal.source) and not finite_between(verb, infinitive)


def finite_between(verb: Token, infinitive: Token) -> bool:
    """A finite verb between the appeal and the infinitive opens another clause, whose infinitive is
    its own ("forderte Peking auf, …, und kündigte an, … zu bringen"); a relative clause on the
    addressee does not ("forderte alle Staaten, die Waffen liefern, auf, … zu überdenken")."""
    return any(
        t.pos_ in VERBAL_POS
        and t.morph.get("Mood")
        and t.dep_ not in AUXILIARIES
        and not in_relative_clause(t)
        for t in verb.doc[verb.i + 1 : infinitive.i]
    )


def in_relative_clause(token: Token) -> bool:
    return any(t.dep_ in RELATIVE_CLAUSES for t in (token, *token.ancestors))


def _counterpart(act: EventInfo, appeal: EventInfo) -> Span | None:
    """Whom the asked act is aimed at: whom the infinitive names, other than the addressee's own people
    ("seine Soldaten"); else, for cooperation and concessions, the state that asks ("forderte Peking
    auf, die Zölle zurückzunehmen": towards Australia). An organisation that asks is a broker, not the
    one the act is for: the act keeps the target the coder found."""
    performer = side_of(appeal.target)
    named = act.target
    if named is not None and side_of(named) != performer and not same_actor(named, appeal.source):
        return named
    if act.code.startswith(FOR_THE_ASKER) and not is_organisation(appeal.source):
        return appeal.source
    return named
