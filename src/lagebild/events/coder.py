"""The German event coder: lexicon triggers + parse arguments + factuality → `EventInfo`s."""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span, Token

from lagebild.events.arguments import (
    ActorIndex,
    children,
    clause_tokens,
    genitive_attributes,
    is_act_noun,
    is_passive,
    nominative_actor,
    preposition_of,
    subject_of,
    with_preposition,
)
from lagebild.events.lexicon import Lexicon, german_lexicon, verb_forms
from lagebild.events.modality import clause_verb, modality_of
from lagebild.events.triggers import Trigger, noun_trigger, verb_trigger
from lagebild.pipeline.annotations import TIMEX_SPANS, ActorRef, EventInfo

ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
# Plain statements are quotations (the quote stage records them), not events.
STATEMENT_CODES = {"010"}
# Saying or announcing that something will be done: the announced act is the event.
FRAMING_ROOTS = {"01", "03"}
FRAMING_KEEP = {"016"}  # a denial is an event of its own
ACCUSATION_ROOTS = {"11"}  # what an accusation charges is its content, not a second event
MUTUAL_ROOTS = {"03", "04", "05", "06"}  # "X und Y vereinbarten / trafen sich": both directions
AGENT_PREPOSITIONS = ("von", "durch")
# verbs whose subject performs the act named by their object ("gab die Ausweisung bekannt"), unlike
# verbs of demanding or judging ("forderte Zusagen", "bezeichnete die Ausweisung als …"); matched by
# surface form because the lemmatizer misses them ("bekanntgegeben" → "bekanntgegeben")
DECLARING_VERBS = {
    "bekanntgeben": "gibt;gab;bekanntgegeben", "ankündigen": "kündigt;kündigte;angekündigt",
    "verkünden": "verkündet;verkündete;verkündet", "beschließen": "beschließt;beschloss;beschlossen",
    "anordnen": "ordnet;ordnete;angeordnet", "vollziehen": "vollzieht;vollzog;vollzogen",
    "mitteilen": "teilt;teilte;mitgeteilt", "bestätigen": "bestätigt;bestätigte;bestätigt",
}  # fmt: skip
CONTEXT_SENTENCES = 2  # how far back a reaction's target is looked for
PLACE_PREPOSITIONS = {"in", "im", "bei", "beim", "an", "am", "auf", "vor", "nahe", "nach"}


def code_events(doc: Doc, lexicon: Lexicon | None = None) -> list[EventInfo]:
    if doc.lang_ != "de" or not doc.has_annotation("DEP"):
        return []
    lexicon = lexicon or german_lexicon()
    actors = ActorIndex(doc)
    events: list[EventInfo] = []
    seen = set()
    for sentence in doc.sents:
        context = [e for e in events if e.trigger.start >= _context_start(sentence)]
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
        found = [e for trigger in triggers for e in _events_for(trigger, sentence, actors, doc, context)]
        for event in _without_framing(found):
            key = (event.code, event.trigger.start, _key(event.source), _key(event.target))
            if key not in seen:
                seen.add(key)
                events.append(event)
    return events


def _without_framing(events: list[EventInfo]) -> list[EventInfo]:
    """Drop statements, announcements whose announced act is itself coded, and the charge inside an
    accusation ("warf Russland Erpressung vor": the accusation is the event, not the blackmail)."""
    charges = {
        other.trigger.start
        for event in events
        if event.code[:2] in ACCUSATION_ROOTS
        for other in events
        if other is not event and other.trigger.start in _embedded(event)
    }
    kept = []
    for event in events:
        if event.code in STATEMENT_CODES or event.trigger.start in charges:
            continue
        framing = event.code[:2] in FRAMING_ROOTS and event.code not in FRAMING_KEEP
        if framing and any(other.trigger.start in _embedded(event) for other in events if other is not event):
            continue
        kept.append(event)
    return kept


def _embedded(event: EventInfo) -> set[int]:
    """Tokens of the clauses and objects the event's trigger governs."""
    return {
        t.i
        for c in event.trigger.root.children
        if c.dep_ in ("ccomp", "xcomp", "parataxis", "obj")
        for t in c.subtree
    }


def _context_start(sentence: Span) -> int:
    """Where the context of a sentence begins: the start of the sentence CONTEXT_SENTENCES before it."""
    start = sentence
    for _ in range(CONTEXT_SENTENCES):
        if start.start == 0:
            break
        start = start.doc[start.start - 1].sent
    return start.start


def _context_target(source: Span, context: list[EventInfo]) -> Span | None:
    """A reaction may name only its source ("Moskau bestreitet das.", "Stoltenberg bedauerte den
    Schritt."): its target is then the counterpart of that source in the latest event just before."""
    for earlier in reversed(context):
        if earlier.source is None or earlier.target is None:
            continue
        side, earlier_source, earlier_target = _side(source), _side(earlier.source), _side(earlier.target)
        if side is None or earlier_source == earlier_target:
            continue
        if earlier_source == side:
            return earlier.target
        if earlier_target == side:
            return earlier.source
    return None


def _target_from_context(
    trigger: Trigger, source: Span, sentence: Span, actors: ActorIndex, context: list[EventInfo]
) -> Span | None:
    """A construction that takes a target but names none here gets the counterpart from just before;
    one without a target slot (statements, appeals) only when it reacts to an event coded there."""
    if trigger.entry.target == "none":
        return _context_target(source, context)
    return _context_target(source, context) or _mentioned_counterpart(source, sentence, actors)


def _mentioned_counterpart(source: Span, sentence: Span, actors: ActorIndex) -> Span | None:
    """Else the latest actor of another side named in the sentences just before."""
    side = _side(source)
    for i in range(sentence.start - 1, _context_start(sentence) - 1, -1):
        span = actors.by_token.get(i)
        if span is not None and side is not None and _side(span) not in (None, side):
            return span
    return None


def _side(span: Span) -> str | None:
    """The state or IGO an actor span acts for: an IGO code wins over a person's nationality."""
    actor = _actor(span)
    if actor is None:
        return None
    if actor.actor_code and actor.actor_code.startswith("IGO"):
        return actor.actor_code
    return actor.country or actor.actor_code


def _actor(span: Span) -> ActorRef | None:
    return span._.actor or (span._.antecedent._.actor if span._.antecedent is not None else None)


def _key(span: Span | None):
    return (span.start, span.end) if span is not None else None


def _between(trigger: Trigger, actors: ActorIndex) -> list[Span]:
    """The two sides of "Gespräche zwischen X und Y" / "X und Y trafen sich"."""
    token = trigger.token
    between = [c for c in token.children if preposition_of(c) == "zwischen"]
    if between:
        return actors.of_phrases(between[0])
    if trigger.entry.code[:2] in MUTUAL_ROOTS and trigger.entry.kind == "V":
        subject = subject_of(token) or _coordinated_actor(token, actors)
        if subject is None:
            return []
        sides = actors.of_phrases(subject)
        if len(sides) < 2 and "Plur" in subject.morph.get("Number"):
            sides = _two_sides_within(subject, actors)
        objects = [actors.of_phrase(c) for c in token.children if c.dep_ in ("obj", "iobj")]
        if len(sides) == 2 and not any(o is not None and o not in sides for o in objects):
            return sides
    return []


def _two_sides_within(subject: Token, actors: ActorIndex) -> list[Span]:
    """A plural subject that names its two parties deep inside: "Die Delegationen unter Leitung von
    Sherman und Rjabkow berieten"; only when exactly two sides are named."""
    spans = []
    for token in subject.subtree:
        span = actors.by_token.get(token.i)
        if span is not None and _side(span) not in [_side(s) for s in spans]:
            spans.append(span)
    return spans if len(spans) == 2 else []


def _coordinated_actor(verb: Token, actors: ActorIndex) -> Token | None:
    """Where the parse finds no subject, a pair of coordinated actors in the clause before the verb
    ("waren Sherman und Rjabkow zusammengekommen") is taken as the two parties."""
    for token in clause_tokens(verb):
        conjuncts = children(token, "conj")
        if token.i < verb.i and token.i in actors.by_token and any(c.i in actors.by_token for c in conjuncts):
            return token
    return None


def _sources_and_patient(trigger: Trigger, actors: ActorIndex) -> tuple[list[Span], Span | None]:
    token = trigger.token
    if trigger.entry.kind == "N":
        for candidate in _noun_agents(token):
            actor = actors.of_phrase(candidate)
            if actor is not None:
                return [actor], None
        host = _meeting_host(trigger, actors)
        return ([host] if host is not None else []), None
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
        fallback = nominative_actor(token, actors, set()) or _inverted_subject(token, actors)
        sources = [fallback] if fallback is not None else []
    return sources, None


def _meeting_host(trigger: Trigger, actors: ActorIndex) -> Span | None:
    """A meeting named as a noun with its guest ("das Gipfeltreffen mit Joe Biden") is the meeting of
    the actor the sentence is about: the nearest one before it that is not the guest."""
    token = trigger.token
    guests = [c for c in token.children if preposition_of(c) == "mit"]
    if not trigger.entry.code.startswith("04") or not guests:
        return None
    guest = actors.of_phrase(guests[0])
    for i in range(token.i - 1, token.sent.start - 1, -1):
        span = actors.by_token.get(i)
        if span is not None and (guest is None or not _same_actor(span, guest)):
            return span
    return None


def _inverted_subject(verb: Token, actors: ActorIndex) -> Span | None:
    """A name right after a finite verb (or its finite auxiliary) that the parse left without a subject
    is, in German verb-second order, its subject ("…, schlug Sergej Lawrow vor, …", "Abbrechen will
    die Bundesregierung …")."""
    finite = [verb] if not {"Inf", "Part"} & set(verb.morph.get("VerbForm")) else []
    finite += children(verb, "aux")
    for token in finite:
        after = actors.by_token.get(token.i + 1) or actors.by_token.get(token.i + 2)
        if after is not None and after.start > token.i and _nominative(after):
            return after
    return None


def _nominative(span: Span) -> bool:
    """Not marked as an object: "forderte die EU auf" has the EU in the accusative."""
    cases = {
        case for token in span.doc[max(span.start - 1, 0) : span.end] for case in token.morph.get("Case")
    }
    return not cases & {"Acc", "Dat", "Gen"} or "Nom" in cases


def _noun_agents(noun: Token) -> list[Token]:
    """Who performs a nominal event, most reliable first. "durch" names the agent; an act noun
    ("Ausweisung", "Schließung") takes its patient, not its agent, in the genitive or with "von", so
    its agent is an adjective or the subject of the verb announcing it ("Frankreich gab die Ausweisung
    von 35 Diplomaten bekannt"); other nouns ("Angriff Russlands") take their agent there."""
    by = [c for c in noun.children if preposition_of(c) == "durch"]
    attributive = children(noun, "amod", "nmod:poss", "det:poss")
    of = [c for c in noun.children if preposition_of(c) == "von"] + genitive_attributes(noun)
    governing = noun.head if noun.dep_ == "obj" and _is_declaring(noun.head) else None
    governor_subject = subject_of(governing) if governing is not None else None
    light_verb = [governor_subject] if governor_subject is not None else []
    if is_act_noun(noun):
        return by + attributive + light_verb
    return by + of + attributive + light_verb


@cache
def _declaring_forms() -> tuple[dict[str, str | None], frozenset[str]]:
    """Finite forms (→ the particle they need) and non-finite forms of DECLARING_VERBS."""
    finite, non_finite = {}, set()
    for lemma, forms in DECLARING_VERBS.items():
        particle, finite_forms, non_finite_forms = verb_forms(lemma, forms)
        finite.update(dict.fromkeys(finite_forms, particle))
        non_finite |= non_finite_forms
    return finite, frozenset(non_finite)


def _is_declaring(verb: Token) -> bool:
    """A form of a DECLARING_VERBS verb, with its particle where a finite form needs one."""
    finite, non_finite = _declaring_forms()
    if verb.lower_ in non_finite:
        return True
    if verb.lower_ not in finite:
        return False
    particle = finite[verb.lower_]
    return particle is None or any(c.lower_ == particle for c in verb.children)


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


def _nearest_actor(trigger: Trigger, sentence: Span, actors: ActorIndex, source: Span) -> Span | None:
    """The actor closest after the trigger (else before it) on another side than the source: a
    fallback where the parse finds none ("Scholz kündigte an, Deutschland werde Sanktionen
    beschließen" must not make Scholz the target of Germany's sanctions)."""
    token, side = trigger.token, _side(source)
    after = [actors.by_token[i] for i in range(token.i + 1, sentence.end) if i in actors.by_token]
    before = [actors.by_token[i] for i in range(token.i - 1, sentence.start - 1, -1) if i in actors.by_token]
    # a bare noun phrase before one in a prepositional phrase: "Russland zur Deeskalation im Konflikt
    # um die Ukraine aufgefordert" addresses Russia
    for span in sorted(after + before, key=_in_prepositional_phrase):
        apart = span.start >= source.end or span.end <= source.start
        if apart and (side is None or _side(span) != side):
            return span
    return None


def _in_prepositional_phrase(span: Span) -> bool:
    previous = next((t for t in reversed(span.doc[span.sent.start : span.start]) if t.pos_ != "DET"), None)
    return (
        previous is not None and previous.pos_ == "ADP" or any(c.dep_ == "case" for c in span.root.children)
    )


def _fallback_target(
    trigger: Trigger, source: Span, sentence: Span, actors: ActorIndex, context: list[EventInfo]
) -> Span | None:
    """Where the parse yields no target: an actor nearby in the sentence, else one from just before."""
    if trigger.entry.target != "none":
        nearby = _nearest_actor(trigger, sentence, actors, source)
        if nearby is not None:
            return nearby
    return _target_from_context(trigger, source, sentence, actors, context)


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


def _events_for(
    trigger: Trigger, sentence: Span, actors: ActorIndex, doc: Doc, context: list[EventInfo]
) -> list[EventInfo]:
    pairs = _source_target_pairs(trigger, sentence, actors, context)
    if not pairs:
        return []
    date = _date(trigger.token, sentence, doc)
    modality = modality_of(
        trigger.token, sentence, date if date != doc._.article_date else None, doc._.article_date
    )
    events = []
    for source, target in pairs:
        if _side(source) is None:
            continue  # a coach or a village is no political actor ("Glasner lobte die Mannschaft")
        if target is not None and _same_actor(source, target):
            continue
        used = {(source.start, source.end)} | ({(target.start, target.end)} if target is not None else set())
        parts = [p for p in (trigger.token, trigger.particle, source, target) if _inside(p, sentence)]
        start = min(p.start if isinstance(p, Span) else p.i for p in parts)
        end = max(p.end if isinstance(p, Span) else p.i + 1 for p in parts)
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


def _source_target_pairs(
    trigger: Trigger, sentence: Span, actors: ActorIndex, context: list[EventInfo]
) -> list[tuple[Span, Span | None]]:
    """Who did it to whom: both directions for a symmetric event, else each source with its target(s)."""
    sides = _between(trigger, actors)
    if len(sides) == 2:
        return [(sides[0], sides[1]), (sides[1], sides[0])]
    sources, patient = _sources_and_patient(trigger, actors)
    parsed = _target(trigger, actors, patient)
    pairs = []
    for source in sources:
        target = _own_target(parsed, source) or _fallback_target(trigger, source, sentence, actors, context)
        pairs += [(source, each) for each in _coordinated(target, actors)]
    return pairs


def _coordinated(target: Span | None, actors: ActorIndex) -> list[Span | None]:
    """A target and the actors coordinated with it: "Gaslieferungen nach Polen und Bulgarien"."""
    if target is None:
        return [None]
    return [target] + [
        actors.by_token[c.i]
        for c in target.root.children
        if c.dep_ == "conj" and c.i in actors.by_token and actors.by_token[c.i] != target
    ]


def _own_target(target: Span | None, source: Span) -> Span | None:
    """A parsed target that is the source itself or its own state is a misparse, not a reason to drop
    the event ("Sacharowa drohte mit Vergeltung; Russland werde antworten")."""
    return None if target is None or _same_actor(source, target) else target


def _inside(part: Span | Token | None, sentence: Span) -> bool:
    """Evidence stays in the sentence even where a target comes from the context before it."""
    if part is None:
        return False
    start = part.start if isinstance(part, Span) else part.i
    return sentence.start <= start < sentence.end


def _same_actor(a: Span, b: Span) -> bool:
    """Both sides name one actor, or a state and its own government ("Moskau" → "Russland")."""
    actor_a, actor_b = _actor(a), _actor(b)
    if (a.start, a.end) == (b.start, b.end):
        return True
    if not (actor_a and actor_b):
        return False
    if actor_a.kb_id and actor_a.kb_id == actor_b.kb_id or actor_a.actor_code == actor_b.actor_code:
        return True
    bare_state = {actor_a.actor_code, actor_b.actor_code} & {actor_a.country, actor_b.country}
    return bool(actor_a.country and actor_a.country == actor_b.country and bare_state)
