"""The `lagebild_places` stage: geocode place mentions (German; English by name and preposition).

Entities that carry an annotation (an actor) keep their span and label; the stage only sets
`span._.place` on them. Places NER missed are added to `doc.ents` as `LOC` spans; where such a place
covers entities without any annotation (NER took "Cherson" for a person, or found "Frankfurt" of
"Frankfurt (Oder)"), it replaces them (`lagebild.geo.mentions.find_mentions`). An annotated entity
is never dropped or relabelled. See `lagebild.geo` for the
gazetteer, the context rules and the disambiguation.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from lagebild.geo import load_gazetteer
from lagebild.geo.mentions import find_mentions
from lagebild.geo.resolve import resolve
from lagebild.pipeline.annotations import PlaceRef

NEW_PLACE_LABEL = "LOC"


@Language.component("lagebild_places")
def geocode_places(doc: Doc) -> Doc:
    lang = doc._.language or doc.lang_
    if lang not in ("de", "en"):
        return doc
    gazetteer = load_gazetteer()
    mentions, replaced = find_mentions(doc, gazetteer, lang)
    places = resolve(mentions, gazetteer)
    new_spans = []
    for n, mention in enumerate(mentions):
        place = places.get(n)
        if place is None:
            continue
        span = mention.span or Span(doc, mention.start, mention.end, label=NEW_PLACE_LABEL)
        span._.place = PlaceRef(
            name=place.name,
            lat=place.lat,
            lon=place.lon,
            country=place.country,
            feature=place.feature,
            geonames=place.geonames,
        )
        if mention.span is None:
            new_spans.append(span)
    if new_spans or replaced:
        kept = [ent for ent in doc.ents if ent not in replaced]
        doc.ents = sorted([*kept, *new_spans], key=lambda s: s.start)
    return doc
