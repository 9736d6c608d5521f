"""An actor of a state or an organisation named as acting together with the source is a source too:
"Frankreich verhängte gemeinsam mit Deutschland Sanktionen gegen Russland" is Germany's sanction as
well, and "Gemeinsam mit Kolumbien und Mexiko verlangte Brasília …" Colombia's and Mexico's demand.
The gold banks code the partner with the source's target. Only a "gemeinsam mit"/"zusammen mit"
phrase on the event's verb: on a noun it names who the thing is shared with ("die Übung gemeinsam mit
Japan"). Only acts done to a third party: where the act is done with the partner (cooperation
promised or given, talks, a meeting or a call, an agreement), the partner is its counterpart
(`targets_co_agents`), not a second doer."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from lagebild.events.arguments import ActorIndex, preposition_of, side_of
from lagebild.events.targets_co_agents import TOGETHER_ADVERBS
from lagebild.pipeline.annotations import EventInfo

# acts done with the partner rather than beside it: intents to cooperate (03), consultations, calls,
# meetings and negotiations (040, 041, 044, 046), cooperation agreed or signed (050, 057), material
# cooperation (06)
PARTNER_CODES = ("03", "040", "041", "044", "046", "050", "057", "06")
# how a "mit" phrase hangs on the verb, or on the "gemeinsam" before it (which the parse may take
# for an adverb, an object or anything else of the verb's)
PHRASE_DEPS = {"obl", "nmod", "obl:arg"}


def with_co_agent_sources(events: list[EventInfo], actors: ActorIndex) -> list[EventInfo]:
    """Each event, and one more for every partner acting alongside its source on a side not yet among
    the act's sources or targets. Only an event with a target: the partner shares the party the act is
    aimed at, and where the coder found none there is nothing to share."""
    added = []
    for event in events:
        if event.source is None or event.target is None or event.code.startswith(PARTNER_CODES):
            continue
        partners = _partners(event.trigger.root, actors)
        if side_of(event.target) in {side_of(p) for p in partners}:
            continue  # done with a partner, not beside it: "reist gemeinsam mit Macron" taken to go to France
        acts = [e for e in events if e.trigger.start == event.trigger.start and e.code == event.code]
        sides = {side_of(e.source) for e in acts} | {side_of(e.target) for e in acts}
        for partner in partners:
            side = side_of(partner)
            if side is not None and side not in sides:
                sides.add(side)
                added.append(replace(event, source=partner))
    return events + added


def _partners(verb: Token, actors: ActorIndex) -> list[Span]:
    """The actors of the verb's "gemeinsam mit"/"zusammen mit" phrase, with those listed in it."""
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    heads = [verb, *(c for c in verb.children if c.lower_ in TOGETHER_ADVERBS)]
    phrases = [c for h in heads for c in h.children if c.dep_ in PHRASE_DEPS and _together_with(c)]
    return [a for p in phrases for a in actors.of_phrases(p)]


def _together_with(phrase: Token) -> bool:
    """Whether the phrase opens with "mit" right after "gemeinsam" or "zusammen"."""
    case = next((c for c in phrase.children if c.dep_ == "case"), None)
    if case is None or preposition_of(phrase) != "mit" or case.i == case.sent.start:
        return False
    return case.doc[case.i - 1].lower_ in TOGETHER_ADVERBS
