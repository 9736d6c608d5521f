"""Matching the lexicon's constructions in a parsed German sentence."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from lagebild.events.arguments import genitive_attributes, with_preposition
from lagebild.events.departing_forces import as_forces_departure
from lagebild.events.event_clauses import NOMINAL_POS, VERBAL_POS
from lagebild.events.lexicon import Lexicon, LexiconEntry
from lagebild.events.mass_expulsions import as_mass_expulsion
from lagebild.events.mass_killings import as_mass_killing
from lagebild.events.object_matching import (
    figurative,
    isch_adjective,
    matches_object,
    named_place,
    passive_person,
)
from lagebild.events.row_choice import choose_row
from lagebild.events.sense_filters import (
    PREPOSITION_WINDOW,
    another_sense,
    control_off_the_border,
    opposed_cooperation,
    sender_taken_for_envoy,
)
from lagebild.events.trigger_objects import demoted_full_verb, object_nouns, pronoun_antecedents
from lagebild.events.trigger_particles import (
    RELEASING_INFINITIVES,
    captive_of_the_infinitive,
    claimed_particles,
    light_verb_lemma,
    predicative_particles,
)
from lagebild.events.trigger_readings import as_agreed_act, as_hybrid_war, as_offer
from lagebild.events.vote_tallies import tallied_votes, voted_for

NOUN_SUFFIX_MIN = 6  # compounds ending in a trigger noun ("Raketenangriff") count from this length
# a suffix after these is part of a derived word, no compound head: "Hotelier|vereinigung" is no "Einigung"
DERIVATION_PREFIXES = ("ver", "ent", "zer")
# how a noun row's noun may hang on its light verb ("übte Kritik", "gilt eine Waffenruhe", "bleibt in
# Alarmbereitschaft")
LIGHT_VERB_ROLES = ("obj", "nsubj", "nsubj:pass", "obl")
NOUN_PHRASE_DEPS = ("det", "nummod", "case")  # what only a noun takes: "die", "drei", "vor"


@dataclass(frozen=True)
class Trigger:
    token: Token
    entry: LexiconEntry
    particle: Token | None
    object_noun: Token | None


def _mistagged_verb(token: Token) -> bool:
    """A verb form with another tag that still governs a subject and an object ("Die EU beschloss ein
    Importverbot", "beschloss" tagged ADV or even PUNCT)."""
    deps = {c.dep_ for c in token.children}
    return "nsubj" in deps and bool(deps & {"obj", "obl"})


def _noun_phrase(token: Token) -> bool:
    """A capitalised noun with an article, numeral or preposition of its own is no verb form, even where
    its spelling is one: "vor Tagen", "wenige Tage", "in den kommenden Tagen" are not "tagen"."""
    return (
        token.pos_ == "NOUN"
        and token.text[:1].isupper()
        and any(c.dep_ in NOUN_PHRASE_DEPS for c in token.children)
    )


def verb_trigger(token: Token, sentence: Span, lexicon: Lexicon) -> Trigger | None:
    entries = lexicon.verbs_by_form.get(token.lower_)
    if not entries or token.pos_ not in ("VERB", "AUX", "ADJ", "NOUN") and not _mistagged_verb(token):
        return None
    if _noun_phrase(token):
        return None
    particles = claimed_particles(token, entries)
    predicative = predicative_particles(token)
    found: list[list[Token]] = []

    def objects() -> list[Token]:
        """The nouns that may complete the verb, looked for once a row needs them: most forms' rows fail
        on their particle or reflexive first, and the search walks the whole clause."""
        if not found:
            found.append(object_nouns(token) + pronoun_antecedents(token))
        return found[0]

    candidates = []
    for entry in entries:
        attached = token.lower_.startswith(entry.particle) if entry.particle else False
        if entry.particle and not attached and entry.particle not in particles | predicative.keys():
            continue
        if not entry.particle and particles:
            continue  # "weist … zurück" is not "weisen"
        if another_sense(entry, token):
            continue
        if entry.objects:
            matched = next(
                (
                    n
                    for n in objects()
                    if (matches_object(n, entry) or passive_person(n, entry) or named_place(n, entry))
                    and not sender_taken_for_envoy(entry, n, token)
                    and not control_off_the_border(entry, n)
                ),
                None,
            )
            if matched is None or opposed_cooperation(entry, matched) or tallied_votes(matched):
                continue
            if voted_for(entry.objects, token):
                continue
            candidates.append((entry, matched))
        else:
            candidates.append((entry, None))
    chosen = choose_row(candidates, token)
    if chosen is None:
        return None
    entry, object_noun = chosen
    particle = (particles | predicative).get(entry.particle) if entry.particle else None
    if object_noun is None and particle is not None and particle.lower_ in RELEASING_INFINITIVES:
        object_noun = captive_of_the_infinitive(particle)
    # the predicate the parser made the clause's head carries the subject and the pronoun: read from it
    anchor = token.head if demoted_full_verb(token) and object_noun == token.head else token
    entry = as_mass_expulsion(as_mass_killing(as_offer(entry, token), token, objects), token, objects)
    entry = as_hybrid_war(as_forces_departure(entry, token), object_noun)
    entry = as_agreed_act(entry, token)
    return Trigger(token=anchor, entry=entry, particle=particle, object_noun=object_noun)


def light_verb(trigger: Trigger) -> Token | None:
    """The light verb a noun row asks for, with the noun as its object ("übte Kritik an …"), its subject
    ("gilt eine Waffenruhe") or its oblique ("bleibt in Alarmbereitschaft")."""
    noun, entry = trigger.token, trigger.entry
    if entry.kind != "N" or not entry.objects or noun.dep_ not in LIGHT_VERB_ROLES:
        return None
    return next((v for v in _governing_verbs(noun) if light_verb_lemma(v) in entry.objects), None)


def _governing_verbs(noun: Token) -> list[Token]:
    """The noun's head and, where the parse hung the noun on a clause after a comma, the verb before it
    in its own clause ("Zwischen X und Y gilt eine Waffenruhe, die Z vermittelt hatte": "Waffenruhe" made
    the subject of "vermittelt")."""
    head = noun.head
    across_comma = head.i > noun.i and any(t.is_punct for t in noun.doc[noun.i + 1 : head.i])
    if not across_comma:
        return [head]
    for token in reversed(noun.doc[max(noun.i - PREPOSITION_WINDOW, noun.sent.start) : noun.i]):
        if token.is_punct:
            break
        if token.pos_ in VERBAL_POS:
            return [head, token]
    return [head]


def noun_or_light_verb_phrases(trigger: Trigger, preposition: str) -> list[Token]:
    """Prepositional phrases of the trigger; for a noun, also those the parser hung on its light verb
    ("übte Kritik an der Hinrichtung", "an" ← "übte")."""
    verb = light_verb(trigger)
    phrases = with_preposition(trigger.token, preposition)
    return phrases + ([p for p in with_preposition(verb, preposition) if p not in phrases] if verb else [])


def closes_what_it_names(noun: Token, entry: LexiconEntry) -> bool:
    """A noun row may list the thing acted on, which the noun takes in the genitive: "die Schließung der
    Grenze" restricts movement (191), "die Schließung der Botschaft" reduces relations (161)."""
    return any(matches_object(g, entry) for g in genitive_attributes(noun))


def row_without_verb(noun: Token, entries: tuple[LexiconEntry, ...]) -> LexiconEntry | None:
    """A noun's row where the verb over it is not the one to carry the act out (a demand, a threat):
    the row for what its genitive names ("die Schließung der Grenze" 191, not the embassy's 161), else
    its row that needs nothing, else its first. The light verbs a row lists ("eine Klage einreichen",
    "vereinbarte eine Waffenruhe") are what fulfilling the demand or threat would take."""
    named = [e for e in entries if closes_what_it_names(noun, e)]
    plain = [e for e in entries if not e.objects]
    return next(iter(named or plain or entries), None)


def noun_trigger(token: Token, lexicon: Lexicon) -> Trigger | None:
    if token.pos_ not in NOMINAL_POS:
        return None
    entries, first_part = lexicon.nouns_by_form.get(token.lower_), ""
    if not entries and len(token.text) > NOUN_SUFFIX_MIN and not isch_adjective(token):
        split = next(
            (i for i in range(1, len(token.text) - 4)
             if token.lower_[i:] in lexicon.nouns_by_form and len(token.lower_) - i >= NOUN_SUFFIX_MIN
             and not token.lower_[:i].endswith(DERIVATION_PREFIXES)),
            None,
        )  # fmt: skip
        if split is not None:
            entries, first_part = lexicon.nouns_by_form[token.lower_[split:]], token.lower_[:split]
    if not entries:
        return None
    governing = _governing_verbs(token)
    head_lemmas = {v.lemma_.lower() for v in governing} | {light_verb_lemma(v) for v in governing}
    usable = [
        e
        for e in entries
        if (not e.objects or head_lemmas & e.objects or closes_what_it_names(token, e))
        and not figurative(e, first_part)
    ]
    if not usable:
        return None
    # a row whose light verb, predicate or genitive is present beats a bare noun ("die Vorwürfe seien
    # haltlos" 016, "die Schließung der Grenze" 191 rather than 161)
    best = next((e for e in usable if e.objects), usable[0])
    return Trigger(
        token=token, entry=as_hybrid_war(as_offer(best, token), token), particle=None, object_noun=None
    )
