"""Build the `lagebild/1` records from an annotated `Doc`, at the end of the pipeline."""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter

from spacy.tokens import Doc, Span

from lagebild.events.codebook import codebook
from lagebild.pipeline.annotations import QUOTE_SPANS, TIMEX_SPANS
from lagebild.records import Entity, Event, EventActor, EventPlace, Evidence, Mention, Quote, Sentence, Timex

# Labels of other tag sets (e.g. an official spaCy pipeline brought by the user) to ours.
ENTITY_TYPES = {
    "PER": "PER", "PERSON": "PER",
    "ORG": "ORG", "NORP": "ORG",
    "LOC": "LOC", "GPE": "LOC", "FAC": "LOC",
}  # fmt: skip


class _SentenceIndex:
    def __init__(self, doc: Doc):
        self.sentences = (
            [s for s in doc.sents if s.text.strip()] if doc.has_annotation("SENT_START") else [doc[:]]
        )
        self._starts = [s.start for s in self.sentences]

    def of(self, span: Span) -> int:
        return max(bisect_right(self._starts, span.start) - 1, 0)


def sentences_of(doc: Doc) -> tuple[list[Sentence], _SentenceIndex]:
    index = _SentenceIndex(doc)
    records = []
    for i, sent in enumerate(index.sentences):
        text = sent.text.rstrip()
        start = sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
        records.append(Sentence(index=i, start=start, end=sent.start_char + len(text), text=text.strip()))
    return records, index


def entities_of(doc: Doc, sentences: _SentenceIndex) -> tuple[list[Entity], dict[tuple, str]]:
    """Entities with their mentions, and a map from mention (start, end) to entity id."""
    groups: dict[tuple, list[Span]] = {}
    place_keys = {
        span._.place.name: ("place", span._.place.name, span._.place.country)
        for span in doc.ents
        if span._.place and not span._.actor
    }
    for span in doc.ents:
        actor = span._.actor
        if actor and actor.kb_id:
            key = ("kb", actor.kb_id)
        elif actor:  # a person the KB does not know: "Alexander Tokowinin" … "Tokowinin"
            key = ("document", actor.name, actor.country)
        elif span._.place:  # "Moskauer" and "Moskau" are one place
            key = place_keys[span._.place.name]
        else:  # a mention left ungeocoded joins the place of that name
            key = place_keys.get(span.text) or (_type_of(span), span.lemma_ or span.text)
        groups.setdefault(key, []).append(span)
    entities, entity_of_mention = [], {}
    for n, spans in enumerate(groups.values(), start=1):
        entity_id = f"e{n}"
        actor = spans[0]._.actor
        places = [s._.place for s in spans if s._.place]
        # a state's entity also holds "Moskau" or "Kreml": its coordinates are those of its own name
        place = next((p for p in places if actor is None or p.name == actor.name), None if actor else None)
        if actor is None and places:
            place = places[0]
        name = (
            actor.name
            if actor
            else place.name
            if place
            else Counter(s.text for s in spans).most_common(1)[0][0]
        )
        entities.append(
            Entity(
                id=entity_id,
                name=name,
                type=_type_of(spans[0]),
                country=(actor.country if actor else None) or (place.country if place else None),
                actor_code=actor.actor_code if actor else None,
                kb_id=actor.kb_id if actor else None,
                wikidata=actor.wikidata if actor else None,
                role=actor.role if actor else None,
                lat=place.lat if place else None,
                lon=place.lon if place else None,
                feature=place.feature if place else None,
                geonames=place.geonames if place else None,
                mentions=[
                    Mention(text=s.text, start=s.start_char, end=s.end_char, sentence=sentences.of(s))
                    for s in spans
                ],
            )
        )
        for s in spans:
            entity_of_mention[(s.start_char, s.end_char)] = entity_id
    return entities, entity_of_mention


def _type_of(span: Span) -> str:
    return ENTITY_TYPES.get(span.label_, "MISC")


def timexes_of(doc: Doc, sentences: _SentenceIndex) -> list[Timex]:
    return [
        Timex(
            text=span.text,
            start=span.start_char,
            end=span.end_char,
            sentence=sentences.of(span),
            type=span._.timex.type,
            value=span._.timex.value,
            mod=span._.timex.mod,
        )
        for span in doc.spans.get(TIMEX_SPANS, [])
        if span._.timex
    ]


def quotes_of(doc: Doc, sentences: _SentenceIndex, entity_of_mention: dict) -> list[Quote]:
    quotes = []
    for span in doc.spans.get(QUOTE_SPANS, []):
        info = span._.quote
        if info is None:
            continue
        speaker = info.speaker
        speaker_actor = speaker._.actor if speaker is not None else None
        if info.spokesperson is not None:
            speaker_name = info.spokesperson.text
        else:
            speaker_name = (speaker_actor.name if speaker_actor else speaker.text) if speaker else None
        quotes.append(
            Quote(
                kind=info.kind,
                text=span.text,
                start=span.start_char,
                end=span.end_char,
                sentence=sentences.of(span),
                speaker=entity_of_mention.get((speaker.start_char, speaker.end_char)) if speaker else None,
                speaker_name=speaker_name,
                cue=info.cue.text if info.cue is not None else None,
            )
        )
    return quotes


def _event_actor(span: Span | None, entity_of_mention: dict) -> EventActor | None:
    if span is None:
        return None
    named = span._.antecedent or span
    actor = span._.actor or named._.actor
    return EventActor(
        entity=entity_of_mention.get((named.start_char, named.end_char)),
        name=actor.name if actor else named.text,
        actor_code=actor.actor_code if actor else None,
        country=actor.country if actor else None,
    )


def events_of(doc: Doc, sentences: _SentenceIndex, entity_of_mention: dict) -> list[Event]:
    events = []
    for n, info in enumerate(doc._.events or [], start=1):
        cameo = codebook()[info.code]
        sentence = sentences.sentences[sentences.of(info.evidence)]
        place = info.place._.place if info.place is not None else None
        events.append(
            Event(
                id=f"v{n}",
                code=info.code,
                root=cameo.root,
                label=cameo.label,
                plover=cameo.plover,
                goldstein=cameo.goldstein,
                quad_class=cameo.quad_class,
                source=_event_actor(info.source, entity_of_mention),
                target=_event_actor(info.target, entity_of_mention),
                modality=info.modality,
                date=info.date,
                place=EventPlace(
                    entity=entity_of_mention.get((info.place.start_char, info.place.end_char)),
                    name=place.name,
                    lat=place.lat,
                    lon=place.lon,
                )
                if place
                else None,
                confidence=info.confidence,
                evidence=Evidence(
                    sentence=sentences.of(info.evidence),
                    text=sentence.text.strip(),
                    start=info.evidence.start_char,
                    end=info.evidence.end_char,
                ),
            )
        )
    return events
