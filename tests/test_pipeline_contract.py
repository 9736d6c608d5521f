"""The contract between pipeline stages and the records: what a component attaches to the Doc comes
out as records with the right offsets, sentences and entity links."""

import spacy
from spacy.tokens import Span

import lagebild.pipeline  # noqa: F401  (registers our components)
from lagebild.analysis import records_from_doc
from lagebild.pipeline.annotations import QUOTE_SPANS, TIMEX_SPANS, ActorRef, PlaceRef, QuoteInfo, TimexInfo
from lagebild.records import Article, PipelineInfo

TEXT = 'Lawrow kam am Dienstag nach Genf.\n\n"Wir sind bereit", sagte Lawrow. Genf war ruhig.'


def _char_span(doc, part, label="", occurrence=0):
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(part, start + 1)
    return doc.char_span(start, start + len(part), label=label)


def test_annotations_become_records():
    nlp = spacy.blank("de")  # the contract alone: no stage of ours runs but the segmenter
    nlp.add_pipe("lagebild_segmenter")
    doc = nlp(TEXT)
    lavrov = ActorRef(
        name="Sergej Lawrow", kb_id="sergey-lavrov", country="RUS", actor_code="RUSGOV", wikidata="Q47211"
    )
    mentions = [_char_span(doc, "Lawrow", "PER"), _char_span(doc, "Lawrow", "PER", 1)]
    places = [_char_span(doc, "Genf", "LOC"), _char_span(doc, "Genf", "LOC", 1)]
    for span in mentions:
        span._.actor = lavrov
    places[0]._.place = PlaceRef(name="Genf", lat=46.2, lon=6.15, country="CHE")
    doc.ents = [*mentions, *places]
    timex = _char_span(doc, "am Dienstag")
    timex._.timex = TimexInfo(type="DATE", value="2021-10-19")
    doc.spans[TIMEX_SPANS] = [timex]
    quote = _char_span(doc, "Wir sind bereit")
    quote._.quote = QuoteInfo(kind="direct", cue=_char_span(doc, "sagte"), speaker=doc.ents[2])
    doc.spans[QUOTE_SPANS] = [quote, Span(doc, 0, 1)]  # a span no component described is ignored

    analysis = records_from_doc(
        doc,
        Article(id="t", language="de", date="2021-10-22", text=TEXT),
        PipelineInfo(name="test", version="0", components=nlp.pipe_names),
    )
    assert [s.text for s in analysis.sentences] == [
        "Lawrow kam am Dienstag nach Genf.",
        '"Wir sind bereit", sagte Lawrow.',
        "Genf war ruhig.",
    ]
    person, place = analysis.entities
    assert (person.id, person.name, person.kb_id, person.country, person.actor_code, person.wikidata) == (
        "e1", "Sergej Lawrow", "sergey-lavrov", "RUS", "RUSGOV", "Q47211",
    )  # fmt: skip
    assert [(m.start, m.end, m.sentence) for m in person.mentions] == [(0, 6, 0), (60, 66, 1)]
    assert (place.name, place.type, place.country, place.lat, place.lon) == ("Genf", "LOC", "CHE", 46.2, 6.15)
    assert [m.sentence for m in place.mentions] == [0, 2]
    (timex,) = analysis.timexes
    assert (timex.text, timex.start, timex.end, timex.value, timex.sentence) == (
        "am Dienstag",
        11,
        22,
        "2021-10-19",
        0,
    )
    (quoted,) = analysis.quotes
    assert (quoted.text, quoted.speaker, quoted.speaker_name, quoted.cue, quoted.sentence) == (
        "Wir sind bereit", "e1", "Sergej Lawrow", "sagte", 1,
    )  # fmt: skip
