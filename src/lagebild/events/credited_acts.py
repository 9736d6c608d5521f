"""Acts an actor is thanked or praised for: "dankte Oman und Jordanien für ihre Vermittlung".

The thanks is a 051 to the one thanked; the act named after "für" is that actor's own, an event of its
own (gold: the mediation is coded beside the thanks, done by those thanked). Only meetings, talks,
mediation and pledges are credited so: a pledge ("dankte Kagame für die rasche Zusage", "zollte Xi Lob
für die Zusage, die Bahn mitzufinanzieren") was made to the thanker, as the banks code it (03x); the
gold codes no second event for the support, aid or restraint someone is thanked for ("dankte
Deutschland für die Unterstützung", "lobte beide für ihre Besonnenheit").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import first_conjunct, preposition_of, same_actor
from lagebild.events.codebook import INTENT_ROOT, MEETING_ROOT, PRAISE
from lagebild.events.event_clauses import VERBAL_POS
from lagebild.events.triggers import Trigger
from lagebild.pipeline.annotations import EventInfo, aimed_at

CREDITED = "für"
MEDIATION = "045"  # between others: no target unless the noun names one
CREDITED_ROOTS = (MEETING_ROOT, INTENT_ROOT)
# talks held together: both sides meet each other ("dankte Paris für die enge Abstimmung")
TOGETHER = ("040", "041", "044", "046")


def credited_acts(found: list[EventInfo], triggers: list[Trigger]) -> list[EventInfo]:
    """The meeting, mediation or pledge each praised actor is thanked for, where the act's noun names no
    one who did it: that would be coded from the noun itself."""
    coded = {e.trigger.start for e in found if e.source is not None}
    acts = []
    for noun in triggers:
        if noun.entry.kind != "N" or not noun.entry.code.startswith(CREDITED_ROOTS) or noun.token.i in coded:
            continue
        if preposition_of(noun.token) != CREDITED:
            continue
        for praise in found:
            if praise.code.startswith(PRAISE) and praise.target is not None and _credits(noun.token, praise):
                acts += _act_of_the_praised(noun, praise)
    return acts


def _credits(noun: Token, praise: EventInfo) -> bool:
    """The "für" phrase belongs to the praise: it hangs on the praising verb or, misparsed, on the one
    praised ("dankte Oman … für ihre Vermittlung", "für" under "Oman"), the first of those praised
    when several are ("Oman und Jordanien")."""
    praised = first_conjunct(praise.target.root, head_pos=None)
    heads = {praise.trigger.root.i, praise.target.root.i, praised.i}
    # the nearest verb above the noun, or one praised: "stünden für Vermittlungen bereit" is no thanks
    head = next((a for a in noun.ancestors if a.i in heads or a.pos_ in VERBAL_POS), None)
    return head is not None and head.i in heads and praise.trigger.start < noun.i


def _act_of_the_praised(noun: Trigger, praise: EventInfo) -> list[EventInfo]:
    doer, thanker = praise.target, praise.source
    if doer is None or thanker is None or same_actor(doer, thanker):
        return []
    trigger = noun.token.doc[noun.token.i : noun.token.i + 1]
    code = noun.entry.code
    if code.startswith(MEDIATION):
        pairs: list[tuple[Span, Span | None]] = [(doer, None)]
    elif code.startswith(TOGETHER):
        pairs = [(doer, thanker), (thanker, doer)]
    else:
        pairs = [(doer, thanker)]  # a visit paid to the thanker, a pledge made to the thanker
    return [aimed_at(praise, t, code=code, trigger=trigger, source=s) for s, t in pairs]
