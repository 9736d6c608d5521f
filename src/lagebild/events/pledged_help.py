"""Help a speaker says his side will give is a pledge (CAMEO 03x, asserted), not the aid to come.

"Die USA würden Israel helfen, die Bestände aufzufüllen, sagte er", "Die Schweiz werde sich am
Wiederaufbau beteiligen, kündigte Cassis an", "Australien werde dem Nachbarn beistehen, sagte der
Minister": the reported future of a verb of helping in general names no transfer that is under way or
scheduled; saying it is the act, as the banks code pledges (`intentions.py`). A concrete transfer
reported so ("werde Panzer liefern, sagte er") stays the aid to come (07x future)."""

from __future__ import annotations

from dataclasses import replace

from lagebild.events.codebook import AID_ROOT
from lagebild.events.prospects import prospect_intent
from lagebild.events.reported_acts import REPORTED_CLAUSES
from lagebild.events.saying import says
from lagebild.pipeline.annotations import EventInfo

# verbs of helping in general ("sich beteiligen" by its lemma)
HELPING = {"helfen", "beistehen", "beteiligen", "unterstützen"}


def as_pledged_help(event: EventInfo) -> EventInfo:
    if not event.code.startswith(AID_ROOT) or event.modality != "future":
        return event
    verb = event.trigger.root
    if verb.lemma_.lower() not in HELPING or verb.dep_ not in REPORTED_CLAUSES:
        return event
    # the clause is the speaker's report of what his side will do
    if not says(verb.head):
        return event
    return replace(event, code=prospect_intent(event.code), modality="asserted")
