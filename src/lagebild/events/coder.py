"""The German event coder: lexicon triggers + parse arguments + factuality → `EventInfo`s."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from lagebild.events.arguments import (
    ActorIndex,
    actor_or_place,
    adjective_actor,
    agent_after,
    children,
    clause_tokens,
    destination,
    genitive_attributes,
    is_act_noun,
    is_let_passive,
    is_passive,
    is_zu_infinitive,
    lassen_of,
    nominative_actor,
    objects_of,
    passive_agents,
    preposition_of,
    same_actor,
    side_of,
    state_of_adjective,
    subject_of,
    visitor,
    with_preposition,
)
from lagebild.events.circumstances import clause_date
from lagebild.events.codebook import DENIAL, DENIAL_CODES, FORCE_ROOTS
from lagebild.events.context_targets import (
    ACT_SENTENCES,
    context_start,
    context_target,
    fallback_target,
    in_prepositional_phrase,
    judged_act_performer,
    judges_acts_in_general,
    last_two_sides,
)
from lagebild.events.lexicon import DECIDING_VERBS, Lexicon, LexiconEntry, VerbSet, german_lexicon
from lagebild.events.modality import clause_verb, modality_of
from lagebild.events.sentence_rules import conditional_threats, shared_counterparts, without_framing
from lagebild.events.triggers import (
    Trigger,
    light_verb_lemma,
    noun_or_light_verb_phrases,
    noun_trigger,
    verb_trigger,
)
from lagebild.pipeline.annotations import EventInfo

BOTH = {"beide", "beiden"}
NOBODY = {"niemanden", "niemandem", "niemand", "keinen", "keinem", "nichts"}
MUTUAL_ROOTS = {"03", "04", "05", "06"}  # "X und Y vereinbarten / trafen sich": both directions
# places named by a description of their state ("in die ukrainische Hauptstadt"), not by a name
DESCRIBED_PLACES = {"hauptstadt", "grenzstadt", "hafenstadt", "grenzregion", "front", "region"}
VISIT_CODES = {"042"}  # the target of a visit is where it goes, wherever the lexicon row points
# a meeting named by a noun has no grammatical direction ("das Gipfeltreffen mit Biden"): both sides meet
MEETING_NOUN_CODES = {"040", "044", "046"}
REDUCING_ROOT = "16"
# verbs whose subject performs the act named by their object ("gab die Ausweisung bekannt"), unlike
# verbs of demanding or judging ("forderte Zusagen", "bezeichnete die Ausweisung als …"); matched by
# surface form because the lemmatizer misses them ("bekanntgegeben" → "bekanntgegeben")
DECLARING_VERBS = DECIDING_VERBS | {
    "vorschlagen": "schlägt;schlug;vorgeschlagen", "vorlegen": "legt;legte;vorgelegt",
    "verabschieden": "verabschiedet;verabschiedete;verabschiedet", "planen": "plant;plante;geplant",
    "vorbereiten": "bereitet;bereitete;vorbereitet", "einleiten": "leitet;leitete;eingeleitet",
}  # fmt: skip
DECLARING = VerbSet(DECLARING_VERBS)
# verbs whose subject carries out the military act their object names ("Israel flog Luftangriffe auf
# …", "Russland startete einen Großangriff", "führte einen Raketenangriff aus")
FORCE_LIGHT_VERBS = VerbSet({
    "fliegen": "fliegt;flog;geflogen", "starten": "startet;startete;gestartet",
    "ausführen": "führt;führte;ausgeführt", "durchführen": "führt;führte;durchgeführt",
    "unternehmen": "unternimmt;unternahm;unternommen", "lancieren": "lanciert;lancierte;lanciert",
    "führen": "führt;führte;geführt", "beginnen": "beginnt;begann;begonnen",
    "eröffnen": "eröffnet;eröffnete;eröffnet", "entfesseln": "entfesselt;entfesselte;entfesselt",
})  # fmt: skip
CONTROLLED = ("conj", "xcomp", "ccomp", "advcl")  # how a "zu" infinitive hangs on its controller
PROPOSALS = {"vorschlag", "vorschläge", "plan", "pläne", "entwurf", "entwürfe"}
PLACE_PREPOSITIONS = {"in", "im", "bei", "beim", "an", "am", "auf", "vor", "nahe", "nach"}
# "lässt sich nicht erpressen / einschüchtern": refusing to yield to coercion (CAMEO 124) is asserted
COERCION_ROOTS = ("13", "17")
REFUSAL_TO_YIELD = "124"
NEGATION_WORDS = {"nicht", "nie", "niemals", "keinesfalls", "keineswegs"}
# "Die Vorwürfe seien haltlos", erklärte Peskow: the speaker denies the charge (CAMEO 016)
CHARGE_CODES = ("112",)
DISMISSIVE = {"haltlos", "unbegründet", "grundlos", "gegenstandslos", "unhaltbar", "absurd", "lächerlich",
              "falsch", "unwahr", "erfunden", "erlogen", "konstruiert", "Unsinn", "Lüge", "Lügen",
              "Propaganda", "Verleumdung"}  # fmt: skip


def code_events(doc: Doc, lexicon: Lexicon | None = None) -> list[EventInfo]:
    if doc.lang_ != "de" or not doc.has_annotation("DEP"):
        return []
    lexicon = lexicon or german_lexicon()
    actors = ActorIndex(doc)
    events: list[EventInfo] = []
    seen = set()
    for sentence in doc.sents:
        context = [e for e in events if e.trigger.start >= context_start(sentence)]
        recent = [e for e in events if e.trigger.start >= context_start(sentence, ACT_SENTENCES)]
        verb_objects = set()
        triggers = []
        for token in sentence:
            trigger = verb_trigger(token, sentence, lexicon)
            if trigger:
                triggers.append(trigger)
                if trigger.object_noun is not None:
                    verb_objects.add(trigger.object_noun.i)
                verb_objects |= _suspended(trigger)
        for token in sentence:
            if token.i in verb_objects:
                continue  # the noun is part of a verb construction already coded
            trigger = noun_trigger(token, lexicon)
            if trigger:
                # a noun read as a verb form too ("Reise" / "reisen"): the noun row knows its arguments
                triggers = [t for t in triggers if t.token is not token] + [trigger]
        triggers = [_as_dismissal(_as_refusal(t), actors) for t in triggers]
        found = [
            e for trigger in triggers for e in _events_for(trigger, sentence, actors, doc, context, recent)
        ]
        found += conditional_threats(found)
        for event in without_framing(shared_counterparts(found)):
            key = (event.code, event.trigger.start, _key(event.source), _key(event.target))
            if key not in seen:
                seen.add(key)
                events.append(event)
    return events


def _as_refusal(trigger: Trigger) -> Trigger:
    """ "Polen werde sich nicht einschüchtern lassen": no threat but its refusal, by the one threatened."""
    token = trigger.token
    if (
        trigger.entry.kind != "V"
        or not trigger.entry.code.startswith(COERCION_ROOTS)
        or not is_let_passive(token)
    ):
        return trigger
    verbs = (token, lassen_of(token))
    if not any(c.lower_ in NEGATION_WORDS for v in verbs for c in v.children if c.dep_ == "advmod"):
        return trigger
    return replace(trigger, entry=replace(trigger.entry, code=REFUSAL_TO_YIELD))


def _as_dismissal(trigger: Trigger, actors: ActorIndex) -> Trigger:
    """A charge its quoted speaker calls baseless ("Die Vorwürfe seien haltlos, erklärte Peskow") is
    no accusation by anyone named but the speaker's denial; the predicate is its trigger."""
    charge, predicate = trigger.token, trigger.token.head
    if (
        trigger.entry.kind != "N"
        or not trigger.entry.code.startswith(CHARGE_CODES)
        or charge.dep_ != "nsubj"
        or predicate.text not in DISMISSIVE
        or charge.i not in actors.speakers
        or any(c.lower_ in NEGATION_WORDS for c in predicate.children)  # "nicht haltlos" concedes
    ):
        return trigger
    denial = replace(trigger.entry, code=DENIAL, target="none")
    return Trigger(token=predicate, entry=denial, particle=None, object_noun=charge)


def _dismissal_pairs(
    trigger: Trigger, actors: ActorIndex, context: list[EventInfo]
) -> list[tuple[Span, Span | None]]:
    """The speaker denies; the target is whoever made the charge: named with it ("die Vorwürfe
    Berlins", "die Vorwürfe aus Washington") or the counterpart of the speaker's side just before."""
    charge = trigger.object_noun
    speaker = actors.speakers[charge.i]
    phrases = [charge, *(c for c in charge.children if preposition_of(c) == "aus")]  # "aus Washington"
    named = (_own_target(actors.of_phrase(phrase), speaker) for phrase in phrases)
    accuser = next((actor for actor in named if actor is not None), None)
    return [(speaker, accuser or context_target(speaker, context))]


def _is_dismissal(trigger: Trigger) -> bool:
    """A trigger `_as_dismissal` made: the predicate with the charge as its noun."""
    return (
        trigger.entry.code in DENIAL_CODES
        and trigger.token.text in DISMISSIVE
        and trigger.object_noun is not None
    )


def _key(span: Span | None):
    return (span.start, span.end) if span is not None else None


def _between(trigger: Trigger, actors: ActorIndex, context: list[EventInfo]) -> list[Span]:
    """The two sides of "Gespräche zwischen X und Y" / "X und Y trafen sich" / "Beide Seiten
    vereinbarten" (the two sides of the latest event before)."""
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
        if not sides and any(t.lower_ in BOTH for t in (subject, *subject.children)):
            sides = last_two_sides(context)
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
        if span is not None and side_of(span) not in [side_of(s) for s in spans]:
            spans.append(span)
    return spans if len(spans) == 2 else []


def _suspended(trigger: Trigger) -> set[int]:
    """What a verb of reducing relations suspends or freezes is not happening: "legte die Gespräche auf
    Eis" codes no meeting, "fror die Zusammenarbeit ein" no cooperation."""
    if not trigger.entry.code.startswith(REDUCING_ROOT) or trigger.entry.kind != "V":
        return set()
    objects = objects_of(trigger.token)
    return {t.i for o in objects for t in (o, *children(o, "conj"))}


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
    if trigger.entry.kind == "N" and trigger.entry.code in VISIT_CODES:
        guest = visitor(token, actors)
        return ([guest] if guest is not None else []), None
    if trigger.entry.kind == "N":
        for candidate in _noun_agents(token, trigger.entry):
            actor = actors.of_phrase(candidate) or state_of_adjective(candidate)
            if actor is not None:
                return [actor], None
        agent = agent_after(token, actors) if is_act_noun(token) else None
        if agent is not None:
            return [agent], None
        host = _meeting_host(trigger, actors)
        return ([host] if host is not None else []), None
    if is_passive(token) and not _perfect_of_motion(trigger):
        agents = passive_agents(token)
        patient = next((c for c in token.children if c.dep_ == "nsubj:pass"), None)
        sources = actors.of_phrases(agents[0]) if agents else []
        return sources, actors.of_phrase(patient) if patient is not None else None
    if is_let_passive(token):
        # the subject suffers the act; refusing it, the subject is the source and the coercer the target
        agents = with_preposition(token, "von") + with_preposition(token, "durch")
        subject = subject_of(token) or subject_of(lassen_of(token))
        agent = actors.of_phrase(agents[0]) if agents else None
        suffering = actors.of_phrases(subject) if subject is not None else []
        if trigger.entry.code == REFUSAL_TO_YIELD:
            return suffering, agent
        return ([agent] if agent is not None else []), suffering[0] if suffering else None
    subject = subject_of(token)
    sources = actors.of_phrases(subject) if subject is not None else []
    if not sources and _misparsed_as_attribute(token):
        sources = _preceding_subjects(token, actors)
    if not sources:
        # an infinitive's clause has no subject to find: its controller's clause has
        clause = _controlling_verb(token)
        fallback = clause and (nominative_actor(clause, actors, set()) or _inverted_subject(clause, actors))
        sources = [fallback] if fallback is not None else []
    return sources, None


def _misparsed_as_attribute(verb: Token) -> bool:
    """A finite verb the parser hung on its object as an attribute ("Estland und Lettland verhängten
    Einreiseverbote …" parsed as "verhängten" ← "Einreiseverbote"). A real participle attribute follows
    its noun's article ("die von der EU verhängten Sanktionen")."""
    noun = verb.head
    if verb.dep_ != "amod" or noun.i <= verb.i or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    return not any(c.dep_ in ("det", "det:poss") and c.i < verb.i for c in noun.children)


def _preceding_subjects(verb: Token, actors: ActorIndex) -> list[Span]:
    """The first actor before such a verb outside a prepositional phrase, with the actors coordinated
    with it ("Estland, Lettland und Litauen")."""
    for token in verb.doc[verb.sent.start : verb.i]:
        span = actors.by_token.get(token.i)
        if span is not None and not in_prepositional_phrase(span):
            return actors.of_phrases(span.root)
    return []


def _perfect_of_motion(trigger: Trigger) -> bool:
    """ "Die Türkei ist in Syrien einmarschiert": a verb without an object forms its perfect with
    "sein", which the parser takes for a passive; its subject is the agent."""
    entry, verb = trigger.entry, trigger.token
    intransitive = not entry.objects and entry.target.startswith("pp:")
    auxiliaries = children(verb, "aux:pass")
    return intransitive and bool(auxiliaries) and all(a.lemma_ == "sein" for a in auxiliaries)


def _controlling_verb(verb: Token) -> Token | None:
    """The verb whose subject a "zu" infinitive shares ("Biden versprach, … zu telefonieren"); none
    where the parse hangs the infinitive on a noun."""
    while is_zu_infinitive(verb) and verb.dep_ in CONTROLLED and verb.head is not verb:
        verb = verb.head
    return verb if verb.pos_ in ("VERB", "AUX") else None


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
        if span is not None and (guest is None or not same_actor(span, guest)):
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


def _noun_agents(noun: Token, entry: LexiconEntry) -> list[Token]:
    """Who performs a nominal event, most reliable first. "durch" names the agent; an act noun
    ("Ausweisung", "Schließung") takes its patient, not its agent, in the genitive or with "von", so
    its agent is an adjective or the subject of the verb announcing it ("Frankreich gab die Ausweisung
    von 35 Diplomaten bekannt") or of the light verb the lexicon row asks for ("Die Behörden leiteten
    eine Untersuchung ein"); other nouns ("Angriff Russlands") take their agent there."""
    by = [c for c in noun.children if preposition_of(c) == "durch"]
    attributive = children(noun, "amod", "nmod:poss", "det:poss")
    of = [c for c in noun.children if preposition_of(c) == "von"] + genitive_attributes(noun)
    # a name right after the noun is its genitive, whatever the parse says ("der Krieg Russlands" as appos)
    of += [c for c in children(noun, "appos") if c.i == noun.i + 1 and c.pos_ == "PROPN"]
    governing = _performing_verb(noun, entry)
    governor_subject = subject_of(governing) if governing is not None else None
    light_verb = [governor_subject] if governor_subject is not None else []
    # the parser made the noun the clause's head, its verb a modifier ("Israel flog Luftangriffe auf
    # …", "flog" ← amod): the subject it gave the noun performs the act; not so under a copula
    if not children(noun, "cop"):
        light_verb += children(noun, "nsubj")
    if is_act_noun(noun):
        return by + attributive + light_verb
    return by + of + attributive + light_verb


def _performing_verb(noun: Token, entry: LexiconEntry) -> Token | None:
    """The verb whose subject performs the act the noun names: a declaring verb or the row's light verb
    with the noun as object, also through a proposal ("legte Vorschläge für ein Sanktionspaket vor");
    a verb of denial, whose subject denies its own act ("bestritt jegliche Angriffsabsichten"). A
    declaring verb is known by its form, whatever tag the tagger gave it ("dass Moskau einen Angriff
    plane", "plane" as ADJ)."""
    if noun.dep_ == "nmod" and preposition_of(noun) == "für" and noun.head.lemma_.lower() in PROPOSALS:
        noun = noun.head
    verb = noun.head
    if noun.dep_ not in ("obj", "nsubj:pass") or verb.pos_ not in ("VERB", "AUX") and verb not in DECLARING:
        return None
    light = verb.lemma_.lower() in entry.objects or light_verb_lemma(verb) in entry.objects
    if verb in DECLARING or light or _sets_on_its_way(verb):
        return verb
    if entry.code[:2] in FORCE_ROOTS and verb in FORCE_LIGHT_VERBS:
        return verb
    return verb if _denies(verb) else None


def _denies(verb: Token) -> bool:
    """A plain verb of denial ("bestreiten", "dementieren"), not one that needs its object ("wies die
    Vorwürfe zurück")."""
    entries = german_lexicon().verbs_by_form.get(verb.lower_, ())
    return any(e.code == DENIAL and not e.objects for e in entries)


def _sets_on_its_way(verb: Token) -> bool:
    """ "bringt Sanktionen auf den Weg": an idiom for initiating the act."""
    return verb.lemma_.lower() == "bringen" and any(c.lower_ == "weg" for c in verb.children)


def _target(trigger: Trigger, actors: ActorIndex, patient: Span | None, source: Span) -> Span | None:
    token, spec = trigger.token, trigger.entry.target
    if spec == "none":
        return None
    if trigger.entry.code in VISIT_CODES:
        if trigger.entry.kind == "N":
            return destination(token, actors)
        return _visited(token, actors)
    if spec in ("obj", "dat") and patient is not None:
        return patient
    candidates: list[Token] = []
    if spec == "obj":
        # in the passive the object is the subject: "der iranische Angriff wurde verurteilt"
        candidates = objects_of(token) or children(token, "iobj") or children(token, "nsubj:pass")
        # an adverb after the object misparsed as a subjectless clause takes the object with it:
        # "verurteilte den iranischen Angriff scharf"
        candidates = candidates or [
            g
            for c in children(token, "ccomp", "xcomp")
            if not children(c, "nsubj")
            for g in children(c, "obj")
        ]
    elif spec == "dat":
        candidates = children(token, "iobj") + [
            c
            for c in children(token, "obj", "obl")
            if "Dat" in c.morph.get("Case") and preposition_of(c) is None
        ]
    elif spec.startswith("pp:"):
        candidates = noun_or_light_verb_phrases(trigger, spec[3:])
    elif spec == "gen":
        # an act noun takes its patient in the genitive or with "von" ("die Ausweisung von 35 Diplomaten")
        patients = [c for c in token.children if preposition_of(c) == "von"] if is_act_noun(token) else []
        candidates = genitive_attributes(token) + patients
    elif spec == "zwischen":
        between = [c for c in token.children if preposition_of(c) == "zwischen"]
        sides = actors.of_phrases(between[0]) if between else []
        return sides[1] if len(sides) > 1 else None
    if spec == "objattr" or not candidates:
        noun = trigger.object_noun or next(iter(children(token, "obj")), None)
        if noun is not None:
            candidates += [c for c in noun.children if c.dep_ in ("amod", "nmod", "nmod:poss")]
    for candidate in candidates:
        actor = actors.of_phrase(candidate)
        if actor is not None:
            return actor
    # a place or territory named instead of an actor: "rief seinen Botschafter aus Moskau zurück",
    # "stieß in die Region Kursk vor", "drang auf russisches Gebiet vor"
    # "die Halbinsel Krim kontrolliert": the object itself may name the place
    named_object = [trigger.object_noun] if spec == "objattr" and trigger.object_noun is not None else []
    for candidate in candidates + named_object:
        stand_in = (
            actor_or_place(candidate, actors) or state_of_adjective(candidate) or adjective_actor(candidate)
        )
        if stand_in is not None and not _same_side(stand_in, source):
            return stand_in
    # an appeal, demand or accusation addressed through its clause ("forderte die EU auf, sich … zu
    # beteiligen"); an actor of the source's own side there is the topic ("beklagte, dass der Sender
    # RT DE keine Lizenz erhalte"), not the addressee
    for clause in children(token, "ccomp", "xcomp"):
        for candidate in children(clause, "nsubj", "obj"):
            actor = actors.of_phrase(candidate)
            if actor is not None and side_of(actor) != side_of(source):
                return actor
    return None


def _visited(verb: Token, actors: ActorIndex) -> Span | None:
    """What a visit verb's object names, an actor or a place; where the parse misses the object
    ("hatte die Politikerin Kiew besucht", Kiew parsed as an apposition), the nearest place named
    in the sentence outside a prepositional phrase."""
    visited = children(verb, "obj") + with_preposition(verb, "in") + with_preposition(verb, "nach")
    for phrase in visited:
        place = actor_or_place(phrase, actors)
        # "besuchte die ukrainische Hauptstadt": a place described by its state's adjective
        if place is None and phrase.lemma_.lower() in DESCRIBED_PLACES:
            place = adjective_actor(phrase)
        if place is not None:
            return place
    places = [e for e in verb.sent.ents if e._.place is not None and not in_prepositional_phrase(e)]
    nearest = min(places, key=lambda e: abs(e.start - verb.i), default=None)
    return actor_or_place(nearest.root, actors) if nearest is not None else None


def _date(trigger: Token, sentence: Span, doc: Doc) -> str | None:
    return clause_date(clause_verb(trigger), sentence, doc) or doc._.article_date


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
    trigger: Trigger,
    sentence: Span,
    actors: ActorIndex,
    doc: Doc,
    context: list[EventInfo],
    recent: list[EventInfo],
) -> list[EventInfo]:
    pairs = _source_target_pairs(trigger, sentence, actors, context, recent)
    if not pairs:
        return []
    date = _date(trigger.token, sentence, doc)
    modality = modality_of(
        trigger.token, sentence, date if date != doc._.article_date else None, doc._.article_date
    )
    if trigger.entry.code == REFUSAL_TO_YIELD and modality in ("negated", "future"):
        modality = "asserted"  # the negation is the refusal; announcing it is taking the stand
    events = []
    for source, target in pairs:
        if side_of(source) is None:
            continue  # a coach or a village is no political actor ("Glasner lobte die Mannschaft")
        if target is not None and same_actor(source, target):
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
    trigger: Trigger, sentence: Span, actors: ActorIndex, context: list[EventInfo], recent: list[EventInfo]
) -> list[tuple[Span, Span | None]]:
    """Who did it to whom: both directions for a symmetric event, else each source with its target(s).
    `recent` are the events of the last ACT_SENTENCES sentences, where an act judged here may be."""
    if _is_dismissal(trigger):
        return _dismissal_pairs(trigger, actors, context)
    sides = _between(trigger, actors, context)
    if len(sides) == 2:
        return [(sides[0], sides[1]), (sides[1], sides[0])]
    sources, patient = _sources_and_patient(trigger, actors)
    if _names_nobody(trigger.token):
        return [(source, None) for source in sources]
    pairs = []
    for source in sources:
        # a judged act's performer comes before what the parse attaches to the act noun ("verurteilte
        # den Angriff Irans auf Israel" targets Iran, not Israel)
        parsed = judged_act_performer(trigger, source, actors, recent) or _own_target(
            _target(trigger, actors, patient, source), source
        )
        guessable = not judges_acts_in_general(trigger)
        target = parsed or (
            fallback_target(trigger, source, sentence, actors, context) if guessable else None
        )
        if target is None and _force_named_in_passing(trigger):
            continue
        pairs += [(source, each) for each in _coordinated(target, actors)]
    if trigger.entry.kind == "N" and trigger.entry.code in MEETING_NOUN_CODES:
        pairs += [(target, source) for source, target in pairs if target is not None]
    return pairs


def _force_named_in_passing(trigger: Trigger) -> bool:
    """Force named by a noun with its actor but no one it is aimed at, here or in a hostile act just
    before ("bestritt jegliche Angriffsabsichten", "ein israelischer Gegenschlag"): too little to code."""
    return trigger.entry.kind == "N" and trigger.entry.code[:2] in FORCE_ROOTS


def _names_nobody(verb: Token) -> bool:
    """The object is a negative pronoun ("Russland bedrohe niemanden"): there is no target to look for."""
    return any(c.dep_ in ("obj", "iobj") and c.lower_ in NOBODY for c in verb.children)


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
    return None if target is None or same_actor(source, target) else target


def _inside(part: Span | Token | None, sentence: Span) -> bool:
    """Evidence stays in the sentence even where a target comes from the context before it."""
    if part is None:
        return False
    start = part.start if isinstance(part, Span) else part.i
    return sentence.start <= start < sentence.end


def _same_side(a: Span, b: Span) -> bool:
    return side_of(a) is not None and side_of(a) == side_of(b)
