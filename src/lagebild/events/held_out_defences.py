"""A defence announced is a threat; a defence under way is none.

"Die Allianz werde jeden Zentimeter ihres Gebiets verteidigen", "Das Land werde sich gegen jeden Angriff
verteidigen", "kündigte an, jeden Zentimeter Bodens zu verteidigen", "werde sich verteidigen, falls
Ruanda …": resolve to defend one's land or oneself, said of what is to come, warns whoever would attack
(the lexicon's 130 rows of "verteidigen"); the gold banks code it as an asserted threat (130, 138),
also where a condition holds the defence out. "Die Ukraine verteidigt sich gegen Russland" tells of a
defence going on, "das Recht Israels, sich zu verteidigen" names a right, and "werde die Grenze nicht mit
Soldaten verteidigen" rules the defence out: none of them threatens.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Token

from lagebild.events.arguments import children, is_zu_infinitive
from lagebild.events.codebook import THREAT_ROOT
from lagebild.events.modality_words import ASSERTED, FUTURE_AUX, NEGATED, SUBJUNCTIVE_II
from lagebild.pipeline.annotations import EventInfo

DEFENDING = re.compile(r"^verteidig", re.IGNORECASE)
# the words a defence to come hangs on as a "zu" infinitive: announcing, reserving, threatening,
# swearing or promising it, being ready or resolved to it ("kündigte an, jeden Zentimeter zu
# verteidigen", "behalte sich vor, …", "sei bereit, …")
RESOLVING = re.compile(
    r"^(kündig|angekündigt|ankündig|behält|behalte|behielt|vorbehalt|droh|gedroht|schw[oö]r|geschworen"
    r"|versprach|versprech|versproch|gelob|bereit|entschlossen|gewillt|willens)",
    re.IGNORECASE,
)


def held_out_defences(events: list[EventInfo]) -> list[EventInfo]:
    """The sentence's events, without the threats of a defence under way, and with each defence to come
    an asserted threat."""
    kept = []
    for event in events:
        verb = event.trigger.root
        if not event.code.startswith(THREAT_ROOT) or not DEFENDING.match(verb.text):
            kept.append(event)
        elif event.modality != NEGATED and _to_come(verb):
            kept.append(replace(event, modality=ASSERTED))
    return kept


def _to_come(verb: Token) -> bool:
    """Said in the future or the subjunctive ("werde … verteidigen", "würde sich verteidigen"), or as the
    "zu" infinitive of a word of resolve."""
    auxiliaries = {c.lower_ for c in children(verb, "aux")}
    if auxiliaries & (FUTURE_AUX | SUBJUNCTIVE_II):
        return True
    return is_zu_infinitive(verb) and verb.head.i != verb.i and bool(RESOLVING.match(verb.head.text))
