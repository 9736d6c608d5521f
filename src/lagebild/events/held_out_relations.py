"""Consequences for the relations that a threat or warning holds out: "warnte, ein Austritt werde ernste
Folgen für die Beziehungen haben", "kündigte Konsequenzen für die bilateralen Beziehungen an".

German diplomacy names the measure it holds out by what it would hurt: "Folgen/Konsequenzen für die
Beziehungen" is a cut in relations to come. The gold banks code it beside the threat as a hypothetical
reduction of relations (16) between the threat's parties, as they code a threatened measure named
outright (`threatened_measures.py`). So they code the unnamed answer a threat holds out to the one it
addresses: "drohte dem Königreich mit Konsequenzen", "droht dem Süden mit einer neuen Antwort". A threat
that names no addressee ("drohte mit Konsequenzen") leaves its answer uncoded, as the banks mostly do.
Measures a state reserves itself ("behält sich weitere Schritte vor") are such an unnamed answer too.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from lagebild.events.arguments import preposition_of, sides_of_event
from lagebild.events.codebook import REDUCING_ROOT, THREAT_ROOT
from lagebild.events.modality_words import HYPOTHETICAL
from lagebild.pipeline.annotations import EventInfo
from lagebild.pipeline.word_classes import PARTICLE_DEPS

REDUCED_RELATIONS = "160"
CONSEQUENCES = {"folge", "folgen", "konsequenz", "konsequenzen"}
RELATIONS = {"beziehung", "beziehungen", "verhältnis", "verhältnisse"}
FOR = "für"
# "Folgen für die bilateralen Beziehungen": the relations noun follows "für" within a few words
REACH = 4
# "drohte X mit Konsequenzen": the threatening verb, its addressee and the unnamed answer. "drohen" takes
# no accusative, so a bare object is its dative addressee whatever case the tagger reads ("hatte Moskau
# mit Konsequenzen gedroht": Acc, "drohte beiden Staaten": Nom); one set off by a comma is the subject's
# apposition misread ("Kim, die Schwester des Machthabers, droht")
THREATENING = "drohen"
ADDRESSEES = ("obl:arg", "iobj", "obj")
SET_OFF = ","
ANSWERS = CONSEQUENCES | {"antwort", "reaktion"}
HELD_OUT_WITH = "mit"
# "sich vorbehalten": "behält/behielt … vor" (the parse lemmatises it badly), "vorbehalten"
RESERVING = ("behält", "behalte", "behielt", "behalten")
RESERVED = "vorbehalt"


def relations_held_out(found: list[EventInfo]) -> list[EventInfo]:
    """One hypothetical 160 per dyad of a threat whose sentence holds out consequences for relations."""
    held_out: list[EventInfo] = []
    dyads = {sides_of_event(e) for e in found if e.code.startswith(REDUCING_ROOT)}
    for threat in found:
        if not threat.code.startswith(THREAT_ROOT) or threat.source is None or threat.target is None:
            continue
        answer = (
            any(_for_relations(t) for t in threat.trigger.sent)
            or _answer_to_addressee(threat)
            or _reserved_answer(threat)
        )
        sides = sides_of_event(threat)
        if sides in dyads or not answer or _at_home(sides):
            continue
        dyads.add(sides)
        held_out.append(replace(threat, code=REDUCED_RELATIONS, modality=HYPOTHETICAL))
    return found + held_out


def _at_home(sides: tuple[str | None, str | None]) -> bool:
    """A threat to one's own people ("drohte den Demonstranten mit harten Konsequenzen") is a crackdown
    held out, no cut in relations between states."""
    return sides[0] is not None and sides[0] == sides[1]


def _reserved_answer(threat: EventInfo) -> bool:
    """ "behält sich weitere Schritte vor", "behalte sich das Recht vor, Vergeltung zu üben": the stock
    phrase of diplomacy holds out an answer it leaves unnamed, aimed at the threat's target."""
    return reserves(threat.trigger.root)


def reserves(verb: Token) -> bool:
    """The verb is "sich vorbehalten": "vorbehalten", or "behält/behielt … vor"."""
    if verb.lower_.startswith(RESERVED):
        return True
    particle = any(c.dep_ in PARTICLE_DEPS and c.lower_ == "vor" for c in verb.children)
    return particle and verb.lower_.startswith(RESERVING)


def _for_relations(token: Token) -> bool:
    if token.lower_ not in CONSEQUENCES:
        return False
    after = token.doc[token.i + 1 : min(token.i + 1 + REACH, token.sent.end)]
    preposition = next((t for t in after if t.lower_ == FOR), None)
    if preposition is None:
        return False
    phrase = token.doc[preposition.i + 1 : min(preposition.i + 1 + REACH, token.sent.end)]
    return any(t.lower_ in RELATIONS for t in phrase)


def _addressee(token: Token) -> bool:
    if token.dep_ not in ADDRESSEES or preposition_of(token) is not None:
        return False
    start = token.left_edge.i
    return start == token.sent.start or token.doc[start - 1].text != SET_OFF


def _answer_to_addressee(threat: EventInfo) -> bool:
    """ "drohte dem Königreich mit Konsequenzen": a "drohen" threat addressed in the dative whose "mit"
    phrase holds out an answer it leaves unnamed."""
    verb = threat.trigger.root
    if verb.lemma_.lower() != THREATENING:
        return False
    addressed = any(_addressee(c) for c in verb.children)
    return addressed and any(
        c.lower_ in ANSWERS and preposition_of(c) == HELD_OUT_WITH for c in verb.children
    )
