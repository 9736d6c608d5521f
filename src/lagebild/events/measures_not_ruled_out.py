"""A hostile measure its own actor does not rule out is held out against the side it would hit:
"Warschau schließt nicht aus, das russische Konsulat zu schließen", "Der Präsident schloss Sanktionen
gegen Libreville nicht aus", "Trump hat militärischen Zwang gegen Dänemark nicht ausgeschlossen".

`modality.py` makes the measure hypothetical; the gold banks code the threat beside it, asserted (13x,
by what it threatens, as `announced_threats.THREAT_OF` does). Not an unspecified step ("schließe
weitere Maßnahmen nicht aus", 160), which the banks leave a measure alone, nor one that someone else
does not rule out ("das sei nicht ausgeschlossen", "Es ist nicht ausgeschlossen, dass Washington …"):
only the side that could take the measure threatens by keeping it open.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from lagebild.events.announced_threats import ANSWER, threat_code
from lagebild.events.arguments import children, party_of, subject_of
from lagebild.events.codebook import REDUCING_ROOT, THREAT_ROOT
from lagebild.events.lexicon import german_lexicon
from lagebild.events.modality_words import ASSERTED, HYPOTHETICAL, NEGATING_WORDS
from lagebild.events.ruled_out_acts import rules_out
from lagebild.pipeline.annotations import EventInfo

# cuts of relations, coercion and force: the measures a side holds out against another
HELD_OUT_ROOTS = (REDUCING_ROOT, "17", "18", "19", "20")
# how far above the measure's word the "ausschließen" may stand: its object noun, or the verb of its
# "zu" infinitive, or that verb's noun ("…, Grönland mit militärischem Zwang … zu bringen")
REACH = 3


def threats_not_ruled_out(events: list[EventInfo]) -> list[EventInfo]:
    """The sentence's events and the threat of each hostile measure its actor does not rule out,
    unless the sentence codes a threat of the same dyad already."""
    threats: list[EventInfo] = []
    for event in events:
        if not _held_open(event):
            continue
        dyad = (party_of(event.source), party_of(event.target))
        if any(
            e.code.startswith(THREAT_ROOT) and (party_of(e.source), party_of(e.target)) == dyad
            for e in events + threats
        ):
            continue
        threats.append(replace(event, code=threat_code(event.code), modality=ASSERTED))
    return events + threats


def _held_open(event: EventInfo) -> bool:
    if event.modality != HYPOTHETICAL or event.code == ANSWER or not _between_sides(event):
        return False
    if not event.code.startswith(HELD_OUT_ROOTS) or threat_code(event.code) is None:
        return False
    measure = event.trigger.root
    verb = _ruling_out_verb(measure)
    if verb is None or verb.i == measure.i and not _measure_named(verb):
        return False
    return _own_measure(verb, event.source, measure)


def _ruling_out_verb(word: Token) -> Token | None:
    """The negated "ausschließen" at or above the measure's word, within `REACH` steps."""
    token = word
    for _ in range(REACH):
        if rules_out(token):
            negated = any(c.lower_ in NEGATING_WORDS for c in token.children)
            return token if negated else None
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def _measure_named(verb: Token) -> bool:
    """A measure coded on "ausschließen" itself ("schloss Sanktionen nicht aus") is named by its object,
    a noun the lexicon codes as such a measure; the verb's other sense, leaving someone out of a body or
    a plan ("einen Beitritt zur Allianz nicht ausgeschlossen"), holds out nothing."""
    rows = german_lexicon().nouns_by_form
    return any(
        row.code.startswith(HELD_OUT_ROOTS) for c in children(verb, "obj") for row in rows.get(c.lower_, ())
    )


def _between_sides(event: EventInfo) -> bool:
    """A measure against another side: not one with no target, nor a step at home ("schloss einen
    Beitritt nicht aus", coded on its own side)."""
    source, target = party_of(event.source), party_of(event.target)
    return source is not None and target is not None and source != target


def _own_measure(verb: Token, source: Span | None, measure: Token) -> bool:
    """The one who does not rule the measure out is its actor: the verb's subject names the source.
    A subject that is the measure itself ("Ein Einmarsch serbischer Truppen wäre nicht ausgeschlossen")
    names no one who keeps it open."""
    subject = subject_of(verb)
    if subject is None or source is None:
        return False
    phrase = {t.i for t in subject.subtree}
    return measure.i not in phrase and any(t.i in phrase for t in source)
