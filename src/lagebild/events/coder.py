"""The German event coder: lexicon triggers + parse arguments + factuality → `EventInfo`s."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from lagebild.events.arguments import (
    ActorIndex,
    children,
    genitive_attributes,
    is_passive,
    nominative_actor,
    preposition_of,
    subject_of,
    with_preposition,
)
from lagebild.events.lexicon import Lexicon, german_lexicon
from lagebild.events.modality import clause_verb, modality_of
from lagebild.events.triggers import Trigger, noun_trigger, verb_trigger
from lagebild.pipeline.annotations import TIMEX_SPANS, EventInfo

ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
# Plain statements are quotations (the quote stage records them), not events.
STATEMENT_CODES = {"010"}
# Saying or announcing that something will be done: the announced act is the event.
FRAMING_ROOTS = {"01", "03"}
FRAMING_KEEP = {"016"}  # a denial is an event of its own
MUTUAL_ROOTS = {"03", "04", "05", "06"}  # "X und Y vereinbarten / trafen sich": both directions
AGENT_PREPOSITIONS = ("von", "durch")
PLACE_PREPOSITIONS = {"in", "im", "bei", "beim", "an", "am", "auf", "vor", "nahe", "nach"}


def code_events(doc: Doc, lexicon: Lexicon | None = None) -> list[EventInfo]:
    if doc.lang_ != "de" or not doc.has_annotation("DEP"):
        return []
    lexicon = lexicon or german_lexicon()
    actors = ActorIndex(doc)
    events: list[EventInfo] = []
    seen = set()
    for sentence in doc.sents:
        verb_objects = set()
        triggers = []
        for token in sentence:
            trigger = verb_trigger(token, sentence, lexicon)
            if trigger:
                triggers.append(trigger)
                if trigger.object_noun is not None:
                    verb_objects.add(trigger.object_noun.i)
        for token in sentence:
            if token.i in verb_objects:
                continue  # the noun is part of a verb construction already coded
            trigger = noun_trigger(token, lexicon)
            if trigger:
                triggers.append(trigger)
        found = [e for trigger in triggers for e in _events_for(trigger, sentence, actors, doc)]
        for event in _without_framing(found):
            key = (event.code, event.trigger.start, _key(event.source), _key(event.target))
            if key not in seen:
                seen.add(key)
                events.append(event)
    return events


def _without_framing(events: list[EventInfo]) -> list[EventInfo]:
    """Drop statements, and announcements whose announced act is itself coded."""
    kept = []
    for event in events:
        if event.code in STATEMENT_CODES:
            continue
        if event.code[:2] in FRAMING_ROOTS and event.code not in FRAMING_KEEP:
            trigger = event.trigger.root
            embedded = {
                t.i
                for c in trigger.children
                if c.dep_ in ("ccomp", "xcomp", "parataxis", "obj")
                for t in c.subtree
            }
            if any(other.trigger.start in embedded for other in events if other is not event):
                continue
        kept.append(event)
    return kept


def _key(span: Span | None):
    return (span.start, span.end) if span is not None else None


def _between(trigger: Trigger, actors: ActorIndex) -> list[Span]:
    """The two sides of "Gespräche zwischen X und Y" / "X und Y trafen sich"."""
    token = trigger.token
    between = [c for c in token.children if preposition_of(c) == "zwischen"]
    if between:
        return actors.of_phrases(between[0])
    if trigger.entry.code[:2] in MUTUAL_ROOTS and trigger.entry.kind == "V":
        subject = subject_of(token)
        if subject is not None and not any(c.dep_ in ("obj", "iobj") for c in token.children):
            sides = actors.of_phrases(subject)
            if len(sides) == 2:
                return sides
    return []


def _sources_and_patient(trigger: Trigger, actors: ActorIndex) -> tuple[list[Span], Span | None]:
    token = trigger.token
    if trigger.entry.kind == "N":
        agents = [c for c in token.children if preposition_of(c) in AGENT_PREPOSITIONS]
        candidates = agents + genitive_attributes(token) + children(token, "amod", "nmod:poss", "det:poss")
        for candidate in candidates:
            actor = actors.of_phrase(candidate)
            if actor is not None:
                return [actor], None
        return [], None
    if is_passive(token):
        agents = [
            c
            for c in token.children
            if c.dep_ in ("obl", "obl:agent") and preposition_of(c) in AGENT_PREPOSITIONS
        ]
        patient = next((c for c in token.children if c.dep_ == "nsubj:pass"), None)
        sources = actors.of_phrases(agents[0]) if agents else []
        return sources, actors.of_phrase(patient) if patient is not None else None
    subject = subject_of(token)
    sources = actors.of_phrases(subject) if subject is not None else []
    if not sources:
        fallback = nominative_actor(token, actors, set())
        sources = [fallback] if fallback is not None else []
    return sources, None


def _target(trigger: Trigger, actors: ActorIndex, patient: Span | None) -> Span | None:
    token, spec = trigger.token, trigger.entry.target
    if spec == "none":
        return None
    if spec in ("obj", "dat") and patient is not None:
        return patient
    candidates: list[Token] = []
    if spec == "obj":
        candidates = children(token, "obj") or children(token, "iobj")
    elif spec == "dat":
        candidates = children(token, "iobj") + [
            c
            for c in children(token, "obj", "obl")
            if "Dat" in c.morph.get("Case") and preposition_of(c) is None
        ]
    elif spec.startswith("pp:"):
        candidates = with_preposition(token, spec[3:])
    elif spec == "gen":
        candidates = genitive_attributes(token)
    elif spec == "zwischen":
        between = [c for c in token.children if preposition_of(c) == "zwischen"]
        sides = actors.of_phrases(between[0]) if between else []
        return sides[1] if len(sides) > 1 else None
    if spec == "objattr" or not candidates:
        noun = trigger.object_noun or next(iter(children(token, "obj")), None)
        if noun is not None:
            candidates += [c for c in noun.children if c.dep_ in ("amod", "nmod", "nmod:poss")]
    # an appeal, demand or accusation addressed through its clause: "forderte die EU auf, sich … zu beteiligen"
    candidates += [s for c in children(token, "ccomp", "xcomp") for s in children(c, "nsubj", "obj")]
    for candidate in candidates:
        actor = actors.of_phrase(candidate)
        if actor is not None:
            return actor
    return None


def _nearest_actor(trigger: Trigger, sentence: Span, actors: ActorIndex, exclude: set[int]) -> Span | None:
    """The actor closest after the trigger (else before it): a fallback where the parse finds none."""
    token = trigger.token
    after = [actors.by_token[i] for i in range(token.i + 1, sentence.end) if i in actors.by_token]
    before = [actors.by_token[i] for i in range(token.i - 1, sentence.start - 1, -1) if i in actors.by_token]
    for span in after + before:
        if not exclude & set(range(span.start, span.end)):
            return span
    return None


def _date(trigger: Token, sentence: Span, doc: Doc) -> str | None:
    clause = clause_verb(trigger)
    in_clause = {t.i for t in clause.subtree}
    best = None
    for span in doc.spans.get(TIMEX_SPANS, []):
        info = span._.timex
        if span.start < sentence.start or span.end > sentence.end or info is None or info.type != "DATE":
            continue
        if info.value and ISO_DATE.match(info.value):
            if span.start in in_clause:
                return info.value
            best = best or info.value
    return best or doc._.article_date


def _place(trigger: Token, actors_used: set, doc: Doc) -> Span | None:
    clause = clause_verb(trigger)
    for token in clause.subtree:
        if token.ent_iob_ != "B":
            continue
        span = next((e for e in doc.ents if e.start == token.i), None)
        if span is None or span._.place is None or (span.start, span.end) in actors_used:
            continue
        if (
            preposition_of(doc[span.end - 1]) in PLACE_PREPOSITIONS
            or preposition_of(token) in PLACE_PREPOSITIONS
        ):
            return span
    return None


def _events_for(trigger: Trigger, sentence: Span, actors: ActorIndex, doc: Doc) -> list[EventInfo]:
    sides = _between(trigger, actors)
    if len(sides) == 2:
        pairs = [(sides[0], sides[1]), (sides[1], sides[0])]
    else:
        sources, patient = _sources_and_patient(trigger, actors)
        target = _target(trigger, actors, patient)
        if target is None and sources and trigger.entry.target != "none":
            taken = {i for source in sources for i in range(source.start, source.end)}
            target = _nearest_actor(trigger, sentence, actors, taken)
        pairs = [(source, target) for source in sources]
    if not pairs:
        return []
    date = _date(trigger.token, sentence, doc)
    modality = modality_of(
        trigger.token, sentence, date if date != doc._.article_date else None, doc._.article_date
    )
    events = []
    for source, target in pairs:
        if target is not None and _same_actor(source, target):
            continue
        used = {(source.start, source.end)} | ({(target.start, target.end)} if target is not None else set())
        parts = [trigger.token, trigger.particle, source, target]
        start = min(p.start if isinstance(p, Span) else p.i for p in parts if p is not None)
        end = max(p.end if isinstance(p, Span) else p.i + 1 for p in parts if p is not None)
        trigger_span = doc[trigger.token.i : trigger.token.i + 1]
        confidence = 0.6 + (0.2 if target is not None or trigger.entry.target == "none" else 0.0)
        confidence += 0.1 if trigger.object_noun is not None else 0.0
        events.append(
            EventInfo(
                code=trigger.entry.code,
                modality=modality,
                trigger=trigger_span,
                evidence=doc[start:end],
                confidence=round(min(confidence, 0.95), 2),
                source=source,
                target=target,
                date=date,
                place=_place(trigger.token, used, doc),
            )
        )
    return events


def _same_actor(a: Span, b: Span) -> bool:
    """Both sides name one actor, or a state and its own government ("Moskau" → "Russland")."""
    actor_a = a._.actor or (a._.antecedent._.actor if a._.antecedent is not None else None)
    actor_b = b._.actor or (b._.antecedent._.actor if b._.antecedent is not None else None)
    if (a.start, a.end) == (b.start, b.end):
        return True
    if not (actor_a and actor_b):
        return False
    if actor_a.kb_id and actor_a.kb_id == actor_b.kb_id or actor_a.actor_code == actor_b.actor_code:
        return True
    bare_state = {actor_a.actor_code, actor_b.actor_code} & {actor_a.country, actor_b.country}
    return bool(actor_a.country and actor_a.country == actor_b.country and bare_state)
