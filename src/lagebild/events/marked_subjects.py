"""A subject the parse found in a phrase that German marks as an object. The masculine accusative and
the dative show in the article ("den", "dem", "einen", "einem"), which a title and a name may follow:
in "Bereits im Juli hatte Biden den Kronprinzen Mohammed bin Salman um Hilfe gebeten" the parse makes
"Salman" the subject, though "den Kronprinzen Mohammed bin Salman" is one phrase in the accusative.
In verb-second order the subject is then the name right after the finite verb, and the marked phrase
the patient. Where the parse found no subject at all, the name right after a finite auxiliary before
the verb is the subject too ("Vor zwei Wochen hatte Erdoğan den Hamas-Chef empfangen"): a bare name's
case and number are the tagger's guess, the auxiliary's number is not. Of two bare names after the
finite verb, the first is the subject (`first_of_two_names`). Three forms are never nominative
whatever the parse says: "er" right after the finite verb is the subject, not the name after it
(`pronoun_before_labelled`); "der" before a feminine noun marks a dative or genitive, so "Der Ukraine
sagte der Minister Munition zu" has the subject after the verb (`fronted_feminine_dative`); and "der"
opening a relative clause on a masculine noun is the nominative pronoun, not the article of the name
after it (`masculine_relative_subject`)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import (
    OBJECT_ARTICLES,
    ActorIndex,
    children,
    subject_after_the_verb,
    verb_second,
)
from lagebild.events.event_clauses import NOMINAL_POS
from lagebild.events.subject_repairs import agreeing_names_after, is_feminine

# the particles inside a name ("Mohammed bin Salman", "Ursula von der Leyen", "Abu Bakr al-Baghdadi")
NAME_PARTICLES = {"bin", "ibn", "al", "el", "von", "van", "de", "da", "di", "du", "le", "la", "der"}
# a title, adjectives and a name between the article and the head: "den neuen Präsidenten Xi Jinping"
LONGEST_PHRASE = 8
# what may follow the verb that ends a subordinate clause: its auxiliaries, and clauses put after it
AFTER_FINAL_VERB = ("aux", "aux:pass", "ccomp", "xcomp", "advcl", "csubj")


def object_marked_subject(
    subject: Token, finite: Token | None, actors: ActorIndex
) -> tuple[list[Span], Span | None]:
    """The names right after the finite verb as the source and the marked phrase as the patient, where
    the parse's subject lies after the finite verb in a phrase an object article opens; nothing else."""
    if finite is None or subject.i <= finite.i + 1:
        return [], None
    article = _article_of_phrase(subject)
    if article is None or article.lower_ not in OBJECT_ARTICLES:
        return [], None
    named = [n for n in agreeing_names_after(finite, actors) if n.end <= article.i]
    if not named:
        return [], None
    return named, actors.by_token.get(subject.i) or actors.of_phrase(subject)


def _article_of_phrase(noun: Token) -> Token | None:
    """The article that opens the noun phrase the noun ends, reading back over names, titles and
    adjectives; None if something else comes first."""
    doc = noun.doc
    for i in range(noun.i - 1, max(noun.sent.start, noun.i - LONGEST_PHRASE) - 1, -1):
        token = doc[i]
        if token.pos_ == "DET" and token.lower_ not in NAME_PARTICLES:
            return token
        part_of_name = token.pos_ in ("PROPN", "NOUN", "ADJ") or token.lower_ in NAME_PARTICLES
        if not part_of_name:
            return None
    return None


def name_after_auxiliary(verb: Token, actors: ActorIndex) -> list[Span]:
    """The name (or list of names) right after the finite auxiliary or modal before the verb, when the
    auxiliary agrees with it in number: one name with a singular, a list with a plural one."""
    auxiliary = verb_second(verb)
    if auxiliary is verb or auxiliary.i + 1 >= verb.i:
        return []
    following = auxiliary.doc[auxiliary.i + 1]
    first = actors.by_token.get(following.i)
    if first is None or first.start != following.i or following.lower_ in OBJECT_ARTICLES:
        return []
    if first.end > verb.i:
        return []
    names = [first, *actors.listed_with(first)]
    number = set(auxiliary.morph.get("Number"))
    agrees = number == {"Sing"} and len(names) == 1 or number == {"Plur"} and len(names) > 1
    return names if agrees else []


def first_of_two_names(
    subject: Token, finite: Token | None, actors: ActorIndex
) -> tuple[list[Span], Span | None]:
    """Two bare names after the finite verb of a clause whose first place holds no name ("Bereits im
    Juli hatte Biden Kronprinz Mohammed bin Salman um Hilfe gebeten", the parse taking the second for
    the subject): the subject comes first in the middle field, so the first name is the source and
    the labelled subject the patient. Nothing where a name opens the clause or an article marks the
    first name as an object."""
    if finite is None or subject.i <= finite.i + 1:
        return [], None
    # a title labelled the subject stands for the name in apposition to it ("trifft Albanese dann
    # Ministerpräsident Li Qiang", the parse hanging "Albanese" on the title)
    labelled = actors.by_token.get(subject.i) or _named_in_apposition(subject, actors)
    if labelled is None:
        return [], None
    if subject.i not in actors.by_token and _possessor_of_title(finite, subject):
        return [], None  # "hatte Marokkos UN-Botschafter Omar Hilale …": one phrase, the state's envoy
    first = actors.by_token.get(finite.i + 1)
    if first is None or first.start != finite.i + 1 or first == labelled or first.end > labelled.start:
        return [], None
    if finite.doc[finite.i + 1].lower_ in OBJECT_ARTICLES or not _nameless_first_place(finite, actors):
        return [], None
    # a nationality adjective listed before another on the subject is part of it ("haben amerikanische
    # und britische Kampfflugzeuge … angegriffen"): both states act, none is the patient
    if first.root.pos_ == "ADJ" and first.root in subject.subtree:
        return [], None
    return [first], labelled


def _named_in_apposition(title: Token, actors: ActorIndex) -> Span | None:
    """The actor named after a title noun, which the parse hung on the title as its apposition or name."""
    names = [actors.by_token.get(c.i) for c in title.children if c.dep_ in ("appos", "flat", "flat:name")]
    return next(filter(None, names), None) if title.pos_ == "NOUN" else None


def _possessor_of_title(finite: Token, title: Token) -> bool:
    """The word after the finite verb is the genitive of the title after it ("Marokkos UN-Botschafter")."""
    first = finite.doc[finite.i + 1]
    return first.i + 1 == title.i or "Gen" in first.morph.get("Case")


def _nameless_first_place(finite: Token, actors: ActorIndex) -> bool:
    """The words before the finite verb, at least one, name no actor: an adverbial or a time."""
    start = finite.sent.start
    return finite.i > start and all(i not in actors.by_token for i in range(start, finite.i))


def pronoun_before_labelled(verb: Token, subject: Token, finite: Token) -> Token | None:
    """ "Zugleich bietet er Premierminister Modi Gespräche an": "er", nominative in its form, right after
    the finite verb is the subject; the noun phrase after it that the parse labelled the subject is an
    object."""
    following = finite.doc[finite.i + 1] if finite.i + 1 < finite.sent.end else None
    if following is None or following.lower_ != "er" or following.dep_.startswith("nsubj"):
        return None
    after = subject.i > following.i and verb.i >= finite.i
    return following if after and subject.pos_ in NOMINAL_POS else None


def fronted_feminine_dative(verb: Token, subject: Token, finite: Token) -> Token | None:
    """The subject after the finite verb where the phrase the parse labelled the subject stands before
    it with "der" on a feminine noun ("Der Ukraine sagte der Minister …", "Der Regierung warfen die
    Demonstranten … vor"): the feminine nominative article is "die", so the phrase is a dative."""
    if subject.i > finite.i or verb.i < finite.i or not is_feminine(subject):
        return None
    if not any(d.lower_ in ("der", "einer") for d in children(subject, "det")):
        return None
    return subject_after_the_verb(verb)


def masculine_relative_subject(verb: Token, subject: Token) -> tuple[Token, Token] | None:
    """The antecedent and the name after "der", where "der" opens a relative clause on a masculine noun
    and the parse read it as the article of the name or of a noun after it ("Justizminister Tambadou,
    der Myanmar vorwirft, …", "Erdoğan, der Schweden Untätigkeit vorwarf"): on a masculine noun "der"
    is the nominative pronoun, so the antecedent is the subject and the name an object. On a feminine
    noun "der" is a dative ("die Regierung, der Myanmar vorwirft …"), so nothing then."""
    pronoun = verb.left_edge
    if pronoun.text == "," and pronoun.i + 1 < verb.i:  # the parse may hang the comma on the clause
        pronoun = pronoun.doc[pronoun.i + 1]
    if pronoun.lower_ != "der" or pronoun.i < verb.sent.start + 2 or pronoun.doc[pronoun.i - 1].text != ",":
        return None
    name = pronoun.doc[pronoun.i + 1]
    if name.i >= verb.i or name.pos_ != "PROPN" and not name.ent_type_ or not _ends_relative_clause(verb):
        return None
    if not pronoun.i < subject.i < verb.i or subject.tag_ == "PRELS" and subject != pronoun:
        return None
    if any(t.tag_ == "PRELS" for t in verb.doc[pronoun.i + 1 : verb.i]):
        return None
    before, hung_on = pronoun.doc[pronoun.i - 2], verb.head
    candidates = [n for n in (hung_on, before) if n.i < pronoun.i and n.pos_ in NOMINAL_POS]
    genders = {g for n in candidates for g in n.morph.get("Gender")}
    if "Masc" not in genders or "Fem" in genders or _plural_finite(verb):
        return None
    return candidates[0], name


def _ends_relative_clause(verb: Token) -> bool:
    """A relative clause's verb, at its end: only auxiliaries, punctuation and clauses put after it
    follow ("…, der Minister habe gelogen" is a main clause)."""
    final = all(c.is_punct or c.dep_ in AFTER_FINAL_VERB for c in verb.children if c.i > verb.i)
    return verb.dep_ in ("acl", "acl:relcl") and final


def _plural_finite(verb: Token) -> bool:
    finite = next((a for a in children(verb, "aux", "aux:pass") if a.i > verb.i), verb)
    return "Plur" in finite.morph.get("Number")
