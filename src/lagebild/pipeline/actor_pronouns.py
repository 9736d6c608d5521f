"""Person pronouns (er/sie/ihn/ihm; he/she/him): the nearest agreeing person before them."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from lagebild.pipeline.actor_lexicon import MASCULINE_ACTOR_ALIASES, parse_role_de
from lagebild.pipeline.actor_references import (
    PRONOUN_SENTENCE_WINDOW,
    Reference,
    gender_of,
    nearest_mention,
    nearest_subject_first,
)
from lagebild.pipeline.word_classes import PERSON_LABELS, SUBJECT_DEPS

# Object pronouns ("ihn", "ihm") refer to things as often as to people: look back one sentence only.
OBJECT_PRONOUN_WINDOW = 1
OBJECT_PRONOUNS = {"ihn", "ihm", "him"}
# demonstratives that stand alone for a person named just before, by the gender of their singular
DEMONSTRATIVE_SUBJECTS_DE = {"dieser": "m", "diese": "f"}
VERB_POS = {"VERB", "AUX"}
# the clause a verb of saying reports ("Er sagte, Macron habe …", "Orbán stehe …, rügte er")
REPORTED_DEP = "ccomp"
# a person named by a role noun alone ("Ein Sprecher des Ministeriums", "Der litauische Außenminister")
# is taken up by a subject pronoun in its own sentence or the next one at most
ROLE_SUBJECT_WINDOW = 1
# the attributes of a role noun that say whose the person is: "des Ministeriums", "chinesischer"
OWNER_DEPS = {"nmod", "amod"}
# punctuation that ends a clause whatever the parse joined across it
CLAUSE_BREAKS = {":", ";"}
# dependents that stay inside the clause of the verb they hang from (nouns, their attributes, names)
NOMINAL_DEPS = {"nsubj", "nsubj:pass", "obj", "iobj", "obl", "nmod", "appos", "flat", "flat:name", "nummod",
                "amod", "det", "case", "dep", "expl", "compound"}  # fmt: skip
# an adverb stays there too, with the phrase on it ("Gemeinsam mit dem Kronprinzen telefoniert er"); not
# a name the parse labelled an adverb, a misread subject ("Modi hat ihn dort ermahnt", "Modi" ← advmod)


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
    # nor, as the subject, anyone the words it reports name by name or role: "Orbán stehe den
    # Nationalisten näher, rügte er" and "Er sagte, Macron habe …" are someone else speaking of them (a
    # pronoun there may be the speaker: "Er werde bleiben, sagte er")
    reported = _reported_clauses(clause) if clause is not None and doc[i].dep_ in SUBJECT_DEPS else set()
    named_in_clause |= {
        _person(m.actor)
        for m in [*mentions, *references]
        if m.actor is not None
        and sentence_of[m.span.start] == sentence
        and m.span.root.pos_ != "PRON"
        and _clause_verb(m.span.root) in reported
    }

    def agrees(m) -> bool:
        if sentence - sentence_of[m.span.start] > window:
            return False
        if clause is not None and _clause_verb(m.span.root) == clause:
            return False
        if m.actor is not None and _person(m.actor) in named_in_clause:
            return False
        if isinstance(m, Reference):
            return m.gender == gender and m.antecedent.label_ in PERSON_LABELS
        if m.span.label_ in PERSON_LABELS:
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


def role_subject_referent(
    doc: Doc,
    i: int,
    gender: str,
    sentence_of: list[int],
    spoken_for: dict[int, Reference] | None = None,
    after: int = 0,
) -> Reference | None:
    """A subject pronoun takes up the person a subject role noun named just before and after any
    named person it could refer to (`after`: the end of that person's name), with the state or body
    that noun's phrase names: "Ein Sprecher des chinesischen Außenministeriums wies die Kritik zurück.
    Die Philippinen sollten sich nicht einmischen, fügte er hinzu" is China's spokesman; "Der litauische
    Außenminister …. Man werde …, sagte er" Lithuania's; "Botschafter Zhang Jun widersprach. Ein Sprecher
    des Auswärtigen Amts sprach von einem Signal. Er warf Moskau vor, …" Germany's, not the ambassador.
    The role's gender must be the pronoun's; an object pronoun is as often someone else. `spoken_for`:
    the role nouns already read as a body's spokesperson, by token ("Ein Sprecher erinnerte daran, … .
    Der Norden müsse zahlen, fordert er" after the ministry in Seoul acted is the ministry's)."""
    if doc[i].dep_ not in SUBJECT_DEPS:
        return None
    owners = {t: e for e in doc.ents if e._.actor is not None for t in range(e.start, e.end)}
    for token in reversed(doc[after:i]):
        if sentence_of[i] - sentence_of[token.i] > ROLE_SUBJECT_WINDOW:
            return None
        role = parse_role_de(token.text) if token.dep_ in SUBJECT_DEPS and token.pos_ == "NOUN" else None
        if role is None or role.plural or role.gender != gender:
            continue
        owner = owners.get(token.i) or _owner_in_phrase(token, owners)
        actor = owner._.actor if owner is not None else None
        if actor is not None and (actor.country or actor.actor_code):
            return Reference(Span(doc, i, i + 1), actor, owner, gender)
        spokesperson = (spoken_for or {}).get(token.i)
        if spokesperson is not None:
            return Reference(Span(doc, i, i + 1), spokesperson.actor, spokesperson.antecedent, gender)
        return None  # the latest subject role names no side: no one earlier is the pronoun's
    return None


def _owner_in_phrase(noun: Token, owners: dict[int, Span]) -> Span | None:
    """The entity an attribute of the role noun names, nearest first: "Ein Sprecher des Ministeriums",
    "Ein Abgeordneter der grönländischen Oppositionspartei"."""
    for child in sorted(noun.children, key=lambda c: abs(c.i - noun.i)):
        if child.dep_ in OWNER_DEPS:
            found = next((owners[t.i] for t in child.subtree if t.i in owners), None)
            if found is not None:
                return found
    return None


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


def _reported_clauses(verb: Token) -> set[Token]:
    """The verbs of the clauses a verb reports or governs as its content ("Orbán stehe …, rügte er")."""
    return {
        t
        for child in verb.children
        if child.dep_ == REPORTED_DEP
        for t in child.subtree
        if t.pos_ in VERB_POS
    }


def _clause_verb(token: Token) -> Token | None:
    """The verb whose clause a word belongs to, up through the nominal dependents and adverbs only; None
    without a parse or where the walk ends on no verb."""
    if not token.doc.has_annotation("DEP"):
        return None
    while _inside_its_heads_clause(token) and token.head.i != token.i:
        token = token.head
    return token if token.pos_ in {"VERB", "AUX"} else None


def _inside_its_heads_clause(token: Token) -> bool:
    return token.dep_ in NOMINAL_DEPS or token.dep_ == "advmod" and not token.ent_type_
