"""An act of force, a cut in relations or a broken rule one side reports of another in indirect speech ("Die
ukrainische Armee beschieße wahllos Wohnhäuser, sagte er" from a Russian official) is also the speaker's accusation (CAMEO 112):
the quote stage knows who speaks the reported clause; the coder has the act, asserted as reported
speech is."""

from __future__ import annotations

import re

from spacy.tokens import Token

from lagebild.events.arguments import ActorIndex, in_subjunctive, side_of
from lagebild.events.event_clauses import clause_verb, surface_clause
from lagebild.events.modality_words import DENIAL_HEADS
from lagebild.events.rumoured_acts import RUMOUR_NOUNS
from lagebild.pipeline.annotations import QUOTE_SPANS, EventInfo, aimed_at

# relations reduced, coercion and violence: what an accusation of an adversary names ("Algier habe mit
# der Ausweisung einen schädlichen Weg gewählt, sagte Barrot"); threats and protests reported of another
# side are mostly the reporter's account, not a charge (13-15 measured at 1 hit in 4). A rule broken (128:
# "Die Türkei verstoße gegen das Seerecht, sagte Dendias") is charged too, as the banks code it (112)
ACCUSABLE_ROOTS = ("128", "16", "17", "18", "19", "20")
ACCUSATION = "112"
INDIRECT = "indirect"
REPORTED_CLAUSES = ("ccomp", "parataxis")  # how a reported clause hangs on its verb of saying
ACCUSATION_CONFIDENCE = 0.6
# admitting an act reports it as one's own ("räumte ein", "gab zu", "gestand ein")
ADMITTING = re.compile(r"^(eingeräumt|einräum|zugegeben|zugeben|gesteht|gestand|eingestanden)")
# what a rejection of the reported clause names: the claim, not a demand. Charges and reports here, and
# the rumours of `rumoured_acts` ("wies die Spekulationen zurück, …"); a rumour's content is unvouched
# for, while a charge's or a report's is reported speech, asserted as such, so the lists stay two
REPORTED_CLAIMS = {"vorwurf", "vorwürfe", "bericht", "berichte", "darstellung", "anschuldigung",
                   "anschuldigungen", "unterstellung", "unterstellungen"}  # fmt: skip
SPLIT_ADMITTING = (("räum", "ein"), ("gab", "zu"), ("gibt", "zu"), ("gesteh", "ein"), ("gestand", "ein"))


def accusations_in_reported_speech(events: list[EventInfo], actors: ActorIndex) -> list[EventInfo]:
    accusations = []
    for event in events:
        if not event.code.startswith(ACCUSABLE_ROOTS) or event.modality != "asserted" or event.source is None:
            continue
        if not _in_reported_speech(event.trigger.root) or _admitted_or_denied(event.trigger.root):
            continue
        speaker = actors.speakers.get(event.trigger.root.i)
        accused = side_of(event.source)
        if speaker is None or accused is None or side_of(speaker) in (None, accused):
            continue
        accusation = aimed_at(
            event, event.source, code=ACCUSATION, source=speaker, confidence=ACCUSATION_CONFIDENCE
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
    return indirect and (in_subjunctive(verb) or verb.dep_ in REPORTED_CLAUSES)


def _admitted_or_denied(trigger: Token) -> bool:
    """ "Sacharowa räumte ein, Marschflugkörper hätten ein ukrainisches Kriegsschiff zerstört": an act
    admitted is a claim of one's own, not an accusation of the other side. "Neu-Delhi dementierte
    Berichte, es habe Pakistan angegriffen": a report the speaker denies accuses no one (the gold
    codes the denial and the act negated)."""
    clause = surface_clause(trigger)
    frames = [trigger.doc[clause.sent.start : clause.start], trigger.doc[clause.end : clause.sent.end]]
    words = [t.lower_ for frame in frames for t in frame]
    if any(DENIAL_HEADS.match(w) for w in words) or _rejects_a_report(words):
        return True
    return any(ADMITTING.match(w) for w in words) or any(
        w.startswith(stem) and particle in words[i + 1 :]
        for i, w in enumerate(words)
        for stem, particle in SPLIT_ADMITTING
    )


def _rejects_a_report(words: list[str]) -> bool:
    """ "wies den Vorwurf / die Berichte zurück, …": the clause is the rejected claim."""
    rejects = any(w.startswith(("zurückwies", "zurückgewiesen", "zurückweis")) for w in words) or (
        any(w in ("wies", "weist", "wiesen") for w in words) and "zurück" in words
    )
    return rejects and any(w in REPORTED_CLAIMS or RUMOUR_NOUNS.match(w) for w in words)


def _same_dyad(a: EventInfo, b: EventInfo) -> bool:
    return (
        a.code[:2] == b.code[:2]
        and side_of(a.source) == side_of(b.source)
        and b.target is not None
        and side_of(a.target) == side_of(b.target)
    )
