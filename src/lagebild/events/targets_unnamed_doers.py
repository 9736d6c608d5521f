"""A deed of violence judged without naming its doer: "verurteilte den Anschlag", "beklagte die Gewalt",
"Die Emirate verurteilten die Tat ebenfalls". The gold gives such a judgement no target: the doer of an
attack or of violence the text does not name is mostly no state, and a state named nearby or just
before is its victim, the judge's host or partner, or the subject of other news (on the tuning banks
12 guesses for it were all wrong, the gold having no target). Where the sentences just before coded an
act of force, that act is the deed judged ("Russland beschoss Charkiw. Polen verurteilte die Tat."),
and its doer is guessed as before. Such a judgement the coder left without a target keeps none in the
target ranker too (`left_without_doer`): the states the article names are its victims, hosts and
partners, which the ranker, trained on all kinds of acts, took for the doer."""

from __future__ import annotations

from spacy.tokens import Token

from lagebild.events.arguments import children
from lagebild.events.codebook import FORCE_ROOTS
from lagebild.events.targets_judged_patients import judges, judging_code
from lagebild.events.triggers import Trigger
from lagebild.pipeline.annotations import EventInfo

# deeds whose doers a report of them often leaves unnamed. Not "Angriff" or "Massaker": their doers are
# mostly the states and armed groups the story is about, whom the gold names as the target
DEEDS_OF_UNNAMED_DOERS = {
    "anschlag", "attentat", "bluttat", "gewalt", "tat", "terror", "terroranschlag", "terrorakt",
}  # fmt: skip


def judges_a_deed_of_no_named_doer(trigger: Trigger, recent: list[EventInfo]) -> bool:
    """The judging verb's object is such a deed, and no act of force was coded in the sentences just
    before (`recent`) by a known doer (an attack coded with no source is such a deed). Its own doer, where
    named ("den Anschlag der Hamas"), is parsed before any guess."""
    if not judges(trigger) or any(e.code[:2] in FORCE_ROOTS and e.source is not None for e in recent):
        return False
    return _judges_a_deed(trigger.token)


def left_without_doer(event: EventInfo) -> bool:
    """A judgement of such a deed with no target ("Xi verurteilte den Anschlag"): where the coder found
    no doer, the target ranker is not to guess one either."""
    return event.target is None and judging_code(event.code) and _judges_a_deed(event.trigger.root)


def _judges_a_deed(verb: Token) -> bool:
    # the verb's object only: what an act is called ("sprach von einem Anschlag auf sein Land") charges
    # the doer of an act the text has named
    return any(deed.lemma_.lower() in DEEDS_OF_UNNAMED_DOERS for deed in children(verb, "obj"))
