"""Responsibility laid on a side in reported speech: "Russland trage die alleinige Verantwortung für das
Scheitern, hieß es in einer Erklärung des Bündnisses", "Die Verantwortung trage Kiew, sagte Sacharowa".
Whoever says another side bears the blame accuses it (CAMEO 112), as the banks code it; no row of the
lexicon can make the speaker the source, so the quote stage's speaker is read here. A duty one takes on
("Europa trage eine besondere Verantwortung für die Ukraine") names no fault: only the definite blame
counts, or a share of it ("trage eine Mitschuld"), and the side blamed must be another than the speaker's.

A step justified by another side's conduct, given as a clause, blames that side too: "Vilnius begründete
die Schließung damit, dass Minsk Migranten an die Grenze schleuse" (112, as the banks code it). The side
blamed is the subject of the clause "damit" announces. A reason given as a noun phrase ("begründete den
Schritt mit der Entschließung des Parlaments", "mit den indischen Käufen russischen Öls") names a decision
or a deal as often as a fault: the tuning banks code no charge for most of them.

Conduct that is a charge by its very word, told of another side, accuses it the same way: "López Obrador
mische sich in Perus innere Angelegenheiten ein, sagte die Ministerin", "Moskau lüge, sagte Selenskyj". The
lexicon codes no such verb (stated as fact, meddling or lying is the reporter's account), and the verb of
saying gives only a statement, which the coder drops (`sentence_rules.without_framing`)."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from lagebild.events.arguments import (
    ActorIndex,
    children,
    in_subjunctive,
    is_definite,
    is_passive,
    side_named,
    side_of,
    subject_of,
)
from lagebild.events.circumstances import clause_date
from lagebild.events.conditions import condition_clauses, is_condition
from lagebild.events.modality_words import NEGATING_WORDS
from lagebild.events.reported_acts import ACCUSATION
from lagebild.events.reported_verdicts import VERDICT_CONFIDENCE
from lagebild.events.word_events import coded_between, word_event
from lagebild.pipeline.annotations import EventInfo
from lagebild.pipeline.word_classes import SUBJECT_DEPS

BEARING = "tragen"
# the blame for what is yet to follow is a warning ("warnte, Kanada trage die Verantwortung für alle Folgen"),
# as the banks code it (130), not a charge
CONSEQUENCES = frozenset({"folge", "folgen", "konsequenz", "konsequenzen"})
BLAME = frozenset({"verantwortung", "schuld"})
# a share of the blame names the fault by its word, with any article: "Washington trage eine Mitverantwortung"
SHARED_BLAME = frozenset({"mitverantwortung", "mitschuld", "hauptverantwortung", "hauptschuld"})
# the subject and the object both stand before or after the verb: "Die Verantwortung trage Russland"
ARGUMENT_DEPS = ("nsubj", "obj")
JUSTIFYING = "begründen"
# "begründete den Schritt damit, dass Peking …": the adverb that announces the reason as a clause
REASON_ADVERB = "damit"
REASON_CLAUSES = ("ccomp", "advcl")
# the charge is in the verb whatever its object: "lüge", "habe gelogen", "destabilisiere die Region",
# "schüre Ängste", "politisiere ein Projekt", "sabotiere die Gespräche", "habe spioniert"
CHARGING_VERBS = re.compile(
    r"^(lüg|gelogen|destabilisier|schür|geschürt|politisier|sabotier|spionier|provozier)"
)
# meddling needs its particle, separated or not: "mische sich … ein", "habe sich eingemischt"
MEDDLING = re.compile(r"^(einmisch|eingemischt|misch)")
MEDDLING_PARTICLE = "ein"
# conduct that would, should, could or must follow is a forecast or a demand ("Die Mitgliedschaft würde die
# EU destabilisieren", "Die USA sollten keine Konfrontation schüren"), no charge; what a side wants to do
# is charged ("Belgrad wolle den Norden destabilisieren")
UNDONE_MODALS = frozenset({"werden", "sollen", "können", "dürfen", "müssen"})


def blame_in_reported_speech(sentence: Span, events: list[EventInfo], actors: ActorIndex) -> list[EventInfo]:
    found: list[EventInfo] = []
    for verb in sentence:
        speaker = actors.speakers.get(verb.i)
        if speaker is None or verb.lemma_ != BEARING:
            continue
        # blame on a condition ("Sollte das Hilfswerk scheitern, trage Europa eine Mitschuld") warns
        if condition_clauses(verb):
            continue
        found += _accusation(verb, speaker, _side_blamed(verb, actors), events + found)
    return found


def blame_for_own_steps(sentence: Span, events: list[EventInfo], actors: ActorIndex) -> list[EventInfo]:
    found: list[EventInfo] = []
    for verb in sentence:
        if verb.lemma_ != JUSTIFYING or verb.pos_ != "VERB" or is_passive(verb):
            continue
        subject = subject_of(verb)
        source = actors.of_phrase(subject) if subject is not None else None
        if source is None:
            continue
        for blamed in _sides_given_as_reason(verb, actors):
            found += _accusation(verb, source, blamed, events + found)
    return found


def charges_in_reported_speech(
    sentence: Span, events: list[EventInfo], actors: ActorIndex
) -> list[EventInfo]:
    found: list[EventInfo] = []
    for verb in sentence:
        speaker = actors.speakers.get(verb.i)
        # the subjunctive tells the speaker's claim from the reporter's own account inside the quote
        if speaker is None or not _charging(verb) or not in_subjunctive(verb):
            continue
        # conduct on a condition ("Sollte Moskau sich einmischen, …") has not happened
        if is_condition(verb) or condition_clauses(verb):
            continue
        if any(c.lower_ in NEGATING_WORDS for c in verb.children):  # "habe sich nicht eingemischt"
            continue
        if any(c.dep_ == "aux" and c.lemma_ in UNDONE_MODALS for c in verb.children):
            continue
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        charged = side_named(subject, actors) if subject is not None else None
        found += _accusation(verb, speaker, charged, events + found)
    return found


def _accusation(verb: Token, speaker: Span, accused: Span | None, events: list[EventInfo]) -> list[EventInfo]:
    """The speaker's accusation of another side at `verb`, unless the sentence codes it already."""
    if accused is None or side_of(speaker) in (None, side_of(accused)):
        return []
    if coded_between(events, ACCUSATION[:2], speaker, accused):
        return []
    date = clause_date(verb, verb.sent, verb.doc)
    return [word_event(verb, ACCUSATION, VERDICT_CONFIDENCE, speaker, accused, date)]


def _charging(verb: Token) -> bool:
    word = verb.lower_
    if CHARGING_VERBS.match(word):
        return True
    return MEDDLING.match(word) is not None and (
        word.startswith("ein") or any(c.lower_ == MEDDLING_PARTICLE for c in verb.children)
    )


def _sides_given_as_reason(verb: Token, actors: ActorIndex) -> list[Span]:
    """The sides the reason clauses "damit" announces have as their subject ("begründete den Schritt
    damit, dass Peking …")."""
    if not any(c.lower_ == REASON_ADVERB for c in children(verb, "advmod")):
        return []
    subjects = [s for clause in children(verb, *REASON_CLAUSES) for s in children(clause, "nsubj")]
    return [side for side in map(actors.of_phrase, subjects) if side_of(side) is not None]


def _side_blamed(verb: Token, actors: ActorIndex) -> Span | None:
    """The side the verb says bears "die Verantwortung" or "eine Mitschuld" (definite or a share, not
    negated: "keine Verantwortung")."""
    arguments = [c for c in verb.children if c.dep_ in ARGUMENT_DEPS]
    blame = next((a for a in arguments if _names_blame(a)), None)
    if blame is None or any(c.lower_ in NEGATING_WORDS for c in verb.children) or _for_consequences(blame):
        return None
    bearer = next((a for a in arguments if a is not blame), None)
    return side_named(bearer, actors) if bearer is not None else None


def _names_blame(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    if any(c.lower_ in NEGATING_WORDS for c in noun.children):  # "keine Mitschuld"
        return False
    return lemma in SHARED_BLAME or (lemma in BLAME and is_definite(noun))


def _for_consequences(blame: Token) -> bool:
    return any(
        c.lemma_.lower() in CONSEQUENCES and any(p.lower_ == "für" for p in c.children)
        for c in blame.children
    )
