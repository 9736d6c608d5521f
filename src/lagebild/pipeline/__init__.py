"""The text pipeline: one spaCy `Doc` per article flows through small components.

tokens -> sentences -> (tags, parse, entities from the trained model; the parse redone without
whitespace tokens) -> actors -> time -> places -> quotes -> events. Each stage is a spaCy component
in a module of its own; a stage that is not built yet is simply absent, so it adds nothing to the
records.
"""

from __future__ import annotations

from functools import cache
from importlib import import_module, resources
from pathlib import Path

import spacy
from spacy.language import Language

from lagebild.pipeline import (  # noqa: F401  (registers components)
    annotations,
    attributions,
    country_adjectives,
    datelines,
    doubled_subjects,
    fronted_adverbs,
    fronted_participles,
    fronted_time_phrases,
    headings,
    misread_verbs,
    next_statements,
    relative_articles,
    relative_finites,
    segmentation,
    vocatives,
    werden_passives,
    whitespace_parse,
    zu_infinitives,
)
from lagebild.pipeline.tokenization import split_full_stop_after_years

SPACY_LANG = {"de": "de", "en": "en", "other": "xx"}
# The stages after the trained model, in pipeline order: (spaCy factory name, module registering it).
STAGES: tuple[tuple[str, str], ...] = (
    ("lagebild_actors", "lagebild.pipeline.actors"),
    ("lagebild_time", "lagebild.pipeline.timex"),
    ("lagebild_places", "lagebild.pipeline.places"),
    ("lagebild_quotes", "lagebild.pipeline.quotes"),
    ("lagebild_events", "lagebild.pipeline.events"),
    ("lagebild_event_anaphora", "lagebild.events.anaphora"),
    ("lagebild_event_targets", "lagebild.events.target_ranking"),
    ("lagebild_event_confidence", "lagebild.events.confidence"),
)
MODEL_DIRS = {"de": "de_core"}


def packaged_model(lang: str) -> Path | None:
    """The trained model shipped in the package for this language, if there is one."""
    name = MODEL_DIRS.get(lang)
    if name is None:
        return None
    path = Path(str(resources.files("lagebild") / "models" / name))
    return path if (path / "config.cfg").is_file() else None


def build_pipeline(lang: str, model: str | Path | None = None) -> Language:
    """A fresh pipeline for `de`, `en` or `other`.

    `model` names an installed spaCy pipeline (e.g. `de_core_news_lg`) or a model directory to use
    instead of the packaged one.
    """
    source = model or packaged_model(lang)
    if source:
        import_module("lagebild.models.components")  # our trained pipelines use its architectures
    nlp = spacy.load(source) if source else spacy.blank(SPACY_LANG[lang])
    if lang == "de":
        split_full_stop_after_years(nlp)
    # Our segmenter runs first; a trained parser then respects its sentence boundaries.
    for sentence_setter in ("senter", "sentencizer"):
        if sentence_setter in nlp.pipe_names:
            nlp.remove_pipe(sentence_setter)
    nlp.add_pipe("lagebild_segmenter", first=True)
    # The parser was trained without whitespace tokens; paragraph breaks must not head its trees.
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("lagebild_whitespace_parse", after="parser")
        if lang == "de":
            # a dateline read into the clause ("Madrid – … hat Sánchez … getroffen"): the clause parsed alone
            nlp.add_pipe("lagebild_datelines", after="lagebild_whitespace_parse")
            # country adjectives read as verbs ("zwischen armenischen und …"): parsed again as "russisch"
            nlp.add_pipe("lagebild_country_adjectives", after="lagebild_datelines")
            # finite verbs the parser read as attributes or adverbs: the sentence parsed once more
            nlp.add_pipe("lagebild_misread_verbs", after="lagebild_country_adjectives")
            # a clause opening with its participle ("Vermittelt hatte den Austausch Katar"): parsed again
            nlp.add_pipe("lagebild_fronted_participles", after="lagebild_misread_verbs")
            # an adverb opening the clause read as its subject ("Zugleich warf es Berlin vor"): parsed again
            nlp.add_pipe("lagebild_fronted_adverbs", after="lagebild_fronted_participles")
            # a fronted span of time read as an argument ("Einen Tag später räumte Moskau ein"): the clause
            # after it parsed alone
            nlp.add_pipe("lagebild_fronted_time_phrases", after="lagebild_fronted_adverbs")
            # a relative pronoun read as the article of the name after it ("…, den Putin unterzeichnet hat"):
            # parsed again with "welchen" in its place
            nlp.add_pipe("lagebild_relative_articles", after="lagebild_fronted_time_phrases")
            # an interview question's opening address ("Frau Wende, Tusk hat …"): the clause parsed alone,
            # after the repairs that parse the whole sentence again
            nlp.add_pipe("lagebild_vocatives", after="lagebild_relative_articles")
            nlp.add_pipe("lagebild_zu_infinitives", after="lagebild_vocatives")
            # a plural finite verb at the end of a relative clause read as an infinitive ("…, die … unterstützen")
            nlp.add_pipe("lagebild_relative_finites", after="lagebild_zu_infinitives")
            # a heading before a colon ("Freitag: Moskau kündigt an") is no subject of the clause after it
            nlp.add_pipe("lagebild_headings", after="lagebild_relative_finites")
            # one clause, one subject: the parser labels a bare object a second subject
            nlp.add_pipe("lagebild_doubled_subjects", after="lagebild_headings")
            # the noun phrase after a report's source ("nach Angaben von Diplomaten Sanktionen"): the verb's
            nlp.add_pipe("lagebild_attributions", after="lagebild_doubled_subjects")
            # a passive read as an active clause ("ob Putin festgenommen würde"): labelled a passive
            nlp.add_pipe("lagebild_werden_passives", after="lagebild_attributions")
            # the next statement after a comma hung on the verb before as an attribute: labelled "parataxis"
            nlp.add_pipe("lagebild_next_statements", after="lagebild_werden_passives")
    if lang != "other":
        for factory, module in STAGES:
            import_module(module)
            nlp.add_pipe(factory)
    return nlp


@cache
def get_pipeline(lang: str, model: str | None = None) -> Language:
    """The shared pipeline for a language, built once per process."""
    return build_pipeline(lang, model)
