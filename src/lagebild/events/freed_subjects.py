"""The subject of a verb that says someone was set free ("Der Franzose kam nach zwei Jahren Haft frei")
is the one released, not who releases: the banks code the holder's release (0841) towards the state of
those freed (IRN → FRA). Where the subject names a state, the holder is the state of the custody the
clause names ("aus iranischer Haft", "nach 455 Tagen Haft in Iran"), else the one who made the latest
arrest or release told before ("Die Polizei in Caracas nahm einen Amerikaner fest. Im Oktober kam der
Amerikaner frei"). Those freed named by no state ("Dutzende Häftlinge kamen frei") are left to the general
cascade: a holder taken from before for them as well gained on the tuning banks but did not hold beyond.
A person a copula says is free ("Die Kanadier sind nach drei Jahren in chinesischer Haft frei") came free:
the adjective is read as "freikommen"."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import (
    ActorIndex,
    adjective_actor,
    children,
    clause_tokens,
    preposition_of,
    side_of,
)
from lagebild.events.held_people import CAPTIVES, lemma_variants
from lagebild.events.lexicon import Lexicon
from lagebild.events.targets_domestic import FREED_SUBJECT_VERBS
from lagebild.events.triggers import Trigger
from lagebild.pipeline.annotations import EventInfo
from lagebild.pipeline.word_classes import PERSON_LABELS

# custody, also at the end of a compound ("Untersuchungshaft", "Hausarrest")
CUSTODY_ENDINGS = ("haft", "gefangenschaft", "gefängnis", "gefängnissen", "gewahrsam", "arrest", "straflager")
# the place of the custody ("Haft in Iran") or where they come from ("aus dem Evin-Gefängnis in Teheran")
CUSTODY_PLACE_PREPOSITIONS = ("in", "im", "aus")
# who holds people: the one who arrested them (173) or set others of them free before (0841)
HOLDING_CODES = ("173", "0841")
# "frei" said of someone ("sind frei", "ist wieder frei"), not "frei von" (free of something)
FREE, COPULA, FREE_OF = "frei", "sein", "von"
# a form the "freikommen" row is indexed by
FREED_FORM = "kommt"
# those a copula may say are free, besides named persons: captives ("Die Geiseln sind nun frei"); not
# things ("Der Weg ist frei") or elections ("Die Wahl war frei")
SAID_FREE = lemma_variants(CAPTIVES)


def freed_predicates(sentence: Span, triggers: list[Trigger], lexicon: Lexicon) -> list[Trigger]:
    """ "Die Kanadier Michael Kovrig und Michael Spavor sind frei", "Die Geiseln sind nun frei": a named
    person or a captive a copula says is free, as a "freikommen" trigger on the adjective."""
    entry = next(
        (e for e in lexicon.verbs_by_form.get(FREED_FORM, ()) if e.lemma in FREED_SUBJECT_VERBS), None
    )
    taken = {t.token.i for t in triggers}
    return [
        Trigger(token=word, entry=entry, particle=None, object_noun=None)
        for word in sentence
        if entry is not None and word.i not in taken and _said_free(word)
    ]


def _said_free(word: Token) -> bool:
    if word.lower_ != FREE or word.pos_ != "ADJ" or any(preposition_of(c) == FREE_OF for c in word.children):
        return False
    if not any(c.lemma_ == COPULA for c in children(word, "cop")):
        return False
    subject = next(iter(children(word, "nsubj")), None)
    return subject is not None and (
        subject.lemma_.lower() in SAID_FREE or any(t.ent_type_ in PERSON_LABELS for t in subject.subtree)
    )


def released_abroad(
    trigger: Trigger, sources: list[Span], actors: ActorIndex, before: list[EventInfo]
) -> list[tuple[Span, Span]]:
    """The holder with the state of those it frees, where the clause names them by a state other than
    the holder's ("der Franzose", "die inhaftierten US-Bürger")."""
    freed = _freed(trigger, sources)
    if freed is None or side_of(freed) is None:
        return []
    holder = _holder(trigger, actors, before, side_of(freed))
    return [(holder, freed)] if holder is not None else []


def _freed(trigger: Trigger, sources: list[Span]) -> Span | None:
    """Those a verb says are set free: what the source rules took for its subject."""
    return sources[0] if trigger.entry.lemma in FREED_SUBJECT_VERBS and len(sources) == 1 else None


def _holder(trigger: Trigger, actors: ActorIndex, before: list[EventInfo], freed_side: str) -> Span | None:
    """The holder, where it is not the freed's own state: those are released at home, as any release."""
    holder = _custody_state(trigger, actors) or _holder_before(trigger, before)
    return holder if holder is not None and side_of(holder) != freed_side else None


def _custody_state(trigger: Trigger, actors: ActorIndex) -> Span | None:
    """The state of a custody the clause names, also on the particle the parse made a predicate ("kam
    nach zwei Jahren Haft in Iran frei"): its adjective or the place it is in."""
    words = [
        *clause_tokens(trigger.token),
        *(clause_tokens(trigger.particle) if trigger.particle is not None else []),
    ]
    for noun in words:
        if noun.pos_ != "NOUN" or not noun.lower_.endswith(CUSTODY_ENDINGS):
            continue
        places = [c for c in noun.children if preposition_of(c) in CUSTODY_PLACE_PREPOSITIONS]
        for holder in (adjective_actor(noun), *(actors.of_phrase(p) for p in places)):
            if holder is not None and side_of(holder) is not None:
                return holder
    return None


def _holder_before(trigger: Trigger, before: list[EventInfo]) -> Span | None:
    """The source of the latest arrest or release told before the verb."""
    holding = [
        e
        for e in before
        if e.code.startswith(HOLDING_CODES)
        and e.trigger.start < trigger.token.i
        and side_of(e.source) is not None
    ]
    latest = max(holding, key=lambda e: e.trigger.start, default=None)
    return latest.source if latest is not None else None
