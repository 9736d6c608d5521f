"""Diplomats told to leave the country are expelled: "forderte die kenianischen Diplomaten auf, das Land
binnen sieben Tagen zu verlassen" is the host state's expulsion of the diplomats' state (CAMEO 161), done
by the order itself, not a demand (10x) with a withdrawal (166) the diplomats might make. Troops or
citizens asked to leave stay demands: only envoys are expelled by being told to go. The side addressed is
often found in the envoy's attribute rather than in his title ("den indischen Hochkommissar", "die
Diplomaten Nicolás Maduros"), and the leaving may be a noun ("zur Ausreise aufgefordert")."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from lagebild.events.addressee_acts import finite_between
from lagebild.events.arguments import ActorIndex, children, is_zu_infinitive
from lagebild.events.codebook import ASKING_ROOTS, REDUCED_RELATIONS
from lagebild.events.negation_scope import has_negation
from lagebild.events.recipients import COUNTRY_NOUNS, LEAVING
from lagebild.events.summoned_envoys import ATTRIBUTE_DEPS, ENVOYS
from lagebild.pipeline.annotations import EventInfo

# a Commonwealth state's envoy to another is its high commissioner ("den indischen Hochkommissar")
ENVOYS_TOLD_TO_LEAVE = (*ENVOYS, "hochkommissar")
# nouns of leaving the country an addressee is told to go to ("zur Ausreise aufgefordert")
DEPARTURE_NOUNS = {"ausreise"}
DEPARTURE_PREPOSITION = "zu"


def as_expulsions(events: list[EventInfo], actors: ActorIndex) -> list[EventInfo]:
    """The sentence's events, asserted demands that envoys leave the country coded as expulsions."""
    return [replace(e, code=REDUCED_RELATIONS) if _orders_envoys_out(e, actors) else e for e in events]


def _orders_envoys_out(event: EventInfo, actors: ActorIndex) -> bool:
    """An asserted appeal or demand addressed to envoys, with a "zu" infinitive of leaving a country
    after them in the same clause or a "zu" phrase of departure on the verb."""
    target, verb = event.target, event.trigger.root
    if not event.code.startswith(ASKING_ROOTS) or event.modality != "asserted" or target is None:
        return False
    if not _addressed_to_envoys(target):
        return False
    if any(_departure_phrase(p) for p in children(verb, "obl")):
        return True
    return any(
        t.i > target.end - 1
        and t.lemma_.lower() in LEAVING
        and is_zu_infinitive(t)
        and not finite_between(verb, t)
        and not has_negation(t, t)
        and any(
            p.lemma_.lower() in COUNTRY_NOUNS or actors.of_phrase(p) is not None for p in children(t, "obj")
        )
        for t in verb.sent
    )


def _addressed_to_envoys(target: Span) -> bool:
    """The target is an envoy's title, or an attribute under one: his state's adjective ("den indischen
    Hochkommissar") or his government's name ("die Diplomaten Nicolás Maduros")."""
    titles = [target.root]
    if target.root.dep_ in ATTRIBUTE_DEPS:
        titles.append(target.root.head)
    return any(envoy in title.lower_ for title in titles for envoy in ENVOYS_TOLD_TO_LEAVE)


def _departure_phrase(phrase: Token) -> bool:
    """ "zur Ausreise": a noun of leaving the country with "zu"."""
    return phrase.lemma_.lower() in DEPARTURE_NOUNS and any(
        c.lemma_.lower() == DEPARTURE_PREPOSITION for c in children(phrase, "case")
    )
