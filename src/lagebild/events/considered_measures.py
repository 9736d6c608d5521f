"""A measure a government weighs is an act of its own, a hypothetical one: "Die EU prüft Sanktionen gegen
ruandische Offiziere", "in Washington werden Sanktionen gegen die Miliz geprüft". The
gold codes the examined measure (163) by the one examining it, against the same party, beside or
instead of the consideration (014) itself; the consideration keeps its event. So is a recognition weighed
("erklärten, eine Anerkennung Palästinas zu prüfen": 054 hypothetical). Only where the sentence names whom
the measure would hit."""

from __future__ import annotations

from dataclasses import replace

from lagebild.events.arguments import PATIENT_DEPS, children
from lagebild.events.lexicon import Lexicon
from lagebild.events.triggers import Trigger, noun_trigger
from lagebild.pipeline.annotations import EventInfo

CONSIDERING = "014"
# measures that reduce relations (sanctions, embargoes, breaking off ties): a state weighs them against
# another; so it weighs the recognition of a state it may grant ("prüft eine Anerkennung Palästinas", 054)
WEIGHED_CODES = ("16", "054")


def considered_measures(
    events: list[EventInfo], triggers: list[Trigger], lexicon: Lexicon
) -> list[EventInfo]:
    """A hypothetical event of the measure's code, same source and target, for each asserted
    consideration whose object names a measure; none where the sentence already codes it."""
    by_token = {t.token.i: t for t in triggers}
    coded = {(e.trigger.start, e.code[:2]) for e in events}
    weighed = []
    for event in events:
        trigger = by_token.get(event.trigger.start)
        if trigger is None or event.code != CONSIDERING or event.modality != "asserted":
            continue
        if not _aimed_at_someone_named_here(event):
            continue
        for noun in children(trigger.token, *PATIENT_DEPS):
            measure = noun_trigger(noun, lexicon)
            if measure is None or not measure.entry.code.startswith(WEIGHED_CODES):
                continue
            if (noun.i, measure.entry.code[:2]) in coded:
                continue
            weighed.append(replace(event, code=measure.entry.code, modality="hypothetical"))
            break
    return weighed


def _aimed_at_someone_named_here(event: EventInfo) -> bool:
    """The party the measure would hit is named in the sentence ("Sanktionen gegen die RSF"): one
    guessed from the sentences before ("Japan erwägt eigene Sanktionen") is too often another."""
    sentence = event.trigger.sent
    target = event.target
    return target is not None and sentence.start <= target.start < sentence.end
