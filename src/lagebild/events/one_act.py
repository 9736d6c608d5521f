"""One act, one event: a clause often names its act twice, by its verb and by a noun that hangs on it
("ist zu einem Besuch in Peking eingetroffen": "Besuch" and "eingetroffen" both a visit). Such a pair
with the same dyad and CAMEO root is one event; coordinated verbs ("besuchte Kiew und sprach dort mit
Kuleba") head clauses of their own and stay apart, but for praise: "lobte … und dankte …" judges one
side once. A refusal and the act it refuses are one act too ("weigerte sich, den Vertrag zu
verlängern"). Two speakers of one side who do one act together ("Lajčák und Borrell hatten beide
Seiten gedrängt") do it once for their side: one event per act and pair of sides, as the gold writes
it; the two directions of an act between two actors of one state ("Regierung und ELN unterzeichnen")
stay two."""

from __future__ import annotations

from dataclasses import replace

from lagebild.events.arguments import is_zu_infinitive, party_of
from lagebild.events.codebook import PRAISE, REJECTION_ROOT
from lagebild.events.event_clauses import VERBAL_POS, clause_verb
from lagebild.events.ruled_out_acts import with_ruled_out_acts
from lagebild.pipeline.annotations import EventInfo, aimed_at, span_offsets

# how a noun that names the verb's own act hangs on it: "zu einem Besuch … eingetroffen", "führte
# Gespräche"; a subject is another act, however the parse linked it ("Das Gipfeltreffen …, um … zu
# sprechen", a noun list misparsed as the subject of a distant verb)
COMPLEMENTS = ("obj", "obl", "obl:arg")
SEPARATE_ACTS = ("conj", "nsubj", "nsubj:pass")  # links by which a clause names an act of its own
# what CAMEO's rejections (12x) refuse: cooperation, aid, yielding, meetings (03 … 08); a refused
# statement ("weigert sich, den Völkermord anzuerkennen", 015) keeps its own code
REFUSABLE_ROOTS = ("03", "04", "05", "06", "07", "08")
# "weigerte sich, … zu verlängern"; a clause of its own stays apart, as after a colon ("wies die
# Forderungen zurück: Man werde Bazoum nicht freilassen", gold: both coded)
REFUSED_CLAUSES = ("xcomp", "ccomp")


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
    return with_ruled_out_acts(
        _one_praise_per_coordination(_without_restated_acts(_refusals_with_their_acts(merged)))
    )


def one_event_per_side_pair(events: list[EventInfo]) -> list[EventInfo]:
    """The events, but those that repeat an earlier one of the same trigger, code and pair of sides with
    other actors of those sides; an event whose actors mirror the earlier one's is its other direction."""
    kept, seen = [], {}
    for event in events:
        twins = seen.setdefault(
            (event.trigger.start, event.code, party_of(event.source), party_of(event.target)), []
        )
        if twins and not any(_mirrored(event, twin) for twin in twins):
            continue
        twins.append(event)
        kept.append(event)
    return kept


def _mirrored(event: EventInfo, other: EventInfo) -> bool:
    return span_offsets(event.source) == span_offsets(other.target) and span_offsets(
        event.target
    ) == span_offsets(other.source)


def _refusals_with_their_acts(events: list[EventInfo]) -> list[EventInfo]:
    """ "Kiew hatte sich geweigert, den Transitvertrag mit Gazprom zu verlängern": the refusal (12x) is
    the event (gold: the refused act is not coded besides it), aimed at whom the act was owed to."""
    refused: dict[int, EventInfo] = {}
    for event in events:
        if event.modality != "negated":
            continue
        refusal = next((r for r in events if _refuses(r, event)), None)
        if refusal is not None:
            refused[id(event)] = refusal
    kept = []
    for event in events:
        if id(event) in refused:
            continue
        if event.target is None:
            owed = [a.target for a in events if refused.get(id(a)) is event and a.target is not None]
            source_side = party_of(event.source)
            event = next((aimed_at(event, t) for t in owed if party_of(t) != source_side), event)
        kept.append(event)
    return kept


def _refuses(refusal: EventInfo, act: EventInfo) -> bool:
    clause = act.trigger.root
    return (
        refusal.code.startswith(REJECTION_ROOT)
        and act.code.startswith(REFUSABLE_ROOTS)
        and refusal.modality == "asserted"
        and clause.dep_ in REFUSED_CLAUSES
        and is_zu_infinitive(clause)
        and clause.head.i == refusal.trigger.root.i
    )


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


def _one_praise_per_coordination(events: list[EventInfo]) -> list[EventInfo]:
    """Praise said in coordinated verbs ("lobte die Einigung und dankte den Vermittlern", "gratulierte
    der Präsidentin und lobte die Wähler") is one judgement of one side: the gold writes one 051 per pair of
    sides. Other coordinated acts of one code stay apart ("wies den Botschafter aus und rief den
    Gesandten zurück" are two expulsions; a reproach and a name for the act are, by the gold, two)."""
    return [e for e in events if not (e.code == PRAISE and any(_praises_again(e, first) for first in events))]


def _praises_again(event: EventInfo, first: EventInfo) -> bool:
    """`event` is a praise coordinated after `first`'s verb, of the same speaker's side for the same side."""
    if first is event or first.code != PRAISE or _same_act(event) != _same_act(first):
        return False
    # the parser often hangs the second verb on the first one's last word ("lobte … für ihre Geduld und
    # dankte": "dankte" a conjunct of "Geduld"): the verb of that word's clause is the one coordinated
    verb = event.trigger.root
    return verb.dep_ == "conj" and clause_verb(verb.head).i == first.trigger.root.i


def _same_act(event: EventInfo) -> tuple:
    return (party_of(event.source), event.code, party_of(event.target), event.modality)


def _heads_its_clause(event: EventInfo) -> bool:
    return clause_verb(event.trigger.root).i == event.trigger.root.i


def _act_key(event: EventInfo, clause: int) -> tuple:
    return (clause, party_of(event.source), event.code[:2], party_of(event.target), event.modality)


def _merge(group: list[EventInfo]) -> EventInfo:
    best = max(group, key=lambda e: (e.confidence, e.trigger.root.pos_ in VERBAL_POS, len(e.evidence)))
    code = max((e.code for e in group), key=_specificity)
    return replace(best, code=code)


def _specificity(code: str) -> tuple[int, bool]:
    """Longer codes are more specific; among equals, a root's generic code ("040") is the least."""
    return (len(code), not code.endswith("0"))
