"""Forces sent into another state are protection of that state (074), not a show of force (154).

"Uganda hat Spezialeinheiten in die südsudanesische Hauptstadt verlegt", "Frankreich verlegte Kampfjets
nach Kreta", "Pretoria kündigte an, 1.500 Soldaten zu entsenden": the forces arrive in the target's
country, which hosts them (codebook 074, provide military protection or peacekeeping; the banks code
every stationing in a host country so). A deployment to a line or an open area keeps its posture
(154): "verlegte Soldaten an die Grenze", "in das Grenzgebiet", "schickte einen Zerstörer in den Golf /
zum Riff" names no host, an army's formations ("schickte Truppen nach Syrien") intervene or threaten, and
forces moved within the own state have no foreign target.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from lagebild.events.arguments import (
    PATIENT_DEPS,
    own_state,
    phrases_on_act,
    preposition_of,
    side_of,
    with_governing_verb,
)
from lagebild.pipeline.annotations import EventInfo

POSTURE = "154"
PROTECTION = "074"
# verbs and nouns that move forces to a place
SENDING = {
    "verlegen",
    "entsenden",
    "schicken",
    "stationieren",
    "truppenentsendung",
    "truppenverlegung",
    "stationierung",
}
# an army's formations sent into a country are an intervention or a show of force, not a host's protection
# ("Die Türkei schickte Truppen nach Syrien", "die Truppenverlegung nach Belarus"): soldiers, units, jets
# or a contingent are what a host receives
FORMATIONS = ("truppe", "truppen", "streitkräfte", "armee", "armeen", "verband", "verbände")
# a host's territory is entered with "in"/"nach"; "an die Grenze", "vor die Küste", "zum Riff" stop at a line
INTO = {"in", "ins", "nach"}
DESTINATION_DEPS = ("obl", "obl:arg", "nmod", "advmod")
# phrases that give whom the forces serve, since when or why they go, not where they stop ("für die
# Mission"): they neither enter a host nor halt at a line; an origin ("aus Tartus") moves them between places
NOT_PLACE_CASES = {"für", "mit", "seit", "wegen"}
# a request or a purpose the sending answers: "auf Bitten aus Tripolis", "zur Unterstützung Haftars"
REASON_CASES = {"auf", "zu", "zum", "zur"}
REASONS = {
    "bitte", "bitten", "wunsch", "ersuchen", "anfrage", "einladung", "unterstützung", "schutz", "sicherung",
    "absicherung", "ausbildung", "verstärkung",
}  # fmt: skip
# places that are lines, seas or open areas, named by their endings ("Grenzgebiet", "Nordgrenze")
OPEN_PLACES = (
    "grenze", "grenzen", "grenzgebiet", "grenzregion", "gebiet", "region", "raum", "front", "küste", "meer",
    "see", "golf", "meerenge", "meerbusen", "gewässer", "riff", "linie", "zone", "osten", "westen", "norden",
    "süden",
)  # fmt: skip


def as_protection(event: EventInfo) -> EventInfo:
    if event.code != POSTURE or event.source is None or event.target is None:
        return event
    verb = event.trigger.root
    if verb.lemma_.lower() not in SENDING and verb.lower_ not in SENDING or _formations_sent(verb):
        return event
    home, host = own_state(event.source), side_of(event.target)
    if home is None or host is None or host == home or not _into_a_host(verb):
        return event
    return replace(event, code=PROTECTION)


def _formations_sent(verb: Token) -> bool:
    """The verb's object, or the noun itself ("Truppenverlegung"), names an army's formations."""
    heads = with_governing_verb(verb)
    sent = [verb] + [c for h in heads for c in h.children if c.dep_ in PATIENT_DEPS]
    sent += [c for n in sent for c in n.children if c.dep_ == "conj"]
    return any(n.lower_.startswith("truppen") or n.lemma_.lower().endswith(FORMATIONS) for n in sent)


def _into_a_host(verb: Token) -> bool:
    """No destination, or every destination entered ("in", "nach") and none a line or an open area; an
    end, a purpose or a request ("auf Bitten aus Tripolis") names no destination."""
    for phrase in phrases_on_act(verb, DESTINATION_DEPS):
        case = preposition_of(phrase)
        if case is None or _names_no_place(phrase, case):
            continue
        if (
            case not in INTO
            or phrase.lemma_.lower().endswith(OPEN_PLACES)
            or phrase.lower_.endswith(OPEN_PLACES)
        ):
            return False
    return True


def _names_no_place(phrase: Token, case: str) -> bool:
    return case in NOT_PLACE_CASES or case in REASON_CASES and phrase.lemma_.lower() in REASONS
