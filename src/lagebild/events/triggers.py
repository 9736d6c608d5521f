"""Matching the lexicon's constructions in a parsed German sentence."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from lagebild.events.arguments import clause_tokens
from lagebild.events.lexicon import Lexicon, LexiconEntry, noun_forms

OBJECT_DEPS = ("obj", "iobj", "obl", "obl:arg", "nsubj:pass", "nmod")
NOUN_SUFFIX_MIN = 6  # compounds ending in a trigger noun ("Raketenangriff") count from this length


@dataclass(frozen=True)
class Trigger:
    token: Token
    entry: LexiconEntry
    particle: Token | None
    object_noun: Token | None


def _particles(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("compound:prt", "svp")]


def _object_nouns(head: Token, sentence: Span) -> list[Token]:
    """Nouns that may complete the verb: its objects first, then any noun of its clause (the parse of
    a small model often attaches them wrongly)."""
    direct = [c for c in head.children if c.dep_ in OBJECT_DEPS]
    direct += [g for c in direct for g in c.children if g.dep_ in ("conj", "nmod", "appos")]
    rest = [
        t for t in clause_tokens(head) if t.pos_ in ("NOUN", "PROPN") and t not in direct and t is not head
    ]
    return direct + rest


def _matches_object(noun: Token, objects: frozenset[str]) -> bool:
    text, lemma = noun.lower_, noun.lemma_.lower()
    return any(
        lemma == wanted or text in noun_forms(wanted) or text.endswith(tuple(noun_forms(wanted)))
        for wanted in objects
    )


def _choose(candidates: list[tuple[LexiconEntry, Token | None]]) -> tuple[LexiconEntry, Token | None] | None:
    """The most specific entry: one whose object constraint is met beats one without a constraint."""
    constrained = [c for c in candidates if c[0].objects]
    return (constrained or candidates or [None])[0]


def _lacks_its_preposition(entry: LexiconEntry, verb: Token) -> bool:
    """A consultation verb means consulting only with its preposition: "sprach mit X", not "sprach von X"."""
    needs = entry.code.startswith("04") and entry.target.startswith("pp:") and not entry.objects
    return needs and entry.target[3:] not in {t.lower_ for t in clause_tokens(verb)}


def verb_trigger(token: Token, sentence: Span, lexicon: Lexicon) -> Trigger | None:
    entries = lexicon.verbs_by_form.get(token.lower_)
    if not entries or token.pos_ not in ("VERB", "AUX", "ADJ", "NOUN"):
        return None
    particles = {p.lower_: p for p in _particles(token)}
    objects = _object_nouns(token, sentence)
    candidates = []
    for entry in entries:
        attached = token.lower_.startswith(entry.particle) if entry.particle else False
        if entry.particle and not attached and entry.particle not in particles:
            continue
        if not entry.particle and particles:
            continue  # "weist … zurück" is not "weisen"
        if _lacks_its_preposition(entry, token):
            continue
        if entry.objects:
            matched = next((n for n in objects if _matches_object(n, entry.objects)), None)
            if matched is None:
                continue
            candidates.append((entry, matched))
        else:
            candidates.append((entry, None))
    chosen = _choose(candidates)
    if chosen is None:
        return None
    entry, object_noun = chosen
    particle = particles.get(entry.particle) if entry.particle else None
    return Trigger(token=token, entry=entry, particle=particle, object_noun=object_noun)


def noun_trigger(token: Token, lexicon: Lexicon) -> Trigger | None:
    if token.pos_ not in ("NOUN", "PROPN"):
        return None
    entries = lexicon.nouns_by_form.get(token.lower_)
    if not entries and len(token.text) > NOUN_SUFFIX_MIN:
        entries = next(
            (lexicon.nouns_by_form[token.lower_[i:]] for i in range(1, len(token.text) - 4)
             if token.lower_[i:] in lexicon.nouns_by_form and len(token.lower_) - i >= NOUN_SUFFIX_MIN),
            None,
        )  # fmt: skip
    if not entries:
        return None
    head_lemma = token.head.lemma_.lower()
    usable = [e for e in entries if not e.objects or head_lemma in e.objects]
    if not usable:
        return None
    return Trigger(token=token, entry=usable[0], particle=None, object_noun=None)
