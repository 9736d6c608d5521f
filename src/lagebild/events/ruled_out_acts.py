"""Acts an actor rules out did not happen: "Einen Besuch des Regierungschefs in Ankara schloss sein
Sprecher aus", "Frankreich schloss einen Abzug seiner Truppen aus Mali aus". The verb is coded as a
refusal (12x, asserted); an event the coder read off the act noun itself (a judged act whose phrase
names its performer, `embedded_acts.py`) is turned negated, as the gold banks code a ruled-out act.

Only the verb's own object is turned: "ausschließen" rules out what is still to come, where "lehnte die
Forderung Kiews ab" rejects a demand that was made."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from lagebild.events.codebook import REJECTION_ROOT
from lagebild.events.embedded_acts import NEGATED
from lagebild.events.modality_words import NEGATING_WORDS
from lagebild.pipeline.annotations import EventInfo

# the act noun is the verb's object; fronted ("Einen Rücktritt schloss der Präsident aus") the parse
# often takes it for the subject
ACT_SLOTS = ("obj", "nsubj", "nsubj:pass")


def with_ruled_out_acts(events: list[EventInfo]) -> list[EventInfo]:
    """The sentence's events, where an act whose noun an asserted "ausschließen" refusal governs is
    negated."""
    ruled_out = {noun.i for event in events for noun in _ruled_out_nouns(event)}
    return [
        replace(e, modality=NEGATED)
        if e.trigger.root.i in ruled_out and not e.code.startswith(REJECTION_ROOT)
        else e
        for e in events
    ]


def _ruled_out_nouns(refusal: EventInfo) -> list[Token]:
    verb = refusal.trigger.root
    if (
        not refusal.code.startswith(REJECTION_ROOT)
        or refusal.modality != "asserted"
        or not _rules_out(verb)
        or any(c.lower_ in NEGATING_WORDS for c in verb.children)  # "schloss … nicht aus" leaves it open
    ):
        return []
    return [c for c in verb.children if c.dep_ in ACT_SLOTS and c.pos_ == "NOUN"]


def _rules_out(verb: Token) -> bool:
    """ "schloss … aus" (the particle apart), "ausgeschlossen", "auszuschließen"; by the word's form,
    as the lemmatizer leaves "schloss" as it is."""
    if verb.lower_.startswith(("ausschl", "ausgeschl", "auszuschl")):
        return True
    return verb.lower_.startswith("schl") and any(
        c.dep_ == "compound:prt" and c.lower_ == "aus" for c in verb.children
    )
