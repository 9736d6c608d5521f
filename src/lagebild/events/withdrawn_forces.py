"""Forces withdrawn from the country that hosts them end a presence (166, expel or withdraw), not a
retreat in battle (0874).

"Frankreich hat mit dem Abzug aus dem Tschad begonnen", "Das Pentagon bestätigte, die Elitesoldaten
abzuziehen", "Indien müsse seine Soldaten abziehen": the troops leave a state, as a host asks or a
partner decides, which the banks code 166; so does an organisation's mission ("Abzug der Blauhelmmission
aus dem Kongo"). Forces pulled back from ground, a front or a region ("aus dem Südlibanon", "aus dem
Norden der Insel", "aus vier Regionen", "aus dem Kraftwerk") retreat (0874), and so do an army's
formations ("seine Truppen aus der Ukraine abziehen": a war or an occupation ends) and forces that leave
no foreign state. Forces that leave a country by "verlassen" (`departing_forces`) are told apart the same
way: "die französischen Soldaten müssten das Land verlassen" ends a presence (166), "die russischen Truppen
müssten das Land verlassen" a war (0874), as the banks code them by majority.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from lagebild.events.arguments import (
    PATIENT_DEPS,
    entity_at,
    is_organisation,
    own_state,
    phrases_on_act,
    side_of,
    with_governing_verb,
)
from lagebild.events.departing_forces import LEAVING
from lagebild.events.protective_deployments import FORMATIONS
from lagebild.pipeline.annotations import EventInfo

DE_ESCALATION = "087"
WITHDRAWAL = "166"
# the verb and nouns of pulling forces out (not "Rückzug", which is a retreat in the lexicon as well)
WITHDRAWING = {"abziehen", "abzug", "truppenabzug", LEAVING}
# where the forces leave from: "aus dem Tschad", also "von der Grenze", "von der Front" (ground, no host)
ORIGINS = {"aus", "von"}
PHRASE_DEPS = ("obl", "obl:arg", "nmod")
# a named part of a country is ground, not the host: "Südlibanon", "Nordsyrien", "Ostukraine"
COMPASS = ("süd", "nord", "ost", "west")


def as_withdrawal(event: EventInfo) -> EventInfo:
    if not event.code.startswith(DE_ESCALATION) or event.source is None or event.target is None:
        return event
    trigger = event.trigger.root
    if not _withdrawing(trigger) or _formations_withdrawn(trigger):
        return event
    # an organisation has no home of its own: any state it pulls its forces out of hosted a mission
    # ("der Abzug der Blauhelmmission aus dem Kongo", 166)
    home = own_state(event.source) or (side_of(event.source) if is_organisation(event.source) else None)
    host = side_of(event.target)
    if home is None or host is None or host == home or not _out_of_a_country(trigger, host):
        return event
    return replace(event, code=WITHDRAWAL)


def _withdrawing(trigger: Token) -> bool:
    """ "abziehen", "Abzug", also split: "ziehen ihre Soldaten … ab"."""
    particle = next((c.lower_ for c in trigger.children if c.dep_ == "compound:prt"), "")
    return bool({trigger.lemma_.lower(), trigger.lower_, particle + trigger.lemma_.lower()} & WITHDRAWING)


def _formations_withdrawn(trigger: Token) -> bool:
    """The verb's object or the noun's genitive ("Abzug der Truppen") names an army's formations, which leave
    a war or an occupation ("Russland muss seine Truppen aus der Ukraine abziehen"): a retreat. Forces that
    leave are the subject ("die Truppen verließen das Land", "sobald die Truppen abgezogen waren")."""
    heads = with_governing_verb(trigger)
    objects = [c for h in heads for c in h.children if c.dep_ in PATIENT_DEPS]
    leaving = trigger.lemma_ == LEAVING or not objects
    deps = (*PATIENT_DEPS, "nmod", *(("nsubj",) if leaving else ()))
    withdrawn = [c for h in heads for c in h.children if c.dep_ in deps and c.pos_ == "NOUN"]
    return any(n.lemma_.lower().endswith(FORMATIONS) or n.lower_.endswith(FORMATIONS) for n in withdrawn)


def _out_of_a_country(trigger: Token, host: str) -> bool:
    """No "aus" or "von" phrase, or every one names the host country by its name (not ground, a region,
    a town, a border: "schwere Waffen von der Grenze abziehen" pulls them back, 087)."""
    for phrase in phrases_on_act(trigger, PHRASE_DEPS):
        if not any(c.dep_ == "case" and c.lower_ in ORIGINS for c in phrase.children):
            continue
        if (
            phrase.pos_ != "PROPN"
            or phrase.lower_.startswith(COMPASS)
            or any(c.dep_ in ("nmod", "amod") for c in phrase.children)
            or _state_named(phrase) != host
        ):
            return False
    return True


def _state_named(token: Token) -> str | None:
    entity = entity_at(token)
    return side_of(entity) if entity is not None else None
