"""A judgement of a thing named before ("nannte das Paket illegal", "geißelte den Bericht", "lobten
die Entscheidung", "lehnten den Text ab") is aimed at whoever made it. The definite noun points back
to its latest earlier mention in the article ("Die EU beschloss ein neues Sanktionspaket"): the actor
of that mention — its attribute ("das Paket der EU") or the subject of the verb that made it — is
the target. A thing named by a noun derived from a verb ("die Blockade", "die Stationierung") may
have been reported by its verb instead ("Budapest blockiert die Freigabe"): its subject made it."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import (
    ActorIndex,
    adjective_actor,
    children,
    is_definite,
    is_passive,
    nominative_actor,
    objects_beside_a_misread_adverb,
    passive_agents,
    start_of_sentences_before,
    subject_of,
)
from lagebild.events.codebook import PRAISE
from lagebild.events.event_clauses import VERBAL_POS
from lagebild.events.lexicon import german_lexicon, target_prepositions
from lagebild.events.triggers import Trigger, noun_or_light_verb_phrases

MIN_COMPOUND_HEAD = 4  # "Sanktionspaket" is a "Paket"; "Tat" inside "Attentat" is none
# the thing as the object of the verb that made it ("beschloss ein Paket", "einigten sich auf ein
# Paket", "wurde ein Bericht verabschiedet")
MADE_BY_THE_SUBJECT = ("obj", "nsubj:pass", "obl", "obl:arg")
COMMENT_ROOTS = ("01", "11", "12")
# how a noun of doing is formed from its verb: "Blockade" ← "blockieren", "Übung" ← "üben",
# "Stationierung" ← "stationieren", "Lieferung" ← "liefern"
NOUN_TO_VERB = (("ade", "ieren"), ("ation", "ieren"), ("ung", "en"), ("ung", "n"))
# nouns of doing formed from the stem of a strong or particle verb, also as the last part of a
# compound ("Truppenabzug" ← "abziehen")
STEM_NOUNS = {"beschluss": "beschließen", "entschluss": "entschließen", "angriff": "angreifen",
              "abzug": "abziehen", "rückzug": "zurückziehen", "einmarsch": "einmarschieren",
              "austritt": "austreten", "beitritt": "beitreten", "verbot": "verbieten",
              "vorstoß": "vorstoßen", "boykott": "boykottieren", "abbruch": "abbrechen",
              "ausschluss": "ausschließen", "entzug": "entziehen", "überfall": "überfallen"}  # fmt: skip
# the act reported by its verb is looked for only this many sentences back: a verb is no name that
# points back as far as a definite noun does
VERB_SENTENCES = 6


def author_of_earlier_mention(trigger: Trigger, actors: ActorIndex) -> Span | None:
    """The actor who made the thing the trigger judges, from the thing's latest earlier mention: by
    the same noun, or, a few sentences back, by the verb the noun is derived from."""
    thing = judged_thing(trigger, actors)
    if thing is None:
        return None
    doc, sentence = thing.doc, thing.sent
    verbs = _verbs_of(thing)
    verbs_from = start_of_sentences_before(thing, VERB_SENTENCES)
    for earlier in reversed(doc[: sentence.start]):
        if _same_thing(earlier, thing):
            author = _author(earlier, actors)
        elif earlier.i >= verbs_from and _reports(earlier, verbs):
            author = _doer(earlier, actors)
        else:
            continue
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
    candidates += objects_beside_a_misread_adverb(token, ("ccomp", "xcomp", "conj"))
    for noun in candidates:
        if noun.pos_ == "NOUN" and is_definite(noun) and noun.i not in actors.by_token and noun != token:
            return noun
    return None


def _verbs_of(noun: Token) -> set[str]:
    """The verbs a noun of doing may be derived from ("Blockade" → "blockieren")."""
    word = noun.lemma_.lower()
    derived = {word.removesuffix(ending) + verb for ending, verb in NOUN_TO_VERB if word.endswith(ending)}
    return derived | {verb for stem, verb in STEM_NOUNS.items() if word.endswith(stem)}


def _reports(token: Token, verbs: set[str]) -> bool:
    """The token is a form of one of the verbs: with its separated particle ("wies … aus" →
    "ausweisen"), or a participle used as an adjective ("die dort stationierte Brigade")."""
    if token.tag_ == "ADJA":
        stems = {verb.removesuffix("n").removesuffix("e") + "t" for verb in verbs}
        return any(token.lower_.startswith((stem, "ge" + stem)) for stem in stems)
    if token.pos_ not in VERBAL_POS:
        return False
    particles = children(token, "compound:prt")
    return (particles[0].lower_ if particles else "") + token.lemma_.lower() in verbs


def _doer(verb: Token, actors: ActorIndex) -> Span | None:
    """Who did what the verb reports: its subject or passive agent; for a participle used as an
    adjective ("die stationierte Einheit der Bundeswehr"), the actor of the phrase it qualifies."""
    if verb.tag_ == "ADJA":
        return actors.of_phrase(verb.head) if verb.head.pos_ == "NOUN" else None
    # whatever the verb codes (a rejection: "blockiert"), its subject did what the noun names
    agents = passive_agents(verb) if is_passive(verb) else []
    if agents:
        return actors.of_phrase(agents[0])
    if is_passive(verb) and not children(verb, "nsubj"):
        return None  # the subject of a passive suffers the act
    # the tagger takes a present tense for a participle ("Aserbaidschan blockiert die Straße"): where
    # the parse still labels an active subject, that subject acts
    subject = subject_of(verb)
    named = actors.of_phrase(subject) if subject is not None else None
    # a subject that is no actor we know may be a misparse ("Brüssel – Budapest blockiert …", the
    # dateline taken for the subject): an actor of the clause in the nominative
    return named or nominative_actor(verb, actors, set())


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
    if mention.dep_ not in MADE_BY_THE_SUBJECT or mention.head.pos_ not in VERBAL_POS:
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
    return any(e.code[:2] in COMMENT_ROOTS or e.code == PRAISE for e in entries)
