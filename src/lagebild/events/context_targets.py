"""Targets the clause does not name: the counterpart in the sentences just before, an actor nearby,
or nobody. A weak parser leaves many targets unattached, and a reaction often names only its source
("Moskau bestreitet das."); these rules guess carefully and prefer no target to a wrong one."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import (
    ActorIndex,
    act_agent,
    actor_of,
    children,
    is_act_noun,
    passive_agents,
    same_actor,
    side_of,
    subject_of,
    with_preposition,
)
from lagebild.events.codebook import DENIAL_CODES, FORCE_ROOTS, HOSTILE_ROOTS
from lagebild.events.lexicon import german_lexicon
from lagebild.events.triggers import Trigger, noun_or_light_verb_phrases
from lagebild.pipeline.annotations import EventInfo

# determiners and pronouns of an object that refers back to something said before
ANAPHORIC = {"der", "die", "das", "den", "dem", "des", "dies", "diese", "dieser", "diesen", "dieses",
             "solche", "es"}  # fmt: skip

CONTEXT_SENTENCES = 2  # how far back a reaction's target is looked for
ACT_SENTENCES = 3  # how far back the act a judgement names by a noun ("die Hinrichtung") may be
# judging an act: its target is whoever performed it ("verurteilte die Hinrichtung", "lobte die
# Freilassung der Geiseln durch die Hamas", "lehnte die Sanktionen ab"). Denials (016) are left out:
# their target is the accuser, and only where the sentence names one.
JUDGING_ROOTS = ("11", "12")
JUDGING_CODES = ("051",)
NOUN_DETERMINERS = {"der", "die", "das", "den", "dem", "des", "dieser", "diese", "diesen", "diesem", "dieses"}
# "verurteilte jeden Angriff auf Zivilisten": acts of a kind in general, by no one in particular
GENERIC_DETERMINERS = {"jeder", "jede", "jeden", "jedem", "jedes", "alle", "allen", "aller", "jegliche",
                       "jeglichen", "jeglicher", "jegliches", "sämtliche", "sämtlichen"}  # fmt: skip


def context_start(sentence: Span, sentences: int = CONTEXT_SENTENCES) -> int:
    """Where the context of a sentence begins: the start of the sentence `sentences` before it."""
    start = sentence
    for _ in range(sentences):
        if start.start == 0:
            break
        start = start.doc[start.start - 1].sent
    return start.start


def context_target(source: Span, context: list[EventInfo]) -> Span | None:
    """A reaction may name only its source ("Moskau bestreitet das.", "Stoltenberg bedauerte den
    Schritt."): its target is then the counterpart of that source in the latest event just before."""
    for earlier in reversed(context):
        if earlier.source is None or earlier.target is None:
            continue
        side, earlier_source, earlier_target = (
            side_of(source),
            side_of(earlier.source),
            side_of(earlier.target),
        )
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
        return context_target(source, context)
    if _own_representatives(trigger):
        # "rief seinen Botschafter zurück": from where only an earlier exchange can tell
        return context_target(source, context)
    if trigger.entry.code[:2] in FORCE_ROOTS:
        # force goes against an adversary: the partner of a talk or deal before is no guess for it
        hostile = [e for e in context if e.code[:2] in HOSTILE_ROOTS]
        return context_target(source, hostile)
    return context_target(source, context) or _mentioned_counterpart(source, sentence, actors)


def _own_representatives(trigger: Trigger) -> bool:
    """The object is the source's own people, with a possessive ("seinen Botschafter", "ihre
    Diplomaten")."""
    noun = trigger.object_noun
    return noun is not None and any(c.dep_ == "det:poss" for c in noun.children)


def _mentioned_counterpart(source: Span, sentence: Span, actors: ActorIndex) -> Span | None:
    """Else the latest actor of another side named in the sentences just before. A region ("der
    Westen") is too vague to be guessed as a counterpart: only a clause that names it targets it."""
    side = side_of(source)
    for i in range(sentence.start - 1, context_start(sentence) - 1, -1):
        span = actors.by_token.get(i)
        if (
            span is not None
            and side is not None
            and side_of(span) not in (None, side)
            and not _is_region(span)
        ):
            return span
    return None


def _is_region(span: Span) -> bool:
    actor = actor_of(span)
    return actor is not None and (actor.kb_id or "").startswith("region:")


def last_two_sides(context: list[EventInfo]) -> list[Span]:
    """ "beide Seiten", "die beiden Präsidenten": the source and target of the latest event before."""
    for earlier in reversed(context):
        sides = (earlier.source, earlier.target)
        if None not in sides and side_of(earlier.source) not in (None, side_of(earlier.target)):
            return list(sides)
    return []


def _nearest_actor(trigger: Trigger, sentence: Span, actors: ActorIndex, source: Span) -> Span | None:
    """The actor closest after the trigger (else before it) on another side than the source: a
    fallback where the parse finds none ("Scholz kündigte an, Deutschland werde Sanktionen
    beschließen" must not make Scholz the target of Germany's sanctions)."""
    token, side = trigger.token, side_of(source)
    after = [actors.by_token[i] for i in range(token.i + 1, sentence.end) if i in actors.by_token]
    before = [actors.by_token[i] for i in range(token.i - 1, sentence.start - 1, -1) if i in actors.by_token]
    # a bare noun phrase before one in a prepositional phrase: "Russland zur Deeskalation im Konflikt
    # um die Ukraine aufgefordert" addresses Russia
    for span in sorted(after + before, key=in_prepositional_phrase):
        apart = span.start >= source.end or span.end <= source.start
        # a guessed target must stand for a state or IGO: a name the KB does not know could be anyone's
        if apart and side_of(span) is not None and (side is None or side_of(span) != side):
            return span
    return None


def in_prepositional_phrase(span: Span) -> bool:
    previous = next((t for t in reversed(span.doc[span.sent.start : span.start]) if t.pos_ != "DET"), None)
    return (
        previous is not None and previous.pos_ == "ADP" or any(c.dep_ == "case" for c in span.root.children)
    )


def fallback_target(
    trigger: Trigger, source: Span, sentence: Span, actors: ActorIndex, context: list[EventInfo]
) -> Span | None:
    """Where the parse yields no target: an actor nearby in the sentence, else one from just before.
    A denial names its accuser only through an object that points back ("bestreitet das", "wies die
    Vorwürfe zurück"); one that names what it denies ("bestritt jegliche Angriffsabsichten",
    "bestritt, dass …") has no target."""
    if trigger.entry.code in DENIAL_CODES and not _refers_back(trigger):
        return None
    if trigger.entry.target != "none":
        nearby = _nearest_actor(trigger, sentence, actors, source)
        if nearby is not None and not _acts_on_the_noun(nearby, trigger, actors):
            return nearby
    return _target_from_context(trigger, source, sentence, actors, context)


def _acts_on_the_noun(span: Span, trigger: Trigger, actors: ActorIndex) -> bool:
    """For a nominal event, the actor who does something about it ("Der iranische Angriff wurde von
    Deutschland verurteilt", "Deutschland verurteilte den Angriff") is not its target."""
    verb = trigger.token.head
    if trigger.entry.kind != "N" or verb.pos_ not in ("VERB", "AUX") or verb is trigger.token:
        return False
    subject = subject_of(verb)
    agents = [subject] if subject is not None else []
    agents += with_preposition(verb, "von") + with_preposition(verb, "durch") + passive_agents(verb)
    return any(same_actor(span, actor) for agent in agents for actor in actors.of_phrases(agent))


def _refers_back(trigger: Trigger) -> bool:
    """The trigger's object is a pronoun or a definite noun phrase ("das", "die Vorwürfe")."""
    obj = trigger.object_noun or next(iter(children(trigger.token, "obj")), None)
    if obj is None:
        return False
    if obj.pos_ == "PRON":
        return obj.lower_ in ANAPHORIC
    return any(c.dep_ == "det" and c.lower_ in ANAPHORIC for c in obj.children)


def judged_act_performer(
    trigger: Trigger, source: Span, actors: ActorIndex, recent: list[EventInfo]
) -> Span | None:
    """The target of a judgement on an act named by a noun is whoever performed the act: the noun's
    own agent ("den iranischen Angriff", "die Freilassung der Geiseln durch die Hamas"), else, for a
    definite noun without one ("Borrell verurteilte die Hinrichtung"), the source of the latest event
    of the noun's kind just before. Never the judge's own side: that is no target but a misreading."""
    if not (trigger.entry.code[:2] in JUDGING_ROOTS or trigger.entry.code in JUDGING_CODES):
        return None
    noun = _judged_noun(trigger)
    if noun is None:
        return None
    codes = _act_codes(noun)
    performer = act_agent(noun, actors, patient_in_genitive=_patient_in_genitive(noun))
    if performer is None and codes and _definite(noun):
        performer = _latest_performer(codes, recent)
    if performer is None or side_of(performer) is None or side_of(performer) == side_of(source):
        return None
    return performer


def judges_acts_in_general(trigger: Trigger) -> bool:
    """A judgement on any act of a kind ("verurteilte jeden Angriff auf Zivilisten") has no target to
    guess from the sentences before."""
    if not (trigger.entry.code[:2] in JUDGING_ROOTS or trigger.entry.code in JUDGING_CODES):
        return False
    noun = _judged_noun(trigger)
    return noun is not None and any(c.lower_ in GENERIC_DETERMINERS for c in children(noun, "det"))


def _judged_noun(trigger: Trigger) -> Token | None:
    """The act noun the judgement is about: its object ("verurteilte die Hinrichtung"), the subject of
    its passive ("die Ausweisung wurde kritisiert") or its prepositional object ("Kritik an der
    Ausweisung", "empörte sich über die Hinrichtung")."""
    token, spec = trigger.token, trigger.entry.target
    candidates = [trigger.object_noun] if trigger.object_noun is not None else []
    candidates += children(token, "obj", "nsubj:pass")
    if spec.startswith("pp:"):
        candidates += noun_or_light_verb_phrases(trigger, spec[3:])
    return next((c for c in candidates if is_act_noun(c) or _act_codes(c)), None)


def _act_codes(noun: Token) -> set[str]:
    """The CAMEO codes of the lexicon's noun rows for this word ("Hinrichtung" → 1823)."""
    return {e.code for e in german_lexicon().nouns_by_form.get(noun.lower_, ()) if e.kind == "N"}


def _patient_in_genitive(noun: Token) -> bool:
    """Whether the lexicon row takes the noun's patient in the genitive ("die Ausweisung der
    Diplomaten"): its genitive then names no agent. A noun without a row: assume so, to be safe."""
    specs = {e.target for e in german_lexicon().nouns_by_form.get(noun.lower_, ()) if e.kind == "N"}
    return not specs or "gen" in specs


def _definite(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in NOUN_DETERMINERS for c in noun.children)


def _latest_performer(codes: set[str], recent: list[EventInfo]) -> Span | None:
    """The source of the latest asserted event the noun can name: one of the same CAMEO code family
    (its first three digits, "Ausweisung" 161 ↔ "wies … aus" 161), any use of force for a generic
    force noun ("Angriff" 190 ↔ "beschoss" 194)."""
    for event in reversed(recent):
        if event.source is None or event.modality != "asserted":
            continue
        if any(_same_family(event.code, code) for code in codes):
            return event.source
    return None


def _same_family(code: str, act_code: str) -> bool:
    if act_code[:2] in FORCE_ROOTS and act_code[2:3] == "0":
        return code[:2] in FORCE_ROOTS
    return code.startswith(act_code[:3])
