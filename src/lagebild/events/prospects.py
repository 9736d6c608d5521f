"""Acts a source holds out, coded by what it holds out.

"in Aussicht stellen" names only the gesture (030 in the lexicon); its object names the act: "stellte
Kiew weitere Hilfspakete in Aussicht" pledges aid (033), "stellte Gespräche in Aussicht" offers talks
(036), "stellte Minsk Sanktionen in Aussicht" threatens them (1312), "stellte eine Freilassung nicht in
Aussicht" withholds a release (0353, negated). What each object noun names is read off the rows of
"ankündigen", the verb whose objects are the acts a source can announce, else off the noun rows.

A threat so made holds out its measure, which the gold banks code beside it as a hypothetical event
between the same parties ("stellte weitere Zölle in Aussicht": 1312 asserted and 163 hypothetical), as
they do for "drohte mit Zöllen". A pledge held out is the pledge alone (03x, the gold guidelines).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from lagebild.events.announced_threats import threat_code
from lagebild.events.arguments import PATIENT_DEPS, preposition_of, side_of
from lagebild.events.codebook import THREAT_ROOT, by_longest_prefix
from lagebild.events.event_clauses import rest_of_clause
from lagebild.events.lexicon import Lexicon, LexiconEntry
from lagebild.events.modality_words import HYPOTHETICAL
from lagebild.events.negation_scope import has_negation
from lagebild.events.object_matching import matches_object
from lagebild.events.triggers import Trigger
from lagebild.pipeline.annotations import EventInfo

HOLDING_OUT = "030"
HOLDING_OUT_NOUN = "aussicht"
ANNOUNCING_LEMMA = "ankündigen"
# the cooperative act held out → the intent to perform it; a hostile one is a threat (`threat_code`)
INTENT_OF = {
    "04": "036", "05": "032", "06": "031", "061": "0311", "062": "0312", "063": "0313", "064": "0314",
    "07": "033", "071": "0331", "072": "0332", "073": "0333",
    "074": "0334", "08": "035", "081": "0351", "082": "0352", "084": "0353", "085": "0354",
    "086": "0355", "087": "0356",
}  # fmt: skip
KEPT_ROOTS = ("03", "13")  # held-out intents and threats are coded as such already


def coded_prospects(events: list[EventInfo], lexicon: Lexicon) -> list[EventInfo]:
    """The sentence's events, those that hold out an act coded by their object, and the measure each
    threat so made holds out, unless the sentence codes that measure against its target already."""
    coded, measures = [], []
    for event in events:
        prospect, act = _by_what_is_held_out(event, lexicon)
        coded.append(prospect)
        if act is not None and prospect.code.startswith(THREAT_ROOT) and prospect.target is not None:
            measures.append(replace(prospect, code=act, modality=HYPOTHETICAL))
    return coded + [m for m in measures if not _coded_against(m, coded)]


def _coded_against(measure: EventInfo, events: list[EventInfo]) -> bool:
    """ "stellte Sanktionen der EU in Aussicht": the EU's sanctions against the target are coded already."""
    return any(
        e.code[:2] == measure.code[:2]
        and e.target is not None
        and side_of(e.target) == side_of(measure.target)
        for e in events
    )


def _by_what_is_held_out(event: EventInfo, lexicon: Lexicon) -> tuple[EventInfo, str | None]:
    """The event coded by what it holds out, and the code of the act held out (None where it holds out
    nothing codable)."""
    verb = event.trigger.root
    phrase = [
        *verb.subtree,
        *(verb.head.subtree if _misparsed_as_attribute(verb) else ()),
        *rest_of_clause(verb),
    ]
    if event.code != HOLDING_OUT or not any(t.lower_ == HOLDING_OUT_NOUN for t in phrase):
        return event, None
    nouns = _held_out_nouns(verb)
    act = next((c for noun in nouns if (c := _act_code(noun, lexicon))), None)
    code = _prospect_code(act) if act else None
    if code is None:
        return event, None
    performer = event.target is not None and _performer_of(event.target.root, nouns)
    return replace(event, code=code, target=None if performer else event.target), act


def held_out_nouns(trigger: Trigger) -> list[Token]:
    """The nouns naming what a verb row of holding out ("stellte Kiew Hilfspakete in Aussicht") holds out:
    part of its act, coded by `coded_prospects`, no events of their own (the news parse hangs "in
    Aussicht" on the verb, which makes its subject the performer of the noun's act, `noun_agents`). An act
    not held out ("stellte eine Lockerung nicht in Aussicht") keeps its own event, negated."""
    noun = trigger.object_noun
    if trigger.entry.code != HOLDING_OUT or noun is None or noun.lower_ != HOLDING_OUT_NOUN:
        return []
    if has_negation(trigger.token, trigger.token):
        return []
    return _held_out_nouns(trigger.token)


def _performer_of(target: Token, nouns: list[Token]) -> bool:
    """A genitive of the act held out names who would carry it out, not whom it is aimed at: "stellte
    Sanktionen der EU in Aussicht" holds out the EU's sanctions against someone else."""
    return target.dep_ == "nmod" and target.head in nouns and preposition_of(target) is None


def _held_out_nouns(verb: Token) -> list[Token]:
    objects = [c for c in verb.children if c.dep_ in PATIENT_DEPS and c.pos_ == "NOUN"]
    objects += [verb.head] if _misparsed_as_attribute(verb) else []
    return objects + [g for o in objects for g in o.children if g.dep_ == "conj" and g.pos_ == "NOUN"]


def _act_code(noun: Token, lexicon: Lexicon) -> str | None:
    announced = (e for e in _announcing_rows(lexicon) if matches_object(noun, e))
    named = (e for form in (noun.lower_, noun.lemma_.lower()) for e in lexicon.nouns_by_form.get(form, ()))
    entry = next(announced, None) or next(named, None)
    return entry.code if entry is not None else None


def _announcing_rows(lexicon: Lexicon) -> list[LexiconEntry]:
    return [e for e in lexicon.entries if e.lemma == ANNOUNCING_LEMMA and e.kind == "V" and e.objects]


def _prospect_code(act: str) -> str | None:
    if act.startswith(KEPT_ROOTS):
        return act
    return by_longest_prefix(act, INTENT_OF) or threat_code(act)


def prospect_intent(act: str) -> str:
    """The expressed intent (03x) of a cooperative act: "0356" for a de-escalation (087)."""
    return INTENT_OF.get(act[:3]) or INTENT_OF[act[:2]]


def _misparsed_as_attribute(verb: Token) -> bool:
    """ "stellte Sanktionen … in Aussicht" parsed as "stellte" ← amod "Sanktionen": the noun is its object."""
    return verb.dep_ == "amod" and verb.head.pos_ == "NOUN" and verb.head.i > verb.i
