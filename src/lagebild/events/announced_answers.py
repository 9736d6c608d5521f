"""Answers announced to another side's conduct: "Russland werde auf diesen Schritt antworten", "kündigte
an, jede neue Verletzung ihres Luftraums zu beantworten", "Die Union werde geschlossen reagieren".

Said of what happened, "reagierte auf den Angriff" or "antwortete auf die Note" names no act (the banks
code none). Said of what is to come by the side that answers, it announces an unspecified answer (160
`future`), which `announced_threats` makes the threat it is (gold guideline "Announced retaliation").
The lexicon's rows code the answers that name their manner or measure in any tense ("antwortete mit
Gegenmaßnahmen", "werde entsprechend antworten"); these triggers take the answering verbs no row
claims, or only the one of a reply to a question (010), where the answer is still to come.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from spacy.tokens import Span, Token

from lagebild.events.arguments import ActorIndex, is_zu_infinitive, preposition_of, side_of
from lagebild.events.author_forecasts import forecast_by_others, plain_future
from lagebild.events.codebook import VERBAL_ROOTS
from lagebild.events.lexicon import LexiconEntry, VerbSet, bare_verb_entry, german_lexicon, noun_forms
from lagebild.events.modality_words import NEGATIONS
from lagebild.events.refusals import DECLARING
from lagebild.events.triggers import Trigger

ANSWER = "160"
# the reply to a question or letter, the only rows of these verbs that a future answer may override
REPLY = "010"
ANSWERING = VerbSet({
    "antworten": "antwortet;antwortete;geantwortet", "beantworten": "beantwortet;beantwortete;beantwortet",
    "reagieren": "reagiert;reagierte;reagiert",
})  # fmt: skip
# the future of reported speech and an intent: what the answering side says or means to do
ANNOUNCING_AUX = {"werde", "will", "wolle", "wollen"}
# the verbs under which a "zu" infinitive is an answer held out now, besides those that declare one's
# course ("kündigte an, … zu antworten"): "drohte, … zu beantworten", "seien angewiesen, … zu antworten"
THREATENING = VerbSet({
    "drohen": "droht;drohte;gedroht", "androhen": "droht;drohte;angedroht", "warnen": "warnt;warnte;gewarnt",
    "schwören": "schwört;schwor;geschworen", "anweisen": "weist;wies;angewiesen",
})  # fmt: skip
# what is answered by a reply, not by an answer to conduct: "auf die Note antworten", "die Frage beantworten";
# also as the head of a compound ("auf die Protestnote antworten")
SAID_THINGS = (
    "frage", "anfrage", "brief", "schreiben", "note", "vorschlag", "angebot", "einladung", "bitte", "appell",
    "aufruf", "forderung", "kritik", "äußerung", "erklärung", "bericht", "mail", "nachricht", "anruf",
)  # fmt: skip
QUESTION_WORDS = {"wie", "ob", "wann", "warum", "womit"}
ANSWERED_WITH = "auf"


def announced_answer_triggers(sentence: Span, triggers: list[Trigger], actors: ActorIndex) -> list[Trigger]:
    """The sentence's triggers, each reply turned into the answer announced and an answer trigger on
    each announced answer that no trigger covers."""
    taken = {t.token.i for t in triggers}
    made = [
        Trigger(token=verb, entry=_entry(verb.lemma_.lower()), particle=None, object_noun=None)
        for verb in sentence
        if verb.i not in taken and _announced_answer(verb, actors)
    ]
    return [_as_answer(t, actors) for t in triggers] + made


def _as_answer(trigger: Trigger, actors: ActorIndex) -> Trigger:
    verb = trigger.token
    if trigger.entry.code != REPLY or not _announced_answer(verb, actors):
        return trigger
    return replace(trigger, entry=_entry(verb.lemma_.lower()))


def _announced_answer(verb: Token, actors: ActorIndex) -> bool:
    """An answering verb, not negated, still to come by its future or by what declares it, in no
    question, whose answered act is no question, letter or proposal."""
    if verb.pos_ != "VERB" or verb not in ANSWERING or verb.sent.text.rstrip().endswith("?"):
        return False
    if any(c.lower_ in NEGATIONS or c.lower_ in QUESTION_WORDS for c in verb.subtree if c.i < verb.i):
        return False
    return _to_come(verb, actors) and not any(_said(noun) for noun in _answered(verb))


def _to_come(verb: Token, actors: ActorIndex) -> bool:
    auxiliaries = [c for c in verb.children if c.dep_ == "aux"]
    if any(a.lower_ in ANNOUNCING_AUX for a in auxiliaries):
        return True
    if plain_future(verb):
        # the plain future is also anyone's forecast ("China wird reagieren, glauben Beobachter")
        return not forecast_by_others(verb, _answering_side(verb, auxiliaries, actors))
    head = verb.head
    declared = head.i != verb.i and (head in DECLARING or head in THREATENING)
    return is_zu_infinitive(verb) and declared and not any(c.lower_ == "um" for c in verb.children)


def _answering_side(verb: Token, auxiliaries: list[Token], actors: ActorIndex) -> str | None:
    """The side of the verb's subject, which the parser may hang on the auxiliary."""
    subjects = [c for head in (verb, *auxiliaries) for c in head.children if c.dep_ == "nsubj"]
    return side_of(actors.of_phrase(subjects[0])) if subjects else None


def _answered(verb: Token) -> list[Token]:
    """The nouns of what is answered: the object of "beantworten", the "auf" phrase of the others."""
    return [
        c
        for c in verb.children
        if c.pos_ == "NOUN" and (c.dep_ == "obj" or preposition_of(c) == ANSWERED_WITH)
    ]


def _said(noun: Token) -> bool:
    """A statement noun or a compound it is the head of, the last part ("Protestnote", "Fragen"): not a
    word that only begins with one ("Briefbombe"), nor a compound the lexicon codes as a deed other than
    words ("Kriegserklärung", 190)."""
    rows = german_lexicon().nouns_by_form.get(noun.lower_, ())
    if any(row.code[:2] not in VERBAL_ROOTS for row in rows):
        return False
    words = (noun.lower_, noun.lemma_.lower())
    return any(word.endswith(form) for word in words for said in SAID_THINGS for form in noun_forms(said))


@cache
def _entry(lemma: str) -> LexiconEntry:
    return bare_verb_entry(
        ANSWER, lemma, "pp:auf", "Russland werde auf diesen Schritt antworten, kündigte sie an."
    )
