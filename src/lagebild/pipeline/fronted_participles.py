"""Repair clauses that open with their participle ("Vermittelt hatte den Austausch Saudi-Arabien",
"Begleitet wurde sie von Beamten aus Dhaka", "Eingeräumt hat der Kreml das nicht").

German news fronts a participle to stress the act; the subject then follows the finite auxiliary. The
news-trained parser takes the capitalised participle in first position for a noun, makes it the subject
of the auxiliary and loses the act with its arguments. Grammar leaves no doubt here: a word that is the
participle of a verb of our lexicon, standing first and followed at once by a finite form of "haben",
"sein" or "werden", is the verb of a perfect or passive: a participle used as a noun takes an ending
and an article ("der Abgeordnete", "Verletzte"), the bare form does not. The sentence is parsed again
with the participle written in lower case, as the parser knows it inside a clause, and the new tree is
kept if the participle now heads the clause with its auxiliary.
"""

from __future__ import annotations

from functools import cache

from spacy.language import Language
from spacy.tokens import Span, Token

from lagebild.events.event_clauses import VERBAL_POS
from lagebild.events.lexicon import german_tables, lexicon_rows, principal_parts
from lagebild.pipeline.sentence_reparse import SentenceReparser, apply_parse, sentence_words
from lagebild.pipeline.word_classes import PARTICIPLE_TAG

# finite forms of the auxiliaries of the perfect and the passive
AUXILIARY_FORMS = {
    "haben": {"hat", "hatte", "hatten", "haben", "habe", "hätte", "hätten"},
    "sein": {"ist", "war", "waren", "sind", "sei", "seien", "wäre", "wären"},
    "werden": {"wurde", "wurden", "wird", "werden", "werde", "würde", "würden"},
}
PARTICIPLE_MORPH = "VerbForm=Part"


@Language.factory("lagebild_fronted_participles", default_config={"parser": "parser", "tok2vec": "tok2vec"})
def make_fronted_participles(nlp: Language, name: str, parser: str, tok2vec: str) -> FrontedParticiples:
    return FrontedParticiples(nlp, parser, tok2vec)


class FrontedParticiples(SentenceReparser):
    """Re-parses the sentences that open with a participle the parser read as a noun."""

    def repair(self, sent: Span) -> None:
        participle = _fronted_participle(sent)
        if participle is not None:
            self._reparse(sent, participle)

    def _reparse(self, sent: Span, participle: Token) -> None:
        words = sentence_words(sent)
        if not words or words[0].i != participle.i:
            return
        parse = self.reparse_first_lowercased(words)
        head = parse[0]
        if head.dep_ != "ROOT" or not any(child.dep_.startswith("aux") for child in head.children):
            return
        apply_parse(sent, words, parse)
        participle.pos_ = "VERB"
        participle.tag_ = PARTICIPLE_TAG
        participle.set_morph(PARTICIPLE_MORPH)
        participle.lemma_ = _participles()[participle.lower_]


def _fronted_participle(sent: Span) -> Token | None:
    """The sentence's first word if it is a lexicon participle the parse did not make a verb, followed by
    a finite auxiliary."""
    words = sentence_words(sent)
    if len(words) < 3:
        return None
    first, second = words[0], words[1]
    if not first.is_title or first.lower_ not in _participles() or first.pos_ in VERBAL_POS:
        return None
    if not any(second.lower_ in forms for forms in AUXILIARY_FORMS.values()):
        return None
    return first


@cache
def _participles() -> dict[str, str]:
    """Participles of the verbs of our lexicon, with their lemma (the first row's, when rows share one)."""
    found: dict[str, str] = {}
    for row in lexicon_rows(*german_tables()):
        if row["kind"] != "V" or not row["forms"]:
            continue
        participle = principal_parts(row["forms"])[2].lower()
        found.setdefault(participle, row["lemma"].removeprefix("sich ").strip())
    return found
