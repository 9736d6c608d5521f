"""Finding the actors of an event in the dependency parse (UD labels, as our German model outputs)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from lagebild.pipeline.annotations import ACTOR_REF_SPANS

SAME_REFERENT = ("appos", "flat", "flat:name", "compound")
ATTRIBUTE_PREPOSITIONS = (None, "von", "vom")  # genitive or "von": whose spokesman, whose army
LAST = 9
ACT_NOUN_ENDINGS = ("ung", "ungen", "ion", "ionen", "nahme", "nahmen")


def _phrase_priority(child: Token) -> int:
    if child.dep_ in SAME_REFERENT:
        return 0
    if child.dep_ in ("amod", "det:poss", "nmod:poss"):
        return 1
    if child.dep_ == "nmod" and preposition_of(child) in ATTRIBUTE_PREPOSITIONS:
        return 2
    return LAST


def is_act_noun(token: Token) -> bool:
    return token.pos_ == "NOUN" and token.lower_.endswith(ACT_NOUN_ENDINGS)


class ActorIndex:
    """Which actor span (entity or pronoun/role reference) covers each token of a Doc."""

    def __init__(self, doc: Doc):
        self.by_token: dict[int, Span] = {}
        for span in doc.spans.get(ACTOR_REF_SPANS, []):
            for i in range(span.start, span.end):
                self.by_token[i] = span
        for span in doc.ents:  # names win over references; a place that is no actor (Butscha) is none
            if span._.actor is not None or span.label_ in ("PER", "ORG", "PERSON"):
                for i in range(span.start, span.end):
                    self.by_token[i] = span

    def of_phrase(self, head: Token) -> Span | None:
        """The actor a noun phrase names: the head itself; else, nearest first, a name in apposition
        ("der Minister, Sergej Lawrow"), an actor adjective ("die russische Regierung"), or a genitive
        or "von" attribute ("der Sprecher des Kremls"); never the object of a nominalised act ("die
        Schließung der Vertretung bei der NATO" is not NATO)."""
        if head.i in self.by_token:
            return self.by_token[head.i]
        frontier = [head]
        for _ in range(3):
            following = []
            for token in frontier:
                for child in sorted(token.children, key=_phrase_priority):
                    if _phrase_priority(child) == LAST or is_act_noun(token) and child.dep_ != "amod":
                        continue
                    if child.i in self.by_token:
                        return self.by_token[child.i]
                    following.append(child)
            frontier = following
        return None

    def of_phrases(self, head: Token) -> list[Span]:
        """Actors of a phrase and of the phrases coordinated with it ("Deutschland und Frankreich")."""
        actors = []
        for token in [head, *(c for c in head.children if c.dep_ == "conj")]:
            actor = self.of_phrase(token)
            if actor is not None and actor not in actors:
                actors.append(actor)
        return actors


def children(token: Token, *deps: str) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def preposition_of(token: Token) -> str | None:
    case = next((c for c in token.children if c.dep_ == "case"), None)
    return case.lower_ if case is not None else None


def with_preposition(head: Token, preposition: str) -> list[Token]:
    """Dependents of `head` (and of its objects) introduced by a preposition: "Sanktionen gegen Iran"."""
    found = []
    candidates = [head, *children(head, "obj", "nsubj:pass", "obl")]
    for token in candidates:
        for child in token.children:
            if (
                child.dep_ in ("obl", "nmod", "obl:arg", "obj", "iobj")
                and preposition_of(child) == preposition
            ):
                found.append(child)
    return found


def genitive_attributes(noun: Token) -> list[Token]:
    return [
        c
        for c in noun.children
        if c.dep_ in ("nmod", "nmod:poss") and preposition_of(c) is None and "Gen" in c.morph.get("Case")
    ] + [c for c in noun.children if c.dep_ == "nmod:poss"]


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("aux:pass", "nsubj:pass") for c in verb.children)


def subject_of(verb: Token) -> Token | None:
    """The verb's subject; a coordinated or controlled verb inherits its head's."""
    token = verb
    for _ in range(4):
        subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
        if subject is not None:
            return subject
        if (token.dep_ in ("conj", "xcomp") or _is_zu_infinitive(token)) and token.head is not token:
            token = token.head
            continue
        return None
    return None


def _is_zu_infinitive(verb: Token) -> bool:
    """A "zu" infinitive the parser attaches as ccomp ("bestritt, Truppen zusammengezogen zu haben")
    is controlled by the subject of the verb above it."""
    return verb.dep_ == "ccomp" and any(c.dep_ == "mark" and c.lower_ == "zu" for c in verb.children)


CLAUSE_BOUNDARIES = {"ccomp", "xcomp", "advcl", "acl", "acl:relcl", "parataxis", "conj", "csubj"}


def clause_tokens(verb: Token) -> list[Token]:
    """The verb's own clause: its subtree without the clauses embedded in it."""
    tokens, stack = [], [verb]
    while stack:
        token = stack.pop()
        tokens.append(token)
        stack.extend(c for c in token.children if c.dep_ not in CLAUSE_BOUNDARIES)
    return sorted(tokens, key=lambda t: t.i)


def nominative_actor(verb: Token, actors: ActorIndex, exclude: set[int]) -> Span | None:
    """Where the parse finds no subject: an actor of the clause in the nominative, not inside a
    prepositional phrase, else the nearest actor before the verb in its clause."""
    clause = clause_tokens(verb)
    in_pp = {t.i for t in clause if any(c.dep_ == "case" for c in t.children)}
    candidates = [t for t in clause if t.i in actors.by_token and t.i not in exclude and t.i not in in_pp]
    nominative = [t for t in candidates if "Nom" in t.morph.get("Case")]
    for token in nominative or [t for t in reversed(candidates) if t.i < verb.i]:
        return actors.by_token[token.i]
    return None
