"""The measure a threat holds out is an event of its own, a hypothetical one, between the threat's parties
(gold guidelines: a threat is an asserted 13x event plus the act it holds out): "Minsk drohte Vilnius mit
einer Klage" (115), "Die Opposition drohte der Regierung mit einem Untersuchungsausschuss" (09), "drohte
mit Massenprotesten" (14), "drohte Moskau ein Veto an" (12).

`embedded_acts.py` codes the sanctions and force a threat's noun completes (roots 15-20). The measures
of lesser pressure are nouns whose lexicon rows name the verbs that carry them out ("eine Klage
einreichen", "eine Untersuchung einleiten"), so the coder codes no event for them under "drohen", or
one with the parties it guesses for a noun alone; here the threat's own parties are theirs.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from lagebild.events.arguments import genitive_attributes, preposition_of
from lagebild.events.codebook import THREAT_ROOT
from lagebild.events.lexicon import LexiconEntry, german_lexicon
from lagebild.events.modality_words import HYPOTHETICAL
from lagebild.events.triggers import row_without_verb
from lagebild.pipeline.annotations import EventInfo
from lagebild.pipeline.word_classes import PARTICLE_DEPS

# the measures of lesser pressure a threat holds out: an inquiry (09), a lawsuit (115), a veto or a
# rejection (12), protests and strikes (14); sanctions and force are `embedded_acts.py`'s
HELD_OUT = ("09", "115", "12", "14")
# "drohte mit X", "drohte X an": the verbs whose noun is the measure itself ("warnte vor X" names what
# the one warned might do, and "kündigte X an" a measure decided: `announced_threats.py`)
THREATENING = ("drohen", "androhen")
THREATENING_FORMS = ("droh", "gedroht", "angedroht", "anzudrohen")
HELD_OUT_WITH = "mit"
NAMED_AS_OBJECT = "obj"
RELATIONS = {"beziehung", "beziehungen", "zusammenarbeit", "kooperation", "verhältnis", "verhältnisse"}
# the measure is the threat's own, not one named in a clause hung on it
CLAUSES = ("ccomp", "xcomp", "advcl", "parataxis", "acl", "conj")
MISPARSED_AS_ATTRIBUTE = ("amod", "acl")
# compounds count from this length of their last part ("Schadenersatzklage" → "Klage")
COMPOUND_TAIL_MIN = 5


def threatened_measures(events: list[EventInfo]) -> list[EventInfo]:
    """The sentence's events with the measure each asserted "drohen" threat holds out, between its
    parties; an event the noun already codes without them gives way ("drohte mit einem
    Untersuchungsausschuss" coded alone has no target)."""
    held_out = []
    for threat in events:
        if not _is_threat(threat):
            continue
        for noun in _measure_nouns(threat.trigger.root):
            entry = _measure_entry(noun)
            if entry is None or not entry.code.startswith(HELD_OUT) or _about_relations(noun):
                continue
            trigger = noun.doc[noun.i : noun.i + 1]
            held_out.append(replace(threat, code=entry.code, modality=HYPOTHETICAL, trigger=trigger))
    measured = {(e.trigger.start, e.code[:2]) for e in held_out}
    kept = [e for e in events if (e.trigger.start, e.code[:2]) not in measured]
    return kept + held_out


def _is_threat(event: EventInfo) -> bool:
    root = event.trigger.root
    threatening = root.lemma_.lower() in THREATENING or root.lower_.startswith(THREATENING_FORMS)
    return (
        threatening
        and event.code.startswith(THREAT_ROOT)
        and event.modality == "asserted"
        and event.source is not None
        and event.target is not None
    )


def _measure_nouns(verb: Token) -> list[Token]:
    """ "mit einer Klage", and the object of "androhen" ("drohte ein Veto an"), with their conjuncts;
    also where the parse hangs the phrase on the one threatened ("drohte Warschau mit einer Klage":
    nmod of "Warschau", which may even govern the verb as an amod)."""
    separable = any(c.lower_ == "an" for c in verb.children if c.dep_ in PARTICLE_DEPS)
    heads = [verb, *(c for c in verb.children if c.dep_ not in CLAUSES)]
    if verb.dep_ in MISPARSED_AS_ATTRIBUTE:
        heads.append(verb.head)
    nouns = [
        c
        for head in heads
        for c in head.children
        if c.i != verb.i
        and (
            preposition_of(c) == HELD_OUT_WITH
            or head is verb
            and c.dep_ == NAMED_AS_OBJECT
            and (separable or verb.lower_.startswith("angedroht"))
        )
    ]
    return [n for noun in nouns for n in (noun, *(c for c in noun.children if c.dep_ == "conj"))]


def _about_relations(noun: Token) -> bool:
    """ "drohte mit einer Überprüfung der Beziehungen": what is held out is a cut of relations, not an
    inquiry (the threat's code says it: 131)."""
    return any(g.lemma_.lower() in RELATIONS for g in genitive_attributes(noun))


def _measure_entry(noun: Token) -> LexiconEntry | None:
    """The noun's lexicon row (`row_without_verb`), of its last part for a compound."""
    by_form = german_lexicon().nouns_by_form
    form = noun.lower_
    entries = by_form.get(form) or next(
        (
            by_form[form[i:]]
            for i in range(1, len(form) - COMPOUND_TAIL_MIN + 1)
            if form[i:] in by_form and len(form) - i >= COMPOUND_TAIL_MIN
        ),
        (),
    )
    return row_without_verb(noun, entries)
