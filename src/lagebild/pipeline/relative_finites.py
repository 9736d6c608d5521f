"""Retag the finite verb of a relative clause that the tagger took for an infinitive.

In the plural the present tense has the form of the infinitive ("Paris und Rom, die Kiew seit Monaten
unterstützen, …"), and the news-trained tagger, seeing it at the end of a clause, marks it VVINF. The
clause then has no finite verb and no number, so no later stage can tell that the singular name after
the relative pronoun ("Kiew") is no subject of a plural verb. A relative clause has a finite verb: where
its head verb is a bare infinitive with no auxiliary or modal of its own, not a zu-infinitive, and ends
the clause, it is that finite verb, in the third person plural (a first person plural, "wir, die …",
does not occur with a relative pronoun in news); so is such a verb the tagger calls finite but marks
with the infinitive's features. This component, placed after the parser, retags it.

A relative clause opened by "was" after a noun ("…, Grenzposten beschossen zu haben, was Khartum
zurückwies") refers to the whole clause before, not to the noun (which takes "der", "die", "das"); the
treebank hangs it on that clause's predicate, past an infinitive clause on the verb that governs it, and
so does this component where the parser hung it on the noun.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from lagebild.events.event_clauses import zu_infinitive_clause
from lagebild.pipeline.word_classes import FINITE_TAG, RELATIVE_CLAUSES

INFINITIVE_TAG = "VVINF"  # STTS
RELATIVE_TAG = "PRELS"
WHOLE_CLAUSE_RELATIVE = "was"
# clauses of an infinitive whose governing verb a whole-clause relative after them refers to
INFINITIVE_CLAUSE_DEPS = ("xcomp", "ccomp", "csubj", "advcl")
PLURAL_PRESENT = "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"


@Language.component("lagebild_relative_finites")
def repair_relative_finites(doc: Doc) -> Doc:
    for token in doc:
        if _plural_finite_read_as_infinitive(token):
            token.tag_ = FINITE_TAG
            token.set_morph(PLURAL_PRESENT)
    for token in doc:
        _whole_clause_relative_on_a_noun(token)
    return doc


def _whole_clause_relative_on_a_noun(verb: Token) -> None:
    noun = verb.head
    if verb.dep_ not in RELATIVE_CLAUSES or noun.pos_ != "NOUN" or noun.i > verb.i:
        return
    if not any(c.lower_ == WHOLE_CLAUSE_RELATIVE and c.tag_ == RELATIVE_TAG for c in verb.children):
        return
    # "das Einzige, was …": a neuter adjective used as a noun is what "was" refers to
    if any(c.dep_ == "det" and c.lower_ == "das" for c in noun.children):
        return
    predicate = noun.head
    while predicate.dep_ in INFINITIVE_CLAUSE_DEPS and zu_infinitive_clause(predicate):
        predicate = predicate.head
    if predicate.pos_ in ("VERB", "AUX") and predicate != noun:
        verb.head = predicate


def _plural_finite_read_as_infinitive(verb: Token) -> bool:
    read_as_infinitive = verb.tag_ == INFINITIVE_TAG or verb.tag_ == FINITE_TAG and _infinitive_features(verb)
    if not read_as_infinitive or verb.dep_ not in RELATIVE_CLAUSES:
        return False
    if any(c.dep_ in ("aux", "aux:pass", "mark") or c.lower_ == "zu" for c in verb.children):
        return False
    # the clause opens with its relative pronoun and ends in the verb
    opens = any(c.tag_ == RELATIVE_TAG and c.i < verb.i for c in verb.children)
    ends = all(c.is_punct for c in verb.children if c.i > verb.i)
    return opens and ends


def _infinitive_features(verb: Token) -> bool:
    return "Inf" in verb.morph.get("VerbForm") and not verb.morph.get("Mood")
