"""A warning that passes on a danger no one named threatens is information shared (CAMEO 064), not a threat.

"Der Geheimdienst hatte Sri Lanka vor Anschlägen auf Kirchen gewarnt", "Minsk warnte Warschau vor
Drohnen, die vom Kurs abgekommen seien": the warner tells the warned side of terror attacks, stray
drones or a storm it has seen coming, threatening nothing of its own (the codebook's 064, share
intelligence or information; the banks code it so). A warning against what the addressee might do
("warnte Moskau vor einem Angriff") or of consequences ("vor Sanktionen") stays a threat (13x)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from lagebild.events.arguments import preposition_of
from lagebild.events.codebook import THREAT_ROOT
from lagebild.pipeline.annotations import EventInfo

WARNING_LEMMA = "warnen"
SHARED_INFORMATION = "064"
# dangers by their endings ("Terroranschlägen", "Selbstmordattentat"): acts of terrorists, stray
# objects and hazards, none of them done by the warned side or by the warner
DANGER_ENDINGS = (
    "anschlag", "anschläge", "anschlägen", "anschlags", "attentat", "attentate", "attentaten", "drohne",
    "drohnen", "terrorismus", "terrorgefahr", "unwetter", "sturm", "tsunami", "cyberangriff", "cyberangriffen",
)  # fmt: skip
# the warned-of noun hangs on the verb, or on another phrase of its clause ("in der Nacht vor Drohnen")
PHRASE_DEPS = ("obl", "obl:arg", "nmod", "obj")


def as_relayed_warning(event: EventInfo) -> EventInfo:
    if not event.code.startswith(THREAT_ROOT) or event.target is None:
        return event
    verb = event.trigger.root
    if verb.lemma_.lower() != WARNING_LEMMA:
        return event
    return replace(event, code=SHARED_INFORMATION) if _warned_of_a_danger(verb) else event


def _warned_of_a_danger(verb: Token) -> bool:
    """A "vor" phrase of the verb's clause names a danger of the list."""
    frontier, found = [verb], []
    while frontier:
        phrases = [c for t in frontier for c in t.children if c.dep_ in PHRASE_DEPS]
        found += phrases
        frontier = phrases
    warned_of = [t for t in found if preposition_of(t) == "vor"]
    return bool(warned_of) and all(t.lower_.endswith(DANGER_ENDINGS) for t in warned_of)
