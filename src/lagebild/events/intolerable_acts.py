"""An attack one will not tolerate is threatened with an answer: "Mexiko werde eine Verletzung seiner
Souveränität nicht hinnehmen", "man werde keine Bedrohung der eigenen Sicherheit dulden", "Finnland
werde Angriffe auf seine Infrastruktur nicht hinnehmen".

Declaring that one will not accept something is a refusal (120, `refused_acts_uncoded.py`) where it turns
down what another side asks or does ("werde keine Parallelarmee dulden"). Where the thing not to be
tolerated is a hostile act against the speaker's side, nothing is asked of the speaker: the words warn
whoever would commit it, and the gold banks code that as a threat (130, asserted).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from lagebild.events.arguments import children, party_of
from lagebild.events.codebook import THREAT_ROOT
from lagebild.events.modality_words import ASSERTED
from lagebild.pipeline.annotations import EventInfo

REFUSAL = "120"
THREAT = "130"
TOLERATING = {"hinnehmen", "dulden", "tolerieren", "akzeptieren"}
# hostile acts, also as the end of a compound ("Grenzverletzung", "Verfassungsbruch", "Raketenangriffe")
HOSTILE_ACTS = (
    "bedrohung", "bedrohungen", "verletzung", "verletzungen", "angriff", "angriffe", "bruch", "aggression",
    "provokation", "provokationen", "einmischung", "übergriff", "übergriffe", "intervention", "einmarsch",
)  # fmt: skip


def intolerable_acts(events: list[EventInfo]) -> list[EventInfo]:
    """The sentence's events, each refusal to tolerate a hostile act a threat to whoever would commit it;
    one the sentence threatens already ("warnte, man werde das nicht hinnehmen") is dropped."""
    kept: list[EventInfo] = []
    for event in events:
        if not _intolerable(event):
            kept.append(event)
            continue
        # the act would hit the speaker's own side ("eine Verletzung seiner Souveränität"): the threat is
        # aimed at whoever would commit it, not at the side that would suffer it
        own = party_of(event.target) is not None and party_of(event.target) == party_of(event.source)
        threat = replace(event, code=THREAT, modality=ASSERTED, target=None if own else event.target)
        if not _threatened(threat, events):
            kept.append(threat)
    return kept


def _intolerable(event: EventInfo) -> bool:
    verb = event.trigger.root
    if event.code != REFUSAL or verb.lemma_.lower() not in TOLERATING:
        return False
    return any(_hostile(o) for o in children(verb, "obj"))


def _hostile(noun: Token) -> bool:
    return noun.lower_.endswith(HOSTILE_ACTS)


def _threatened(threat: EventInfo, events: list[EventInfo]) -> bool:
    return any(
        e.code.startswith(THREAT_ROOT) and party_of(e.source) == party_of(threat.source) for e in events
    )
