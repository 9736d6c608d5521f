"""Finding speech cues (a speech verb with its separated particle) in a sentence."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from lagebild.pipeline.quotes.lexicon import ENGLISH_VERBS, GERMAN_VERBS, SpeechVerb

# A particle may follow a comma ("wirft dem Machthaber in Minsk, Alexander Lukaschenko, vor").
SENTENCE_INTERNAL_END = {";", ":", ".", "!", "?"}
_VERBS = {"de": GERMAN_VERBS, "en": ENGLISH_VERBS}
_BY_FORM: dict[str, dict[str, list[SpeechVerb]]] = {}
_BY_LEMMA: dict[str, dict[str, SpeechVerb]] = {}
for _lang, _verbs in _VERBS.items():
    for _verb in _verbs:
        for _form in _verb.forms:
            _BY_FORM.setdefault(_lang, {}).setdefault(_form, []).append(_verb)
        _BY_LEMMA.setdefault(_lang, {})[_verb.lemma] = _verb


@dataclass(frozen=True)
class Cue:
    verb: Token
    particle: Token | None
    lexeme: SpeechVerb

    @property
    def last(self) -> int:
        """Index of the cue's last token (the particle if separated)."""
        return (self.particle or self.verb).i

    @property
    def tokens(self) -> list[Token]:
        return [self.verb] if self.particle is None else [self.verb, self.particle]

    def span(self) -> Span:
        """The verb alone: a separated particle would drag the speaker into a contiguous span."""
        return self.verb.doc[self.verb.i : self.verb.i + 1]


def _particle_after(verb: Token, particle: str, sentence_end: int) -> Token | None:
    """The separated particle closing the verb's clause: followed by punctuation or the end."""
    doc = verb.doc
    for i in range(verb.i + 1, sentence_end):
        token = doc[i]
        if token.text in SENTENCE_INTERNAL_END:
            return None
        if token.lower_ == particle and (i + 1 >= sentence_end or doc[i + 1].is_punct):
            return token
    return None


def cue_at(token: Token, lang: str, sentence_end: int) -> Cue | None:
    """The speech cue whose finite verb or participle is `token`, if it is one."""
    if token.pos_ in {"ADJ", "NOUN", "PROPN"}:
        return None  # "die am Freitag verkündeten Strafmaßnahmen"
    candidates = _BY_FORM.get(lang, {}).get(token.lower_, [])
    if not candidates and token.lemma_ and token.lemma_ != token.text:
        lexeme = _BY_LEMMA.get(lang, {}).get(token.lemma_.lower())
        candidates = [lexeme] if lexeme and lexeme.particle is None else []
    separable = [v for v in candidates if v.particle and token.lower_ in v.forms]
    for lexeme in separable:
        # a participle such as "vorgeworfen" already contains its particle
        if token.lower_.startswith(lexeme.particle) and token.lower_ != lexeme.particle:
            return Cue(token, None, lexeme)
        particle = _particle_after(token, lexeme.particle, sentence_end)
        if particle is not None:
            return Cue(token, particle, lexeme)
    plain = [v for v in candidates if not v.particle]
    if plain and (token.text[:1].islower() or _sentence_initial(token)):
        return Cue(token, None, plain[0])
    return None


def _sentence_initial(token: Token) -> bool:
    return token.is_sent_start or token.i > 0 and token.nbor(-1).text in {"„", '"', "»", "«", "“"}


def cues_in(sentence: Span, lang: str) -> list[Cue]:
    return [cue for t in sentence if (cue := cue_at(t, lang, sentence.end)) is not None]
