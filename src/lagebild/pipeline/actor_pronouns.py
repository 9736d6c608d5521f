"""Person pronouns (er/sie/ihn/ihm; he/she/him): the nearest agreeing person before them."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from lagebild.pipeline.actor_lexicon import MASCULINE_ACTOR_ALIASES
from lagebild.pipeline.actor_references import (
    PRONOUN_SENTENCE_WINDOW,
    Reference,
    gender_of,
    nearest_mention,
    nearest_subject_first,
)
from lagebild.pipeline.word_classes import SUBJECT_DEPS

# Object pronouns ("ihn", "ihm") refer to things as often as to people: look back one sentence only.
OBJECT_PRONOUN_WINDOW = 1
OBJECT_PRONOUNS = {"ihn", "ihm", "him"}
# demonstratives that stand alone for a person named just before, by the gender of their singular
DEMONSTRATIVE_SUBJECTS_DE = {"dieser": "m", "diese": "f"}
VERB_POS = {"VERB", "AUX"}
# punctuation that ends a clause whatever the parse joined across it
CLAUSE_BREAKS = {":", ";"}
# dependents that stay inside the clause of the verb they hang from (nouns, their attributes, names)
NOMINAL_DEPS = {"nsubj", "nsubj:pass", "obj", "iobj", "obl", "nmod", "appos", "flat", "flat:name", "nummod",
                "amod", "det", "case", "dep", "expl", "compound"}  # fmt: skip


def plural_context(doc: Doc, i: int, lang: str) -> bool:
    """'sie haben', 'müssen sie': a plural 'sie' (the verb next to it ends in -en)."""
    if lang != "de":
        return False  # English he/she are singular
    neighbours = [doc[j].text for j in (i - 1, i + 1) if 0 <= j < len(doc)]
    return (
        any(w.islower() and w.endswith("en") for w in neighbours)
        or doc[i].text == "Sie"
        and i > 0
        and doc[i - 1].text not in {".", "\n\n", "„", '"', "«", "»"}
    )


def demonstrative_subject_gender(token: Token) -> str | None:
    """The gender of a demonstrative standing alone as a clause's subject ("Dieser bot an, …", "Diese
    hatte Moskau kritisiert"); None for an article ("Diese Gespräche") or a plural ("Diese hatten")."""
    gender = DEMONSTRATIVE_SUBJECTS_DE.get(token.lower_)
    if gender is None:
        return None  # asked of every token of the doc: most are no demonstrative, their neighbour unread
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if token.dep_ not in SUBJECT_DEPS or following is None or following.pos_ not in VERB_POS:
        return None
    plural = following.text.islower() and following.text.endswith("en")
    return None if plural else gender


def resolve_pronoun(
    doc, i, gender, mentions, references, sentence_of, demonstrative=False
) -> Reference | None:
    """The person a pronoun refers to. A personal pronoun refers to the topic, the subject of the sentence
    of the nearest agreeing person; a demonstrative to the person named last, the sentence before at most
    ("Putin empfing Erdoğan. Dieser bot an, …" is Erdoğan)."""
    sentence = sentence_of[i]

    window = (
        OBJECT_PRONOUN_WINDOW if doc[i].text in OBJECT_PRONOUNS or demonstrative else PRONOUN_SENTENCE_WINDOW
    )
    # a person pronoun does not name anyone named in its own clause ("Den Besuch Laridschanis in Beirut
    # habe er gemieden" is someone else's avoiding; "Putin lobte ihn" someone else's praise)
    clause = _clause_verb(doc[i])
    # nor anyone its clause names again as the one acted on or with, by name or role ("Und er sollte
    # Lula anrufen" after Lula was named before, "Das Treffen mit dem Kremlchef sagte er ab"): he would
    # act on himself. Another subject (a misparsed clause), a plural and a pronoun say less of whom.
    named_in_clause = {
        _person(m.actor)
        for m in [*mentions, *references]
        if clause is not None
        and m.actor is not None
        and sentence_of[m.span.start] == sentence
        and _clause_verb(m.span.root) == clause
        and _names_one_partner(m.span.root)
        and not _clause_break_between(doc, m.span.start, i)
    }

    def agrees(m) -> bool:
        if sentence - sentence_of[m.span.start] > window:
            return False
        if clause is not None and _clause_verb(m.span.root) == clause:
            return False
        if m.actor is not None and _person(m.actor) in named_in_clause:
            return False
        if isinstance(m, Reference):
            return m.gender == gender and m.antecedent.label_ in {"PER", "PERSON"}
        if m.span.label_ in {"PER", "PERSON"}:
            found = gender_of(m)
            return found == gender or (found is None and gender == "m")
        # "der Kreml ... wird er": the Kremlin as subject, not the place ("im Kreml")
        return (
            gender == "m"
            and m.span.text in MASCULINE_ACTOR_ALIASES
            and m.span.start > 0
            and doc[m.span.start - 1].text in {"der", "Der"}
        )

    if demonstrative:
        antecedent = nearest_mention([*mentions, *references], i, agrees)
    else:
        # a subject pronoun goes on with the topic, also one named after its title ("Der Präsident Lula
        # traf Macron. Er kündigte … an"); an object pronoun ("gegen ihn") is as often the other person
        titled = doc[i].dep_ in SUBJECT_DEPS
        antecedent = nearest_subject_first([*mentions, *references], i, agrees, titled=titled)
    if antecedent is None:
        return None
    target = antecedent.antecedent if isinstance(antecedent, Reference) else antecedent.span
    return Reference(Span(doc, i, i + 1), antecedent.actor, target, gender)


def _names_one_partner(word: Token) -> bool:
    """The word names one person or state other than the clause's subject, and by a name or role."""
    plural = "Plur" in word.morph.get("Number")
    return word.dep_ not in SUBJECT_DEPS and word.pos_ != "PRON" and not plural


def _clause_break_between(doc: Doc, a: int, b: int) -> bool:
    """A colon or semicolon between the two words: the parse may join what they separate into one
    clause ("Ganz anders klang X, der Partner Ys: Er stellte …")."""
    return any(t.text in CLAUSE_BREAKS for t in doc[min(a, b) : max(a, b)])


def _person(actor) -> str:
    """Who the actor is, whichever words named it: its knowledge-base id, else its name."""
    return actor.kb_id or actor.name


def _clause_verb(token: Token) -> Token | None:
    """The verb whose clause a word belongs to, up through the nominal dependents only; None without a
    parse or where the walk ends on no verb."""
    if not token.doc.has_annotation("DEP"):
        return None
    while token.dep_ in NOMINAL_DEPS and token.head.i != token.i:
        token = token.head
    return token if token.pos_ in {"VERB", "AUX"} else None
