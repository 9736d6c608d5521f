"""Repair relative clauses whose pronoun the tagger took for the article of the name after it ("Der
Vertrag, den Putin und Kim unterzeichnet haben, …", "Penny Wong, die Wang Yi in Jakarta getroffen hatte, …").

The relative pronoun "der", "die", "das", "den", "dem" has the form of the article. Before a name the
news-trained tagger reads it as that name's article, and the parser hangs "den Putin" on the noun
before the comma as an apposition: the relative clause loses its subject or object, and the event
stages take the clause's actor for a name of the noun. A relative clause is told by its verb at the
end: a finite verb followed by the clause's punctuation. So where an article-form after a comma stands
before a proper name and the words up to the next comma end in a finite verb, this component, placed
after the parser, parses the sentence again with "was" ("wem" for "dem") in its place, which opens
only a relative clause or a question here, and keeps the new tree if that word is now an argument of a
verb that heads a relative clause.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Span, Token

from lagebild.events.subject_repairs import clause_finite
from lagebild.pipeline.sentence_reparse import SentenceReparser, apply_parse, sentence_words
from lagebild.pipeline.word_classes import RELATIVE_CLAUSES

# what the sentence is parsed with in the pronoun's place: "was" only opens a relative or a question here,
# and the parser hangs its clause on the noun before; "welchen" it still reads as an article
STAND_INS = {"der": "was", "die": "was", "das": "was", "den": "was", "dem": "wem"}
# the forms that may be the clause's subject; "den" and "dem" may not
NOMINATIVE_FORMS = ("der", "die", "das")
SUBJECT = "nsubj"
OBJECT = "obj"
ARTICLE_TAG = "ART"
RELATIVE_TAG = "PRELS"
CLAUSE_ENDS = {",", ".", ";", ":", "–", "—", "?", "!"}
RELATIVE_ARGUMENTS = ("nsubj", "nsubj:pass", "obj", "iobj", "obl:arg")


@Language.factory("lagebild_relative_articles", default_config={"parser": "parser", "tok2vec": "tok2vec"})
def make_relative_articles(nlp: Language, name: str, parser: str, tok2vec: str) -> RelativeArticles:
    return RelativeArticles(nlp, parser, tok2vec)


class RelativeArticles(SentenceReparser):
    """Re-parses the sentences with a relative pronoun read as the article of the name after it."""

    def repair(self, sent: Span) -> None:
        words = sentence_words(sent)
        for position in range(len(words)):
            if _relative_read_as_article(words, position):
                self._reparse(sent, words, position)
                return  # one a sentence: the new tree has moved the words after it

    def _reparse(self, sent: Span, words: list[Token], position: int) -> None:
        texts = [token.text for token in words]
        texts[position] = STAND_INS[words[position].lower_]
        parse = self.reparse(words, texts)
        pronoun = parse[position]
        if pronoun.dep_ not in RELATIVE_ARGUMENTS or pronoun.head.dep_ not in RELATIVE_CLAUSES:
            return
        apply_parse(sent, words, parse)
        words[position].tag_ = RELATIVE_TAG
        words[position].pos_ = "PRON"
        _order_subject_and_object(words[position], words[position + 1])


def _order_subject_and_object(pronoun: Token, name: Token) -> None:
    """Pronoun and name are subject and object of the clause, and the parser may swap them: a nominative
    pronoun before a name is the subject ("Wong, die Wang Yi getroffen hatte", "Milei, der Maduro einen
    Diktator nannte") unless its noun differs in number from the verb ("Gewässer, die Taipeh beansprucht");
    "den" and "dem" never are."""
    verb = pronoun.head
    if name.head != verb or {pronoun.dep_, name.dep_} - {SUBJECT, OBJECT, "iobj", "obl:arg"}:
        return
    if pronoun.lower_ in NOMINATIVE_FORMS and not _number_clash(verb.head, clause_finite(verb)):
        pronoun.dep_, name.dep_ = SUBJECT, OBJECT
    elif pronoun.dep_ == SUBJECT:
        pronoun.dep_, name.dep_ = OBJECT, SUBJECT


def _number_clash(noun: Token, finite: Token | None) -> bool:
    """The relative clause's noun and its finite verb differ in number as the tagger marks them. Not
    `subject_repairs.disagrees_in_number`, which gives a noun a number only where an article, a
    quantifier or a list confirms the tagger's: the noun the parse hung the clause on may have none of
    these (its article hung on an adjective), and its tagged number still tells a singular noun from
    the plural clause of two names ("eine Antwort auf die Manöver, die Manila und Tokio begonnen
    hatten" with the clause on "Antwort")."""
    if finite is None:
        return False
    numbers = {tuple(t.morph.get("Number")) for t in (noun, finite)}
    return all(numbers) and len(numbers) > 1


def _relative_read_as_article(words: list[Token], position: int) -> bool:
    """An article-form after a comma, before a name, opening words that end in a finite verb at the next
    punctuation."""
    word = words[position]
    if position < 2 or position + 2 >= len(words) or word.lower_ not in STAND_INS or word.tag_ != ARTICLE_TAG:
        return False
    if words[position - 1].text != "," or words[position + 1].pos_ != "PROPN":
        return False
    return _ends_in_finite_verb(words[position + 1 :])


def _ends_in_finite_verb(rest: list[Token]) -> bool:
    """The words up to the next punctuation end in a finite verb ("… unterzeichnet haben,")."""
    for previous, token in zip(rest, rest[1:], strict=False):
        if token.text in CLAUSE_ENDS:
            return previous.tag_.endswith("FIN")
    return False
