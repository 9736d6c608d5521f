"""Non-name references to actors within a document: role phrases ("der russische Außenminister",
"die Ministerin", "der Norweger"), person pronouns (er/sie/ihn/ihm; he/she/him/her) and definite
groups ("die Diplomaten" after "40 russische Diplomaten").

Each resolved reference goes into `doc.spans[ACTOR_REF_SPANS]` with `span._.actor` and
`span._.antecedent` (an entity span in `doc.ents`). A role phrase naming an office whose holder is
not mentioned by name becomes an entity of its own (the KB incumbent, or a document actor), and so
does a possessive phrase for a state ("sein Land" after Morawiecki is Poland).
Antecedents are the nearest earlier mention that agrees in gender, role and country, within the
current and the two previous sentences (pronouns) or the whole document (role phrases); a subject of
that mention's sentence comes first, as the topic a pronoun continues. A state's institution named
without the state ("die Polizei", "das Innenministerium") becomes an entity of the state the text is
about there (the nearest actor or capital with a country).

This module runs the kinds of reference in order (`resolve_references`, called by the actor stage);
each kind lives in a module of its own: `actor_role_phrases`, `actor_epithets` (nationality, age),
`actor_groups`, `actor_bodies`, `actor_pronouns`, `actor_impersonal` ("hieß es aus Ankara"),
`actor_possessives`, `actor_guests` ("der Gast", "der Gastgeber"), `actor_institutions` (with
`actor_passage`: which state a passage is about), `actor_korean_halves` and `actor_supporters`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from lagebild.pipeline.actor_bodies import body_references, land_references
from lagebild.pipeline.actor_civic_groups import civic_groups
from lagebild.pipeline.actor_embassies import embassies_named_again
from lagebild.pipeline.actor_epithets import age_references, demonym_persons
from lagebild.pipeline.actor_groups import agent_groups, agent_groups_en
from lagebild.pipeline.actor_guests import visit_references
from lagebild.pipeline.actor_holders import place_default_offices
from lagebild.pipeline.actor_impersonal import (
    impersonal_speakers,
    spokespeople_named_again,
    unnamed_spokespeople,
)
from lagebild.pipeline.actor_institutions import state_institutions
from lagebild.pipeline.actor_korean_halves import korean_halves
from lagebild.pipeline.actor_lexicon import PRONOUNS_DE, PRONOUNS_EN
from lagebild.pipeline.actor_located_critics import located_critics
from lagebild.pipeline.actor_passage import StateClue
from lagebild.pipeline.actor_possessives import possessive_agents
from lagebild.pipeline.actor_pronouns import (
    demonstrative_subject_gender,
    plural_context,
    resolve_pronoun,
    role_subject_referent,
)
from lagebild.pipeline.actor_references import Reference, sentence_index
from lagebild.pipeline.actor_role_phrases import resolve_role_phrase, role_phrases
from lagebild.pipeline.actor_supporters import supporters
from lagebild.pipeline.annotations import ACTOR_REF_SPANS, ActorRef


def resolve_references(
    doc: Doc,
    mentions: list,
    kb,
    index,
    date: str | None,
    lang: str,
    places: list | None = None,
    matches: list | None = None,
) -> None:
    """`places`: capitals read as places, with their country (they are no actors of their own);
    `matches`: the doc's alias matches (`index.match(doc)`) where the caller made them already."""
    sentence_of = sentence_index(doc)
    references: list[Reference] = []
    new_entities = []
    in_entity = {i for e in doc.ents for i in range(e.start, e.end)}
    if lang == "de":
        for start, end, role in role_phrases(doc, in_entity, mentions, index, kb):
            ref = resolve_role_phrase(
                doc, start, end, role, mentions, references, kb, index, date, lang, places or []
            )
            if isinstance(ref, Reference):
                references.append(ref)
            elif ref is not None:
                new_entities.append(ref)
    _add_entities(doc, new_entities)
    if lang == "de":
        references += demonym_persons(doc, in_entity, mentions, index, matches)
        references += age_references(doc, in_entity, mentions, sentence_of)
        references += agent_groups(doc, in_entity, mentions, sentence_of)
        references += embassies_named_again(doc, in_entity, mentions, sentence_of)
        # a name the KB does not know ("die Union") may be a body named before in full
        unknown = {e.end - 1: e for e in doc.ents if e._.actor is None}
        taken = {i for e in doc.ents if e._.actor is not None for i in range(e.start, e.end)}
        taken |= {i for r in references for i in range(r.span.start, r.span.end)}
        bodies = body_references(doc, taken, mentions, sentence_of)
        for span, actor, named in bodies:
            if span.end - 1 in unknown:
                unknown[span.end - 1]._.actor = actor
            else:
                references.append(Reference(span, actor, named, None))
        taken |= {i for e in doc.ents for i in range(e.start, e.end)}
        taken |= {i for span, _, _ in bodies for i in range(span.start, span.end)}
        for span, country, named in land_references(doc, taken, mentions, sentence_of):
            if (state := _state_actor(kb, country, date, lang)) is not None:
                references.append(Reference(span, state, named, None))
    else:
        references += agent_groups_en(doc, in_entity, mentions, sentence_of, kb)
    if lang == "de":
        speakers = (
            doc,
            mentions,
            places or [],
            in_entity,
            sentence_of,
            lambda country: _state_actor(kb, country, date, lang),
        )
        # "Ein Sprecher … . …, fordert er": the pronoun takes up the body the spokesperson speaks for
        unnamed = unnamed_spokespeople(*speakers)
        spoken_for = {i: ref for ref in unnamed for i in range(ref.span.start, ref.span.end)}
    pronouns = PRONOUNS_DE if lang == "de" else PRONOUNS_EN
    for i, token in enumerate(doc):
        gender = pronouns.get(token.text)
        demonstrative = gender is None and lang == "de"
        if demonstrative:
            gender = demonstrative_subject_gender(token)
        if gender is None or i in in_entity or (gender == "f" and plural_context(doc, i, lang)):
            continue
        ref = resolve_pronoun(doc, i, gender, mentions, references, sentence_of, demonstrative)
        if lang == "de" and not demonstrative:
            after = ref.antecedent.end if ref is not None else 0
            ref = role_subject_referent(doc, i, gender, sentence_of, spoken_for, after) or ref
        if ref:
            references.append(ref)
    if lang == "de":
        references += impersonal_speakers(*speakers)
        references += unnamed
        references += spokespeople_named_again(doc, mentions, in_entity, sentence_of, unnamed)
        # after the pronouns: the guest or host may have been "er" since the visit was told
        taken = _taken_tokens(doc, references)
        # the unnamed office holders made entities above ("der ghanaische Präsident") may be the guest
        holders = [StateClue(span, actor) for span, actor in new_entities]
        references += visit_references(doc, taken, [*mentions, *references, *holders], places or [])
        _add_entities(doc, possessive_agents(doc, [*mentions, *references], sentence_of, kb, date))
        # after the pronouns: "..., mahnte er. Kurz vor der Abreise hatte das Kabinett ..." is his
        taken = _taken_tokens(doc, references)
        context = [*mentions, *references, *(places or [])]
        institutions = state_institutions(doc, taken, context, sentence_of, index)
        _add_entities(doc, institutions)
        offices = [StateClue(span, actor) for span, actor in institutions]
        context += offices
        # "hieß es aus dem Außenministerium": an office named without its state has one only now. Only
        # the offices are new seats, so the "es" read above (and any word another reference took) is
        # not read again, and without offices no "es" is
        if offices:
            voiced = in_entity | {r.span.start for r in references}
            references += impersonal_speakers(doc, [*mentions, *offices], places or [], voiced, *speakers[4:])
        place_default_offices(doc, context, references)
        _add_entities(doc, korean_halves(doc, taken, context))
        _add_entities(doc, supporters(doc))
        _add_entities(doc, civic_groups(doc, index.adjectives))
        _add_entities(doc, located_critics(doc, taken, context))
    spans = []
    for ref in sorted(references, key=lambda r: r.span.start):
        ref.span._.actor = ref.actor
        ref.span._.antecedent = ref.antecedent
        spans.append(ref.span)
    doc.spans[ACTOR_REF_SPANS] = spans


def _taken_tokens(doc: Doc, references: list) -> set[int]:
    """The tokens an entity or a resolved reference already covers, which later kinds leave alone."""
    taken = {i for e in doc.ents for i in range(e.start, e.end)}
    return taken | {i for r in references for i in range(r.span.start, r.span.end)}


def _add_entities(doc: Doc, new_entities: list[tuple[Span, ActorRef]]) -> None:
    """Actor phrases without a name ("der russische Außenminister", "sein Land") as entities."""
    taken = {i for e in doc.ents for i in range(e.start, e.end)}
    new_entities = [(s, a) for s, a in new_entities if not any(i in taken for i in range(s.start, s.end))]
    if not new_entities:
        return
    doc.ents = sorted([*doc.ents, *(s for s, _ in new_entities)], key=lambda s: s.start)
    for span, actor in new_entities:
        ent = next(e for e in doc.ents if (e.start, e.end) == (span.start, span.end))
        ent._.actor = actor


def _state_actor(kb, country: str | None, date: str | None, lang: str) -> ActorRef | None:
    """The knowledge base's actor for a state by its country code, None for one it does not know."""
    key = f"country:{country}"
    return kb.actor_ref(key, date, lang) if country and key in kb.actors else None
