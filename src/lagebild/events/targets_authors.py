"""A judgement of a thing named before ("nannte das Paket illegal", "geißelte den Bericht", "lobten
die Entscheidung", "lehnten den Text ab") is aimed at whoever made it. The definite noun points back
to its latest earlier mention in the article ("Die EU beschloss ein neues Sanktionspaket"): the actor
of that mention — its attribute ("das Paket der EU") or the subject of the verb that made it — is
the target."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import (
    ActorIndex,
    adjective_actor,
    children,
    is_definite,
    is_passive,
    passive_agents,
    subject_of,
)
from lagebild.events.lexicon import german_lexicon, target_prepositions
from lagebild.events.triggers import Trigger, noun_or_light_verb_phrases

MIN_COMPOUND_HEAD = 4  # "Sanktionspaket" is a "Paket"; "Tat" inside "Attentat" is none
VERBAL = ("VERB", "AUX")
# the thing as the object of the verb that made it ("beschloss ein Paket", "einigten sich auf ein
# Paket", "wurde ein Bericht verabschiedet")
MADE_BY_THE_SUBJECT = ("obj", "nsubj:pass", "obl", "obl:arg")
COMMENT_ROOTS = ("01", "11", "12")
COMMENT_CODES = ("051",)


def author_of_earlier_mention(trigger: Trigger, actors: ActorIndex) -> Span | None:
    """The actor who made the thing the trigger judges, from the thing's latest earlier mention."""
    thing = judged_thing(trigger, actors)
    if thing is None:
        return None
    doc, sentence = thing.doc, thing.sent
    for earlier in reversed(doc[: sentence.start]):
        if _same_thing(earlier, thing):
            author = _author(earlier, actors)
            if author is not None:
                return author
    return None


def judged_thing(trigger: Trigger, actors: ActorIndex) -> Token | None:
    """The definite noun the judgement is about, no actor itself: its object, the subject of its
    passive or its prepositional object ("Kritik an dem Bericht")."""
    token, spec = trigger.token, trigger.entry.target
    candidates = [trigger.object_noun] if trigger.object_noun is not None else []
    candidates += children(token, "obj", "nsubj:pass")
    if spec.startswith("pp:"):
        candidates += [
            p for prep in target_prepositions(spec) for p in noun_or_light_verb_phrases(trigger, prep)
        ]
    for noun in candidates:
        if noun.pos_ == "NOUN" and is_definite(noun) and noun.i not in actors.by_token and noun != token:
            return noun
    return None


def _same_thing(earlier: Token, thing: Token) -> bool:
    if earlier.pos_ != "NOUN":
        return False
    word, head = earlier.lemma_.lower(), thing.lemma_.lower()
    return (
        word == head
        or earlier.lower_ == thing.lower_
        or len(head) >= MIN_COMPOUND_HEAD
        and word.endswith(head)
    )


def _author(mention: Token, actors: ActorIndex) -> Span | None:
    """Who made the thing at its mention: an actor attribute of the noun, else the subject (or the
    passive agent) of the verb it is the object of."""
    attribute = actors.of_phrase(mention) or adjective_actor(mention)
    if attribute is not None:
        return attribute
    if mention.dep_ not in MADE_BY_THE_SUBJECT or mention.head.pos_ not in VERBAL:
        return None
    verb = mention.head
    if _comments_on(verb):
        return None  # "Berlin verurteilte die Hinrichtung": a judge of the thing, not its maker
    if is_passive(verb):
        agents = passive_agents(verb)
        return actors.of_phrase(agents[0]) if agents else None
    subject = subject_of(verb)
    return actors.of_phrase(subject) if subject is not None else None


def _comments_on(verb: Token) -> bool:
    """The verb can code a comment, a judgement or a rejection (01, 11, 12, 051): its subject speaks
    about the thing rather than making it."""
    entries = german_lexicon().verbs_by_form.get(verb.lower_, ())
    return any(e.code[:2] in COMMENT_ROOTS or e.code in COMMENT_CODES for e in entries)
