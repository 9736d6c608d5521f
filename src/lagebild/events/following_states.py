"""States that follow another's lead: "Litauen verbot die Einfuhr von Düngemitteln aus Belarus. Lettland
zog nach, Estland folgte am Freitag", "Katar und Oman folgten dem Beispiel".

"folgen" and "nachziehen" with a state as subject say that it does the act the article has just told of
another, against the same target; the clause names no act of its own, so the coder finds none there. The
event anaphora stage copies that act to each follower, with the follower as source and the factuality
of the following clause ("will im März nachziehen" future, "werden nicht nachziehen" negated).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from lagebild.events.arguments import ActorIndex, coded_in_sentence, preposition_of, side_of, subject_of
from lagebild.events.circumstances import clause_date
from lagebild.events.context_targets import context_start
from lagebild.events.lexicon import VerbSet
from lagebild.events.modality import modality_of
from lagebild.pipeline.annotations import EventInfo

FOLLOWING = VerbSet({"folgen": "folgt;folgte;gefolgt", "nachziehen": "zieht;zog;nachgezogen"})
# what a follower follows when it does the same ("folgte dem Beispiel Ankaras"); a call, an invitation
# or a summons followed is an act of its own ("folgte der Einladung", "einer Vorladung zu folgen")
EXAMPLES = {"beispiel", "vorbild", "schritt", "weg", "kurs"}
# acts another can follow: recognition, cooperation, aid, yielding, refusals, deployments, cuts,
# coercion, blockades and invasions; words (statements, appeals, criticism, threats) are not "followed"
# this way, and a visit "followed" by the next capital is the next stop of a tour ("Ende Juni folgte
# Moskau")
FOLLOWED_CODES = ("054", "06", "07", "08", "12", "15", "16", "17", "191", "192")
ANTECEDENT_SENTENCES = 3  # how far back the act followed may be told
COPY_CONFIDENCE = 0.6


def followed_events(doc: Doc, events: list[EventInfo]) -> list[EventInfo]:
    """The acts of the coder's earlier events, done again by the states that follow them."""
    actors = ActorIndex(doc)
    copies: list[EventInfo] = []
    for sentence in doc.sents:
        for verb in sentence:
            if verb.pos_ not in ("VERB", "AUX") or verb not in FOLLOWING or not _follows_an_example(verb):
                continue
            subject = subject_of(verb)
            followers = actors.of_phrases(subject) if subject is not None else []
            followers = [f for f in followers if side_of(f) is not None]
            if not followers:
                continue
            sides = {side_of(f) for f in followers}
            window_start = context_start(sentence, ANTECEDENT_SENTENCES)
            earlier = [e for e in events if window_start <= e.evidence.start and e.trigger.end <= verb.i]
            for act in _acts_followed(earlier, sides):
                for follower in followers:
                    if side_of(act.target) == side_of(follower) and act.target is not None:
                        continue  # a state does not follow an act against itself
                    copy = _copy(act, verb, follower, sentence, doc)
                    if not coded_in_sentence(copy, sentence, events + copies):
                        copies.append(copy)
    return copies


def _follows_an_example(verb: Token) -> bool:
    """ "zog nach", "folgte am Montag", "folgten dem Beispiel" — not "folgte der Einladung" or "folgt auf
    den Gipfel" (what comes after), nor "folgen und frieren Mittel ein", whose other verb names the act
    itself and is the coder's."""
    for child in verb.children:
        if child.dep_ in ("obj", "iobj", "obl:arg") and child.lemma_.lower() not in EXAMPLES:
            return False
        if child.dep_ in ("obl", "obl:arg") and preposition_of(child) == "auf":
            return False
        if (
            child.dep_ == "conj"
            and child.pos_ == "VERB"
            and child not in FOLLOWING
            and _shares_subject(child, verb)
        ):
            return False
    return True


def _shares_subject(conjunct: Token, verb: Token) -> bool:
    """A coordinated verb of the same subject ("folgen und frieren … ein"), not a clause of its own."""
    subject = subject_of(conjunct)
    return subject is None or subject == subject_of(verb)


def _acts_followed(earlier: list[EventInfo], follower_sides: set[str | None]) -> list[EventInfo]:
    """The acts of the latest earlier event another side did: all that side's acts of that sentence
    ("beschließt, die Beziehungen zu Taiwan abzubrechen und China anzuerkennen")."""
    acts = [e for e in earlier if e.code.startswith(FOLLOWED_CODES) and side_of(e.source) is not None]
    acts = [e for e in acts if side_of(e.source) not in follower_sides]
    if not acts:
        return []
    latest = max(acts, key=lambda e: e.trigger.start)
    return [
        e
        for e in acts
        if e.evidence.sent.start == latest.evidence.sent.start and side_of(e.source) == side_of(latest.source)
    ]


def _copy(act: EventInfo, verb: Token, follower: Span, sentence: Span, doc: Doc) -> EventInfo:
    """The act with the follower as source, read off the following clause: evidence, factuality, date."""
    date = clause_date(verb, sentence, doc)
    return replace(
        act,
        modality=modality_of(verb, sentence, date, doc._.article_date),
        trigger=doc[verb.i : verb.i + 1],
        evidence=doc[min(follower.start, verb.i) : max(follower.end, verb.i + 1)],
        confidence=COPY_CONFIDENCE,
        source=follower,
        date=date,
        place=None,  # where the first state acted is not where its follower does
    )
