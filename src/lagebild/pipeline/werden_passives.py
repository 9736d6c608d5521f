"""Relabel a passive the parser read as an active clause.

The news-trained parser labels the "werden" of a passive a plain auxiliary and its subject an active
one where the participle stands at the end of a subordinate clause ("ob Putin in Rio festgenommen
würde") or a second participle carries the passive's "worden" ("war … festgenommen und … verurteilt
worden"). The coder then takes the one who suffers the act for its agent: the arrested for the
arrester. Grammar decides: "werden" with a participle that is no infinitive ("festgenommen", not
"entlassen", which may be a future) and no "haben" or "sein" of a perfect is a passive; a participle
with a finite "sein" coordinated with one whose auxiliary is "worden" shares that passive; "sein" with
the participle of a lexicon verb that takes an accusative object in all its rows is the state passive
("Syrien war nicht eingeladen"), as such a verb makes its perfect with "haben". The clause
gets the labels of a passive ("aux:pass", "nsubj:pass"), so every later stage reads it as one.

The converse too: the news parser may label the "werden" of a future "aux:pass" where the tagger took the
infinitive for a participle ("Die Armee werde weiterkämpfen", "weiterkämpfen" VVPP) while it still gave
the verb an active subject; a form that is its own infinitive with that subject is the future.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from lagebild.events.lexicon import german_lexicon
from lagebild.pipeline.word_classes import PARTICIPLE_TAG

NOMINAL = ("NOUN", "PROPN", "PRON")
PERFECT_AUXILIARIES = {"haben", "sein"}
# subjects no passive has: "werde man geschlossen antworten" is an adverb and an active verb
ACTIVE_ONLY_SUBJECTS = {"man", "ich", "wir", "du"}


@Language.component("lagebild_werden_passives")
def relabel_werden_passives(doc: Doc) -> Doc:
    for verb in doc:
        if verb.tag_ == PARTICIPLE_TAG and (future := _future_werden_read_as_passive(verb)) is not None:
            future.dep_ = "aux"
            continue
        if verb.tag_ != PARTICIPLE_TAG or any(
            c.dep_ in ("aux:pass", "nsubj:pass", "obj") for c in verb.children
        ):
            continue
        auxiliary = _passive_werden(verb) or _sein_sharing_worden(verb) or _state_passive_sein(verb)
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if auxiliary is None or len(subjects) != 1 or subjects[0].pos_ not in NOMINAL:
            continue
        if subjects[0].lower_ in ACTIVE_ONLY_SUBJECTS:
            continue
        auxiliary.dep_ = "aux:pass"
        subjects[0].dep_ = "nsubj:pass"
    return doc


def _no_infinitive(verb: Token) -> bool:
    """A participle whose form differs from its infinitive ("festgenommen", "verhaftet"); "entlassen",
    "verlassen" after "werden" may be the infinitive of a future."""
    return bool(verb.lemma_) and verb.lower_ != verb.lemma_.lower()


def _passive_werden(verb: Token) -> Token | None:
    """The verb's "werden", if it makes a passive with it: no "haben" or "sein" beside it."""
    auxiliaries = [c for c in verb.children if c.dep_ == "aux"]
    werden = [a for a in auxiliaries if a.lemma_ == "werden" and a.lower_ != "worden"]
    if (
        len(werden) != 1
        or any(a.lemma_ in PERFECT_AUXILIARIES for a in auxiliaries)
        or not _no_infinitive(verb)
    ):
        return None
    return werden[0]


def _future_werden_read_as_passive(verb: Token) -> Token | None:
    """The "werden" labelled "aux:pass" of an infinitive tagged as participle that has an active subject
    and no passive one."""
    if _no_infinitive(verb) or not any(c.dep_ == "nsubj" for c in verb.children):
        return None
    if any(c.dep_ == "nsubj:pass" for c in verb.children):
        return None
    werden = [
        c for c in verb.children if c.dep_ == "aux:pass" and c.lemma_ == "werden" and c.lower_ != "worden"
    ]
    return werden[0] if len(werden) == 1 else None


def _sein_sharing_worden(verb: Token) -> Token | None:
    """The finite "sein" of a participle coordinated with a participle of the passive ("war … festgenommen
    und … verurteilt worden"): the "worden" at the end belongs to both."""
    auxiliaries = [c for c in verb.children if c.dep_ == "aux"]
    if len(auxiliaries) != 1 or auxiliaries[0].lemma_ != "sein":
        return None
    conjuncts = [c for c in verb.children if c.dep_ == "conj" and c.tag_ == PARTICIPLE_TAG]
    shares = any(a.lower_ == "worden" for c in conjuncts for a in c.children if a.dep_ == "aux:pass")
    return auxiliaries[0] if shares else None


def _state_passive_sein(verb: Token) -> Token | None:
    """The finite "sein" of a participle of a verb of our lexicon that takes an accusative object in all
    its rows ("Syrien war nicht eingeladen", "Er ist festgenommen"): such a verb forms its perfect with
    "haben", so "sein" with its participle is the state passive. A verb of motion ("abgezogen",
    "einmarschiert") forms its perfect with "sein" and is left alone."""
    # the parser labels this "sein" a copula as often as an auxiliary
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "cop")]
    if len(auxiliaries) != 1 or auxiliaries[0].lemma_ != "sein" or not _no_infinitive(verb):
        return None
    entries = german_lexicon().verbs_by_form.get(verb.lower_, ())
    transitive = bool(entries) and all(e.target == "obj" and not e.reflexive for e in entries)
    return auxiliaries[0] if transitive else None
