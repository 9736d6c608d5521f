"""A personal pronoun subject never stands for what another argument of its own verb stands for: a
non-reflexive pronoun is not bound within its clause (the reflexive "sich" is). In "Putin, dem er die
Verschleppung zur Last legt" the relative pronoun "dem" is Putin, so "er" is someone else, the court
named before. Where the actor stage gave the subject pronoun the referent of a relative pronoun
argument of its verb, the subject is found among the subjects named before instead. Only a relative
pronoun, whose antecedent the syntax fixes, overrules the subject's resolution: of "er" and "ihn"
both resolved to one man ("Er lobt ihn"), either may be the wrong one."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import ActorIndex, same_actor

# the arguments of a verb a relative pronoun fills
COARGUMENT_DEPS = ("obj", "iobj", "obl", "obl:arg", "nmod")
RELATIVE_TAG = "PRELS"


def coargument_referent(pronoun: Token, verb: Token, actors: ActorIndex) -> Span | None:
    """The actor that a relative pronoun argument of the verb stands for, where the subject pronoun
    was resolved to that same actor; else None."""
    referent = actors.by_token.get(pronoun.i)
    if referent is None:
        return None
    for child in verb.children:
        if child == pronoun or child.dep_ not in COARGUMENT_DEPS or child.tag_ != RELATIVE_TAG:
            continue
        other = actors.by_token.get(child.i)
        if other is not None and same_actor(other, referent):
            return other
    return None
