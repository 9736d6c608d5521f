"""An act asked of someone else is not the asker's. "Canberra rief die Junta in Rangun auf, die
Gefangenen freizulassen", "appellierte an alle Nachbarn, Flüchtlinge aufzunehmen", "drängte beide
Seiten, Gespräche aufzunehmen": the "zu" infinitive is carried out by the one asked (object control), so its act
cannot have the one who asks for its source. `addressee_acts.py` gives such an act to the addressee where
the appeal resolved the addressee to an actor; where it did not (a body of no known state, "beide
Seiten", a parse that lost the object), the act is left with the asker as its source, which the gold
banks do not code. Those acts are dropped where the one asked is a state or body of another side, or
the parties as a set ("alle Seiten", "beide Nachbarn"); the appeal itself stays. Without an addressee
("forderte, den Botschafter auszuweisen") the one who asks is the one who would act, and the act stays,
as does an act asked of the asker's own people ("rief seine Anhänger auf, friedlich zu bleiben")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import (
    REFLEXIVES,
    STRONG_FORMS,
    ActorIndex,
    actor_or_place,
    is_zu_infinitive,
    preposition_of,
    side_of,
)
from lagebild.events.asking_verbs import ADDRESSEE_MARKS
from lagebild.events.codebook import ASKING_ROOTS
from lagebild.events.event_clauses import VERBAL_POS, clause_verb
from lagebild.events.triggers import light_verb_lemma
from lagebild.pipeline.annotations import EventInfo

# how the parse links the one asked to the asking verb; "nsubj" for the addressee it took for a second
# subject ("hat die Versammlung Russland aufgefordert")
ADDRESSEE_LINKS = ("obj", "iobj", "obl", "obl:arg", "nsubj")
NAMES = ("NOUN", "PROPN", "PRON")
# the parties to a dispute asked as a set ("beide Seiten", "alle Staaten"): others than the one who asks.
# Any other addressee of no known side may be the asker's own people ("seine Anhänger", "die Jugendlichen"),
# whose act at home the banks do code with the asker's state as its source.
PARTIES = {"seite", "nachbar", "staat", "land", "partei", "konfliktpartei", "regierung", "mitgliedstaat"}


def without_acts_asked_of_others(events: list[EventInfo], actors: ActorIndex) -> list[EventInfo]:
    """The sentence's events without those asked of an addressee of another side that still have the
    one who asks as their source."""
    appeals = [e for e in events if e.code.startswith(ASKING_ROOTS) and e.source is not None]
    if not appeals:  # most sentences ask nothing of anyone
        return events
    return [e for e in events if not any(_asked_of_another(e, a, actors) for a in appeals)]


def _asked_of_another(act: EventInfo, appeal: EventInfo, actors: ActorIndex) -> bool:
    if act is appeal or act.source is None or act.trigger.root.i == appeal.trigger.root.i:
        return False
    asker = side_of(appeal.source)
    if asker is None or side_of(act.source) != asker:
        return False
    infinitive = clause_verb(act.trigger.root)
    verb = appeal.trigger.root
    if not is_zu_infinitive(infinitive) or _asking_verb_above(infinitive) != verb:
        return False
    addressee = _addressee(verb, infinitive)
    if addressee is None:
        return False
    side = _side_at(addressee, actors)
    return side != asker if side is not None else addressee.lemma_.lower() in PARTIES


def _asking_verb_above(infinitive: Token) -> Token | None:
    """The nearest verb above the infinitive; the weak parse may hang it on the addressee first."""
    return next((t for t in infinitive.ancestors if t.pos_ in VERBAL_POS), None)


def _addressee(verb: Token, infinitive: Token) -> Token | None:
    """The one the asking verb asks, named before the infinitive with the verb's own marking: a bare
    object ("rief Kiew auf"), "an" ("appellierte an Kiew"), "von" ("verlangte von Kiew")."""
    lemma = _asking_lemma(verb)
    if lemma not in ADDRESSEE_MARKS:
        return None
    mark = ADDRESSEE_MARKS[lemma]
    infinitive_start = min(t.i for t in infinitive.subtree)
    candidates = [c for c in verb.children if c.dep_ in ADDRESSEE_LINKS]
    if infinitive.head.pos_ in NAMES and infinitive.head.i != verb.i:
        candidates.append(infinitive.head)  # the infinitive hung on the one asked
    for noun in candidates:
        if noun.pos_ not in NAMES or noun.lower_ in REFLEXIVES or noun.i >= infinitive_start:
            continue
        if noun.dep_ == "nsubj" and not _second_subject(noun, verb):
            continue
        if preposition_of(noun) == mark:
            return noun
    return None


def _asking_lemma(verb: Token) -> str:
    """The lemma with its particle, a strong past form the lemmatizer left as it is mended ("rief … auf")."""
    lemma, strong = light_verb_lemma(verb), STRONG_FORMS.get(verb.lower_)
    if strong is None or not lemma.endswith(verb.lemma_.lower()):
        return lemma
    return lemma[: len(lemma) - len(verb.lemma_)] + strong


def _second_subject(noun: Token, verb: Token) -> bool:
    """A noun labelled subject that is the object: the verb has another subject before it."""
    return any(c.dep_ == "nsubj" and c.i < noun.i for c in verb.children)


def _side_at(noun: Token, actors: ActorIndex) -> str | None:
    """The side of the actor the phrase names, or of the state of the place ("appellierte an Nairobi")."""
    span: Span | None = actor_or_place(noun, actors)
    return side_of(span) if span is not None else None
