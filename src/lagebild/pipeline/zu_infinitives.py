"""Repair the tags of zu-infinitives of separable verbs that the tagger misses.

The news-trained tagger knows "aufzuheben" and "zurückzuziehen" but takes some of the rarer ones
for a verb particle or a finite verb ("freizulassen" as PTKVZ, "freizugeben" as VVFIN), with the
whole word as lemma. The parse around them is right (the infinitive heads its clause), but every
later stage that asks for a verb or its lemma loses the act ("forderte Minsk auf, die Gefangenen
freizulassen"). The form is unambiguous: a lower-case word of a separable particle, "zu" and an
infinitive is a zu-infinitive, so this component, placed after the parser, retags it as one. A
zu-infinitive the parse makes a second, clausal subject of a predicate ("Paris sei bereit, … aufzunehmen")
is relabelled its complement, and so is one the parse coordinates with the verb it completes, with no
"und" or "oder" between ("will vorschlagen, Fördermittel einzufrieren", "einzufrieren" conj).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from lagebild.events.lexicon import separable_zu_infinitive
from lagebild.pipeline.word_classes import SUBJECT_DEPS

ZU_INFINITIVE_TAG = "VVIZU"  # STTS
ZU_PARTICLE_TAG = "PTKZU"  # the "zu" of "zu unterrichten"
# the shortest infinitive after "zu": "tun" ("wegzutun"), "sein" ("dabeizusein" is rare but regular)
MIN_INFINITIVE = 3
# the rules over the parse were tuned with infixed infinitives of four letters or more ("auszuweiten", not "wegzutun")
SHORTEST_INFIX_INFINITIVE = 4
COMPLEMENT = "xcomp"


@Language.component("lagebild_zu_infinitives")
def repair_zu_infinitives(doc: Doc) -> Doc:
    for token in doc:
        if token.tag_ != ZU_INFINITIVE_TAG:
            lemma = _separable_infinitive(token)
            if lemma:
                token.tag_ = ZU_INFINITIVE_TAG
                token.pos_ = "VERB"
                token.set_morph("VerbForm=Inf")
                token.lemma_ = lemma
        _relabel_second_subject(token)
        _relabel_unjoined_conjunct(token)
    return doc


def _relabel_second_subject(infinitive: Token) -> None:
    """ "Paris sei bereit, den Dialog wiederaufzunehmen": the parse may label the zu-infinitive after a
    predicate a clausal subject beside the predicate's own subject. A clause has one subject: the
    infinitive is the predicate's complement, where the stages look for what one is ready, asked or
    willing to do."""
    if infinitive.dep_ != "csubj" or infinitive.tag_ != ZU_INFINITIVE_TAG or infinitive.i < infinitive.head.i:
        return
    if any(c.dep_ in SUBJECT_DEPS for c in infinitive.head.children):
        infinitive.dep_ = COMPLEMENT


def _relabel_unjoined_conjunct(infinitive: Token) -> None:
    """A zu-infinitive that is no conjunct of another one and has no coordinator of its own completes the
    verb the parse coordinated it with."""
    if infinitive.dep_ != "conj" or not is_zu_infinitive(infinitive) or is_zu_infinitive(infinitive.head):
        return
    if not any(c.dep_ == "cc" for c in infinitive.children):
        infinitive.dep_ = COMPLEMENT


def is_zu_infinitive(verb: Token) -> bool:
    """An infinitive with "zu", separate ("zu liefern", and the passive "beteiligt zu werden", whose "zu"
    hangs on the participle) or inside a particle verb ("auszuweiten"). The form decides, not the tag: the
    tagger also gives the zu-infinitive's tag to plain infinitives and finite verbs ("freigeben")."""
    if verb.pos_ not in ("VERB", "AUX", "ADJ"):
        return False
    if any(c.lower_ == "zu" and (c.dep_ == "mark" or c.tag_ == ZU_PARTICLE_TAG) for c in verb.children):
        return "Fin" not in verb.morph.get("VerbForm")
    # the infix form is never finite, whatever the tagger says ("fortzusetzen" tagged Fin)
    return separable_zu_infinitive(verb.lower_, SHORTEST_INFIX_INFINITIVE) is not None


def _separable_infinitive(token: Token) -> str | None:
    """The infinitive of a zu-infinitive form ("freizulassen" → "freilassen"), None for other words."""
    word = token.text
    if not word.islower():
        return None  # nouns ("Anzugsordnung") are capitalised
    return separable_zu_infinitive(word, MIN_INFINITIVE)
