"""Matching the lexicon's constructions in a parsed German sentence."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from lagebild.events.arguments import clause_tokens
from lagebild.events.lexicon import SEPARABLE_PARTICLES, Lexicon, LexiconEntry, noun_forms

OBJECT_DEPS = ("obj", "iobj", "obl", "obl:arg", "nsubj:pass", "nmod")
REFLEXIVE_PRONOUNS = {"sich", "mich", "dich", "uns", "euch"}
NOUN_SUFFIX_MIN = 6  # compounds ending in a trigger noun ("Raketenangriff") count from this length


@dataclass(frozen=True)
class Trigger:
    token: Token
    entry: LexiconEntry
    particle: Token | None
    object_noun: Token | None


def _particles(verb: Token) -> list[Token]:
    """The verb's separated particles; also one the parser hung on a noun between the verb and the
    end of its clause ("schlug Sergej Lawrow vor": "vor" attached to "Sergej")."""
    own = [c for c in verb.children if c.dep_ in ("compound:prt", "svp")]
    if own:
        return own
    for token in verb.doc[verb.i + 1 : verb.sent.end]:
        if token.is_punct or token.pos_ in ("VERB", "AUX"):
            break
        if token.dep_ in ("compound:prt", "svp") and token.head.pos_ not in ("VERB", "AUX"):
            return [token]
        if _stranded_preposition(token):
            return [token]
    return []


def _stranded_preposition(token: Token) -> bool:
    """A "preposition" after its head noun is a separated particle the parser mistook ("lehnte
    Waffenlieferungen ab", parsed as "Waffenlieferungen ← ab")."""
    return token.pos_ == "ADP" and token.head.i < token.i and token.lower_ in SEPARABLE_PARTICLES


def _object_nouns(head: Token, sentence: Span) -> list[Token]:
    """Nouns that may complete the verb: its objects first, then any noun of its clause (the parse of
    a small model often attaches them wrongly)."""
    direct = [c for c in head.children if c.dep_ in OBJECT_DEPS or _misparsed_object(c)]
    direct += [g for c in direct for g in c.children if g.dep_ in ("conj", "nmod", "appos")]
    rest = [
        t for t in clause_tokens(head) if t.pos_ in ("NOUN", "PROPN") and t not in direct and t is not head
    ]
    return direct + rest


def _misparsed_object(child: Token) -> bool:
    """A noun the parser made a predicate complement ("setzten … Wasserwerfer ein" as xcomp)."""
    return child.dep_ == "xcomp" and child.pos_ in ("NOUN", "PROPN")


def _has_reflexive(verb: Token) -> bool:
    """ "sich wenden an", "sich einsetzen für" mean what the lexicon says only with the pronoun."""
    return any(c.lower_ in REFLEXIVE_PRONOUNS for c in verb.children) or any(
        t.lower_ in REFLEXIVE_PRONOUNS for t in verb.doc[max(verb.i - 3, verb.sent.start) : verb.i + 4]
    )


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
    """A consultation verb means consulting only with its preposition: "sprach mit X", not "sprach von X";
    or with both parties as its subject ("Sherman und Rjabkow waren zusammengekommen", "die
    Delegationen berieten")."""
    needs = entry.code.startswith("04") and entry.target.startswith("pp:") and not entry.objects
    clause = clause_tokens(verb)
    if not needs or entry.target[3:] in {t.lower_ for t in clause}:
        return False
    return not (_coordinated_names(clause) or _plural_subject(verb))


def _coordinated_names(clause: list[Token]) -> bool:
    return any(t.ent_type_ and any(c.dep_ == "conj" and c.ent_type_ for c in t.children) for t in clause)


def _plural_subject(verb: Token) -> bool:
    return any(c.dep_ == "nsubj" and "Plur" in c.morph.get("Number") for c in verb.children)


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
        if _lacks_its_preposition(entry, token) or entry.reflexive and not _has_reflexive(token):
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
