"""The subject in front of the finite verb where the parse took a later noun for it. In a German main
clause one phrase stands before the finite verb; a bare noun phrase there naming actors is, in news
prose, almost always the subject, while the parse often labels the object after the verb instead
("Nairobi und Port-au-Prince hatten ein Abkommen unterzeichnet" with "Abkommen" as subject, "Lajčák und
Borrell hatten beide Seiten gedrängt" with "beide Seiten", "Die drei Europäer hatten Ende August …
ausgelöst" with "Ende") or a live blog's time stamp before a dash ("15:10 Uhr – Auch Ankara geißelt
…"). Only a labelled subject that cannot act itself gives way: people, bodies, units and weapons do
act, so "Israel trafen am Abend Raketen" keeps its subject."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import OBJECT_ARTICLES, ActorIndex, children, is_time
from lagebild.events.context_targets import in_prepositional_phrase
from lagebild.events.count_words import COUNTS
from lagebild.events.event_clauses import NOMINAL_POS, VERBAL_POS
from lagebild.events.implicit_sources import CROWD_NOUNS, SIDE_NOUNS, UNIT_NOUNS, group_sources
from lagebild.events.number_agreement import agrees_in_number
from lagebild.events.triggers import Trigger
from lagebild.pipeline.actor_lexicon import institution_sector_de, parse_role_de

# where a clause may begin inside its sentence: after a live blog's time stamp ("12:10 Uhr – …") or a
# colon or semicolon joining main clauses
CLAUSE_OPENERS = {"–", "—", "-", ":", ";"}
# nouns that name people by what they do or are: they can be the subject after the verb
PERSON_ENDINGS = ("er", "ern", "in", "innen", "ist", "isten", "anten", "enten", "eur", "eure",
                  "euren", "ling", "linge", "haber", "kräfte")  # fmt: skip
PERSONAL_PRONOUNS = {"er", "sie", "es", "wir", "ich", "ihr", "man"}


def prefield_sources(
    trigger: Trigger, verb: Token, subject: Token, finite: Token, actors: ActorIndex
) -> list[Span]:
    """The actors of the phrase before the finite verb of a main clause, where the labelled subject
    stands outside that phrase (after the verb, or before a time stamp's dash), names no actor and
    cannot act; none where any of that does not hold."""
    if verb.i < finite.i or subject.i == finite.i or actors.of_phrases(subject) or _can_act(subject):
        return []
    start = _clause_start(finite)
    if start <= subject.i < finite.i:
        return []
    head = _prefield_head(start, finite)
    if head is None or not agrees_in_number(finite.doc[start : finite.i], head, finite):
        return []
    found = actors.of_phrases(head) or group_sources(trigger, head, actors)
    in_front = [span for span in found if start <= span.start < finite.i]
    return found if all(_no_object_article(span) for span in in_front) else []


def _can_act(noun: Token) -> bool:
    """A pronoun, a person, a group of people, a body, an army unit or a weapon: what can be a subject
    after the verb with an object fronted before it; not the sides counted ("beide Seiten")."""
    word = noun.lower_
    if word in SIDE_NOUNS and any(c.lower_ in COUNTS for c in noun.children):
        # "beide Seiten", "die drei Staaten" after the verb are those addressed by the actors before it
        return False
    if noun.pos_ == "PRON" and word in PERSONAL_PRONOUNS or noun.pos_ == "PROPN":
        return True
    if word in CROWD_NOUNS or word.endswith(UNIT_NOUNS) or word.endswith(PERSON_ENDINGS):
        return True
    return institution_sector_de(noun.text) is not None or parse_role_de(noun.text) is not None


def _clause_start(finite: Token) -> int:
    """Where the finite verb's clause begins: its sentence's start, or just after a dash, colon or
    semicolon before it."""
    sentence = finite.sent
    for token in reversed(finite.doc[sentence.start : finite.i]):
        if token.text in CLAUSE_OPENERS:
            return token.i + 1
    return sentence.start


def _prefield_head(start: int, finite: Token) -> Token | None:
    """The head of the one noun phrase before the finite verb: a noun the parse hangs outside that
    stretch, with no preposition, time or clause of its own in front of the verb; None for anything
    else (an adverbial, a subordinate clause, two phrases)."""
    stretch = finite.doc[start : finite.i]
    if not len(stretch) or any(t.pos_ in VERBAL_POS or t.lower_ in OBJECT_ARTICLES for t in stretch):
        return None
    heads = [t for t in stretch if not start <= t.head.i < finite.i or t.head == t]
    heads = [t for t in heads if t.pos_ not in ("ADV", "PUNCT", "CCONJ", "PART")]
    if len(heads) != 1 or heads[0].pos_ not in NOMINAL_POS or is_time(heads[0]):
        return None
    head = heads[0]
    if children(head, "case") or stretch[0].pos_ == "ADP":
        return None
    return head


def _no_object_article(span: Span) -> bool:
    """Not marked as an object by its article ("dem Nachbarn", "den USA"), nor inside a prepositional
    phrase. A bare name's case is the tagger's guess: it marks nothing."""
    articles = [t for t in span if t.pos_ == "DET"] + children(span.root, "det")
    cases = {case for article in articles for case in article.morph.get("Case")}
    marked = (
        any(a.lower_ in OBJECT_ARTICLES for a in articles)
        or bool(cases & {"Dat", "Gen"})
        and "Nom" not in cases
    )
    return not marked and not in_prepositional_phrase(span)
