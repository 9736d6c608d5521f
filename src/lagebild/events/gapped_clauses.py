"""Subjects of gapped clauses: German drops the verb a second clause shares with the first and keeps
only its subject and its own object or number ("Die Slowakei wies drei Diplomaten aus, Litauen zwei,
Lettland und Estland je einen", "Irland forderte Aufklärung, die Nato eine Untersuchung"). Each such
remnant's name does the first clause's act too. The small parser makes nothing sensible of these
remnants (an oblique, an apposition to the object, a verb particle), so they are read off word order:
after the main clause come, up to the end of the sentence, only comma-separated stretches without any
verb, each opening with a name."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import OBJECT_ARTICLES, ActorIndex
from lagebild.events.lexicon import german_lexicon
from lagebild.events.triggers import Trigger

# what may stand before a remnant's name: an article or adjective ("die Nato", "das benachbarte
# Lettland"), a coordinator opening the last remnant (", und Estland einen")
NAME_OPENERS = ("DET", "ADJ")
# the tagger takes some articles there for relative pronouns ("…, die/PRELS Nato eine Untersuchung")
ARTICLES = {"der", "die", "das"}
REMNANT_JOINERS = {"und", "sowie"}
# a remnant ends the sentence: a clause, a quotation or a colon after it makes the stretch something else
SENTENCE_ENDS = {".", "!"}
# a remnant that denies the act ("…, Paris dagegen nicht", "…, Rom keine") is no act of its name
NEGATIONS = ("nicht", "kein", "nie", "niemals")


def gapped_subjects(trigger: Trigger, actors: ActorIndex) -> list[Span]:
    """The names opening the gapped clauses after the main clause of a verb trigger, in order; none
    where anything after the first comma following the verb is not such a remnant."""
    verb = trigger.token
    if trigger.entry.kind != "V" or not _main_clause_verb(verb):
        return []
    sentence = verb.sent
    last = next((t for t in reversed(sentence) if not t.is_space), None)
    if last is None or last.text not in SENTENCE_ENDS:
        return []
    end = last.i
    comma = next((t.i for t in verb.doc[verb.i + 1 : end] if t.text == ","), None)
    if comma is None:
        return []
    # a name right before the comma that is no subject opens a list of objects or partners
    # ("beriet mit Joe Biden, Emmanuel Macron und Rishi Sunak über …"), no gapped clause
    before = actors.by_token.get(comma - 1)
    if before is not None and before.root.dep_ not in ("nsubj", "nsubj:pass"):
        return []
    found: list[Span] = []
    start = comma + 1
    for stop in [t.i for t in verb.doc[start:end] if t.text == ","] + [end]:
        names = _remnant_names(verb.doc[start:stop], actors)
        if not names:
            return []
        found += [n for n in names if n not in found]
        start = stop + 1
    return found


def _main_clause_verb(verb: Token) -> bool:
    """The trigger is the sentence's main verb (the parse's root, also for a participle under its
    finite auxiliary): a subordinate or coordinated clause after it may be anything."""
    return verb.dep_ == "ROOT"


def _remnant_names(stretch: Span, actors: ActorIndex) -> list[Span]:
    """The names opening a stretch without a verb ("Litauen zwei", "Lettland und Estland je einen"),
    when something follows them; none for anything else (an apposition, a prepositional phrase)."""
    if not len(stretch) or any(_verbal(t) or t.lower_.startswith(NEGATIONS) for t in stretch):
        return []
    names: list[Span] = []
    position = stretch.start
    while position < stretch.end:
        token = stretch.doc[position]
        actor = actors.by_token.get(token.i)
        if actor is not None and actor.start >= stretch.start:
            names.append(actor)
            position = actor.end
            following = stretch.doc[position] if position < stretch.end else None
            if following is not None and following.lower_ in REMNANT_JOINERS:
                position += 1  # another name listed with it
                continue
            break
        if token.pos_ not in NAME_OPENERS and token.lower_ not in REMNANT_JOINERS | ARTICLES:
            return []
        if token.lower_ in OBJECT_ARTICLES or "Dat" in token.morph.get("Case"):
            return []  # "den Nachbarn", "dem Land": an object, not a subject
        position += 1
    # the remnant's own object, number or adverb must follow its name: a name alone is an apposition
    return names if names and position < stretch.end else []


def _verbal(token: Token) -> bool:
    """A verb, also one the tagger took for an adjective ("das Ministerium entzog/ADJA dem Richter …"),
    or a verb's particle: a gapped clause leaves it with the verb ("…, sagte Bamako, Ouagadougou und
    Niamey Hilfe zu" is one clause listing three names)."""
    tagged = token.pos_ in ("VERB", "AUX", "SCONJ") or token.tag_.startswith(("V", "PTKVZ", "PTKZU"))
    mistagged = token.pos_ == "ADJ" and token.lower_ in german_lexicon().verbs_by_form
    return tagged or mistagged or bool(token.morph.get("Mood"))
