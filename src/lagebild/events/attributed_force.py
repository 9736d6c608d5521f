"""Force named by a noun whose doer is one of its attributes: an adjective ("russische
Drohnenangriffe", "der türkische Einmarsch"), a genitive ("die Angriffe Russlands", "ein Anschlag der
Shabaab-Miliz") or a "durch" phrase ("eine Blockade der Insel durch die chinesische Marine"). Such a
noun names an attack made by that side, as a clause with it as subject would, and one that names no
one it is aimed at is aimed at the side the sentences before talk about (`targets_filled`); with none
named there, the noun stays too little to code ("Ein israelischer Gegenschlag gilt als
wahrscheinlich"). A force noun whose doer is the subject of another verb ("bestritt jegliche
Angriffsabsichten", "Moskau plane einen Angriff") names no attack made, and gets no target guessed."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import preposition_of
from lagebild.events.force_aims import aims_hung_on_the_verb, phrases_hung_on_the_head
from lagebild.events.lexicon import SEPARABLE_PARTICLES, target_prepositions
from lagebild.events.triggers import Trigger, noun_or_light_verb_phrases

# how a doer hangs on the noun: an adjective, a genitive or "durch" phrase (a possessive pronoun names
# no one: "seinen Krieg")
DOER_DEPS = ("amod", "nmod")
# how deep the doer may sit below the noun: "der Anschlag eines Selbstmordattentäters der Shabaab-Miliz"
DEPTH = 2
# the prepositions that name where an attack is made: "die Offensive in Zentralasien"
SCENE_PREPOSITIONS = ("in", "im")


def aimed_at_the_side_talked_about(trigger: Trigger, source: Span) -> bool:
    """The source is an attribute of the force noun (or of a person or unit named by one), and the noun
    names nothing it is aimed at: one that names a place or thing no state stands for ("die Offensive
    in Zentralasien", "der Überfall auf die Garnison") is aimed there, not at a state from before."""
    noun = trigger.token
    return (
        trigger.entry.kind == "N"
        and not _particle_noun(trigger)
        and _hangs_on(source.root, noun, DEPTH)
        and not _names_an_aim(trigger)
    )


def _names_an_aim(trigger: Trigger) -> bool:
    """A phrase with the row's preposition, or a named place where the attack is made."""
    noun = trigger.token
    prepositions = target_prepositions(trigger.entry.target)
    aims = [p for prep in prepositions for p in noun_or_light_verb_phrases(trigger, prep)]
    scenes = [c for c in noun.children if preposition_of(c) in SCENE_PREPOSITIONS]
    scenes += phrases_hung_on_the_head(noun, SCENE_PREPOSITIONS)
    return bool(aims or aims_hung_on_the_verb(trigger) or any(s.pos_ == "PROPN" for s in scenes))


def _particle_noun(trigger: Trigger) -> bool:
    """The noun ends in the row's lemma with a verb particle before it, which makes a noun of its own out
    of the force noun's stem: "Aus|schuss" (a committee), "An|schuss" is no "Schuss"; a compound ending
    in such a noun ("Haushaltsausschuss") names no force."""
    word, lemma = trigger.token.lower_, trigger.entry.lemma.lower()
    return (
        word != lemma
        and word.endswith(lemma)
        and word.removesuffix(lemma).endswith(tuple(SEPARABLE_PARTICLES))
    )


def _hangs_on(token: Token, noun: Token, depth: int) -> bool:
    if depth == 0 or token.dep_ not in DOER_DEPS or token.head == token:
        return False
    return token.head == noun or _hangs_on(token.head, noun, depth - 1)
