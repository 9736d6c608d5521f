"""Repair clauses whose finite verb the news-trained parser read as an adjective, adverb or noun.

After a subject or a fronted phrase, the tagger takes some finite verbs for an attribute of the noun that
follows ("In Libyen griffen Truppen …", "Sicherheitskräfte setzten Blendgranaten ein": "griffen" an amod
of "Truppen") or for an adverb ("Die Ministerin flog nach Kiew"), and the parser builds the clause
around a noun: it has no verbal root, and every later stage loses the act, its subject and its object.
The tree is wrong, not just the tag, so this component, placed after the parser, parses such a sentence
once more with the misread word replaced by a finite verb the parser knows well ("nahm", which takes
any particle and object) and keeps the new tree if the word now heads a clause with a subject.
Only the words of our verb lexicon (and words the tagger itself calls finite verbs) are candidates, and
only where German grammar rules out the attribute: an attributive adjective before its noun is always
inflected ("die erwartete Antwort"), so an ending-less form ("pfiff", "flog", "bezichtigt") after a
phrase can only be a verb, and an inflected-looking one ("setzten", "griffen") only right after a noun
or name that closes a phrase (not after an article, a preposition or another attribute).
Only the sentences with such a word are parsed again, from their own words; tags of other words stay.
A modal with an object and no infinitive ("…, Indien wolle Frieden") is such a word as well: the parser
reads it as an attribute of its object and leaves the reported clause without verb and subject.
Where the tree already makes the word the head of its clause and only the tag is wrong ("mahnte" an ADJ
root), the word is retagged without a new parse.
"""

from __future__ import annotations

from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from lagebild.events.count_words import BOTH, NUMERALS
from lagebild.events.event_clauses import CLAUSE_HEADS, VERBAL_POS
from lagebild.events.lexicon import german_tables, lexicon_rows, principal_parts, verb_forms
from lagebild.pipeline.sentence_reparse import SentenceReparser, apply_parse, sentence_words
from lagebild.pipeline.word_classes import FINITE_TAG

# what heads a clause in our parses: a verb with one of these labels is read right
CLAUSE_LABELS = CLAUSE_HEADS | {"conj"}
MAIN_CLAUSE_LABELS = {"ROOT", "conj", "parataxis"}
# what a finite verb in second position can head: not an infinitive (xcomp) nor a relative clause
FINITE_CLAUSE_LABELS = MAIN_CLAUSE_LABELS | {"ccomp"}
SUBJECT_LABELS = {"nsubj", "nsubj:pass", "csubj", "expl"}
# the stand-in: a strong verb frequent in news with every separable particle ("nahm … an/ab/zurück/fest")
STAND_IN = {  # (past, subjunctive, plural)
    (True, False, False): "nahm",
    (True, False, True): "nahmen",
    (False, False, False): "nimmt",
    (False, False, True): "nahmen",  # "nehmen" would be read as the infinitive
    (False, True, False): "nehme",
    (False, True, True): "nahmen",
}
# where the stand-in's own form is read as an attribute ("Kommando nahmen Einheiten"): singular preterites
# without an ending, frequent in news with many particles ("gab … ab/an/zu", "setzte … ein/aus/fest")
FALLBACK_STAND_INS = ("gab", "setzte")
# articles and possessives, which bind the next word into their noun phrase (STTS)
ARTICLE_TAGS = ("ART", "PPOSAT")
# endings an attributive adjective carries ("die erwartete Antwort", "mit wiederholten Angriffen")
ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")
# what can close the phrase before a verb in second position: a noun, a name, a pronoun
PHRASE_ENDS = ("NOUN", "PROPN", "PRON")
# words between an article and the prepositional phrase of an extended attribute ("die erste dauerhaft im")
ATTRIBUTE_FILLERS = ("ADJ", "ADV", "NUM")
NOUNS = ("NOUN", "PROPN")
# the words of a noun phrase inside a prepositional phrase ("mit der Europäischen Union")
NOUN_PHRASE_WORDS = (*NOUNS, "DET", "ADJ", "NUM")
# auxiliaries that make a participle of a form shared with the 3rd person ("hat … untersagt")
AUXILIARY_LEMMAS = {"haben", "sein", "werden"}
INFINITE_TAG_ENDS = ("INF", "IZU", "PP")  # STTS: infinitives, zu-infinitives, participles
AUXILIARY_LABELS = {"aux", "aux:pass", "cop"}
# modals, which the tagger sometimes calls full verbs ("dürfe", "wolle"): they hang on their infinitive
MODAL_STEMS = (
    "dürf",
    "darf",
    "könn",
    "kann",
    "konnt",
    "müss",
    "muss",
    "musst",
    "soll",
    "woll",
    "will",
    "mag",
    "möcht",
    "mocht",
)
# full verbs that also serve as auxiliaries or copulas
AUXILIARY_VERBS = AUXILIARY_LEMMAS | {"lassen", "bleiben"}
AUXILIARY_TAGS = ("VA", "VM")  # STTS: haben/sein/werden, modals
# endings of the finite forms of regular verbs (a word the tagger alone calls finite must have one)
FINITE_ENDINGS = ("t", "te", "ten", "en", "e")


@Language.factory("lagebild_misread_verbs", default_config={"parser": "parser", "tok2vec": "tok2vec"})
def make_misread_verbs(nlp: Language, name: str, parser: str, tok2vec: str) -> MisreadVerbs:
    return MisreadVerbs(nlp, parser, tok2vec)


class MisreadVerbs(SentenceReparser):
    """Re-parses the sentences whose finite verb was read as another word, with a stand-in verb."""

    def repair(self, sent: Span) -> None:
        # a repaired tree can leave a second misread verb ("besetzten … und hielten Soldaten fest"): each
        # word is tried on the tree as it stands, and a word tried in vain once more after a new repair,
        # parsed then with the stand-ins that worked
        tried: set[int] = set()
        stand_ins: dict[int, str] = {}
        while (verb := _misread_verb(sent, tried)) is not None:
            tried.add(verb.i)
            if verb.dep_ in CLAUSE_LABELS and not _present_read_as_participle(verb, sent):
                _retag_finite(verb)  # the tree is right, only the tag is not ("mahnte" as ADJ root)
            elif verb.i not in stand_ins and self._reparse(sent, verb, stand_ins):
                tried.clear()

    def _reparse(self, sent: Span, verb: Token, stand_ins: dict[int, str]) -> bool:
        words = sentence_words(sent)
        position = {token.i: n for n, token in enumerate(words)}
        for stand_in in (_stand_in(verb), *FALLBACK_STAND_INS):
            texts = [stand_ins.get(token.i, token.text) for token in words]
            texts[position[verb.i]] = stand_in
            parse = self.reparse(words, texts)
            if _heads_clause(parse[position[verb.i]], words) and _one_particle_each(parse):
                break
        else:
            return False
        stand_ins[verb.i] = stand_in
        apply_parse(sent, words, parse)
        _retag_finite(verb)
        # a second misread verb the new tree makes a main or coordinated clause ("zogen … und verlangten")
        for token in words:
            if token.pos_ not in VERBAL_POS and token.dep_ in MAIN_CLAUSE_LABELS and _finite_form(token):
                _retag_finite(token)
        return True


def _misread_verb(sent: Span, tried: set[int]) -> Token | None:
    """The first word of the sentence, not tried yet, that is a finite verb the parse made something else."""
    for token in sent:
        if token.i == sent.start or token.i in tried or not token.is_lower or not token.is_alpha:
            continue
        if token.pos_ in VERBAL_POS and token.dep_ in CLAUSE_LABELS | {"dep"}:
            if _present_read_as_participle(token, sent):
                return token
            continue  # read right, or read as a verb the parser could not attach (no attribute)
        if _modal(token):
            if _full_verb_modal(token, sent):
                return token
            continue
        if token.pos_ == "AUX" or token.tag_.startswith(AUXILIARY_TAGS):
            continue  # auxiliaries hang on their full verb
        if token.dep_ in AUXILIARY_LABELS and _finite_forms().get(token.lower_) in AUXILIARY_VERBS:
            continue  # "bleibe geöffnet", "lasse sich … instrumentalisieren"
        tagged_finite = token.tag_ == FINITE_TAG and token.lower_.endswith(FINITE_ENDINGS)
        if not (_finite_form(token) or tagged_finite):
            continue
        if _verb_position(token, sent):
            return token
    return None


def _modal(token: Token) -> bool:
    return token.tag_.startswith("VM") or token.lower_.startswith(MODAL_STEMS)


def _full_verb_modal(token: Token, sent: Span) -> bool:
    """A modal with an object and no infinitive, as in reported speech ("…, Indien wolle Frieden"), that the
    parser read as an attribute of its object ("wolle" a det:poss of "Frieden") or an adverb: a modal
    hangs on its infinitive, so one that is neither an auxiliary nor a clause head and stands after a
    closed phrase is the finite verb of its own clause, and the phrase before it its subject."""
    if token.dep_ in AUXILIARY_LABELS | CLAUSE_LABELS or token.dep_ == "dep":
        return False
    if any(child.dep_ in AUXILIARY_LABELS for child in token.children) or _infinitive_follows(token, sent):
        return False
    previous = token.doc[token.i - 1]
    return previous.pos_ in PHRASE_ENDS and previous.tag_ not in ARTICLE_TAGS


def _infinitive_follows(modal: Token, sent: Span) -> bool:
    """An infinitive or participle in the modal's stretch of the clause, up to the next comma ("…, die
    Westbindung dürfe nicht in Frage gestellt werden"): then the modal is an auxiliary."""
    for token in sent.doc[modal.i + 1 : sent.end]:
        if token.text in (",", ";", ":"):
            return False
        if token.tag_.endswith(INFINITE_TAG_ENDS):
            return True
    return False


def _present_read_as_participle(token: Token, sent: Span) -> bool:
    """A present tense the parse read as a participle heading its clause, as in a chronicle's entries
    ("8. Mai: Das Gericht verurteilt den Blogger zu Haft", "Ein Militärgericht verurteilt X"): the 3rd
    person of many verbs is their participle, and the parser then takes the subject for the passive's or
    the object's. A participle needs an auxiliary; one without any in its sentence, between a closed
    phrase and more of the clause, is the finite verb (a headline's participle ends it: "Drei
    Demonstranten festgenommen")."""
    if not token.tag_.endswith("PP") or token.dep_ != "ROOT" or not _finite_form(token):
        return False
    if any(t.pos_ == "AUX" or t.tag_.startswith(AUXILIARY_TAGS) for t in sent):
        return False
    previous = token.doc[token.i - 1]
    following = token.doc[token.i + 1] if token.i + 1 < sent.end else None
    closed = previous.pos_ in PHRASE_ENDS and previous.tag_ not in ARTICLE_TAGS
    return closed and following is not None and not following.is_punct


def _verb_position(token: Token, sent: Span) -> bool:
    """A place where the word cannot be an attribute or an adverb: after a closed phrase."""
    previous = token.doc[token.i - 1]
    word = token.lower_
    if _finite_only(word):
        # no attribute, no infinitive: a verb wherever no article binds it ("Einige warfen Steine")
        return previous.tag_ not in ARTICLE_TAGS
    inflected = word.endswith(ADJECTIVE_ENDINGS)
    # after "und" only a form no attribute can take ("bestreitet das und bezichtigt Athen …")
    closed = previous.pos_ in PHRASE_ENDS or _count_standing_alone(previous, sent)
    if not closed and (inflected or previous.pos_ != "CCONJ"):
        return False
    # a genitive name before an attribute is a determiner ("Russlands bombardierte Städte"); one with its
    # own article follows its noun and closes the phrase ("Im Norden des Landes halten Rebellen …")
    if previous.pos_ == "PROPN" and "Gen" in previous.morph.get("Case") and not _has_article(previous):
        return False
    if word in _participles() and any(t.lemma_ in AUXILIARY_LEMMAS and t.pos_ == "AUX" for t in sent):
        return False  # the participle of a perfect or passive ("hat … untersagt")
    if not inflected:
        return True
    # an inflected-looking form: an attribute would stand before its noun, so the word must be followed by
    # more of the clause and not by the end of the sentence
    following = token.doc[token.i + 1] if token.i + 1 < sent.end else None
    return following is not None and not following.is_punct and not _extended_attribute(token, sent)


def _count_standing_alone(count: Token, sent: Span) -> bool:
    """A count that opens the clause as a whole phrase ("Die drei vereinbarten …", "Beide bekräftigten
    …"): "beide" first in the sentence, or a count after the definite article that opens it."""
    word = count.lower_
    if count.i == sent.start:
        return word in BOTH
    opening = count.i - 1 == sent.start and count.doc[count.i - 1].lower_ == "die"
    return opening and (word in BOTH or word in NUMERALS)


def _has_article(name: Token) -> bool:
    return any(child.tag_ in ARTICLE_TAGS and child.i < name.i for child in name.children)


def _finite_only(word: str) -> bool:
    """A form only a finite verb can take: a preterite or Konjunktiv I ("hielten", "nannte", "lade") that is
    neither an infinitive nor a participle, with or without an adjective's ending ("verhängte" is both the
    preterite and the attribute of "die verhängte Strafe", "nannte" only a preterite of "genannt")."""
    if word not in _finite_forms() or word in _infinitives():
        return False
    bare_forms = {word} | {word.removesuffix(ending) for ending in ADJECTIVE_ENDINGS}
    return not bare_forms & _bare_participles()


def _extended_attribute(token: Token, sent: Span) -> bool:
    """The word ends an attribute phrase that opens with an article before one or more prepositional
    phrases ("die erste dauerhaft im Ausland stationierte Einheit", "das im Juli mit der Union
    unterzeichnete Abkommen"), unlike a prepositional phrase that opens the clause ("In Syrien kämpften
    Truppen …")."""
    doc = sent.doc
    preposition = next((t for t in reversed(doc[sent.start : token.i]) if t.pos_ == "ADP"), None)
    while preposition is not None:
        before = preposition.i - 1
        while before >= sent.start and doc[before].pos_ in ATTRIBUTE_FILLERS:
            before -= 1
        if before < sent.start:
            return False
        if doc[before].pos_ == "DET" or doc[before].tag_ in ARTICLE_TAGS:
            return True  # the tagger calls some articles pronouns ("an das im Juli … unterzeichnete")
        preposition = _opening_preposition(doc[before], sent)
    return False


def _opening_preposition(last: Token, sent: Span) -> Token | None:
    """The preposition of the prepositional phrase that ends in `last` ("im Juli"), None if it ends none."""
    if last.pos_ not in NOUNS:
        return None
    first = last.i
    while first > sent.start and sent.doc[first].pos_ in NOUN_PHRASE_WORDS:
        first -= 1
    return sent.doc[first] if sent.doc[first].pos_ == "ADP" else None


def _stand_in(token: Token) -> str:
    """The form of "nehmen" with the tense, mood and number the misread word shows."""
    morph = _finite_morph(token.lower_)
    return STAND_IN[("Past" in morph, "Sub" in morph, "Plur" in morph)]


def _heads_clause(stand_in: Token, words: list[Token]) -> bool:
    """The stand-in verb heads a clause with a subject (or is a verb coordinated with one); the new
    parse has no tags, so the head's part of speech is read from the sentence."""
    if stand_in.dep_ not in FINITE_CLAUSE_LABELS:
        return False
    if stand_in.dep_ == "conj" and words[stand_in.head.i].pos_ in VERBAL_POS:
        return not _second_verb_in_final_clause(stand_in)
    return any(child.dep_ in SUBJECT_LABELS for child in stand_in.children)


def _second_verb_in_final_clause(stand_in: Token) -> bool:
    """A verb joined to the verb of a relative clause though it stands before its own object: a relative
    clause puts its verbs last, so "…, die Häftlinge freigegeben hatten, und dankte Ankara" goes on the
    main clause, a coordination the parse misses."""
    relative = stand_in.head.dep_ in ("acl", "acl:relcl")
    return relative and any(child.i > stand_in.i and not child.is_punct for child in stand_in.children)


def _one_particle_each(parse: Doc) -> bool:
    """No verb of the new tree takes two separable particles ("von Afghanistan gehe Gefahr aus, umgehend
    zurück": "zurück" is the particle of "wies", not a second one of "gehe")."""
    return all(sum(child.dep_ == "compound:prt" for child in token.children) < 2 for token in parse)


def _retag_finite(token: Token) -> None:
    token.pos_ = "VERB"
    token.tag_ = FINITE_TAG
    if not token.morph.get("Mood"):
        token.set_morph(_finite_morph(token.lower_))
    lemma = _finite_forms().get(token.lower_)
    if lemma:
        token.lemma_ = lemma


def _finite_morph(word: str) -> str:
    """Mood, tense and number the ending shows: "-e" without "-te" is the Konjunktiv I of reported
    speech ("Russland bedrohe niemanden"), "-te(n)" and a strong preterite are past, "-n" plural."""
    number = "Plur" if word.endswith("n") else "Sing"
    if word.endswith("e") and not word.endswith("te"):
        mood, tense = "Sub", "Pres"
    elif word.endswith(("te", "ten")) or word in _preterites():
        mood, tense = "Ind", "Past"
    else:
        mood, tense = "Ind", "Pres"
    return f"Mood={mood}|Number={number}|Person=3|Tense={tense}|VerbForm=Fin"


def _finite_form(token: Token) -> bool:
    return token.lower_ in _finite_forms()


@cache
def _finite_forms() -> dict[str, str | None]:
    """Finite forms of the verbs of our lexicon, with the lemma they belong to (None when several share
    the form); a separable verb's forms without its particle and its lemma without it ("pfiff": "pfeifen")."""
    lemmas: dict[str, set[str]] = {}
    for lemma, forms in _verb_rows():
        particle, finite, _ = verb_forms(lemma, forms)
        present, _, participle = (part.lower() for part in principal_parts(forms))
        base = lemma[len(particle) :] if particle else lemma
        # a participle is no finite form unless it is also the 3rd person ("bezichtigt", not "gewarnt")
        for form in finite - ({participle} - {present}):
            lemmas.setdefault(form, set()).add(base)
    return {form: next(iter(bases)) if len(bases) == 1 else None for form, bases in lemmas.items()}


@cache
def _preterites() -> frozenset[str]:
    """Strong preterites, singular and plural ("pfiff", "griffen")."""
    forms = set()
    for _, row_forms in _verb_rows():
        preterite = principal_parts(row_forms)[1].lower()
        forms |= {preterite, preterite + "en"}
    return frozenset(forms)


@cache
def _participles() -> frozenset[str]:
    return frozenset(principal_parts(forms)[2].lower() for _, forms in _verb_rows())


@cache
def _infinitives() -> frozenset[str]:
    """Infinitives of the verbs of our lexicon, with and without a separable particle."""
    forms = set()
    for lemma, row_forms in _verb_rows():
        particle, _, _ = verb_forms(lemma, row_forms)
        forms |= {lemma.lower(), lemma[len(particle or "") :].lower()}
    return frozenset(forms)


@cache
def _bare_participles() -> frozenset[str]:
    """Participles of the verbs of our lexicon, with and without a separable particle ("gestellt")."""
    forms = set()
    for lemma, row_forms in _verb_rows():
        particle, _, _ = verb_forms(lemma, row_forms)
        participle = principal_parts(row_forms)[2].lower()
        forms |= {participle, participle.removeprefix(particle or "")}
    return frozenset(forms)


@cache
def _verb_rows() -> tuple[tuple[str, str], ...]:
    """(lemma without "sich", forms) of every verb row of the lexicon tables."""
    rows = lexicon_rows(*german_tables())
    return tuple(
        (row["lemma"].removeprefix("sich ").strip(), row["forms"])
        for row in rows
        if row["kind"] == "V" and row["forms"]
    )
