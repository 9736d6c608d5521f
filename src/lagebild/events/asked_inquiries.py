"""An inquiry or an account a demand asks for is a hypothetical event of its own (gold guidelines: the
demanded action is annotated separately; for a demanded investigation with no named addressee the
target is the party it is aimed at).

- "verlangte eine unabhängige Untersuchung" asks no one in particular: an unnamed party's inquiry (09)
  into the demand's target, the one the demand is aimed at;
- "rief Minsk zu einer Untersuchung der Todesfälle auf" asks Belarus to investigate at home (09 towards
  itself);
- "verlangte von Washington Aufklärung" asks the addressee to account to the asker: information given
  (064), one event for each who asks ("Kolumbien und Costa Rica verlangen von Peking Aufklärung").
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from lagebild.events.arguments import preposition_of, side_of
from lagebild.events.triggers import Trigger
from lagebild.pipeline.annotations import EventInfo

INQUIRY = "09"
INFORMATION_GIVEN = "064"
# what an account asked of someone is called; these nouns have no row of their own, the demand's verb
# row takes them as the thing demanded (101)
ACCOUNT_NOUNS = {"aufklärung", "auskunft", "auskünfte"}
# an appeal (02x) is always made to its target ("rief Minsk zu … auf"); a demand (10x) is often only
# aimed at its target ("verlangte eine Untersuchung" after a massacre)
APPEAL_ROOT = "02"
# how a demand names whom it asks: "forderte Minsk auf", "verlangte von Moskau", "appellierte an Kiew"
ADDRESSEE_DEPS = ("obj", "iobj")
ADDRESSEE_PREPOSITIONS = ("von", "an")
AGAINST = "gegen"
ASKED_CONFIDENCE = 0.6


def inquiries_asked(act: str | None, appeals: list[EventInfo], trigger: Trigger) -> list[EventInfo]:
    """The inquiry or account that the appeals of one trigger (one per addressee) ask for, if any."""
    first = appeals[0]
    # one appeal per asker and addressee: each addressee once
    addressed = list(
        {
            (e.target.start, e.target.end): e.target
            for e in appeals
            if e.target is not None and side_of(e.target) is not None and _addressed(e, first.trigger.root)
        }.values()
    )
    noun = trigger.object_noun
    if act is None and noun is not None and noun.lower_ in ACCOUNT_NOUNS:
        # an account is owed to the one asking, by the one asked
        askers = {(e.source.start, e.source.end): e for e in appeals}.values()
        return [_asked(e, INFORMATION_GIVEN, a, e.source) for e in askers for a in addressed]
    if act is None or not act.startswith(INQUIRY):
        return []
    if addressed:
        return [_asked(first, act, a, a) for a in addressed]
    # aimed at one party: with several targets the coder cannot tell which one the inquiry is into
    if len(appeals) != 1 or first.target is None or not _aimed_at(first.target, first.trigger.root):
        return []
    return [_asked(first, act, None, first.target)]


def _addressed(appeal: EventInfo, verb: Token) -> bool:
    """The appeal's target is whom it asks: any appeal's, or a demand's object or "von"/"an" phrase."""
    token = appeal.target.root
    if appeal.code.startswith(APPEAL_ROOT):
        return verb.sent.start <= token.i < verb.sent.end
    if token.head.i != verb.i:
        return False
    # a bare name the parser made an oblique argument is the object it stands for ("rief Minsk zu … auf")
    bare = token.dep_ == "obl:arg" and preposition_of(token) is None
    return token.dep_ in ADDRESSEE_DEPS or bare or preposition_of(token) in ADDRESSEE_PREPOSITIONS


def _aimed_at(target: Span, verb: Token) -> bool:
    """The demand's target is what the inquiry is into: the party the sentences before are about, the
    one another clause condemns ("verurteilte die Gräueltaten der RSF und verlangte eine Untersuchung"),
    or one named against ("eine Untersuchung gegen Moskau"); a party in another phrase of the demand is
    its framework or its place ("unter dem Dach der OSZE", "in Minsk")."""
    token = target.root
    while token.i != verb.i:
        if preposition_of(token) not in (None, AGAINST):
            return not verb.is_ancestor(token)
        if token.head.i == token.i:
            return True
        token = token.head
    return True


def _asked(appeal: EventInfo, code: str, source: Span | None, target: Span | None) -> EventInfo:
    return replace(
        appeal, code=code, modality="hypothetical", source=source, target=target, confidence=ASKED_CONFIDENCE
    )
