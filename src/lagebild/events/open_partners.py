"""An act whose partner is asked for names no act: "Sein Land lasse sich nicht vorschreiben, mit wem es
zusammenarbeite", "… entscheide selbst, gegen wen es Sanktionen verhängt". The interrogative pronoun
holds the place of the partner; the sentence states who decides, not that the act was done with anyone,
and the coder, finding no partner, would take a state of the text for one. The gold banks code no event.
"""

from __future__ import annotations

from spacy.tokens import Token

from lagebild.pipeline.annotations import EventInfo

# the partner asked for in the dative or accusative ("mit wem", "gegen wen"); "wer" asks for the one
# who acts, not a partner, and is not looked for; a name that ends so ("Tsai Ing-wen") is PROPN
ASKED_PARTNERS = {"wem", "wen"}
PARTNER_DEPS = ("obj", "iobj", "obl", "nmod")


def without_open_partners(events: list[EventInfo]) -> list[EventInfo]:
    return [e for e in events if not _partner_asked_for(e.trigger.root)]


def _partner_asked_for(trigger: Token) -> bool:
    return any(
        c.lower_ in ASKED_PARTNERS and c.pos_ == "PRON" and c.dep_ in PARTNER_DEPS for c in trigger.children
    )
