"""The subject of a subordinate clause that the parse hung elsewhere: "…, seit Canberra eine
Untersuchung gefordert hatte" ("seit" read as a preposition, "Canberra" its object), "bis Bratislava
einlenkt". A subordinate clause puts its subject first, right after the conjunction, whenever it is
a name: a bare name there, in a clause that ends in its verb and has no subject naming an actor, is
the subject."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import ActorIndex
from lagebild.events.event_clauses import VERBAL_POS
from lagebild.events.initial_subjects import finite_by_mood_or_tag

# conjunctions that open a clause ending in its verb; "seit", "bis" and "während" are also prepositions
CONJUNCTIONS = {"seit", "seitdem", "bis", "während", "falls", "ob", "wenn", "weil", "dass", "nachdem",
                "als", "sobald", "solange", "obwohl", "bevor", "sofern"}  # fmt: skip
CLAUSE_OPENERS = {",", ";", ":", "und", "–"}
INFINITIVE_TAGS = ("VVINF", "VAINF", "VMINF", "VVIZU")


def subject_after_conjunction(verb: Token, actors: ActorIndex, before: int | None = None) -> list[Span]:
    """The name right after the conjunction that opens the verb's clause, where the clause's verb ends
    it and the name agrees in number with its finite verb; read back from the verb, or from the
    position `before` within the clause."""
    doc = verb.doc
    for i in range(verb.i - 1 if before is None else before - 1, verb.sent.start - 1, -1):
        token = doc[i]
        if token.lower_ in CONJUNCTIONS and (i == verb.sent.start or doc[i - 1].lower_ in CLAUSE_OPENERS):
            return _name_right_after(token, verb, actors)
        if token.text in CLAUSE_OPENERS or token.pos_ in VERBAL_POS and "Fin" in token.morph.get("VerbForm"):
            return []
    return []


def _name_right_after(conjunction: Token, verb: Token, actors: ActorIndex) -> list[Span]:
    name = actors.by_token.get(conjunction.i + 1)
    if name is None or name.start != conjunction.i + 1 or name.end > verb.i or name.root.pos_ != "PROPN":
        return []
    finite = _final_finite(verb)
    number = set(finite.morph.get("Number")) if finite is not None else set()
    return [name] if finite is not None and number != {"Plur"} else []


def _final_finite(verb: Token) -> Token | None:
    """The finite verb at the end of the clause: the verb itself or the auxiliary right after it. A
    participle with no auxiliary is the finite form the tagger misread ("falls Budapest … blockiert")."""
    following = verb.doc[verb.i + 1] if verb.i + 1 < verb.sent.end else None
    if following is not None and following.pos_ == "AUX" and finite_by_mood_or_tag(following):
        return following
    bare = not any(c.dep_.startswith("aux") for c in verb.children) and verb.tag_ not in INFINITIVE_TAGS
    return verb if finite_by_mood_or_tag(verb) or bare else None


def opening_name_before_labelled(verb: Token, subject: Token, actors: ActorIndex) -> list[Span]:
    """The name right after the conjunction, where the parse labelled a later name of the clause the
    subject ("Dass Orbán danach auch Xi Jinping aufgesucht habe", with "Xi Jinping" taken for it): the
    subject comes first; the labelled name is the object."""
    if subject.pos_ != "PROPN" or subject.i not in actors.by_token:
        return []
    labelled = actors.by_token[subject.i]
    opening = subject_after_conjunction(verb, actors, before=labelled.start)
    return opening if opening and opening[0].end <= labelled.start and opening[0] != labelled else []
