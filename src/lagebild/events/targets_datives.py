"""The addressee of a verb that governs a dative, read from the word order where the parse missed it:
"wirft Canberra Wortbruch vor", "hat Kurti Belgrad vorgeworfen", "hat von der Leyen Italien Hilfe
zugesagt", "warf der Regierung vor". The weak parse gives a bare name no case (names do not inflect)
and hangs it on the subject as an apposition or a name part, so the dative the lexicon row asks for
is lost.

German grammar fixes it from the middle field, the words between the finite verb (or the
auxiliary) and the rest of the verb (particle, participle, clause end): there the dative of
"jemandem etwas vorwerfen / zusagen / drohen" comes before the accusative, so the first noun phrase
after the subject that is marked dative by its article ("dem", "der" not after a noun, "den" with a
plural), or a bare name of a state, a capital or an actor, is the addressee. A phrase in the
accusative ("die", "das", "einen", a bare common noun like "Wortbruch") before it means the word
order is another one: no guess then, nor for a dative pronoun ("ihm"), whose antecedent is not ours
to resolve."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import (
    GENITIVE_ARTICLES,
    ActorIndex,
    entity_at,
    is_finite,
    is_passive,
    place_state,
    side_of,
    stand_in,
)
from lagebild.events.event_clauses import NOMINAL_POS, VERBAL_POS
from lagebild.events.triggers import Trigger

DATIVE_TARGET = "dat"
# a bare name in the middle field of a verb with an accusative addressee is that object too ("hat
# Bangladeschs Übergangsregierung Indien ersucht"): the parse hangs it on the subject as well
OBJECT_TARGET = "obj"
DATIVE_ARTICLES = {"dem", "einem", "diesem", "jenem"}
# dative in the feminine singular, genitive too: a genitive follows the noun it belongs to
FEMININE_DATIVE_ARTICLES = {"der", "einer", "dieser"}
PLURAL_DATIVE_ARTICLES = {"den", "diesen"}
# an accusative (or nominative) phrase before any dative: the addressee is not where we look
ACCUSATIVE_ARTICLES = {"die", "das", "den", "einen", "eine", "ein", "diese", "dieses", "diesen"}
DATIVE_PRONOUNS = {"ihm", "ihr", "ihnen", "dem", "denen"}
MODIFIER_POS = {"DET", "ADJ", "NUM"}
CLAUSE_ENDS = {",", ".", ";", ":", "–", "—", "!", "?"}


def dative_in_middle_field(trigger: Trigger, actors: ActorIndex, source: Span) -> Span | None:
    """The actor (or the state of the place) a dative verb addresses, from the middle field of its
    clause; None where no dative is found there or it names no actor."""
    verb = trigger.token
    spec = trigger.entry.target
    if trigger.entry.kind != "V" or spec not in (DATIVE_TARGET, OBJECT_TARGET) or is_passive(verb):
        return None
    bounds = _middle_field(verb)
    if bounds is None:
        return None
    doc = verb.doc
    # the source's list partners act with it ("lobten Brasilien und Indien"), whatever the parse made of
    # the list: no addressee
    own = _subject_phrase(source) | {c.i for c in source.root.conjuncts}
    i, end = bounds[0] + 1, bounds[1]
    in_phrase = False  # inside a prepositional phrase until its noun is passed
    while i < end:
        token = doc[i]
        if i in own or token.lower_ == "sich":
            i += 1
            continue
        if token.pos_ == "ADP":
            in_phrase = True
        elif token.pos_ in VERBAL_POS or token.text in CLAUSE_ENDS:
            return None  # another clause begins
        elif token.pos_ == "PRON" and token.lower_ in DATIVE_PRONOUNS:
            return None
        elif token.pos_ in NOMINAL_POS:
            entity = entity_at(token)
            last = max(entity.end - 1, i) if entity is not None else i
            start = _phrase_start(doc, entity.start if entity is not None else i, own)
            if in_phrase or token == trigger.object_noun:
                in_phrase, i = False, last + 1
                continue
            case = _case(doc, start, last, own)
            if spec == OBJECT_TARGET and doc[start].pos_ != "PROPN":
                return None  # an object with an article the parse would have found: no guess
            if case == "dat":
                addressee = _named(doc, range(i, last + 1), entity, actors)
                return addressee if addressee is not None and side_of(addressee) is not None else None
            if case == "acc":
                return None
            i = last + 1
            continue
        i += 1
    return None


def _named(doc, tokens: range, entity: Span | None, actors: ActorIndex) -> Span | None:
    """The actor the phrase names, else the state of the place it names. Not through the phrase's
    dependents: the parse hangs the subject's name on a bare place after it ("Baerbock Peking")."""
    addressee = next((actors.by_token[j] for j in tokens if j in actors.by_token), None)
    if addressee is not None or entity is None:
        return addressee
    place = entity._.place
    if place is None or not place.country:
        return None
    # the word before keeps the stand-in apart from the entity, as `actor_or_place` does
    return stand_in(doc, max(entity.start - 1, entity.sent.start), entity.end, place_state(entity))


def _middle_field(verb: Token) -> tuple[int, int] | None:
    """Left and right bracket of the verb's clause: the finite auxiliary before a participle or
    infinitive ("hat … zugesagt"; the parse may hang it elsewhere, so the nearest one counts), else
    the finite verb itself and its particle or the clause end."""
    doc, sentence = verb.doc, verb.sent
    for j in range(verb.i - 1, sentence.start - 1, -1):
        token = doc[j]
        if token.text in CLAUSE_ENDS or token.pos_ == "VERB":
            break
        if token.pos_ == "AUX" and is_finite(token):
            return j, verb.i
    if not is_finite(verb):
        return None
    particle = next((c for c in verb.children if c.dep_ == "compound:prt" and c.i > verb.i), None)
    if particle is not None:
        return verb.i, particle.i
    end = next((t.i for t in doc[verb.i + 1 : sentence.end] if t.text in CLAUSE_ENDS), sentence.end)
    return verb.i, end


def _subject_phrase(source: Span) -> set[int]:
    """The source and the title or attribute words right before its name ("Kosovos Regierungschef
    Albin Kurti", "Außenminister Margus Tsahkna")."""
    doc, start = source.doc, source.start
    while start - 1 >= source.sent.start and doc[start - 1].pos_ in {*NOMINAL_POS, *MODIFIER_POS}:
        start -= 1
    return set(range(start, source.end))


def _phrase_start(doc, start: int, own: set[int]) -> int:
    """The first word of the noun phrase: the article and adjectives before its noun carry its case.
    Not into the subject phrase, whose title words would otherwise pass for this phrase's article."""
    while start - 1 >= 0 and start - 1 not in own and doc[start - 1].pos_ in MODIFIER_POS:
        start -= 1
    return start


def _case(doc, start: int, last: int, own: set[int]) -> str | None:
    """ "dat", "acc", or None (a genitive, or a phrase whose case cannot be told)."""
    first = doc[start]
    article = first.lower_ if first.pos_ == "DET" else None
    before = doc[start - 1] if start > 0 else None
    after_a_noun = before is not None and before.i not in own and before.pos_ in NOMINAL_POS
    if article in GENITIVE_ARTICLES:
        return None
    if article in DATIVE_ARTICLES:
        return "dat"
    if article in FEMININE_DATIVE_ARTICLES:
        return None if after_a_noun else "dat"
    if article in PLURAL_DATIVE_ARTICLES and "Plur" in doc[last].morph.get("Number"):
        return "dat"
    if article in ACCUSATIVE_ARTICLES:
        return "acc"
    if article is None and first.pos_ == "PROPN" and after_a_noun and first.text.endswith("s"):
        return None  # a genitive after its noun ("nach Angaben Neu-Delhis")
    if article is None and first.pos_ == "PROPN":
        # "Kosovos Regierungschef": a name in the genitive before a noun belongs to that noun
        following = doc[last + 1] if last + 1 < len(doc) else None
        genitive = first.text.endswith("s") and following is not None and following.pos_ in NOMINAL_POS
        return None if genitive else "dat"
    if article is None and first.pos_ == "NOUN":
        return "acc"  # "Wortbruch", "Unterstützung": the thing charged or granted comes first
    return None
