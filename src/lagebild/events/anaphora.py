"""The `lagebild_event_anaphora` component: events an article only refers back to (and the acts of
states that follow another's lead, `following_states`).

"Russland hat seine Vertretung bei der NATO stillgelegt. Lawrow verkündete den Schritt am Montag."
The second sentence reports the same event as the first, but names it only by an anaphoric noun
phrase ("den Schritt", "beide Maßnahmen", "die Entscheidung"). The coder, reading clause by clause,
finds no act there; this stage runs after it and copies the earlier event into the later sentence.

Only verbs that report or carry out the act make a copy ("verkündete", "bestätigte", "setzte um",
"soll wirksam werden"). Verbs that judge it ("kritisierte den Schritt") are events of their own for
the coder; verbs that justify it ("begründete den Schritt mit …") are left out because our gold
annotates only the reason given there, not the act again.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from lagebild.events.arguments import (
    PATIENT_DEPS,
    ActorIndex,
    coded_in_sentence,
    preposition_of,
    side_of,
    subject_of,
)
from lagebild.events.circumstances import clause_date
from lagebild.events.coder import PLACE_PREPOSITIONS
from lagebild.events.context_targets import context_start
from lagebild.events.following_states import followed_events
from lagebild.events.lexicon import DECIDING_VERBS, VerbSet
from lagebild.events.modality import modality_of
from lagebild.pipeline.annotations import TIMEX_SPANS, EventInfo

# Measures a "Schritt" or an "Entscheidung" can stand for: acts, not words (statements, criticism,
# demands and threats are referred to as "Äußerung", "Kritik", "Forderung", "Drohung").
ACT_ROOTS = ("06", "07", "08", "12", "15", "16", "17", "191", "192")
# anaphoric nouns → the CAMEO code prefixes of the events they can refer back to
EVENT_NOUNS = {
    "schritt": ACT_ROOTS, "maßnahme": ACT_ROOTS, "entscheidung": ACT_ROOTS, "beschluss": ACT_ROOTS,
    "ausweisung": ("161",), "schließung": ("16",),
}  # fmt: skip
# determiners of a noun phrase that points back; an indefinite or negated one ("eine Maßnahme",
# "weitere Schritte", "keine Entscheidung") introduces something new
POINTING_BACK = {
    "der", "die", "das", "den", "dem", "des", "dieser", "diese", "diesen", "diesem", "dieses",
    "beide", "beiden", "sein", "seine", "seinen", "seinem", "ihr", "ihre", "ihren", "ihrem",
}  # fmt: skip
# verbs whose object (or passive subject) is the act itself, reported or carried out by its source;
# matched by surface form because the lemmatizer misses many participles
REPORTING_VERBS = DECIDING_VERBS | {
    "bekanntmachen": "macht;machte;bekanntgemacht", "bekräftigen": "bekräftigt;bekräftigte;bekräftigt",
    "melden": "meldet;meldete;gemeldet", "umsetzen": "setzt;setzte;umgesetzt",
    "durchsetzen": "setzt;setzte;durchgesetzt",
}  # fmt: skip
REPORTING = VerbSet(REPORTING_VERBS)
ANTECEDENT_SENTENCES = 3  # how far back the referred event may be
COPY_CONFIDENCE = 0.6


@Language.component("lagebild_event_anaphora")
def add_referred_events(doc: Doc) -> Doc:
    if doc.lang_ == "de" and doc._.events:
        events = doc._.events + referred_events(doc, doc._.events) + followed_events(doc, doc._.events)
        # in text order, so that record ids follow the article (a stable sort keeps the coder's order)
        doc._.events = sorted(events, key=lambda e: e.evidence.sent.start)
    return doc


def referred_events(doc: Doc, events: list[EventInfo]) -> list[EventInfo]:
    """Copies of the coder's earlier events into the sentences that refer back to them. Only the
    coder's own events are antecedents: a copy's place is where the act was announced, not done."""
    actors = ActorIndex(doc)
    timexes = {i for span in doc.spans.get(TIMEX_SPANS, []) for i in range(span.start, span.end)}
    coded_triggers = {e.trigger.root.i for e in events}
    copies: list[EventInfo] = []
    for sentence in doc.sents:
        # a roundup's item ("Kuba: …") refers back to nothing in the item before it
        window_start = context_start(sentence, ANTECEDENT_SENTENCES)
        earlier = sorted(
            (e for e in events if window_start <= e.evidence.start < sentence.start),
            key=lambda e: e.evidence.start,
        )
        for noun in sentence:
            if noun.i in coded_triggers or not _points_back(noun, timexes, actors):
                continue
            verb = _reporting_head(noun)
            if verb is None:
                continue
            reporter = _reporter(noun, verb, actors)
            antecedent = _antecedent(noun, reporter, earlier)
            if antecedent is not None and not coded_in_sentence(antecedent, sentence, events):
                copies.append(_copy(antecedent, noun, verb, reporter, sentence, doc))
    return copies


def _points_back(noun: Token, timexes: set[int], actors: ActorIndex) -> bool:
    """ "den Schritt", "beide Maßnahmen", "die Entscheidung vom 18. Oktober" — not "die Ausweisung von
    40 Diplomaten" or "die Entscheidung der NATO", which name their own participants."""
    if noun.pos_ != "NOUN" or _noun_lemma(noun) not in EVENT_NOUNS:
        return False
    determiners = [c for c in noun.children if c.dep_ in ("det", "det:poss")]
    if not any(d.lower_ in POINTING_BACK for d in determiners):
        return False
    own_arguments = [c for c in noun.children if c.dep_ in ("nmod", "nmod:poss", "acl", "appos", "amod")]
    return not any(_names_a_participant(child, timexes, actors) for child in own_arguments)


def _names_a_participant(child: Token, timexes: set[int], actors: ActorIndex) -> bool:
    """A date or place the parser hung on the noun ("den Schritt am Montag in Moskau") or an adjective
    ("die überraschende Entscheidung") names no participant; an actor or a patient does."""
    if child.i in timexes:
        return False
    if any(t.i in actors.by_token for t in child.subtree):
        return True
    return child.dep_ != "amod" and preposition_of(child) not in PLACE_PREPOSITIONS


def _noun_lemma(noun: Token) -> str:
    """The lemma, also for a plural the lemmatizer left alone ("Maßnahmen", "Ausweisungen")."""
    lemma = noun.lemma_.lower()
    if lemma in EVENT_NOUNS:
        return lemma
    for ending in ("en", "e", "n"):
        if lemma.endswith(ending) and lemma[: -len(ending)] in EVENT_NOUNS:
            return lemma[: -len(ending)]
    return lemma


def _reporting_head(noun: Token) -> Token | None:
    """The verb that reports or carries out the act the noun refers to: "verkündete den Schritt",
    "die Entscheidung wurde bestätigt", "Beide Maßnahmen sollen wirksam werden", "tritt in Kraft"."""
    head = noun.head
    if noun.dep_ in PATIENT_DEPS and head in REPORTING:
        return head
    if noun.dep_ == "nsubj" and _takes_effect(head):
        return head
    return None


def _takes_effect(head: Token) -> bool:
    """ "wirksam werden/sein" and "in Kraft treten": the act itself comes into force."""
    if head.lower_ == "wirksam" or any(c.lower_ == "wirksam" for c in head.children if c.dep_ == "xcomp"):
        return True
    return head.lemma_.lower() == "treten" and any(c.lower_ == "kraft" for c in head.children)


def _reporter(noun: Token, verb: Token, actors: ActorIndex) -> Span | None:
    """The actor who reports or carries out the act, if the clause names one."""
    if noun.dep_ != "obj":
        return None  # the act itself is the subject ("Die Maßnahmen treten in Kraft")
    subject = subject_of(verb)
    return actors.of_phrase(subject) if subject is not None else None


def _antecedent(noun: Token, reporter: Span | None, earlier: list[EventInfo]) -> EventInfo | None:
    """The latest earlier event the noun can stand for, by an actor of the reporter's side."""
    codes = EVENT_NOUNS[_noun_lemma(noun)]
    for event in reversed(earlier):
        if not event.code.startswith(codes) or event.modality not in ("asserted", "future"):
            continue
        if event.source is None or side_of(event.source) is None:
            continue
        if reporter is None or side_of(reporter) == side_of(event.source):
            return event
        return None  # someone else's verdict on the latest act, not that act again
    return None


def _copy(
    antecedent: EventInfo, noun: Token, verb: Token, reporter: Span | None, sentence: Span, doc: Doc
) -> EventInfo:
    """The antecedent's act and actors, read off this sentence: evidence, factuality, date, place."""
    parts = [noun.i, verb.i] + ([reporter.start, reporter.end - 1] if reporter is not None else [])
    date = clause_date(verb, sentence, doc)
    # a report in the past tense ("teilte am Mittwoch mit") tells of an act already decided, whatever
    # date the resolver gave its weekday
    reported = "Past" in verb.morph.get("Tense")
    modality = modality_of(noun, sentence, None if reported else date, doc._.article_date)
    return replace(
        antecedent,
        modality=modality,
        trigger=doc[noun.i : noun.i + 1],
        evidence=doc[min(parts) : max(parts) + 1],
        confidence=COPY_CONFIDENCE,
        date=date or antecedent.date,
        place=_place(verb, doc) or antecedent.place,
    )


def _place(verb: Token, doc: Doc) -> Span | None:
    """A place in the verb's clause introduced by a place preposition ("in Moskau")."""
    for entity in doc.ents:
        inside = entity.root == verb or verb.is_ancestor(entity.root)
        if entity._.place is None or entity._.actor is not None or not inside:
            continue
        if preposition_of(entity.root) in PLACE_PREPOSITIONS:
            return entity
    return None
