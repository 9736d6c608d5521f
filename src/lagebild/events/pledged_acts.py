"""An act a source pledges ("sagte zu, die irakischen Streitkräfte weiter auszubilden", "verpflichtet
sich, Soldaten an die Grenze zu verlegen", "sicherte zu, die Zusammenarbeit fortzusetzen") is what the
pledge (03x, coded on the promising verb) promises, not an act of its own: the banks code the pledge
asserted with no extra event for the act. Kept: the pledged act that `intentions.py` already turned
into the pledge's own intent code, a pledge not to act (the act negated beside it, as the banks code
"verpflichtete sich, keine Gewalt anzuwenden"), acts held out only as possible, and acts between
other sides than the pledge's."""

from __future__ import annotations

from spacy.tokens import Token

from lagebild.events.arguments import side_of
from lagebild.events.codebook import INTENT_ROOT
from lagebild.events.pledge_verbs import PROMISING
from lagebild.pipeline.annotations import EventInfo

# how the pledged act's clause hangs under the promising verb: "zu"-clause, "dass"-clause
PLEDGED_CLAUSE_DEPS = ("xcomp", "ccomp")
# how far up from the act to look for the promising verb: a second act coordinated with the first
# ("…, auf Zölle zu verzichten und … zusammenzuarbeiten") hangs on it, one step further
STEPS_UP = 3
PLEDGED_MODALITIES = ("asserted", "future")


def without_pledged_acts(events: list[EventInfo]) -> list[EventInfo]:
    pledges = [
        e
        for e in events
        if e.code.startswith(INTENT_ROOT) and e.modality == "asserted" and e.trigger.root in PROMISING
    ]
    if not pledges:
        return events
    return [e for e in events if not _pledged(e, pledges)]


def _pledged(event: EventInfo, pledges: list[EventInfo]) -> bool:
    if event.code.startswith(INTENT_ROOT) or event.modality not in PLEDGED_MODALITIES:
        return False
    governor = _promising_governor(event.trigger.root)
    if governor is None:
        return False
    return any(
        p.trigger.root.i == governor.i
        and side_of(p.source) == side_of(event.source)
        and side_of(p.target) == side_of(event.target)
        for p in pledges
    )


def _promising_governor(token: Token) -> Token | None:
    """The promising verb whose "zu"- or "dass"-clause the act is, through acts coordinated in it; not
    a verb coordinated with the promising one ("sagte Hilfe zu und schickte Soldaten"), a deed apart."""
    for _ in range(STEPS_UP):
        if token.dep_ != "conj" or token.head.i == token.i:
            break
        token = token.head
    if token.dep_ not in PLEDGED_CLAUSE_DEPS or token.head not in PROMISING:
        return None
    return token.head
