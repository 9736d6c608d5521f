"""The clause an event word belongs to, read off the parse tree and off the commas around it.

The parser (LAS 0.69) often hangs a content clause or a modal on the wrong word ("will" as an adjective
of the object, "plant" as an adverb); the commas of written German still delimit the clauses, so the
factuality readers look at both the parse's clause and the surface clause.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from spacy.tokens import Span, Token

from lagebild.events.modality_words import THAT_MARKS
from lagebild.events.token_memo import recalled
from lagebild.pipeline.word_classes import RELATIVE_CLAUSES

# the part-of-speech tags of verbs (full verbs, auxiliaries and modals) and of nouns (common and proper)
VERBAL_POS = ("VERB", "AUX")
NOMINAL_POS = ("NOUN", "PROPN")
CLAUSE_HEADS = {"ROOT", "ccomp", "xcomp", "advcl", "parataxis", "csubj", *RELATIVE_CLAUSES}
GOVERNING = {"xcomp", "ccomp", "advcl", "csubj", "parataxis", "acl", "obj"}
CLAUSE_PUNCTUATION = {",", ";", ":", "–", "—", "(", ")"}
# the doc's user data key of the clauses found while the coder runs (token index -> clause)
SURFACE_CLAUSES = "lagebild_event_surface_clauses"
# words that join a main clause to the one before: "lobte …, verlangte aber …", "verurteilte … und drohte"
COORDINATORS = {"und", "aber", "doch", "jedoch", "sowie"}
# connectives that open an adverbial clause of fact: what it tells happened whatever the clause above
# demands, plans or fears ("forderten seinen Rücktritt, während Arbeiter die Arbeit niederlegten")
FACT_CONNECTIVES = {
    "während", "woraufhin", "worauf", "nachdem", "weil", "obwohl", "obgleich", "wobei", "seitdem",
    "zumal", "indem", "solange",
}  # fmt: skip
# "was" opens a clause of fact only as a relative on the whole clause before ("verlangte den Abzug, was
# Washington zurückwies": the rejection is done); an indirect question is the object of its verb
# ("fragte, was Moskau plane", "ließ offen, was …") and stays governed by it
WHOLE_CLAUSE_RELATIVE = "was"
# verbs whose object is the person asked, not what is asked ("fragte den Botschafter, was …")
ASKING = {"fragen", "befragen"}
# verbs that take an indirect question as their object ("herauszufinden, was Moskau plant"): after
# any other infinitive clause a "was" refers back to that whole clause
QUESTION_TAKING = re.compile(
    r"^(frag|wiss|klär|prüf|herausfind|untersuch|erfahr|entscheid|sag|erklär|offen|verrat|zeig|überleg|"
    r"berat|diskut|abwart|beobacht|erörter|ermittel|feststell|versteh|beurteil|bewert)",
    re.IGNORECASE,
)
# the "zu" inside a particle verb's infinitive: "anzugreifen", "fortzuführen"
ZU_INSIDE = re.compile(r"^\w+zu\w+en$", re.IGNORECASE)
# how the parse hangs a content clause on its verb: as its object, or often as an adverbial clause
CONTENT_CLAUSE_DEPS = ("ccomp", "advcl")
# how the parse hangs the clause a verb says, assures or fears on it: as its object, as an open complement
# ("versicherte, … einzuhalten") or beside it ("versicherte, Russland werde …")
REPORTED_CLAUSE_DEPS = ("ccomp", "xcomp", "parataxis")


def reported_clauses(
    verb: Token, deps: Collection[str] = REPORTED_CLAUSE_DEPS, trailed: Collection[str] = ("parataxis",)
) -> list[Token]:
    """The heads of the clauses a saying verb reports: those hung on it by one of `deps` ("versicherte,
    Russland werde …"), then, with the speaker after the quote, the clause before it that the parse hung
    the verb on by one of `trailed` ("Man werde …, versicherte er")."""
    clauses = [c for c in verb.children if c.dep_ in deps]
    if verb.dep_ in trailed and verb.head.i < verb.i:
        clauses.append(verb.head)
    return clauses


def clause_verb(trigger: Token) -> Token:
    """The verb whose clause an event word belongs to (for a noun: the verb it hangs on)."""
    token = trigger
    for _ in range(8):
        # a word heading a clause is its verb, whatever tag a small model gave it ("bedrohe"/ADJ)
        if token.pos_ in VERBAL_POS or token.dep_ in CLAUSE_HEADS or token.head == token:
            return token
        token = token.head
    return token


def own_clause(verb: Token) -> list[Token]:
    """The words of this clause, without the clauses nested in it."""
    words, stack = [], list(verb.children)
    while stack:
        token = stack.pop()
        if token.dep_ in CLAUSE_HEADS or token.dep_ == "conj" and token.pos_ in VERBAL_POS:
            continue
        words.append(token)
        stack.extend(token.children)
    return words


def governing_verbs(verb: Token) -> list[Token]:
    """Verbs above this clause that can change what it says (denials, demands, plans, conditions)."""
    chain, token = [], verb
    for _ in range(6):
        governed = token.dep_ in GOVERNING or token.dep_ == "conj" or _infinitive_as_relative(token)
        if not governed or token.head.i == token.i:
            break
        if _misattached_after_colon(token) or _clause_of_fact(token) or _coordinated_main_clause(token):
            break
        if _after_semicolon(token) or _coordinated_participle(token) or _compared_participle(token.head):
            break
        coordinated = token.dep_ == "conj"
        token = _nearest_conjunct(token.head, token) if not coordinated else token.head
        # a verb coordinated with this one shares its governors but governs nothing itself: in
        # "Paris kündigte die Ausweisung an, auch Dänemark wies Diplomaten aus" the expulsion is done
        if not coordinated and (token.dep_ != "conj" or token.pos_ in VERBAL_POS):
            chain.append(token)
    return chain


def finite_word(verb: Token) -> Token:
    """The finite word of a verb's clause: its finite auxiliary or modal where it has one ("müsse …
    einstellen", "hätten … verhandelt"; the tagger may give the infinitive a mood of its own), else the
    verb itself."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "aux:pass", "cop")]
    return next((a for a in auxiliaries if "Fin" in a.morph.get("VerbForm") or a.morph.get("Mood")), verb)


def zu_infinitive_clause(verb: Token) -> bool:
    """A clause of a "zu" infinitive: "fortzuführen", "zu liefern", and the passive "beteiligt zu werden",
    whose "zu" hangs on the participle. Looser than `zu_infinitives.is_zu_infinitive`, which asks for the
    infinitive itself: a "zu" the parse hung on a finite verb or an adverb still marks the clause
    ("werfen Rabat vor, den Feind an die Grenze zu holen", the "zu" on "werfen")."""
    marked = any(c.dep_ == "mark" and c.lower_ == "zu" for c in verb.children)
    # the tagger may take "fortzuführen" for a finite form: the "zu" inside tells the infinitive
    return marked or (verb.pos_ in VERBAL_POS and ZU_INSIDE.match(verb.text) is not None)


def _infinitive_as_relative(clause: Token) -> bool:
    """A "zu" infinitive the parser labelled a relative clause ("kündigte an, den Krieg fortzuführen"):
    an infinitive is never a relative clause, it is the object of the verb it hangs on."""
    return clause.dep_ == "acl:relcl" and zu_infinitive_clause(clause)


def _nearest_conjunct(head: Token, clause: Token) -> Token:
    """ "hatte um Aufschub gebeten und versichert, die Behörden untersuchten …": a clause after the
    second of two coordinated verbs is that verb's object, though the parser hung it on the first."""
    conjuncts = [
        c for c in head.children if c.dep_ == "conj" and c.pos_ in VERBAL_POS and head.i < c.i < clause.i
    ]
    return conjuncts[-1] if conjuncts and head.i < clause.i else head


def _coordinated_main_clause(clause: Token) -> bool:
    """A main clause in the indicative that the parser hung on the verb of the next one or on a word
    below it, where the two are coordinated and share their subject: "Rubio lobte die Überstellungen,
    verlangte aber …", "In Jerewan zogen Tausende vor den Sitz, verlangten den Rücktritt …",
    "verlangte den Rücktritt und drohte, …" ("drohte" on "sofortigen"). The later verb demands or
    plans nothing of the earlier one. A quotation before its verb has a subject of its own after it
    ("Russland greife an, warnte Kiew") or the subjunctive of reported speech."""
    if "Ind" not in finite_word(clause).morph.get("Mood") or any(c.dep_ == "mark" for c in clause.children):
        return False
    head = clause.head
    if clause.dep_ == "conj":
        joined = any(c.dep_ == "cc" and c.lower_ in COORDINATORS for c in clause.children)
        return joined and head.pos_ not in VERBAL_POS
    if clause.i > head.i or clause.dep_ not in ("ccomp", "advcl", "parataxis"):
        return False
    shared_subject = not any(c.dep_ in ("nsubj", "nsubj:pass") for c in head.children)
    return shared_subject or any(c.lower_ in COORDINATORS for c in head.children if c.i > clause.i)


def _after_semicolon(clause: Token) -> bool:
    """A clause after a semicolon that the parser hung on the verb before it ("Die OMV hatte
    angekündigt, die Summe zu verrechnen; Moskau antwortete mit dem Lieferstopp"): the semicolon joins
    main clauses, so the verb before it neither announces nor demands what follows."""
    head = clause.head
    return head.i < clause.i and any(
        t.text == ";" for t in clause.doc[head.i + 1 : surface_clause(clause).start]
    )


def _coordinated_participle(clause: Token) -> bool:
    """A participle the parser hung as a clause on the participle before it, where "und" joins the two
    with no comma ("hat den Abzug verlangt und Peking eine Verletzung vorgeworfen"): both share the
    auxiliary, and a clause a demand or plan governs would stand after a comma."""
    head = clause.head
    if clause.dep_ not in ("advcl", "ccomp", "xcomp") or head.i > clause.i:
        return False
    if "Part" not in clause.morph.get("VerbForm") or "Part" not in head.morph.get("VerbForm"):
        return False
    between = clause.doc[head.i + 1 : clause.i]
    return any(t.lower_ == "und" for t in between) and not any(t.text in CLAUSE_PUNCTUATION for t in between)


def _misattached_after_colon(clause: Token) -> bool:
    """A main clause after a colon that the parser hung on the subordinate clause before it ("…, als
    viele in Moskau erwartet haben dürften: 40 Diplomaten müssen das Land verlassen"): a clause opened
    by "als", "wie" or "dass" ends before the colon and governs nothing after it."""
    head = clause.head
    colon = any(c.text == ":" and head.i < c.i < clause.i for c in clause.children)
    return colon and any(c.dep_ == "mark" for c in head.children)


def _compared_participle(head: Token) -> bool:
    """ "Anders als befürchtet hat Russland … nicht eingestellt", "wie erwartet": the news parser may make
    the compared participle the sentence's root, but it frames nothing, the clause says what happened."""
    before = head.doc[head.i - 1].lower_ if head.i > head.sent.start else ""
    return before in ("als", "wie") and head.pos_ == "VERB" and head.lower_.endswith(("t", "en"))


def _clause_of_fact(clause: Token) -> bool:
    """A clause after its governor opened by a connective of fact ("…, woraufhin Tokio Protest
    einlegte"): the parser hangs it on the verb before, which neither demands nor plans it."""
    if clause.dep_ == "conj" or clause.head.i > clause.i:
        return False
    opening = surface_clause(clause)[0]
    if opening.i <= clause.head.i:
        return False
    if opening.lower_ == WHOLE_CLAUSE_RELATIVE:
        return _clause_complete_before(clause.head, opening)
    return opening.lower_ in FACT_CONNECTIVES


def _clause_complete_before(head: Token, relative: Token) -> bool:
    """The verb before a "was" clause already has its object before the comma: the "was" refers back
    to that whole clause, it is no question the verb asks or leaves open."""
    if head.lemma_.lower() in ASKING:
        return False
    if head.pos_ in NOMINAL_POS:
        return True  # a noun takes "der", "die", "das": "was" after it refers to the whole clause
    if _takes_no_question(head):
        return True  # "verlangt, beteiligt zu werden, was Stockholm ablehnt"
    # the parse may hang the "was" clause on the verb above the infinitive, its object before the comma
    if any(c.dep_ == "xcomp" and c.i < relative.i and _takes_no_question(c) for c in head.children):
        return True
    if any(c.dep_ == "obj" and c.i < relative.i and c.pos_ != "PRON" for c in head.children):
        return True
    # the parser may label the object a second subject ("Kiew hatte die Rückgabe der Krim verlangt, was …")
    nominals = [
        c for c in head.children if c.dep_ in ("nsubj", "obj") and c.i < relative.i and c.pos_ != "PRON"
    ]
    return len(nominals) >= 2


def _takes_no_question(verb: Token) -> bool:
    """A "zu" infinitive no "was" can be the question of: after it a "was" refers back to its clause."""
    return zu_infinitive_clause(verb) and QUESTION_TAKING.match(verb.lemma_) is None


def surface_clause(token: Token) -> Span:
    """The words between the punctuation marks around the token, within its sentence. While the coder
    runs, each token's clause is remembered (`SURFACE_CLAUSES`): the modality rules alone ask for the
    trigger's several times per event, and a clause is found by walking the sentence token by token."""
    return recalled(token, SURFACE_CLAUSES, _surface_clause)


def _surface_clause(token: Token) -> Span:
    sentence = token.sent
    start = next(
        (t.i + 1 for t in reversed(token.doc[sentence.start : token.i]) if t.text in CLAUSE_PUNCTUATION),
        sentence.start,
    )
    end = next((t.i for t in token.doc[token.i : sentence.end] if t.text in CLAUSE_PUNCTUATION), sentence.end)
    return token.doc[start:end]


def clause_before(clause: Span) -> Span | None:
    if clause.start <= clause.sent.start + 1:
        return None
    return surface_clause(clause.doc[clause.start - 2]) if clause.start - 2 >= clause.sent.start else None


def clause_after(clause: Span) -> Span | None:
    if clause.end + 1 >= clause.sent.end:
        return None
    return surface_clause(clause.doc[clause.end + 1])


def rest_of_clause(verb: Token) -> list[Token]:
    """The words after the verb up to the next punctuation or verb: the rest of its clause whatever the
    parse hung them on ("ging … ins Gericht und stellte Sanktionen der EU in Aussicht", "Aussicht" given
    to "ging")."""
    words = []
    for token in verb.doc[verb.i + 1 : verb.sent.end]:
        if token.is_punct or token.pos_ in VERBAL_POS:
            break
        words.append(token)
    return words


def within(token: Token, span: Span) -> bool:
    return span.start <= token.i < span.end


def content_clause(
    clause: Token, marks: Collection[str] = THAT_MARKS, deps: Collection[str] = CONTENT_CLAUSE_DEPS
) -> bool:
    """A clause on its verb opened by one of `marks`: what is agreed, expected or warned of ("vereinbarten,
    dass …", "erwarte, daß …"), or with "ob" what is asked. A caller that reads the verb's object clauses
    (ccomp) otherwise narrows `deps` to the adverbial clauses the parse mistakes them for."""
    return clause.dep_ in deps and any(c.dep_ == "mark" and c.lower_ in marks for c in clause.children)


def has_pair(clause: Span, pairs: set[tuple[str, str]]) -> bool:
    """A verb stem and its particle in one clause ("denkt … nach", "lehnte es ab")."""
    words = [t.lower_ for t in clause]
    return any(
        w.startswith(stem) and particle in words[i + 1 :]
        for i, w in enumerate(words)
        for stem, particle in pairs
    )


def next_token(token: Token) -> Token | None:
    """The word after this one within its sentence."""
    return token.nbor(1) if token.i + 1 < token.sent.end else None
