"""A source that assures others of its own conduct expresses an intent (CAMEO 03), as the banks code it:
"Der Kreml versichert, Russland bleibe Unterzeichner des Vertrags", "versicherte, China werde Sri Lanka
nicht im Stich lassen", "versichert, die Lieferverträge einzuhalten" (030…0356 by what is assured). The
plain statement (010) would be dropped as a quotation; one about someone else's conduct or a state of
affairs ("versicherte, die Versorgung sei gesichert") stays that. Where the assured act is coded itself
("versicherte, Taiwan werde nicht nachgeben", 124) the framing rules keep that act alone. A pledge is a
state's or an organisation's: people named by their country ("Die syrischen Migranten beteuerten, sie
würden sich an die Regeln halten", "Rückkehrer aus Syrien versicherten, …") pledge nothing for it."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from lagebild.events.agenda_acts import is_existential
from lagebild.events.arguments import (
    FIRST_PERSON_PRONOUNS,
    ActorIndex,
    children,
    is_passive,
    is_zu_infinitive,
    preposition_of,
    same_actor,
    same_side,
    subject_of,
)
from lagebild.events.event_clauses import NOMINAL_POS, VERBAL_POS, reported_clauses
from lagebild.events.future_acts import WANTING
from lagebild.events.lexicon import VerbSet
from lagebild.pipeline.annotations import EventInfo

# "beteuern" assures as "versichern" does ("beteuerte, Serbien werde weiter mit dem Tribunal
# zusammenarbeiten")
ASSURING = VerbSet(
    {"versichern": "versichert;versicherte;versichert", "beteuern": "beteuert;beteuerte;beteuert"}
)
STATEMENT, ASSURED_INTENT = "010", "030"
# the reported clause's subject that stands for the speaker: "man werde …", "er wolle …", "sie seien
# bereit …" (the speaker named in the main clause), "sein Land", "seine Regierung"
SPEAKER_PRONOUNS = FIRST_PERSON_PRONOUNS | {"er", "sie", "es"}
OWN_BODIES = {"land", "regierung", "staat", "volk"}
# a mood or a readiness judged, not conduct: "versicherte, Europa sei vorbereitet" (013, as the banks code it)
MOOD_PREDICATES = {"zuversichtlich", "vorbereitet", "optimistisch", "sicher", "überzeugt", "gewappnet"}
# how a country names the people of a noun that is no actor of its own: "die syrischen Migranten",
# "Rückkehrer aus Syrien" (a government, army or spokesman is an actor span of its own)
NATIONALITY_DEP, ORIGIN_DEP, ORIGIN = "amod", "nmod", "aus"


def assurances_of_own_conduct(events: list[EventInfo], actors: ActorIndex) -> list[EventInfo]:
    return [
        replace(event, code=ASSURED_INTENT) if _assures_own_conduct(event, actors) else event
        for event in events
    ]


def _assures_own_conduct(event: EventInfo, actors: ActorIndex) -> bool:
    verb = event.trigger.root
    if event.code != STATEMENT or event.source is None or verb not in ASSURING:
        return False
    if _people_of_a_state(event.source):
        return False
    clause = _reported_clause(verb)
    if clause is None or {clause.lower_, clause.lemma_.lower()} & MOOD_PREDICATES or _wish_or_passive(clause):
        return False
    if is_existential(clause):
        return False  # "beteuert, eine solche Basis werde es nicht geben" denies a plan (016), no conduct
    if is_zu_infinitive(clause):
        return True  # "versichert, die Verträge einzuhalten": the speaker's own act
    subject = subject_of(clause)
    return subject is not None and stands_for_speaker(subject, event, actors)


def _people_of_a_state(source: Span) -> bool:
    """The source is the country of the people its noun names, by adjective or origin, not a side."""
    root = source.root
    if root.head.i == root.i or source.start <= root.head.i < source.end or root.head.pos_ not in NOMINAL_POS:
        return False
    return root.dep_ == NATIONALITY_DEP or (root.dep_ == ORIGIN_DEP and preposition_of(root) == ORIGIN)


def _reported_clause(verb: Token) -> Token | None:
    """The clause the assurance reports: after it ("versicherte, Russland werde …") or, with the speaker
    after the quote, the clause the parse hung it on ("Man werde …, versicherte er")."""
    return next((c for c in reported_clauses(verb) if c.pos_ in VERBAL_POS), None)


def _wish_or_passive(clause: Token) -> bool:
    """A wish reported ("Helsinki wolle die Beziehungen nicht verschlechtern", "wolle keinen Krieg") is
    the wished act's, which the banks code as that act; a passive ("Soldaten würden nicht geschickt")
    assures what becomes of its subject, no conduct of the subject's own."""
    wishes = [clause, *children(clause, "aux")]
    return any(WANTING.match(t.text) for t in wishes) or is_passive(clause)


def stands_for_speaker(subject: Token, event: EventInfo, actors: ActorIndex) -> bool:
    """The reported clause's subject is the speaker's side: named as such, a pronoun for the speaker, or
    the speaker's own country or government ("sein Land werde …")."""
    actor = actors.of_phrase(subject)
    if actor is not None:
        return same_actor(actor, event.source) or same_side(actor, event.source)
    if subject.lower_ in SPEAKER_PRONOUNS:
        return True
    return subject.lemma_.lower() in OWN_BODIES and any(c.dep_ == "det:poss" for c in subject.children)
