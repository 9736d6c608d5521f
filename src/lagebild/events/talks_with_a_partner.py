"""Talks named by a noun whose "mit" phrase names the partner but nothing names who holds them: "Ein
Treffen mit Bundeskanzler Olaf Scholz sei nicht vorgesehen", "Die Verhandlungen mit Doha und Maskat
seien weit fortgeschritten, sagte er", "Gespräche mit dem Westen werde es vorerst nicht geben". The
text is about the other side of the talks, so they are held by its topic: a subject of the sentence
outside the talks' own phrase (the speaker of "sagte er"), else the main clause's subject of the
sentence before, of a side other than the partner's; talks that frame a clause whose subject the parse
lost ("Im Gespräch mit dem Staatspräsidenten betonte Avramopoulos …") not by the sentence before's.

Not where the noun names a holder the actor stage did not resolve ("die Begegnung von Präsidentin Tsai
mit …"), nor for talks that did not happen ("ohne Absprache mit der KFOR"); in the talks' own sentence
not a subject of a clause they are no part of ("Die Beitrittsgespräche mit der EU könnten bald
beginnen, wenn Paris nicht bremst")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import (
    SUBJECT_DEPS,
    ActorIndex,
    genitive_attributes,
    preposition_of,
    side_of,
    subject_of,
)
from lagebild.events.pronoun_sources import in_main_clause
from lagebild.events.triggers import Trigger
from lagebild.pipeline.segmentation import sentence_before

# consulting, telephoning and negotiating with a partner; visits and receptions name their host by a
# place or an object, mediation its two sides
HELD_WITH_A_PARTNER = {"040", "041", "046"}
PARTNER = "mit"
HOLDER = "von"
WITHOUT = "ohne"
CIRCUMSTANCE_DEPS = {"obl", "advmod"}


def holder_of_talks(trigger: Trigger, actors: ActorIndex) -> list[Span]:
    """The topic that holds the talks with the partner the noun names; none for talks whose noun names
    no partner, or a holder of its own, or where neither the sentence nor the one before has a subject
    of another side."""
    noun = trigger.token
    if trigger.entry.kind != "N" or trigger.entry.code not in HELD_WITH_A_PARTNER:
        return []
    if preposition_of(noun) == WITHOUT or _names_a_holder(noun):
        return []
    partners = [actors.of_phrase(c) for c in noun.children if preposition_of(c) == PARTNER]
    sides = {side_of(p) for p in partners if p is not None} - {None}
    if not sides:
        return []
    talks = {t.i for t in noun.subtree}
    own = [s for s in _subjects(noun.sent, talks) if in_main_clause(s) or s.head in noun.ancestors]
    before = sentence_before(noun.sent)
    # "Im Gespräch mit X betonte Avramopoulos", the name parsed as an adverb: talks that frame a clause
    # whose subject the parse lost are held by someone in it, not by the topic of the sentence before
    if before is None or noun.dep_ in CIRCUMSTANCE_DEPS and subject_of(noun.head) is None:
        return _holder(own, sides, actors)
    return _holder(own, sides, actors) or _holder(_subjects(before, talks), sides, actors)


def _holder(subjects: list[Token], partner_sides: set[str], actors: ActorIndex) -> list[Span]:
    for subject in filter(None, map(actors.of_phrase, subjects)):
        if side_of(subject) not in partner_sides | {None}:
            return [subject]
    return []


def _names_a_holder(noun: Token) -> bool:
    return bool(genitive_attributes(noun)) or any(preposition_of(c) == HOLDER for c in noun.children)


def _subjects(sentence: Span, talks: set[int]) -> list[Token]:
    """The subjects in the sentence outside the talks' phrase: the main clause's first, then the
    latest."""
    subjects = [t for t in sentence if t.dep_ in SUBJECT_DEPS and t.i not in talks]
    return sorted(subjects, key=lambda t: (in_main_clause(t), t.i), reverse=True)
