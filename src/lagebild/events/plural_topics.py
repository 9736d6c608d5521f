"""A plural "sie" that continues a subject of several sides: "Polen und Litauen schlossen ihre Grenzen.
Zugleich verlangten sie neue Sanktionen", "Die Regierungen in Warschau und Vilnius … Sie forderten …".
Coreference resolves pronouns to one person, and `pronoun_sources.topic_antecedent` to one body or group
named with an article; neither takes up a list of names. The pronoun stands for the nearest subject
before it that agrees in number, in its own sentence or the one before: each side that subject lists
acts. Where that subject names fewer than two sides, this rule says nothing and the others decide."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import SUBJECT_DEPS, ActorIndex
from lagebild.events.pronoun_sources import PLURAL, plural_pronoun
from lagebild.pipeline.segmentation import sentence_before

PLURAL_PRONOUN = "sie"
# a list of sides is a subject of several: at least two of them
SEVERAL = 2


def plural_topic_sides(pronoun: Token, verb: Token, actors: ActorIndex) -> list[Span]:
    """The sides a plural subject "sie" of `verb` stands for, the subject it continues listing two or
    more; [] otherwise."""
    if pronoun.lower_ != PLURAL_PRONOUN or not plural_pronoun(pronoun, verb):
        return []
    subject = _nearest_plural_subject(pronoun, actors)
    if subject is None:
        return []
    sides = actors.of_phrases(subject)
    return sides if len(sides) >= SEVERAL else []


def _nearest_plural_subject(pronoun: Token, actors: ActorIndex) -> Token | None:
    """The last subject before the pronoun in its sentence that is plural (a plural noun or a list),
    else the main clause's in the sentence before (it hands on its topic, not one of a clause it
    embeds), else that sentence's last."""
    sentence = pronoun.sent
    own = [t for t in sentence.doc[sentence.start : pronoun.i] if _plural_subject(t, actors)]
    if own:
        return own[-1]
    before = sentence_before(sentence)
    if before is None:
        return None
    earlier = [t for t in before if _plural_subject(t, actors)]
    main = [t for t in earlier if t.head.dep_ == "ROOT" or t.head == t]
    return (main or earlier or [None])[-1]


def _plural_subject(token: Token, actors: ActorIndex) -> bool:
    """A subject that is no pronoun and is plural: by its own number ("die Regierungen") or as a list
    of names ("Polen und Litauen")."""
    if token.dep_ not in SUBJECT_DEPS or token.pos_ == "PRON":
        return False
    return PLURAL in token.morph.get("Number") or len(actors.of_phrases(token)) >= SEVERAL
