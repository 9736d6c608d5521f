"""Rules over all the events the coder found in one sentence: coordinated verbs share their
counterpart, a hypothetical act named as the consequence of a condition is an asserted threat, a fear
of a development is no event, and statements or announcements that only frame another act are dropped,
as are participles of comparison ("wie angekündigt")."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Token

from lagebild.events.arguments import same_actor
from lagebild.events.conditions import is_conditional_consequence
from lagebild.events.event_clauses import surface_clause
from lagebild.events.modality_words import FUTURE_AUX, POSSIBILITY, SUBJUNCTIVE_II
from lagebild.events.speculation import POSSIBILITY_MODALS
from lagebild.pipeline.annotations import EventInfo

# Plain statements are quotations (the quote stage records them), not events.
STATEMENT_CODES = {"010"}
# a statement not made ("äußerte sich nicht", "wollte sich nicht äußern") is declining to comment
DECLINE_COMMENT = "011"
# Saying or announcing that something will be done: the announced act is the event.
FRAMING_ROOTS = {"01", "03"}
FRAMING_KEEP = {"016"}  # a denial is an event of its own
ACCUSATION_ROOTS = {"11"}  # what an accusation charges is its content, not a second event
# "kündigte an, … zu": announcing is coded 030 by the lexicon; the announced act is the event
GENERIC_INTENT = "030"
ANNOUNCING_VERB = re.compile(r"^(kündig|angekündigt|ankündig)", re.IGNORECASE)
COMPARISON_WORDS = {"wie", "als"}  # "wie angekündigt", "anders als erwartet"
# a coercive act named as the consequence of a condition is threatened (codebook 13x)
THREAT_OF = {"160": "131", "161": "1313", "162": "1311", "163": "1312", "164": "134", "166": "1313",
             "17": "132", "18": "138", "19": "138", "20": "138"}  # fmt: skip


def conditional_threats(events: list[EventInfo]) -> list[EventInfo]:
    """ "Sollte die EU weitere Sanktionen verhängen, könne Belarus die Durchleitung unterbrechen":
    the interruption stays hypothetical; threatening it is an asserted 13x event of the same dyad."""
    threats = []
    for event in events:
        code = THREAT_OF.get(event.code) or THREAT_OF.get(event.code[:2])
        if code and event.modality == "hypothetical" and is_conditional_consequence(event.trigger.root):
            threats.append(replace(event, code=code, modality="asserted"))
    return threats


# fearing a possible development is a state of mind, no act: "fürchtet, Deutschland könnte in den Krieg
# hineingezogen werden" (gold: a fear of a possible development is no event). A warning is said and
# stays (gold: "hätte unabsehbare Folgen, warnte er" = 012), as does a fear of what is happening.
FEAR_HEADS = re.compile(r"^(befürcht|fürcht|sorg)", re.IGNORECASE)
FEAR_STATEMENT_ROOT = "01"
CONTENT_CLAUSES = {"ccomp", "parataxis", "xcomp"}
# the parser also hangs an unmarked content clause on the verb as advcl ("fürchtet, der Krieg könnte …")
CONTENT_MARKS = {"dass"}
SPECULATION_WORDS = SUBJUNCTIVE_II | POSSIBILITY | POSSIBILITY_MODALS | FUTURE_AUX


def without_feared_developments(events: list[EventInfo]) -> list[EventInfo]:
    """Drop a fear aimed at nobody whose content is a clause about what could or will happen ("Polen
    fürchtet, der Konflikt könnte übergreifen"). A fear of a named act ("befürchtet eine Blockade durch
    China") stays a pessimistic comment, and a feared act the coder found is dropped as framing anyway."""
    return [e for e in events if not _fears_a_development(e)]


def _fears_a_development(event: EventInfo) -> bool:
    token = event.trigger.root
    return (
        event.code.startswith(FEAR_STATEMENT_ROOT)
        and event.target is None
        and FEAR_HEADS.match(token.text) is not None
        and any(_content_clause(c) for c in token.children)
    )


def _content_clause(child: Token) -> bool:
    marks = {m.lower_ for m in child.children if m.dep_ == "mark"}
    content = child.dep_ in CONTENT_CLAUSES or (child.dep_ == "advcl" and marks <= CONTENT_MARKS)
    return content and _speculative(child)


def _speculative(clause: Token) -> bool:
    """ "könnte", "würde", "werde", "möglicherweise": the clause says what may or will happen."""
    return any(t.lower_ in SPECULATION_WORDS for t in (clause, *clause.children))


def shared_counterparts(events: list[EventInfo]) -> list[EventInfo]:
    """Coordinated verbs share their counterpart as they share their subject: "Er wies die Vorwürfe
    zurück und sprach von einem unbegründeten Schritt" is aimed at the accuser both times."""
    by_trigger = {e.trigger.start: e for e in events if e.target is not None}
    shared = []
    for event in events:
        token = event.trigger.root
        first = by_trigger.get(token.head.i) if token.dep_ == "conj" and event.target is None else None
        if first is not None and event.source is not None and same_actor(first.source, event.source):
            event = replace(event, target=first.target)
        shared.append(event)
    return shared


def without_framing(events: list[EventInfo]) -> list[EventInfo]:
    """Drop statements, announcements whose announced act is itself coded, and the charge inside an
    accusation ("warf Russland Erpressung vor": the accusation is the event, not the blackmail). A
    negated statement stays, as what it asserts: a comment declined (011)."""
    charges = {
        other.trigger.start
        for event in events
        if event.code[:2] in ACCUSATION_ROOTS
        for other in events
        if other is not event
        and other.trigger.start in _embedded(event)
        and not _condemned_violence(event, other)
    }
    kept = []
    for event in events:
        if event.code in STATEMENT_CODES and event.modality == "negated":
            event = replace(event, code=DECLINE_COMMENT, modality="asserted")
        if event.code in STATEMENT_CODES or event.trigger.start in charges:
            continue
        if _comparison(event.trigger.root) or _announces_a_clause(event):
            continue
        framing = event.code[:2] in FRAMING_ROOTS and event.code not in FRAMING_KEEP
        if framing and any(other.trigger.start in _embedded(event) for other in events if other is not event):
            continue
        kept.append(event)
    return kept


def _comparison(trigger: Token) -> bool:
    """ "wie angekündigt", "anders als geplant", "wie erwartet": a participle compared with, no act."""
    before = trigger.doc[trigger.i - 1].lower_ if trigger.i > trigger.sent.start else ""
    return before in COMPARISON_WORDS and trigger.pos_ != "NOUN" and trigger.lower_.endswith(("t", "en"))


def _announces_a_clause(event: EventInfo) -> bool:
    """ "kündigten an, Israel werde Iran einen Preis zahlen lassen": announcing is no act of its own
    (gold: the announced act is the event, future); only a pledge of something named stays (03x)."""
    token = event.trigger.root
    if event.code != GENERIC_INTENT or not ANNOUNCING_VERB.match(token.text):
        return False
    clause = surface_clause(token)
    # "kündigte an, … zu …" before the clause, or "…, kündigte London an" after it
    opens_clause = clause.end + 1 < token.sent.end and token.doc[clause.end].text == ","
    closes_clause = clause.start > token.sent.start and clause.start == token.i
    return (
        opens_clause
        or closes_clause
        or any(c.dep_ in ("ccomp", "xcomp", "parataxis") for c in token.children)
    )


def _condemned_violence(judgement: EventInfo, act: EventInfo) -> bool:
    """ "verurteilten den iranischen Angriff": violence condemned is a fact reported, not a charge; it
    stays an event of its own where the noun names its performer."""
    return (
        judgement.code == "111"
        and act.code[:2] in ("17", "18", "19", "20")
        and act.trigger.root.pos_ == "NOUN"
    )


def _embedded(event: EventInfo) -> set[int]:
    """Tokens of the clauses and objects the event's trigger governs."""
    return {
        t.i
        for c in event.trigger.root.children
        if c.dep_ in ("ccomp", "xcomp", "parataxis", "obj")
        for t in c.subtree
    }
