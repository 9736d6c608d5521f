"""Acts an actor rules out did not happen: "Einen Staatsbesuch in Rom schloss die Regierung aus", "Eine
Festnahme des Reporters schloss die Polizei aus", "Zölle gegen Chile schloss der Minister aus". The act
named by the object of "ausschließen" is negated, whether the coder read it off the act noun (its
performer named in the noun's phrase or, by `noun_agents.RULING_OUT_VERBS`, the verb's subject) or off the
verb itself (a lexicon row that codes "schloss Sanktionen aus" as 163).

Ruling out a hostile act of one's own (a closure, an arrest, sanctions, force: CAMEO 13 … 20) refuses
nobody: the gold banks code the act negated alone, so a refusal the verb also coded is dropped. So is
ruling out a step only the actor itself would take, that no one asked of it: a visit ("Einen Besuch
in Ankara schloss der Sprecher aus"), a complaint or a lawsuit ("Eine Klage vor dem Schiedsgericht
schließt Hanoi aus"), an inquiry, a demand or a statement. Ruling out cooperation or a concession
("schloss einen Rücktritt aus", "schloss Verhandlungen mit Moskau aus") is a refusal (12x, asserted)
beside the act negated, as the banks code it.

Only the verb's own object is turned: "ausschließen" rules out what is still to come, where "lehnte die
Forderung Kiews ab" rejects a demand that was made; "schloss … nicht aus" leaves the act open
(`modality.py` makes it hypothetical)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from lagebild.events.arguments import first_conjunct
from lagebild.events.codebook import HOSTILE_ROOTS, PROTEST_ROOT, REDUCING_ROOT, REJECTION_ROOT
from lagebild.events.event_clauses import VERBAL_POS
from lagebild.events.lexicon import german_lexicon
from lagebild.events.modality_words import NEGATED, NEGATING_WORDS
from lagebild.pipeline.annotations import EventInfo

# the act noun is the verb's object; fronted ("Einen Rücktritt schloss die Ministerin aus") the parse
# often takes it for the subject
ACT_SLOTS = ("obj", "nsubj", "nsubj:pass")
# steps of the actor's own that no other side asks for: statements (01), inquiries (09), demands (10),
# complaints and lawsuits (11), visits made (042)
OWN_INITIATIVES = {"01", "09", "10", "11", "042"}
# acts whose ruling out refuses nobody, so a refusal coded on "ausschließen" goes: the hostile ones
# (threats, posture, coercion, force), protest and cuts, and one's own initiatives
ROOTS_RULED_OUT_WITHOUT_REFUSAL = tuple(
    sorted(HOSTILE_ROOTS | {PROTEST_ROOT, REDUCING_ROOT} | OWN_INITIATIVES)
)
# "schließt keine Option aus" weighs options (014), it rules nothing out
CONSIDERING = "014"


def with_ruled_out_acts(events: list[EventInfo]) -> list[EventInfo]:
    """The sentence's events, where an act whose noun the verb "ausschließen" governs is negated, and
    a refusal coded on that verb dropped where ruling the act out refuses nobody."""
    refusing_nobody = {
        event.trigger.root.i
        for event in events
        if event.code.startswith(ROOTS_RULED_OUT_WITHOUT_REFUSAL) and _ruling_out_verb(event) is not None
    }
    return [
        replace(e, modality=NEGATED) if _ruling_out_verb(e) is not None else e
        for e in events
        if not (e.code.startswith(REJECTION_ROOT) and _refuses_nobody(e, refusing_nobody))
    ]


def _ruling_out_verb(event: EventInfo) -> Token | None:
    """The asserted "ausschließen" that rules out the event's act: the verb whose object is the
    event's noun, or the event's own verb where a lexicon row codes the act by it."""
    if event.code.startswith(REJECTION_ROOT) or event.code == CONSIDERING or event.modality == NEGATED:
        return None
    trigger = event.trigger.root
    if trigger.pos_ in VERBAL_POS:
        objects = _ruled_out_nouns(trigger)
        # the object names the act ("schloss Sanktionen aus"), not whom the verb excludes ("schloss
        # russische Banken aus dem Swift-System aus", also coded 163, asserted)
        return trigger if any(_names_an_act(noun) for noun in objects) else None
    noun = first_conjunct(trigger, head_pos=("NOUN",))
    verb = noun.head
    return verb if noun.i in {n.i for n in _ruled_out_nouns(verb)} else None


def _ruled_out_nouns(verb: Token) -> list[Token]:
    if not rules_out(verb) or any(c.lower_ in NEGATING_WORDS for c in verb.children):
        return []  # "schloss … nicht aus" leaves it open
    return [
        c
        for c in verb.children
        if c.dep_ in ACT_SLOTS
        and c.pos_ == "NOUN"
        and not any(d.lower_ in NEGATING_WORDS for d in c.children)  # "schließt keinen Angriff aus"
    ]


def _refuses_nobody(refusal: EventInfo, refusing_nobody: set[int]) -> bool:
    """A refusal coded on "ausschließen" whose object is an act no one asked for: by the event coded on
    that noun or, where none was (no source found), by the lexicon's codes for the noun."""
    verb = refusal.trigger.root
    for noun in _ruled_out_nouns(verb):
        codes = [e.code for e in german_lexicon().nouns_by_form.get(noun.lower_, ())]
        if (
            noun.i in refusing_nobody
            or codes
            and all(c.startswith(ROOTS_RULED_OUT_WITHOUT_REFUSAL) for c in codes)
        ):
            return True
    return False


def _names_an_act(noun: Token) -> bool:
    return noun.lower_ in german_lexicon().nouns_by_form


def rules_out(verb: Token) -> bool:
    """Whether the verb is "ausschließen": "schloss … aus" (the particle apart), "ausgeschlossen",
    "auszuschließen"; by the word's form, as the lemmatizer leaves "schloss" as it is."""
    if verb.lower_.startswith(("ausschl", "ausgeschl", "auszuschl")):
        return True
    return verb.lower_.startswith("schl") and any(
        c.dep_ == "compound:prt" and c.lower_ == "aus" for c in verb.children
    )
