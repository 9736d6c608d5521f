"""The clause an event word belongs to, read off the parse tree and off the commas around it.

The parser (LAS 0.69) often hangs a content clause or a modal on the wrong word ("will" as an adjective
of the object, "plant" as an adverb); the commas of written German still delimit the clauses, so the
factuality readers look at both the parse's clause and the surface clause.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

CLAUSE_HEADS = {"ROOT", "ccomp", "xcomp", "advcl", "parataxis", "csubj", "acl", "acl:relcl"}
GOVERNING = {"xcomp", "ccomp", "advcl", "csubj", "parataxis", "acl", "obj"}
CLAUSE_PUNCTUATION = {",", ";", ":", "–", "—", "(", ")"}
# words that join a main clause to the one before: "lobte …, verlangte aber …", "verurteilte … und drohte"
COORDINATORS = {"und", "aber", "doch", "jedoch", "sowie"}
# connectives that open an adverbial clause of fact: what it tells happened whatever the clause above
# demands, plans or fears ("forderten seinen Rücktritt, während Arbeiter die Arbeit niederlegten")
FACT_CONNECTIVES = {
    "während", "woraufhin", "worauf", "nachdem", "weil", "obwohl", "obgleich", "wobei", "seitdem",
    "zumal", "indem",
}  # fmt: skip
# "was" opens a clause of fact only as a relative on the whole clause before ("verlangte den Abzug, was
# Washington zurückwies": the rejection is done); an indirect question is the object of its verb
# ("fragte, was Moskau plane", "ließ offen, was …") and stays governed by it
WHOLE_CLAUSE_RELATIVE = "was"
# verbs whose object is the person asked, not what is asked ("fragte den Botschafter, was …")
ASKING = {"fragen", "befragen"}


def clause_verb(trigger: Token) -> Token:
    """The verb whose clause an event word belongs to (for a noun: the verb it hangs on)."""
    token = trigger
    for _ in range(8):
        # a word heading a clause is its verb, whatever tag a small model gave it ("bedrohe"/ADJ)
        if token.pos_ in ("VERB", "AUX") or token.dep_ in CLAUSE_HEADS or token.head == token:
            return token
        token = token.head
    return token


def own_clause(verb: Token) -> list[Token]:
    """The words of this clause, without the clauses nested in it."""
    words, stack = [], list(verb.children)
    while stack:
        token = stack.pop()
        if token.dep_ in CLAUSE_HEADS or token.dep_ == "conj" and token.pos_ in ("VERB", "AUX"):
            continue
        words.append(token)
        stack.extend(token.children)
    return words


def governing_verbs(verb: Token) -> list[Token]:
    """Verbs above this clause that can change what it says (denials, demands, plans, conditions)."""
    chain, token = [], verb
    for _ in range(6):
        if token.dep_ not in GOVERNING and token.dep_ != "conj" or token.head.i == token.i:
            break
        if _misattached_after_colon(token) or _clause_of_fact(token) or _coordinated_main_clause(token):
            break
        if _after_semicolon(token) or _coordinated_participle(token):
            break
        coordinated = token.dep_ == "conj"
        token = token.head
        # a verb coordinated with this one shares its governors but governs nothing itself: in
        # "Paris kündigte die Ausweisung an, auch Dänemark wies Diplomaten aus" the expulsion is done
        if not coordinated and (token.dep_ != "conj" or token.pos_ in ("VERB", "AUX")):
            chain.append(token)
    return chain


def _coordinated_main_clause(clause: Token) -> bool:
    """A main clause in the indicative that the parser hung on the verb of the next one or on a word
    below it, where the two are coordinated and share their subject: "Rubio lobte die Überstellungen,
    verlangte aber …", "In Jerewan zogen Tausende vor den Sitz, verlangten den Rücktritt …",
    "verlangte den Rücktritt und drohte, …" ("drohte" on "sofortigen"). The later verb demands or
    plans nothing of the earlier one. A quotation before its verb has a subject of its own after it
    ("Russland greife an, warnte Kiew") or the subjunctive of reported speech."""
    if "Ind" not in clause.morph.get("Mood") or any(c.dep_ == "mark" for c in clause.children):
        return False
    head = clause.head
    if clause.dep_ == "conj":
        joined = any(c.dep_ == "cc" and c.lower_ in COORDINATORS for c in clause.children)
        return joined and head.pos_ not in ("VERB", "AUX")
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
    return any(c.dep_ == "obj" and c.i < relative.i and c.pos_ != "PRON" for c in head.children)


def surface_clause(token: Token) -> Span:
    """The words between the punctuation marks around the token, within its sentence."""
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


def within(token: Token, span: Span) -> bool:
    return span.start <= token.i < span.end


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
