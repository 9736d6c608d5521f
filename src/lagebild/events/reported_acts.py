"""An act of force one side reports of another in indirect speech ("Die ukrainische Armee beschieße
wahllos Wohnhäuser, sagte er" from a Russian official) is also the speaker's accusation (CAMEO 112):
the quote stage knows who speaks the reported clause; the coder has the act, asserted as reported
speech is."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from lagebild.events.arguments import ActorIndex, children, side_of
from lagebild.events.modality import clause_verb
from lagebild.pipeline.annotations import QUOTE_SPANS, EventInfo

FORCE_ROOTS = ("17", "18", "19", "20")  # coercion and violence: what an accusation of an adversary names
ACCUSATION = "112"
INDIRECT = "indirect"
REPORTED_CLAUSES = ("ccomp", "parataxis")  # how a reported clause hangs on its verb of saying
ACCUSATION_CONFIDENCE = 0.6


def accusations_in_reported_speech(events: list[EventInfo], actors: ActorIndex) -> list[EventInfo]:
    accusations = []
    for event in events:
        if not event.code.startswith(FORCE_ROOTS) or event.modality != "asserted" or event.source is None:
            continue
        if not _in_reported_speech(event.trigger.root):
            continue
        speaker = actors.speakers.get(event.trigger.root.i)
        accused = side_of(event.source)
        if speaker is None or accused is None or side_of(speaker) in (None, accused):
            continue
        accusation = replace(
            event, code=ACCUSATION, source=speaker, target=event.source, confidence=ACCUSATION_CONFIDENCE
        )
        if not any(_same_dyad(accusation, other) for other in events + accusations):
            accusations.append(accusation)
    return accusations


def _in_reported_speech(trigger: Token) -> bool:
    """Indirect speech ("Die Armee beschieße …, sagte er") reports what someone claims of another: a
    clause in the subjunctive or governed by the verb of saying. A direct quotation is the speaker's own
    account, whose first person the coder already reads as the speaker's side ("„Russland hat uns
    angegriffen“"); a fact with its source ("Nach Angaben der Armee feuerten …") is no one's claim."""
    indirect = any(
        quote.start <= trigger.i < quote.end and quote._.quote is not None and quote._.quote.kind == INDIRECT
        for quote in trigger.doc.spans.get(QUOTE_SPANS, [])
    )
    verb = clause_verb(trigger)
    subjunctive = any("Sub" in t.morph.get("Mood") for t in (verb, *children(verb, "aux", "aux:pass")))
    return indirect and (subjunctive or verb.dep_ in REPORTED_CLAUSES)


def _same_dyad(a: EventInfo, b: EventInfo) -> bool:
    return (
        a.code[:2] == b.code[:2]
        and side_of(a.source) == side_of(b.source)
        and b.target is not None
        and side_of(a.target) == side_of(b.target)
    )
