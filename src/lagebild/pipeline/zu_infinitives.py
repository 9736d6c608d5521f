"""Repair the tags of zu-infinitives of separable verbs that the tagger misses.

The news-trained tagger knows "aufzuheben" and "zurückzuziehen" but takes some of the rarer ones
for a verb particle or a finite verb ("freizulassen" as PTKVZ, "freizugeben" as VVFIN), with the
whole word as lemma. The parse around them is right (the infinitive heads its clause), but every
later stage that asks for a verb or its lemma loses the act ("forderte Minsk auf, die Gefangenen
freizulassen"). The form is unambiguous: a lower-case word of a separable particle, "zu" and an
infinitive is a zu-infinitive, so this component, placed after the parser, retags it as one.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from lagebild.events.lexicon import separable_zu_infinitive

ZU_INFINITIVE_TAG = "VVIZU"  # STTS
# the shortest infinitive after "zu": "tun" ("wegzutun"), "sein" ("dabeizusein" is rare but regular)
MIN_INFINITIVE = 3


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
    return doc


def _separable_infinitive(token: Token) -> str | None:
    """The infinitive of a zu-infinitive form ("freizulassen" → "freilassen"), None for other words."""
    word = token.text
    if not word.islower():
        return None  # nouns ("Anzugsordnung") are capitalised
    return separable_zu_infinitive(word, MIN_INFINITIVE)
