"""Arrests at home: "Die Junta ließ mehrere Minister der gestürzten Regierung festnehmen", "Ein Gericht
erließ Haftbefehl gegen den Oppositionsführer". A state arrests, detains and charges within its own
jurisdiction, so the people it holds are its own unless the clause says otherwise; a foreigner is
named as one ("den US-Journalisten", "einen britischen Staatsbürger"), often in another clause of
the sentence ("brachte ein vietnamesisches Fischerboot auf und nahm die Besatzung fest"). The gold
codes the state's own people (NER → NER).

Only where nothing else gave the arrest a target: a person the parse found stays the target."""

from __future__ import annotations

from spacy.tokens import Span

from lagebild.events.arguments import (
    ACTOR_REF_SPANS,
    IGO_PREFIX,
    actor_in_compound,
    actor_of,
    side_of,
    stand_in,
    state_of_adjective,
    state_ref,
)
from lagebild.events.implicit_sources import CIVILIANS
from lagebild.events.targets_camps import AT_HOME
from lagebild.events.triggers import Trigger

# 173: arrest, detain, or charge with legal action
ARREST_CODE = "173"


def arrested_at_home(trigger: Trigger, source: Span) -> Span | None:
    """The source's own people, as a stand-in span on the trigger, for an arrest by a state whose
    clause names no foreigner; None otherwise."""
    if not trigger.entry.code.startswith(ARREST_CODE):
        return None
    actor, side = actor_of(source), side_of(source)
    if actor is None or not actor.country or side is None or side.startswith(IGO_PREFIX):
        return None  # an international court has no people of its own
    if _sentence_names_a_foreigner(trigger, side):
        return None
    people = state_ref(trigger.token.text, actor.country, CIVILIANS, role=AT_HOME)
    return stand_in(trigger.token.doc, trigger.token.i, trigger.token.i + 1, people)


def _sentence_names_a_foreigner(trigger: Trigger, side: str) -> bool:
    """An actor or nationality of another side anywhere in the sentence: by name, in a compound ("den
    US-Journalisten") or as an adjective ("ein vietnamesisches Fischerboot")."""
    sentence, doc = trigger.token.sent, trigger.token.doc
    spans = [*doc.ents, *doc.spans.get(ACTOR_REF_SPANS, [])]
    named = [s for s in spans if sentence.start <= s.start < sentence.end and actor_of(s) is not None]
    named += filter(None, (actor_in_compound(t) or state_of_adjective(t) for t in sentence))
    return any(side_of(span) not in (None, side) for span in named)
