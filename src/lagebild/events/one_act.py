"""One act, one event: a clause often names its act twice, by its verb and by a noun that hangs on it
("ist zu einem Besuch in Peking eingetroffen": "Besuch" and "eingetroffen" both a visit). Such a pair
with the same dyad and CAMEO root is one event; coordinated verbs ("besuchte Kiew und sprach dort mit
Kuleba") head clauses of their own and stay apart."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span

from lagebild.events.arguments import side_of
from lagebild.events.event_clauses import clause_verb
from lagebild.pipeline.annotations import EventInfo

# how a noun that names the verb's own act hangs on it: "zu einem Besuch … eingetroffen", "führte
# Gespräche"; a subject is another act, however the parse linked it ("Das Gipfeltreffen …, um … zu
# sprechen", a noun list misparsed as the subject of a distant verb)
COMPLEMENTS = ("obj", "obl", "obl:arg")
SEPARATE_ACTS = ("conj", "nsubj", "nsubj:pass")  # links by which a clause names an act of its own


def one_event_per_act(events: list[EventInfo]) -> list[EventInfo]:
    """The events of one sentence, where a noun event that completes a verb event of the same dyad and
    root is merged into it: the merged event keeps the best evidence (highest confidence, the verb's
    on a tie) and the most specific code of the two. Two nouns of one clause are two acts ("Zu nennen
    wären das Gipfeltreffen mit Biden … und der Moskau-Besuch Nulands")."""
    verb_events = {_act_key(e, e.trigger.root.i): e for e in events if _heads_its_clause(e)}
    absorbed: dict[int, list[EventInfo]] = {}
    kept = []
    for event in events:
        noun = event.trigger.root
        verb_event = verb_events.get(_act_key(event, noun.head.i)) if noun.dep_ in COMPLEMENTS else None
        if verb_event is None:
            kept.append(event)
        else:
            absorbed.setdefault(id(verb_event), []).append(event)
    merged = [_merge([e, *absorbed[id(e)]]) if id(e) in absorbed else e for e in kept]
    return _without_restated_acts(merged)


def _without_restated_acts(events: list[EventInfo]) -> list[EventInfo]:
    """An act a clause names again inside its own dependents, with the same code and dyad, is one act:
    "sei bereit, nach Teheran zu reisen, um mit Raisi zu sprechen" offers one meeting. Coordinated
    clauses stay apart ("den Botschafter auszuweisen und das Konsulat zu schließen" are two acts)."""
    return [e for e in events if not any(_restates(e, outer) for outer in events)]


def _restates(inner: EventInfo, outer: EventInfo) -> bool:
    """`inner` hangs below `outer`'s trigger as the same act: not through a coordination, nor as a
    subject, which is another act however the parse linked it (as for `COMPLEMENTS`)."""
    token, top = inner.trigger.root, outer.trigger.root
    if token.i == top.i or _same_act(inner) != _same_act(outer):
        return False
    while token.i != top.i:
        if token.dep_ in SEPARATE_ACTS or token.head.i == token.i:
            return False
        token = token.head
    return True


def _same_act(event: EventInfo) -> tuple:
    return (_party(event.source), event.code, _party(event.target), event.modality)


def _heads_its_clause(event: EventInfo) -> bool:
    return clause_verb(event.trigger.root).i == event.trigger.root.i


def _act_key(event: EventInfo, clause: int) -> tuple:
    return (clause, _party(event.source), event.code[:2], _party(event.target), event.modality)


def _party(span: Span | None) -> tuple | str | None:
    """The state or IGO an actor acts for; an actor without one is only itself."""
    if span is None:
        return None
    return side_of(span) or (span.start, span.end)


def _merge(group: list[EventInfo]) -> EventInfo:
    best = max(group, key=lambda e: (e.confidence, e.trigger.root.pos_ in ("VERB", "AUX"), len(e.evidence)))
    code = max((e.code for e in group), key=_specificity)
    return replace(best, code=code)


def _specificity(code: str) -> tuple[int, bool]:
    """Longer codes are more specific; among equals, a root's generic code ("040") is the least."""
    return (len(code), not code.endswith("0"))
