"""Talks held out are an offer of talks (CAMEO 036), not talks (04x): "stellte Gespräche mit Peking in
Aussicht", "schlug Kiew ein Gipfeltreffen vor", "ließ die Tür für Gespräche mit Washington offen". The
meeting noun is the object of a verb of offering (or the "für" phrase of the door held open), and the
one who offers is the only side of the meeting that acts: his side of the meeting becomes the offer,
towards the partner the meeting names, and replaces the verb's own event (020 proposal, 030 gesture);
the partner's side is dropped."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import PATIENT_DEPS, preposition_of, same_actor, subject_of
from lagebild.events.meetings import MEETING_NOUN_CODES
from lagebild.events.triggers import Trigger
from lagebild.pipeline.annotations import EventInfo, aimed_at

OFFER_OF_TALKS = "036"
# verb rows whose object is what is offered: "vorschlagen" (020), "in Aussicht stellen" (030), "die Tür
# für … offenlassen / offenhalten" (036)
OFFERING_CODES = {"020", "030", "036"}
# of the proposals (020) only "vorschlagen" offers: a meeting "angeregt" is coded as proposed and held
PROPOSING = "020"
OFFERING_PROPOSAL = "vorschlagen"
# the noun of the door held open, whose "für" phrase names what is offered
OFFERED_FOR = "für"


def offered_meetings(events: list[EventInfo], triggers: list[Trigger]) -> list[EventInfo]:
    """The sentence's events, meetings a verb of offering holds out coded as the offerer's offer."""
    for trigger in triggers:
        entry = trigger.entry
        if entry.kind != "V" or entry.code not in OFFERING_CODES:
            continue
        if entry.code == PROPOSING and entry.lemma != OFFERING_PROPOSAL:
            continue
        own = [e for e in events if e.trigger.root.i == trigger.token.i and e.source is not None]
        for noun in _offered_meeting_nouns(trigger, events):
            meetings = [e for e in events if e.trigger.root.i == noun.i and e.code in MEETING_NOUN_CODES]
            offerer = own[0].source if own else _subject_source(trigger.token, noun, meetings)
            offers = [e for e in meetings if offerer is not None and same_actor(e.source, offerer)]
            if not offers:
                continue
            modality = own[0].modality if own else offers[0].modality
            events = [e for e in events if e not in meetings and e not in own]
            # the one offered the talks may be the verb's, not the meeting's ("schlug Kiew Gespräche vor")
            addressee = own[0].target if own else None
            events += [
                aimed_at(e, e.target or addressee, code=OFFER_OF_TALKS, modality=modality) for e in offers
            ]
            own = []
    return events


def _offered_meeting_nouns(trigger: Trigger, events: list[EventInfo]) -> list[Token]:
    """The meeting nouns the verb's object names: its object itself, or what the door is held open for."""
    verb, noun = trigger.token, trigger.object_noun
    meeting_nouns = {e.trigger.root.i: e.trigger.root for e in events if e.code in MEETING_NOUN_CODES}
    return [
        t
        for t in meeting_nouns.values()
        # a bare "obl" is an object misparsed ("stellte Trump neue Gespräche in Aussicht")
        if (t.head.i == verb.i and (t.dep_ in PATIENT_DEPS or (t.dep_ == "obl" and _bare(t))))
        or (noun is not None and t.head.i == noun.i and preposition_of(t) == OFFERED_FOR)
    ]


def _subject_source(verb: Token, noun: Token, meetings: list[EventInfo]) -> Span | None:
    """The meeting side the verb's subject names, where the verb itself coded no event; without a
    subject, the side named by another bare argument of the verb than the meeting noun (the subject
    misparsed as object: "stellte Trump neue Gespräche in Aussicht")."""
    subject = subject_of(verb)
    arguments = (
        [subject]
        if subject is not None
        else [c for c in verb.children if c.i != noun.i and c.dep_ in ("obj", "obl") and _bare(c)]
    )
    phrase = {t.i for a in arguments for t in a.subtree}
    return next((e.source for e in meetings if e.source is not None and e.source.root.i in phrase), None)


def _bare(noun: Token) -> bool:
    """No preposition ("überraschend neue Gespräche": the parse may label an adverb "case")."""
    return not any(c.dep_ == "case" and c.pos_ == "ADP" for c in noun.children)
