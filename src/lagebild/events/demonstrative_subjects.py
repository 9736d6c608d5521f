"""Who "Dieser" or "Diese" is, standing alone as the subject, when the actor stage found no person for it.
A demonstrative takes up the last noun phrase of the sentence before that agrees with it, not the topic
as "er" does: "… eine Reaktion auf die Resolution des Gouverneursrats. Dieser hatte Iran gerügt",
"Washington macht die Miliz verantwortlich, die … gehört. Diese hatte erklärt, …". Only a phrase in a
case of its own counts, not one a preposition governs ("erklärte sie zur unerwünschten Person"), nor a
name in apposition, which its noun speaks for. A last agreeing noun that names no side ("Die EU hatte
Gegenzölle vorbereitet. Diese sollen …") leaves the demonstrative to nobody."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import ActorIndex, preposition_of
from lagebild.events.event_clauses import NOMINAL_POS
from lagebild.pipeline.segmentation import sentence_before
from lagebild.pipeline.word_classes import PERSON_LABELS

PLURAL = "Plur"
# what each demonstrative can take up; "diese" is plural if its verb is
DEMONSTRATIVE_REFERENTS = {"dieser": {"Masc"}, "diese": {"Fem"}, "dieses": {"Neut"}}
# country and city names take no article and are neuter ("Moskau", "Frankreich")
NAME_GENDER = "Neut"
# parts of a phrase whose head is another word: a name in apposition, the rest of a name, a compound
PHRASE_PARTS = ("appos", "flat", "flat:name", "compound", "det", "amod")


def demonstrative_antecedent(demonstrative: Token, actors: ActorIndex) -> Span | None:
    """The side the agreeing noun phrase names; the finite verb follows the demonstrative."""
    before = sentence_before(demonstrative.sent)
    referents = DEMONSTRATIVE_REFERENTS.get(demonstrative.lower_)
    if before is None or referents is None:
        return None
    if demonstrative.lower_ == "diese" and PLURAL in demonstrative.nbor(1).morph.get("Number"):
        referents = {PLURAL}
    for noun in reversed(before):
        if noun.pos_ not in NOMINAL_POS or noun.dep_ in PHRASE_PARTS or preposition_of(noun):
            continue
        if _agreement(noun, actors) & referents:
            return actors.of_phrase(noun)
    return None


def _agreement(noun: Token, actors: ActorIndex) -> set[str]:
    """The noun's gender or "Plur", by its article where it has one; a person's name agrees with both
    singulars, a name without an article ("Moskau") is neuter."""
    named = actors.by_token.get(noun.i)
    if named is not None and named.label_ in PERSON_LABELS:
        return {"Masc", "Fem"}
    article = next((c for c in noun.children if c.dep_ == "det"), None)
    marked = [w for w in (article, noun) if w is not None]
    if any(PLURAL in w.morph.get("Number") for w in marked):
        return {PLURAL}
    genders = {g for w in marked for g in w.morph.get("Gender")}
    return genders or ({NAME_GENDER} if noun.pos_ == "PROPN" else set())
