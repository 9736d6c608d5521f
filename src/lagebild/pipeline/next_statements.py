"""Relabel as "parataxis" a main clause the parser hung on the verb before it as an attribute ("acl").

"acl" is a clause that modifies a noun. Taking the article after a comma for a relative pronoun, the news
parser also hangs the report's next statement on the verb before it: "Japan stellte Nothilfe in Aussicht,
das Welternährungsprogramm verteilt bereits Reis". Read as an attribute, its subject becomes a party of
the first clause's act (whom the aid is for). A finite clause after a verb that opens with no relative or
subordinating word is a sentence of its own beside that verb, which the treebank labels "parataxis". This
component, placed after the parser's other repairs, relabels it.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from lagebild.events.event_clauses import VERBAL_POS
from lagebild.pipeline.word_classes import RELATIVE_TAGS

ATTRIBUTE_CLAUSE = "acl"
NEXT_STATEMENT = "parataxis"
# the words that open a dependent clause: relative pronouns, and the adverbs and pronouns of "wo", "was"
OPENING_TAGS = RELATIVE_TAGS | {"PWAV", "PWS", "PWAT"}


@Language.component("lagebild_next_statements")
def relabel_next_statements(doc: Doc) -> Doc:
    for token in doc:
        if _statement_hung_on_verb(token):
            token.dep_ = NEXT_STATEMENT
    return doc


def _statement_hung_on_verb(verb: Token) -> bool:
    if verb.dep_ != ATTRIBUTE_CLAUSE or verb.head.pos_ not in VERBAL_POS or verb.head.i > verb.i:
        return False
    if not verb.morph.get("Mood") or any(c.dep_ == "mark" for c in verb.children):
        return False
    before_verb = [t for t in verb.subtree if t.i < verb.i]
    return not any(t.tag_ in OPENING_TAGS for t in before_verb)
