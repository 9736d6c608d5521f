"""The act a denial denies: "Kiew bestreitet jede Beteiligung an der Sabotage", "wies jede Verwicklung
seines Landes von sich", "Phnom Penh bestreitet, neue Minen gelegt zu haben". The gold banks code the
denial (016) and, beside it, the denied act as the denier's, negated: the deed the involvement noun names
("an der Sabotage"), else the hostile deed the article told of just before ("Nach dem Überfall … Vučić
wies jede Verwicklung von sich"), or the hostile act of the denied clause where the coder made no event
of it; aimed at whom that deed hit, never at whom the denier itself blames. A bare "bestreitet jede
Misshandlung" denies the act its object names. A statement that the speaker's side took no part
("Das Weiße Haus erklärte, die USA seien an dem Vorfall nicht beteiligt gewesen", "Zypern sei in keiner
Weise an militärischen Operationen beteiligt, sagte er") is the same denial in a verb (016)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from lagebild.events.arguments import ActorIndex, is_passive, preposition_of, side_of, subject_of
from lagebild.events.assured_conduct import STATEMENT, stands_for_speaker
from lagebild.events.codebook import DENIAL, DENIAL_CODES, HOSTILE_ROOTS
from lagebild.events.context_targets import context_target
from lagebild.events.event_clauses import reported_clauses
from lagebild.events.lexicon import german_lexicon
from lagebild.events.modality_words import NEGATED, NEGATING_WORDS, NEGATIONS
from lagebild.events.triggers import Trigger, noun_trigger, verb_trigger
from lagebild.pipeline.annotations import EventInfo, aimed_at

# nouns that deny a part in a deed without naming it
INVOLVEMENT = {"Beteiligung", "Verwicklung", "Verstrickung", "Mitwirkung", "Mitschuld", "Mittäterschaft"}
# "Beteiligung an der Sabotage", "Verwicklung in die Tat"
DEED_PREPOSITIONS = {"an", "in", "am", "im"}
# "bestreitet jede Misshandlung": denying any such deed of one's own, not a deed someone else did
TOTAL_DETERMINERS = {"jede", "jeden", "jeder", "jedes", "jegliche", "jeglichen", "jeglicher", "jegliches"}
OBJECT_DEPS = ("obj", "nsubj", "nsubj:pass", "obl", "nmod")
# how far back the deed may have been told: the sentence before and the two before it
SENTENCES_BACK = 3
# the participle that states a part taken ("sei beteiligt gewesen"); reflexive, it is a part chosen
# ("dass sich Bratislava nicht beteiligt": a refusal), passive one given ("nicht beteiligt worden")
TAKING_PART = "beteiligen"
REFLEXIVE_DEP = "expl:pv"


def denials_of_taking_part(events: list[EventInfo], actors: ActorIndex) -> list[EventInfo]:
    """Statements that the speaker's side took no part, recoded as the denial they are."""
    return [
        replace(event, code=DENIAL, target=None) if _denies_taking_part(event, actors) else event
        for event in events
    ]


def _denies_taking_part(event: EventInfo, actors: ActorIndex) -> bool:
    if event.code != STATEMENT or event.source is None or event.modality != "asserted":
        return False
    clauses = [c for c in reported_clauses(event.trigger.root) if c.lemma_ == TAKING_PART]
    return any(_part_denied(clause) and _of_the_speaker(clause, event, actors) for clause in clauses)


def _part_denied(participle: Token) -> bool:
    """ "nicht beteiligt", "in keiner Weise beteiligt", and neither passive nor reflexive."""
    if is_passive(participle) or any(
        c.dep_ == REFLEXIVE_DEP or c.lower_ == "sich" for c in participle.children
    ):
        return False
    negated = any(c.lower_ in NEGATIONS for c in participle.children)
    in_no_way = (d for c in participle.children if preposition_of(c) == "in" for d in c.children)
    return negated or any(d.lower_ in NEGATING_WORDS for d in in_no_way)


def _of_the_speaker(participle: Token, event: EventInfo, actors: ActorIndex) -> bool:
    subject = subject_of(participle)
    return subject is not None and stands_for_speaker(subject, event, actors)


def denied_acts(found: list[EventInfo], context: list[EventInfo]) -> list[EventInfo]:
    """For each denial of a part in a hostile deed, the deed as the denier's, negated."""
    return [act for event in found for act in _denied_act(event, found, context)]


def _denied_act(denial: EventInfo, found: list[EventInfo], context: list[EventInfo]) -> list[EventInfo]:
    if denial.code not in DENIAL_CODES or denial.modality != "asserted" or denial.source is None:
        return []
    denied = _denied_noun(denial.trigger, denial.source)
    if denied is None:
        return _denied_clause_act(denial, found, context)
    if denied.text in INVOLVEMENT:
        deed = _deed_named(denied) or _deed_before(denied)
    elif any(c.lower_ in TOTAL_DETERMINERS for c in denied.children):
        deed = _hostile_code(denied)
    else:
        return []  # "wies die Warnungen zurück": a deed of someone else's, rejected
    victim = _victim(denial.source, context)
    if deed is None or victim is None:
        return []  # the gold codes a denied deed with whom it hit; none named, no act to code
    return [aimed_at(denial, victim, code=deed, modality=NEGATED)]


def _victim(denier: Span, context: list[EventInfo]) -> Span | None:
    """Whom the deed hit: the target of the latest hostile event just before that is not the denier's
    own side (what a denier is accused of, not what it suffered), else the counterpart of an event
    done to the denier ("Kurti machte Belgrad verantwortlich"). Whom the denier itself blames or
    answers ("warf dem Westen vor") argues with it; the deed need not have hit it."""
    side = side_of(denier)
    hostile = (e.target for e in reversed(context) if e.code[:2] in HOSTILE_ROOTS and e.target is not None)
    done_to_denier = [
        e for e in context if e.code[:2] in HOSTILE_ROOTS or e.source is None or side_of(e.source) != side
    ]
    victim = next((t for t in hostile if side_of(t) != side), None) or context_target(denier, done_to_denier)
    return victim if victim is not None and side_of(victim) != side else None


def _denied_clause_act(
    denial: EventInfo, found: list[EventInfo], context: list[EventInfo]
) -> list[EventInfo]:
    """ "Phnom Penh bestreitet, neue Minen gelegt zu haben": the hostile act of the denied clause, where
    the coder made no event of it because the clause names no one it hit (the denier's counterpart)."""
    clause = _clause_after(denial.trigger.root)
    if not clause or any(clause[0].i <= e.trigger.root.i <= clause[-1].i for e in found):
        return []  # none, or coded already with its own arguments
    codes = (_hostile_verb_code(t) or _hostile_code(t) for t in reversed(clause))  # the verb closes it
    deed = next((code for code in codes if code is not None), None)
    victim = _victim(denial.source, context)
    if deed is None or victim is None:
        return []
    return [aimed_at(denial, victim, code=deed, modality=NEGATED)]


def _clause_after(verb: Token) -> list[Token]:
    """The clause right after the denial verb and its comma ("bestritt erneut, dass …"), up to the next
    punctuation; read by position, as the parse often hangs it elsewhere or tags its verb otherwise."""
    doc, end = verb.doc, verb.sent.end
    comma = next((t.i for t in doc[verb.i + 1 : min(verb.i + 4, end)] if t.is_punct), None)
    if comma is None or doc[comma].text != "," or any(t.pos_ == "NOUN" for t in doc[verb.i + 1 : comma]):
        return []
    close = next((t.i for t in doc[comma + 1 : end] if t.is_punct), end)
    return list(doc[comma + 1 : close])


def _hostile_verb_code(verb: Token) -> str | None:
    """The code of a hostile act the verb names, whatever its tag ("gelegt" hung on a noun)."""
    return _code_if_hostile(verb_trigger(verb, verb.sent, german_lexicon()))


def _denied_noun(trigger: Span, denier: Span) -> Token | None:
    """The noun the denial verb takes: "bestritt jede Verwicklung", also fronted and parsed as the
    subject; never the denier, whom the parse may tag as a noun ("Moskau")."""
    verb = trigger.root
    nouns = [
        c
        for dep in OBJECT_DEPS
        for c in verb.children
        if c.dep_ == dep and c.pos_ == "NOUN" and preposition_of(c) is None
    ]
    return next((n for n in nouns if not denier.start <= n.i < denier.end), None)


def _deed_named(involvement: Token) -> str | None:
    """The hostile deed named with the involvement noun: "Beteiligung an der Sabotage", also where the
    parse hangs the phrase on the verb."""
    phrases = [*involvement.children, *involvement.head.children]
    deeds = (c for c in phrases if c.i > involvement.i and preposition_of(c) in DEED_PREPOSITIONS)
    return next((code for c in deeds if (code := _hostile_code(c)) is not None), None)


def _deed_before(involvement: Token) -> str | None:
    """The latest hostile deed a noun names in the sentence or the few sentences before."""
    doc, sentence = involvement.doc, involvement.sent
    starts = [s.start for s in doc.sents if s.start <= sentence.start]
    first = starts[-SENTENCES_BACK] if len(starts) >= SENTENCES_BACK else 0
    for token in reversed(doc[first : involvement.i]):
        code = _hostile_code(token)
        if code is not None:
            return code
    return None


def _hostile_code(noun: Token) -> str | None:
    """The code of a hostile act the noun names (13, 15, 17-20), None for any other noun."""
    return _code_if_hostile(noun_trigger(noun, german_lexicon()))


def _code_if_hostile(trigger: Trigger | None) -> str | None:
    hostile = trigger is not None and trigger.entry.code[:2] in HOSTILE_ROOTS
    return trigger.entry.code if hostile else None
