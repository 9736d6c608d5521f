"""Arrests at home: "Die Junta ließ mehrere Minister der gestürzten Regierung festnehmen", "Ein Gericht
erließ Haftbefehl gegen den Oppositionsführer". A state arrests, detains and charges within its own
jurisdiction, so the people it holds are its own unless the clause says otherwise; a foreigner is
named as one ("den US-Journalisten", "einen britischen Staatsbürger"), often in another clause of
the sentence ("brachte ein vietnamesisches Fischerboot auf und nahm die Besatzung fest"). The gold
codes the state's own people (NER → NER).

Only where nothing else gave the arrest a target: a person the parse found stays the target."""

from __future__ import annotations

from spacy.tokens import Span

from lagebild.events.arguments import own_state, stand_in, state_ref
from lagebild.events.codebook import ARREST
from lagebild.events.implicit_sources import CIVILIANS
from lagebild.events.targets_camps import AT_HOME
from lagebild.events.targets_domestic import sentence_names_a_foreigner
from lagebild.events.triggers import Trigger


def arrested_at_home(trigger: Trigger, source: Span) -> Span | None:
    """The source's own people, as a stand-in span on the trigger, for an arrest by a state whose
    clause names no foreigner; None otherwise."""
    if not trigger.entry.code.startswith(ARREST):
        return None
    state = own_state(source)  # an international court has no people of its own
    if state is None or sentence_names_a_foreigner(trigger.token, source, nationalities=True):
        return None
    people = state_ref(trigger.token.text, state, CIVILIANS, role=AT_HOME)
    return stand_in(trigger.token.doc, trigger.token.i, trigger.token.i + 1, people)
