"""The entity behind a mention, for the actor-resolution tests (German unless the name says English)."""

from lagebild import analyze
from lagebild.pipeline import get_pipeline
from lagebild.pipeline.annotations import ACTOR_REF_SPANS


def mentioned_entity(text: str, words: str, date: str = "2024-05-10"):
    """The entity one of whose mentions is exactly `words`, or None."""
    analysis = analyze(text, date=date, lang="de")
    found = [e for e in analysis.entities if any(m.text == words for m in e.mentions)]
    return found[0] if found else None


def entities_mentioned_as(analysis, words: str) -> list:
    """Every entity of `analysis` with a mention exactly `words`, in the order of those mentions."""
    found = [(m.start, e) for e in analysis.entities for m in e.mentions if m.text == words]
    return [e for _, e in sorted(found, key=lambda pair: pair[0])]


def mentioned_state(text: str, words: str, date: str = "2024-05-10") -> str | None:
    """The state of the entity mentioned exactly as `words`, None where there is no such entity."""
    entity = mentioned_entity(text, words, date)
    return entity.country if entity is not None else None


def mention_codes(text: str, date: str) -> dict[str, str | None]:
    """Mention text → the actor code of the entity it belongs to."""
    analysis = analyze(text, date=date, lang="de")
    return {m.text: e.actor_code for e in analysis.entities for m in e.mentions}


def mention_actors(text: str, date: str) -> dict[str, tuple[str | None, str | None]]:
    """Mention text → (state, actor code) of the entity it belongs to."""
    analysis = analyze(text, date=date, lang="de")
    return {m.text: (e.country, e.actor_code) for e in analysis.entities for m in e.mentions}


def mentioned_code(text: str, words: str, date: str) -> str | None:
    """The actor code of the first entity mentioned exactly as `words` (an IndexError where none is)."""
    return entities_mentioned_as(analyze(text, date=date, lang="de"), words)[0].actor_code


def english_entity_states(text: str) -> dict[str, str | None]:
    """Entity text → the state of its actor in the English pipeline's parse, None for no actor."""
    doc = get_pipeline("en")(text)
    return {ent.text: ent._.actor.country if ent._.actor else None for ent in doc.ents}


def reference_codes(text: str, date: str) -> list[tuple[str, str | None]]:
    """The pronoun and role references the German actor stage resolved, in text order, with the actor
    code of what each refers to."""
    nlp = get_pipeline("de")
    doc = nlp.make_doc(text)
    doc._.article_date, doc._.language = date, "de"
    return [(r.text, r._.actor.actor_code) for r in nlp(doc).spans[ACTOR_REF_SPANS]]
