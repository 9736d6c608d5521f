"""Repair clauses that open with a span of time in the accusative ("Einen Tag später räumte Moskau ein, …",
"Wenige Stunden zuvor hatte ein Gericht das Verfahren eingestellt", "Eine Woche nach dem Anschlag entzieht
Indien Pakistan die Vorzüge").

German fronts the time of an act as a bare noun phrase of a number and a unit of time. Its accusative or
nominative looks like an argument's, and the news-trained parser often makes it the object or the subject
of the verb after it; the real subject then becomes an object, or a second object stands beside it, and
the event stages lose who acted on whom. A noun phrase that counts units of time before the finite verb
is an adverbial, never an argument of an act: the clause from its finite verb on is parsed again on its
own, and the time phrase hangs on the new root as such an adverbial, if the clause alone parses with a
verb at its root and, where the parser had made the time its subject, with a subject of its own. A
clear accusative the parse then takes for the subject ("Einen Tag später verurteilt ihn ein Gericht")
trades labels with the verb's object.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from lagebild.events.event_clauses import VERBAL_POS
from lagebild.pipeline.sentence_reparse import SentenceReparser, sentence_words
from lagebild.pipeline.timex.lexicon import UNITS_DE
from lagebild.pipeline.word_classes import SUBJECT_DEPS

# the words that count the units: articles, numbers, "wenige", "mehrere", "vergangene"
QUANTIFIER_TAGS = ("ART", "CARD", "PIAT", "PIDAT", "ADJA", "PDAT")
# an argument's labels the parser gives the fronted time
ARGUMENT_DEPS = ("obj", "iobj", "nsubj", "nsubj:pass")
TEMPORAL_ADVERBIAL = "obl:tmod"
UNLABELLED = "dep"
# the stand-in for the fronted phrase in the new parse
STAND_IN_ADVERB = "Dann"
FINITE_TAG_SUFFIX = "FIN"
VERB_TAG_PREFIXES = ("VV", "VA", "VM")
# forms that are never nominative: the pronoun, and the articles that make their noun accusative
ACCUSATIVE_PRONOUNS = {"ihn"}
ACCUSATIVE_ARTICLES = {"den", "einen"}


@Language.factory("lagebild_fronted_time_phrases", default_config={"parser": "parser", "tok2vec": "tok2vec"})
def make_fronted_time_phrases(nlp: Language, name: str, parser: str, tok2vec: str) -> FrontedTimePhrases:
    return FrontedTimePhrases(nlp, parser, tok2vec)


class FrontedTimePhrases(SentenceReparser):
    """Re-parses the clause after a fronted span of time the parser made an argument of it."""

    def repair(self, sent: Span) -> None:
        words = sentence_words(sent)
        unit = _fronted_time_unit(words)
        if unit is None or unit.dep_ not in ARGUMENT_DEPS:
            return
        finite = _clause_finite_verb(words, unit)
        if finite is None:
            return
        if any(c.dep_ in SUBJECT_DEPS for c in unit.head.children if c != unit):
            unit.dep_ = TEMPORAL_ADVERBIAL  # the clause has its subject: only the time's label is wrong
            _swap_accusative_subject(unit.head)
            return
        clause = [token for token in words if token.i >= finite.i]
        parse = self._parse_behind_adverb(clause)
        root = parse[0].sent.root
        # the clause's verb heads it: its finite verb, or the participle or infinitive this one serves
        if (
            root.i == 0
            or clause[root.i - 1] not in (finite, finite.head)
            or clause[root.i - 1].pos_ not in VERBAL_POS
        ):
            return
        if unit.dep_ in SUBJECT_DEPS and not any(
            t.dep_ in SUBJECT_DEPS or t.dep_ == "expl" for t in parse[1:]
        ):
            return  # the time may be the subject after all ("Eine Woche reicht nicht")
        _apply_behind_adverb(clause, parse)
        _hang_time_phrase(sent, words[: words.index(finite)], unit, clause[root.i - 1])
        _swap_accusative_subject(clause[root.i - 1])

    def _parse_behind_adverb(self, clause: list[Token]) -> Doc:
        """The clause parsed with an adverb of time in place of the fronted phrase: the verb stays second,
        where the parser is used to find it; parsed from the verb on, it reads the clause as a question."""
        return self.reparse([clause[0], *clause], [STAND_IN_ADVERB, *(token.text for token in clause)])


def _apply_behind_adverb(clause: list[Token], parse: Doc) -> None:
    """Heads and labels of the parse behind the stand-in adverb on the clause's words."""
    root = clause[parse[0].sent.root.i - 1]
    for token, parsed in zip(clause, parse[1:], strict=True):
        token.head = root if parsed.head.i == 0 else clause[parsed.head.i - 1]
        token.dep_ = parsed.dep_


def _swap_accusative_subject(verb: Token) -> None:
    """Behind a fronted time the parser reads the first word after the verb as its subject, even a clear
    accusative ("Einen Tag später verurteilt ihn ein Gericht": "ihn" subject, "Gericht" object): such a
    subject and the verb's one other object trade labels."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    objects = [c for c in verb.children if c.dep_ == "obj" and not _clear_accusative(c)]
    if len(subjects) == 1 and len(objects) == 1 and _clear_accusative(subjects[0]):
        subjects[0].dep_, objects[0].dep_ = "obj", "nsubj"


def _clear_accusative(token: Token) -> bool:
    return token.lower_ in ACCUSATIVE_PRONOUNS or any(
        c.dep_ == "det" and c.lower_ in ACCUSATIVE_ARTICLES for c in token.children
    )


def _fronted_time_unit(words: list[Token]) -> Token | None:
    """The unit of time of a phrase opening the sentence: quantifier and unit ("Einen Tag", "Wenige
    Stunden"), after at most one adverb ("Kaum einen Tag")."""
    start = 1 if words and words[0].tag_ == "ADV" else 0
    if len(words) < start + 4 or words[start].tag_ not in QUANTIFIER_TAGS:
        return None
    unit = words[start + 1]
    return unit if unit.lower_ in UNITS_DE else None


def _clause_finite_verb(words: list[Token], unit: Token) -> Token | None:
    """The first finite verb after the unit, if no other verb comes before it: the phrase in front of the
    verb second is then all adverbial ("Einen Tag nach dem Angriff", "Sechs Tage später, am Abend, …")."""
    for token in words:
        if token.i <= unit.i:
            continue
        if token.tag_.startswith(VERB_TAG_PREFIXES):
            return token if token.tag_.endswith(FINITE_TAG_SUFFIX) else None
        if token.tag_ == "KOUS":  # "Einen Tag, nachdem …": a clause of its own in front
            return None
    return None


def _hang_time_phrase(sent: Span, phrase: list[Token], unit: Token, root: Token) -> None:
    """The words before the clause keep their arcs among themselves; the unit heads the phrase and hangs on
    the clause's root as a temporal adverbial, any word left outside the phrase's tree as unlabelled."""
    inside = {token.i for token in phrase}
    for token in phrase:
        if token == unit:
            token.head, token.dep_ = root, TEMPORAL_ADVERBIAL
        elif token.head.i not in inside or token.head == token:
            # an adverb of the phrase ("später", "zuvor") keeps its label; an argument's is wrong
            token.dep_ = UNLABELLED if token.dep_ in (*ARGUMENT_DEPS, "ROOT") else token.dep_
            token.head = root
    for token in sent:
        if token.is_space:
            token.head, token.dep_ = root, "punct"
