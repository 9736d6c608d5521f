"""An act still to come that its target files in advance as an act of war is threatened with war:
"Moskau werde jede Blockade der Enklave als Angriff auf Russland werten", "jeder Versuch, das Wasser
umzuleiten, werde als kriegerischer Akt betrachtet", "Moskau werte eine Festnahme als Kriegserklärung".

Filing a done act so ("wertete die Manöver als Kriegserklärung") accuses its doer (112, the lexicon's
rows of "werten", "betrachten", "ansehen", "behandeln"); filing any or a case of an act not yet done
tells the other side what answer awaits it. The gold banks code that as the threat of force, asserted
(138), as they code "werde … mit aller Kraft beantwortet" beside it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Token

from lagebild.events.arguments import PATIENT_DEPS, children, party_of
from lagebild.events.codebook import DISAPPROVAL_ROOT
from lagebild.events.conditional_reactions import A_CASE, ANY_CASE
from lagebild.events.dated_acts import PAST_AUX
from lagebild.events.lexicon import preterites_only
from lagebild.events.modality_words import ASSERTED, FUTURE_AUX, NEGATED, SUBJUNCTIVE_II
from lagebild.pipeline.annotations import EventInfo

THREAT_OF_FORCE = "138"
# the verbs of the lexicon's rows that file an act as something: their forms, as the tagger misreads
# some lemmas ("werte" as "weren")
FILING_VERBS = re.compile(r"^(wert|gewertet|betracht|behandel|angesehen|sieht|sah|sehe)", re.IGNORECASE)
# what an act is filed as: war declared or waged ("als Kriegserklärung", "als Angriff auf Russland")
WAR_NOUNS = {"kriegserklärung", "kriegsakt", "kriegshandlung", "angriff", "aggression", "aggressionsakt"}
# "als kriegerischer Akt", "als militärische Handlung" name the act of war by their adjective
WARLIKE = ("kriegerisch", "militärisch")
DEED_NOUNS = {"akt", "handlung"}
FILED_AS = "als"


def acts_filed_as_war(events: list[EventInfo]) -> list[EventInfo]:
    """The sentence's events, each filing of an act to come as an act of war made the threat of force."""
    return [_as_threat(e) for e in events]


def _as_threat(event: EventInfo) -> EventInfo:
    verb = event.trigger.root
    if not event.code.startswith(DISAPPROVAL_ROOT) or event.modality == NEGATED:
        return event
    if not FILING_VERBS.match(verb.text) or not _filed_as_war(verb) or not _to_come(verb):
        return event
    # the side the act would hit is often the speaker's own ("jede Bedrohung unserer Soldaten als Angriff
    # auf Russland"): the threat is aimed at whoever would do it, not at the side that would suffer it
    own = party_of(event.target) is not None and party_of(event.target) == party_of(event.source)
    return replace(event, code=THREAT_OF_FORCE, modality=ASSERTED, target=None if own else event.target)


def _filed_as_war(verb: Token) -> bool:
    """The verb files its act as war: an "als" phrase names it, which the parser may join to the act as
    a conjunct ("jede Blockade … als Angriff")."""
    phrases = [p for c in verb.children for p in (c, *children(c, "conj"))]
    for phrase in phrases:
        if any(c.lower_ == FILED_AS for c in phrase.children) and _names_war(phrase):
            return True
    return False


def _names_war(noun: Token) -> bool:
    word = noun.lemma_.lower()
    if word in WAR_NOUNS or noun.lower_ in WAR_NOUNS:
        return True
    return word in DEED_NOUNS and any(c.lower_.startswith(WARLIKE) for c in children(noun, "amod"))


def _to_come(verb: Token) -> bool:
    """The filing holds for acts not yet done: said in the future or the subjunctive ("werde … werten",
    "würde … betrachten"), or of any or a case of the act ("jeder Angriff", "eine
    Festnahme"); not an act already filed so ("wertete die Manöver als Kriegserklärung")."""
    auxiliaries = {c.lower_ for c in children(verb, "aux", "aux:pass")}
    if verb.lower_ in preterites_only() or auxiliaries & PAST_AUX:
        return False
    if auxiliaries & (FUTURE_AUX | SUBJUNCTIVE_II) or verb.lower_ in SUBJUNCTIVE_II:
        return True
    acts = [c for c in verb.children if c.dep_ in (*PATIENT_DEPS, "nsubj")]
    return any(_a_case(act) for act in acts)


def _a_case(act: Token) -> bool:
    determiners = [c.lower_ for c in children(act, "det")]
    return any(d.startswith(ANY_CASE) or d in A_CASE for d in determiners)
