"""What a bare state body acts on: the people and states its own verb takes as object.

"Das Außenministerium bestellte den russischen Botschafter ein", "die Polizei nahm Afghanen fest",
"die Armee patrouilliert entlang der Grenze zu Belarus": a body is hardly ever of the state, the
nationals or the diplomats it summons, arrests or faces, so those clues cannot place it by nearness;
nor of a state that a question or claim it answers names other than as the one who acts there ("Ob
die Sanktionen gegen Belarus verlängert werden, ließ die Regierung offen"). People of an office it acts
on can ("die Opposition ging mit dem Premier ins Gericht": the premier's state), and places, adjectives
and owners read elsewhere still decide."""

from __future__ import annotations

from spacy.tokens import Token

from lagebild.pipeline.word_classes import LOCATIVE_PREPOSITIONS_DE, SUBJECT_DEPS

# Dependents of the body's verb that name what it acts on.
# (the parser labels a dative object "obl:arg": "wirft Präsident Boric vor")
PATIENT_DEPS = {"obj", "iobj", "obl:arg"}
# Prepositions of an oblique that names the other side: "ermittelt gegen die Besatzung", "Gefechte
# mit der ELN", "Patrouillen entlang der Grenze zu Belarus", "übergab die Drohnen an Kiew".
PATIENT_PREPOSITIONS = {"gegen", "mit", "entlang", "an"}
# The verb's noun phrases other than its subject (not its clauses: "nachdem Russen ... warfen").
NOMINAL_DEPS = {"obj", "iobj", "obl", "nmod", "appos"}
# Prepositions that name where the act happens: "in Afghanistan", "im Iran", "in der Ukraine".
DETERMINERS = {"der", "dem", "den", "die"}
# Heads of a foreign state's envoys: "den russischen Botschafter", "die Diplomaten".
ENVOYS_DE = ("Botschafter", "Diplomat", "Gesandte", "Konsul", "Geschäftsträger")
# A clause the body's verb takes as its object, and the words that make it a question or claim the body
# answers ("Ob ..., ließ die Regierung offen", "Dass ..., bestreitet das Ministerium").
ANSWERED_CLAUSE_DEP = "ccomp"
ANSWERED_CLAUSE_MARKS = {"ob", "dass"}
# Word parts that make a speaker a foreign office ("US-Außenministerium", "Außenminister", "Außenamt").
FOREIGN_OFFICE_WORDS = ("Außenminist", "Außenamt")


def outside_patients(clues: list, body: Token) -> list:
    """The clues that may place `body` by nearness: none of the states whose capitals, nationals or
    envoys its own verb acts on, in its sentence or before ("Moskau wies die Vorwürfe zurück. Das
    Außenministerium bestellte den russischen Botschafter ein" is not Russia's ministry)."""
    acted_on = _verb_dependents(body, _is_patient) | _opposed(body) | _answered_matters(body)
    # nationals and envoys are the other side in any phrase of the verb, also where the parser
    # joined them to a place ("nahm in mehreren Provinzen Afghanen fest")
    around = _verb_dependents(body, lambda child: child.dep_ in NOMINAL_DEPS)
    other_side = {
        c.actor.country
        for c in clues
        # a foreign office deals with other states, so the officials it acts on are theirs too
        # ("Das Außenministerium wirft Präsident Boric vor, ...")
        if (c.span.start in acted_on and (_names_other_side(c) or foreign_office(body.text)))
        or (c.span.start in around and _people_abroad(c))
    }
    # an envoy is named where he is posted: "Boliviens Außenministerium bestellte den argentinischen
    # Geschäftsträger ein. Die Regierung ..." is Bolivia's
    return [c for c in clues if c.actor.country not in other_side and not _envoy(c)]


def foreign_office(word: str) -> bool:
    """The word names a foreign office or its minister ("Außenministerium", "Außenamt")."""
    return any(part in word for part in FOREIGN_OFFICE_WORDS)


def _names_other_side(clue) -> bool:
    """A state or capital, a country adjective or a group of nationals ("Afghanen": a code without a
    sector), or an envoy."""
    return getattr(clue, "place_name", False) or len(clue.actor.actor_code or "") <= 3 or _envoy(clue)


def _people_abroad(clue) -> bool:
    """A state named otherwise than as the place where the act happens ("Afghanen", "Migranten aus
    Afghanistan", not "in Afghanistan"), or an envoy."""
    if _envoy(clue):
        return True
    if len(clue.actor.actor_code or "") != 3 or not clue.span[0].text[:1].isupper():
        return False
    doc, start = clue.span.doc, clue.span.start
    if start >= 1 and doc[start - 1].pos_ == "NOUN" and clue.span[-1].text.endswith("s"):
        return False  # "für den Austritt Moldaus": the state owns the act, no people abroad
    before = doc[start - 1].lower_ if start >= 1 else ""
    two_before = doc[start - 2].lower_ if start >= 2 else ""
    at_place = before in LOCATIVE_PREPOSITIONS_DE or (
        before in DETERMINERS and two_before in LOCATIVE_PREPOSITIONS_DE
    )
    return not at_place


def _envoy(clue) -> bool:
    """An envoy by his office, written in the clue, right before a name ("Botschafter Ron Prosor") or
    right after a country adjective ("den argentinischen Geschäftsträger")."""
    span, doc = clue.span, clue.span.doc
    words = list(span) + [doc[k] for k in (span.start - 1, span.end) if 0 <= k < len(doc)]
    return any(t.text.startswith(ENVOYS_DE) for t in words)


def _verb_dependents(body: Token, keep) -> set[int]:
    """Token indices of the phrases `keep` selects among the dependents of the verb whose subject is
    `body`, in its clause and in the clauses coordinated with it that have no subject of their own
    ("durchkämmte die Gehöfte und nahm drei Verdächtige fest"). Empty when the body is no subject."""
    body = _speaking_for(body)
    if body.dep_ not in SUBJECT_DEPS:
        return set()
    verb = body.head
    verbs = [verb] + [c for c in verb.children if c.dep_ == "conj" and not _has_subject(c)]
    found: set[int] = set()
    for v in verbs:
        for child in v.children:
            if child.i != body.i and keep(child):
                found.update(t.i for t in child.subtree)
    return found


def _speaking_for(body: Token) -> Token:
    """The person a body stands in the genitive of: "ein Sprecher des Außenministeriums forderte Pjöngjang
    auf" acts for the ministry, so what the speaker's verb acts on is the ministry's other side."""
    if body.dep_ == "nmod" and body.head.pos_ == "NOUN":
        return body.head
    return body


def _opposed(body: Token) -> set[int]:
    """Token indices of a "gegen" phrase the parse hung deeper in the verb's phrases ("protestierten
    vor dem Gebäude Unter den Linden gegen den russischen Angriffskrieg", the phrase on "Linden"):
    what is opposed is the other side wherever it hangs."""
    around = _verb_dependents(body, lambda child: child.dep_ in NOMINAL_DEPS)
    doc = body.doc
    return {
        t.i
        for k in around
        if any(c.dep_ == "case" and c.lower_ == "gegen" for c in doc[k].children)
        for t in doc[k].subtree
    }


def _answered_matters(body: Token) -> set[int]:
    """Token indices of what a question or claim the body answers is about: the words of an "ob" or
    "dass" clause of its verb, other than the clause's subject and that subject's adjectives. "Ob die
    Sanktionen gegen Belarus verlängert werden, ließ die Regierung offen" says nothing of whose the
    government is; "Ob Ankara einlenken werde, ließ das Außenministerium offen" does: who acts in the
    question is the side the body speaks for."""
    clauses = _verb_dependents(body, _answered_clause)
    doc = body.doc
    actors = {
        t.i
        for k in clauses
        if doc[k].dep_ in SUBJECT_DEPS and doc[k].head.i in clauses
        for t in [doc[k], *(c for c in doc[k].children if c.dep_ == "amod")]
    }
    return clauses - actors


def _answered_clause(child: Token) -> bool:
    return child.dep_ == ANSWERED_CLAUSE_DEP and any(
        c.dep_ == "mark" and c.lower_ in ANSWERED_CLAUSE_MARKS for c in child.children
    )


def _is_patient(child: Token) -> bool:
    if child.dep_ in PATIENT_DEPS:
        return True
    if child.dep_ != "obl":
        return False
    return any(c.dep_ == "case" and c.lower_ in PATIENT_PREPOSITIONS for c in child.children)


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in SUBJECT_DEPS for c in verb.children)
