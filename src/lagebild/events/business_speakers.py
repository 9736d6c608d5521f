"""Businesses that speak are no state speaking: "Deutschlands Autobauer kritisieren die Zölle",
"Chinas Exporteure klagen über die Zölle der USA", "die italienischen Banken warnen", "Der Konzern
Volkswagen droht mit Stellenabbau".

The actor stage reads the state named as the genitive, the adjective or the apposition of such a
noun ("Deutschlands", "deutschen", "Bank Austria") as the speaker; the gold guideline leaves economy
without a political actor uncoded. What firms do with their goods stays an event ("Unternehmen aus
China beliefern Moskau mit Elektronik" is material cooperation the banks code to China), so only the
verbal roots are dropped: statements, appeals, demands, criticism, rejections and threats.
"""

from __future__ import annotations

from spacy.tokens import Span

from lagebild.events.codebook import VERBAL_ROOTS
from lagebild.events.event_clauses import NOMINAL_POS
from lagebild.pipeline.annotations import EventInfo

# private economic actors (lowered endings, for compounds: "Autokonzern", "Energieversorger")
BUSINESSES = (
    "konzern", "konzerne", "konzernen", "unternehmen", "firma", "firmen", "autobauer", "hersteller",
    "exporteur", "exporteure", "exporteuren", "importeur", "importeure", "industrie", "wirtschaft",
    "händler", "händlern", "verlag", "verlage", "verlagen", "anleger", "anlegern", "investor",
    "investoren", "sparer", "verbraucher", "verbrauchern", "unternehmer", "aktionär", "aktionäre",
    "airline", "airlines", "fluggesellschaft", "fluggesellschaften", "reederei", "reedereien", "versorger",
    "versicherer", "bank", "banken", "geldhaus", "geldhäuser", "geldinstitut", "geldinstitute",
    "kreditinstitut", "kreditinstitute", "börse", "börsen",
)  # fmt: skip
# banks of states and of states together, which are political actors
PUBLIC_BANKS = (
    "zentralbank",
    "notenbank",
    "nationalbank",
    "weltbank",
    "entwicklungsbank",
    "investitionsbank",
)
# how a state name hangs on the noun it qualifies: "Deutschlands Autobauer", "deutsche Banken", "Bank Austria"
QUALIFYING_DEPS = ("nmod", "nmod:poss", "amod", "appos", "flat", "flat:name", "compound")


def without_business_speakers(events: list[EventInfo]) -> list[EventInfo]:
    """The events but the verbal acts (`VERBAL_ROOTS`) of a business: what a firm says is no state's word."""
    return [e for e in events if not (e.code[:2] in VERBAL_ROOTS and _business(e.source))]


def _business(actor: Span | None) -> bool:
    """The actor span only qualifies a noun of private business, which is the one acting."""
    if actor is None or not len(actor):
        return False
    root = actor.root
    noun = root.head
    if root.dep_ not in QUALIFYING_DEPS or noun == root or actor.start <= noun.i < actor.end:
        return False
    word = noun.lower_
    return noun.pos_ in NOMINAL_POS and word.endswith(BUSINESSES) and not word.endswith(PUBLIC_BANKS)
