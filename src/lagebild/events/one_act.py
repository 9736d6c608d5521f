"""One act, one event: a clause often names its act twice, by its verb and by a noun that hangs on it
("ist zu einem Besuch in Peking eingetroffen": "Besuch" and "eingetroffen" both a visit). Such a pair
with the same dyad and CAMEO root is one event; coordinated verbs ("besuchte Kiew und sprach dort mit
Kuleba") head clauses of their own and stay apart."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span

from lagebild.events.arguments import side_of
from lagebild.events.modality import clause_verb
from lagebild.pipeline.annotations import EventInfo

# how a noun that names the verb's own act hangs on it: "zu einem Besuch … eingetroffen", "führte
# Gespräche"; a subject is another act, however the parse linked it ("Das Gipfeltreffen …, um … zu
# sprechen", a noun list misparsed as the subject of a distant verb)
COMPLEMENTS = ("obj", "obl", "obl:arg")


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
    return [_merge([e, *absorbed[id(e)]]) if id(e) in absorbed else e for e in kept]


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
