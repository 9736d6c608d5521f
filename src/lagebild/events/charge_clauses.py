"""A charge noun whose content is a clause: "Aus Kiew kam der Vorwurf, Bern verstecke sich hinter
Paragrafen", "Trump hatte die Zölle mit dem Vorwurf begründet, China unternehme zu wenig". The clause
after the comma says what the accused did, and its subject is the accused, the charge's target, as the
banks code it; the row's own "gegen" phrase, where there is one, names the accused instead. Who raises the
charge is found as for any statement noun (its origin, its genitive, the verb it is the object of); where
the noun is the means of a verb ("begründete …, eröffnete die Debatte mit dem Vorwurf, …"), which the
parse often hangs on that verb's object, the verb's subject raises it."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import ActorIndex, children, is_passive, preposition_of, subject_of
from lagebild.events.reported_acts import ACCUSATION
from lagebild.events.triggers import Trigger
from lagebild.pipeline.word_classes import SUBJECT_DEPS

CONTENT_CONJUNCTIONS = frozenset({"dass"})
CLAUSE_ENDS = frozenset({",", ".", ";", ":", "–", "!", "?"})
ACCUSED_PREPOSITION = "gegen"
MEANS = "mit"
VERBS_BEFORE_CLAUSE = 2
# verbs whose subject faces a charge raised by others ("sah sich mit dem Vorwurf konfrontiert")
FACING = frozenset({"konfrontieren", "sehen", "zurückweisen", "weisen", "bestreiten", "kämpfen"})


def accused_in_charge_clause(trigger: Trigger, actors: ActorIndex) -> Span | None:
    """The actor the subject of a charge noun's content clause names, or None."""
    clause = _content_clause(trigger)
    within = {t.i for t in clause}
    subject = next((t for t in clause if t.dep_ in SUBJECT_DEPS and t.head.i in within), None)
    return actors.of_phrase(subject) if subject is not None else None


def charge_raiser(trigger: Trigger) -> Token | None:
    """The subject of the verb a charge noun with a content clause is the means of ("begründete die
    Zölle mit dem Vorwurf, …"), hung on the verb or on its object."""
    noun = trigger.token
    if preposition_of(noun) != MEANS or not _content_clause(trigger):
        return None
    verb = noun.head if noun.head.dep_ != "obj" else noun.head.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() in FACING or is_passive(verb):
        return None
    return subject_of(verb)


def _content_clause(trigger: Trigger) -> list[Token]:
    """The words of the clause after the comma that closes the charge noun's phrase, up to the next
    punctuation; none for a noun that names its accused by "gegen" or is no charge."""
    noun = trigger.token
    if trigger.entry.kind != "N" or not trigger.entry.code.startswith(ACCUSATION):
        return []
    if any(preposition_of(c) == ACCUSED_PREPOSITION for c in children(noun, "nmod")):
        return []
    doc, sentence = noun.doc, noun.sent
    # past the noun's own attributes ("der Vorwurf aus Washington"), not a clause the parse hung on it
    phrase, i = {t.i for t in noun.subtree}, noun.i + 1
    while i < sentence.end and i in phrase and doc[i].text != ",":
        i += 1
    # the verb the noun is the means of may come between: "mit dem Vorwurf begründet (hatte), …"
    for _ in range(VERBS_BEFORE_CLAUSE):
        if i < sentence.end and doc[i].pos_ in ("VERB", "AUX"):
            i += 1
    if i >= sentence.end or doc[i].text != ",":
        return []
    i += 1
    if i < sentence.end and doc[i].lower_ in CONTENT_CONJUNCTIONS:
        i += 1
    clause = []
    while i < sentence.end and doc[i].text not in CLAUSE_ENDS:
        clause.append(doc[i])
        i += 1
    return clause
