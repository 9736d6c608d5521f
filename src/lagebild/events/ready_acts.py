"""An act a source declares itself ready for is its expressed intent (CAMEO 03), not the act done:
"Polen sei bereit, der Ukraine zu helfen" (033), "man stehe bereit, die Zusammenarbeit auszuweiten"
(031), "Kenia sei bereit, ein Abkommen mit Äthiopien zu unterzeichnen" (032), "sei zu Zugeständnissen
bereit" (035). The readiness is what happened, so the intent is asserted, also where it is bound to a
condition ("sei zu Zugeständnissen bereit, sofern die Rebellen …": a conditional offer is an offer);
a readiness that is itself the condition ("Wenn Polen bereit wäre, …", "Wäre Polen bereit, …") is left
as it is. The act's "zu" infinitive or its noun with "zu" hangs on the adjective ("sei bereit") or on
the verb it completes ("stehe bereit", "bereit" a particle). A declaration of unreadiness ("sei nicht
bereit, mit Japan zu verhandeln") refuses the act (12x, asserted), as "will nicht verhandeln" does. The
counterpart of a mutual act ("mit Äthiopien … unterzeichnen", coded both ways) is not ready by the
subject's word: its copy of the act goes.

A statement whose reported clause declares the speaker's side ready or open for something ("erklärte,
Moskau sei zu weiteren Kontakten bereit", "Peking sei bereit, eine konstruktive Rolle zu spielen, sagte
sie", "sagte, Iran sei für Gespräche offen") is that side's expressed intent (030), as the banks code
it, where the act itself names no event of its own (`readiness_statements`)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from lagebild.events.arguments import SUBJECT_DEPS, ActorIndex, children, is_zu_infinitive
from lagebild.events.assured_conduct import ASSURED_INTENT, STATEMENT, stands_for_speaker
from lagebild.events.event_clauses import NOMINAL_POS, VERBAL_POS, reported_clauses
from lagebild.events.governed_acts import READY_FOR
from lagebild.events.modality_words import CONDITION_MARKS, NEGATING_WORDS
from lagebild.events.prospects import INTENT_OF, prospect_intent
from lagebild.events.refusals import refusal_code
from lagebild.events.trigger_readings import INTENT_TO_MEET
from lagebild.pipeline.annotations import EventInfo

READY = {"bereit", "gewillt", "willens"}
READY_PREPOSITIONS = READY_FOR["bereit"]
# a readiness in a clause of condition or question is no declaration
CONDITIONS = CONDITION_MARKS | {"solange"}
# the Konjunktiv II of the verbs "bereit" completes: opening a clause, it states a condition (the
# Konjunktiv I "sei", "stehe" reports speech)
CONDITIONAL_FORMS = {"wäre", "wären", "stünde", "stünden", "stände", "ständen", "bliebe", "blieben"}
# the act behind a meeting offered ("sei bereit, … zu verhandeln", 036 by trigger_readings.as_offer): a
# meeting
MEETING = "04"
# a readiness coordinated with the reported clause's first verb shares its subject ("Iran werde nicht
# verzichten, sei aber für Gespräche offen")
READINESS_BESIDE = ("conj", "advcl")
PARTICLE = "compound:prt"


def as_ready_acts(events: list[EventInfo]) -> list[EventInfo]:
    """The events, those of acts declared ready for coded as intents, or as refusals where the source
    declares itself not ready; the counterpart copies dropped."""
    kept = []
    for event in events:
        found = _readiness(event)
        if found is None:
            kept.append(event)
            continue
        ready, negated = found
        subject = _subject(ready)
        if (
            subject is not None
            and event.target is not None
            and event.target.start <= subject.i < event.target.end
        ):
            continue  # the other side of a mutual act: not the one who declared itself ready
        act = MEETING if event.code == INTENT_TO_MEET else event.code
        code = refusal_code(act) if negated else prospect_intent(act)
        kept.append(replace(event, code=code, modality="asserted"))
    return kept


def _readiness(event: EventInfo) -> tuple[Token, bool] | None:
    """The word of readiness that governs the act's "zu" infinitive or its noun, and whether it is
    negated; None where there is none or where it is a condition."""
    if event.code[:2] not in INTENT_OF and event.code != INTENT_TO_MEET:
        return None
    verb = event.trigger.root
    if verb.pos_ in NOMINAL_POS and verb.dep_ != "obj":
        return _ready_for_noun(verb)
    if verb.dep_ == "obj":
        # the act's noun as the infinitive's object ("bereit, die Zusammenarbeit auszuweiten")
        verb = verb.head
    if not is_zu_infinitive(verb) or verb.dep_ != "xcomp":
        return None
    head = verb.head
    ready = head if head.lower_ in READY else _ready_particle(head)
    if ready is None or ready.i > verb.i:
        return None
    return _declared(ready, verb)


def _declared(ready: Token, act: Token) -> tuple[Token, bool] | None:
    """The readiness and whether the words before the act negate it; None where it is a condition or
    question."""
    words = [t for t in (*ready.children, *ready.head.children) if t.i < act.i]
    conditional = any(t.dep_ == "mark" and t.lower_ in CONDITIONS for t in words) or any(
        _verb_first_condition(t) for t in (*words, ready.head)
    )
    return None if conditional else (ready, any(t.lower_ in NEGATING_WORDS for t in words))


def _verb_first_condition(word: Token) -> bool:
    """ "Wäre Ungarn bereit, …, würde …": a Konjunktiv II that opens its clause states a condition."""
    opens = word.i == word.sent.start or word.doc[word.i - 1].is_punct
    return opens and word.lower_ in CONDITIONAL_FORMS


def _ready_for_noun(noun: Token) -> tuple[Token, bool] | None:
    """ "sei zu Zugeständnissen bereit", "bleibe zum Dialog bereit": the act's noun by "zu" on the adjective
    or on the verb it completes."""
    ready = noun.head if noun.head.lower_ in READY else _ready_particle(noun.head)
    if ready is None or not any(c.dep_ == "case" and c.lower_ in READY_PREPOSITIONS for c in noun.children):
        return None
    return _declared(ready, noun)


def _ready_particle(verb: Token) -> Token | None:
    """ "stehe bereit": the readiness word as the particle of the verb the infinitive hangs on."""
    if verb.pos_ not in VERBAL_POS:
        return None
    return next((c for c in verb.children if c.dep_ == PARTICLE and c.lower_ in READY), None)


def _subject(ready: Token) -> Token | None:
    """Who declares itself ready: the subject of the adjective or of the verb it completes."""
    for word in (ready, ready.head):
        subject = next(iter(children(word, *SUBJECT_DEPS)), None)
        if subject is not None:
            return subject
    return None


def readiness_statements(events: list[EventInfo], actors: ActorIndex) -> list[EventInfo]:
    """The events, statements whose reported clause declares the speaker's side ready for an act coded as
    its expressed intent (030); an act the clause names as an event of its own is coded by the framing
    rules instead (`sentence_rules.without_framing`)."""
    return [
        replace(event, code=ASSURED_INTENT) if _declares_readiness(event, actors) else event
        for event in events
    ]


def _declares_readiness(event: EventInfo, actors: ActorIndex) -> bool:
    if event.code != STATEMENT or event.source is None:
        return False
    for clause in reported_clauses(event.trigger.root):
        for word in (clause, *children(clause, *READINESS_BESIDE)):
            ready = word if _names_readiness(word) else _ready_particle(word)
            if ready is None or not _ready_for_something(ready):
                continue
            declared = _declared(ready, ready)
            subject = _subject(word)
            if declared is not None and not declared[1] and subject is not None:
                return stands_for_speaker(subject, event, actors)
    return False


def _names_readiness(word: Token) -> bool:
    return word.lower_ in READY or word.lower_ in READY_FOR


def _ready_for_something(ready: Token) -> bool:
    """The readiness names what it is for: a "zu" infinitive ("bereit, … zu spielen") or a noun with the
    word's preposition ("zu Kontakten bereit", "für Gespräche offen")."""
    prepositions = READY_FOR.get(ready.lower_, READY_PREPOSITIONS)
    words = ready.head.children if ready.dep_ == PARTICLE else ready.children
    return any(_act_infinitive(w) or _noun_after(w, prepositions) for w in words if w.i != ready.i)


def _act_infinitive(word: Token) -> bool:
    return word.dep_ == "xcomp" and is_zu_infinitive(word)


def _noun_after(word: Token, prepositions: tuple[str, ...]) -> bool:
    return word.pos_ in NOMINAL_POS and any(
        c.dep_ == "case" and c.lower_ in prepositions for c in word.children
    )
