"""A verb of saying that is an act itself ("warnte", "kritisierte", "forderte") and follows the words it
reports has its speaker after it: "Russland müsse die Truppen abziehen, forderte die Botschaft" is the
embassy's demand on Russia. The parse often reads the speaker as the verb's object ("warnte die Botschaft"
looks like "warned the embassy") and takes a name from the reported words as the subject, which turns
the act around. The quote stage has read the attribution by its word order, so its speaker is the source;
the side the reported words are about becomes the target where the parse put the speaker there. Reported
words are a direct quotation or a clause in the subjunctive: an indicative clause before the verb is the
same actor's first act ("Teheran will den Fall prüfen, beschuldigte Riad aber nicht")."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span

from lagebild.events.arguments import ActorIndex, side_of, speaker_actor
from lagebild.pipeline.annotations import QUOTE_SPANS, TARGET_DERIVED, EventInfo
from lagebild.pipeline.quotes.found import DIRECT


def trailing_cues(doc: Doc, actors: ActorIndex) -> dict[int, tuple[Span, Span]]:
    """The verbs that close the words they attribute (the cue after the quote) → (quote, speaker actor),
    where the speaker is an actor of a known side."""
    cues = {}
    for quote in doc.spans.get(QUOTE_SPANS, []):
        info = quote._.quote
        if info is None or info.cue is None or info.speaker is None or info.cue.start < quote.end:
            continue
        if info.kind != DIRECT and not any("Sub" in t.morph.get("Mood") for t in quote):
            continue
        speaker = speaker_actor(info.speaker, actors)
        if speaker is not None:
            cues[info.cue.start] = (quote, speaker)
    return cues


def with_trailing_speakers(events: list[EventInfo], cues: dict[int, tuple[Span, Span]]) -> list[EventInfo]:
    return [_spoken_by_speaker(event, cues) for event in events]


def _spoken_by_speaker(event: EventInfo, cues: dict[int, tuple[Span, Span]]) -> EventInfo:
    cue = next((cues[i] for i in range(event.trigger.start, event.trigger.end) if i in cues), None)
    if cue is None:
        return event
    quote, speaker = cue
    speaker_side = side_of(speaker)
    if event.source is not None and side_of(event.source) == speaker_side:
        return event
    target = event.target
    speaker_as_target = target is not None and side_of(target) == speaker_side
    reported = event.source is not None and quote.start <= event.source.start < quote.end
    if reported and (target is None or speaker_as_target):
        # the side the reported words name as acting is the one warned, criticised or called on
        target = event.source
    elif speaker_as_target:
        target = None
    if target is event.target:
        return replace(event, source=speaker)
    return replace(event, source=speaker, target=target, target_rule=TARGET_DERIVED)
