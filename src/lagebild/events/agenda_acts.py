"""Who would perform an act a clause puts on or off the agenda: "Ein Abbruch der Beziehungen stehe nicht
zur Debatte, betonte der Minister", "Eine Lockerung der Sanktionen ist nicht geplant, sagte sie",
"Weitere Sanktionen stehen in Brüssel nicht zur Debatte", "Eine Rückkehr kommt in Moskau nicht in
Frage". The act noun is the subject of a predicate of planning or deliberation and names no agent of
its own. Only the side that would carry the act out can plan it or rule it out, so its agent is the one
who says so: the speaker of the reported clause, or the capital the clause places the deliberation in.
The act itself is only weighed, which modality reads off the clause (negated, hypothetical). So with
"es gibt" promised, ruled out or denied ("Eine Mobilmachung werde es nicht geben, sagte er", "bestritt,
dass es Geheimgespräche gegeben habe"): only the side that would perform the act can vouch for it."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import (
    ActorIndex,
    actor_or_place,
    children,
    preposition_of,
    side_of,
    subject_of,
)
from lagebild.events.codebook import FORCE_ROOTS, PROTEST_ROOT
from lagebild.events.event_clauses import VERBAL_POS
from lagebild.events.modality_words import DENIAL_HEADS, NEGATING_WORDS
from lagebild.events.reported_acts import REPORTED_CLAUSES
from lagebild.events.saying import says
from lagebild.events.seat_sources import seats_of
from lagebild.events.triggers import Trigger

# "steht (nicht) zur Debatte / zur Diskussion / auf der Tagesordnung"
AGENDA_STANDING = "stehen"
AGENDA_NOUNS = {"debatte", "diskussion", "tagesordnung"}
# "kommt (nicht) in Frage / infrage"
QUESTION_COMING = "kommen"
QUESTION_WORDS = {"frage", "infrage"}
# "ist (nicht) geplant / vorgesehen", "gilt als ausgeschlossen"
PLANNED = {"geplant", "vorgesehen", "beabsichtigt", "ausgeschlossen", "angedacht"}
HOLDING = "gelten"
NOUN_SUBJECTS = ("nsubj", "nsubj:pass")
# "nach Angaben aus Washington": where the report comes from
REPORT = "angabe"
REPORT_ORIGINS = ("aus", "von")
SUBJUNCTIVE = "Sub"
# "es gibt" names an act without its agent; the parse takes its noun for the subject or the object
EXISTENTIAL = "geben"
EXPLETIVE = "es"
EXISTENTIAL_NOUNS = (*NOUN_SUBJECTS, "obj")
FUTURE = "werden"
# what was or will be done that anyone may report (attacks, protests), not only the side that does it
REPORTED_BY_ANYONE = (*FORCE_ROOTS, PROTEST_ROOT)


def agenda_sources(trigger: Trigger, actors: ActorIndex) -> list[Span]:
    """The capital the act is weighed in, else the speaker who reports it weighed; none where the act
    noun is no subject of an agenda predicate nor the noun of an "es gibt" a speaker vouches for."""
    noun = trigger.token
    if trigger.entry.kind != "N" or noun.dep_ not in EXISTENTIAL_NOUNS:
        return []
    predicate = noun.head
    weighed = noun.dep_ in NOUN_SUBJECTS and _weighs(predicate)
    if predicate.pos_ not in VERBAL_POS or not (weighed or _vouched_for(noun, trigger)):
        return []
    seats = seats_of(predicate, actors) or _reported_from(predicate, actors)
    if seats:
        return seats
    saying = _saying_verb(predicate) or _saying_verb_before(predicate)
    # "es gibt" only where a speaker vouches for it, not under any verb the parse hung it on ("Die
    # Polizei hält sich zurück; Festnahmen gibt es keine")
    if saying is None or not (weighed or says(saying) or DENIAL_HEADS.match(saying.text)):
        return []
    speaker = subject_of(saying)
    # "hieß es im Auswärtigen Amt": a seat after the verb of saying; one before it may be the parse's
    # misreading of a place in the reported clause ("…, sei in Mexiko kaum zu rechtfertigen, sagt sie")
    seats = [s for s in seats_of(saying, actors) if s.start > saying.i]
    return (actors.of_phrases(speaker) if speaker is not None else []) or seats


def _reported_from(predicate: Token, actors: ActorIndex) -> list[Span]:
    """ "ist nach Angaben aus Washington nicht geplant": the capital the report comes from."""
    reports = [c for c in children(predicate, "obl") if c.lemma_.lower() == REPORT]
    origins = [o for r in reports for o in r.children if preposition_of(o) in REPORT_ORIGINS]
    found = [actor_or_place(o, actors) for o in origins]
    return [f for f in found if f is not None and side_of(f) is not None]


def _saying_verb_before(predicate: Token) -> Token | None:
    """A clause in the subjunctive that no verb of saying in its own sentence reports goes on with the
    reported speech of the sentence before ("…, hieß es im Auswärtigen Amt. Ein Abbruch der Beziehungen
    stehe nicht zur Debatte."): that sentence's verb with a reported clause."""
    words = [predicate, *children(predicate, "aux", "cop")]
    if not any(SUBJUNCTIVE in w.morph.get("Mood") for w in words) or predicate.sent.start == 0:
        return None
    before = predicate.doc[predicate.sent.start - 1].sent
    # a verb of saying, not any verb a reported clause hangs on ("…, sei in Mexiko kaum zu rechtfertigen,
    # sagt sie": the parse may hang "sagt" on the clause it reports)
    return next((t for t in before if says(t) and _reports(t)), None)


def _reports(verb: Token) -> bool:
    return bool(children(verb, *REPORTED_CLAUSES)) or verb.dep_ in REPORTED_CLAUSES


def _weighs(verb: Token) -> bool:
    """ "stehe nicht zur Debatte", "kommt nicht in Frage", "ist nicht geplant", "gilt als ausgeschlossen"."""
    lemma = verb.lemma_.lower()
    words = {c.lower_ for c in verb.children} | {c.lemma_.lower() for c in verb.children}
    if lemma == AGENDA_STANDING:
        return bool(words & AGENDA_NOUNS)
    if lemma == QUESTION_COMING:
        return bool(words & QUESTION_WORDS)
    if lemma == HOLDING:
        return any(c.lower_ in PLANNED for c in children(verb, "xcomp", "obl", "advmod"))
    return verb.lower_ in PLANNED


def is_existential(predicate: Token) -> bool:
    """ "es gibt", "werde es nicht geben": a predicate that names no one."""
    return predicate.lemma_.lower() == EXISTENTIAL and any(c.lower_ == EXPLETIVE for c in predicate.children)


def _vouched_for(noun: Token, trigger: Trigger) -> bool:
    """ "Eine Mobilmachung werde es nicht geben", "Gespräche werde es geben", "bestritt, dass es
    Festnahmen gegeben habe": "es gibt" with the act noun, ruled out, promised or denied. A plain report
    that an act took place ("es habe Angriffe gegeben") may come from anyone, and so may one of force
    or protest in any form."""
    predicate = noun.head
    if trigger.entry.code[:2] in REPORTED_BY_ANYONE or not is_existential(predicate):
        return False
    negated = any(c.lower_ in NEGATING_WORDS for c in (*predicate.children, *noun.children))
    future = any(a.lemma_.lower() == FUTURE for a in children(predicate, "aux"))
    denied = predicate.dep_ in REPORTED_CLAUSES and DENIAL_HEADS.match(predicate.head.text) is not None
    return negated or future or denied


def _saying_verb(predicate: Token) -> Token | None:
    """The verb whose reported clause the predicate's is ("…, betonte Kishida" as its head, or hung on
    it by the parse as a parataxis after it)."""
    if predicate.dep_ in REPORTED_CLAUSES and predicate.head.pos_ in VERBAL_POS:
        return predicate.head
    after = [c for c in children(predicate, *REPORTED_CLAUSES) if c.i > predicate.i and c.pos_ in VERBAL_POS]
    return after[0] if after else None
