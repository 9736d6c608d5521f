"""`analyze`: one article's text in, its `lagebild/1` records out."""

from __future__ import annotations

import hashlib

from spacy.language import Language
from spacy.tokens import Doc

from lagebild import __version__
from lagebild.pipeline import get_pipeline
from lagebild.pipeline.language import SUPPORTED, detect_language
from lagebild.pipeline.to_records import entities_of, events_of, quotes_of, sentences_of, timexes_of
from lagebild.records import Analysis, Article, PipelineInfo


def content_hash(text: str) -> str:
    return hashlib.sha256(text.strip().encode("utf-8")).hexdigest()


def analyze(
    text: str,
    date: str | None = None,
    lang: str | None = None,
    *,
    article_id: str | None = None,
    title: str | None = None,
    source: str | None = None,
    url: str | None = None,
    model: str | None = None,
    nlp: Language | None = None,
) -> Analysis:
    """Analyse one article. `date` (ISO, day or month precision) anchors relative time expressions;
    `lang` (`de`, `en`) skips language identification; `model` replaces the packaged German model;
    `nlp`, a pipeline built for the article's language, replaces the shared one (e.g. one with a stage
    configured otherwise)."""
    language = lang if lang in SUPPORTED else detect_language(text)
    if nlp is None:
        nlp = get_pipeline(language, model if language == "de" else None)
    doc: Doc = nlp.make_doc(text)
    doc._.article_date = date
    doc._.language = language
    doc = nlp(doc)
    return records_from_doc(
        doc,
        Article(
            id=article_id or f"a-{content_hash(text)[:16]}",
            title=title,
            date=date,
            language=language,
            source=source,
            url=url,
            text=text,
        ),
        PipelineInfo(name=f"lagebild-{language}", version=__version__, components=list(nlp.pipe_names)),
    )


def records_from_doc(doc: Doc, article: Article, pipeline: PipelineInfo) -> Analysis:
    sentences, index = sentences_of(doc)
    entities, entity_of_mention = entities_of(doc, index)
    return Analysis(
        article=article,
        pipeline=pipeline,
        sentences=sentences,
        entities=entities,
        timexes=timexes_of(doc, index),
        quotes=quotes_of(doc, index, entity_of_mention),
        events=events_of(doc, index, entity_of_mention),
    )
