"""A prisoner exchange a sentence tells of without naming who makes it is one between the two sides of
the exchange the text told of before: "Russland und die Ukraine haben fast fünfhundert Gefangene
ausgetauscht. … Ein weiterer Austausch soll noch im Januar folgen", "Weitere Austausche seien in
Vorbereitung", "Immerhin sollen am Mittwoch je 175 Gefangene ausgetauscht werden". The banks code each
side's release (0841) towards the other, in the modality of the clause, as for an exchange the sides
make by name. The exchange before is one word coded both ways: two releases told apart ("Kiew überstellte
…", "forderte Moskau auf, die übrigen Gefangenen freizulassen") are no exchange. With no exchange before
the sentence is left alone: the story's main pair was a mediator's or a patron's as often as the two
sides' on the tuning banks.

Only a new exchange or one still to come: captives exchanged where no one is named as subject ("sollen
Gefangene ausgetauscht werden", "vereinbart, weitere Gefangene auszutauschen"), "another" exchange ("ein
weiterer Austausch", "weitere Austausche"), an exchange of captives that is the subject of its clause
("soll ein Austausch von 5000 Gefangenen beginnen"), or with the definite article the exchange before
while that one was still to come ("Beide Seiten haben einen Austausch vereinbart. Ob der Austausch noch
im Mai zustande kommt, blieb offen"). The exchange told of before, judged, brought about or talked about
("Der Kreml nannte den Austausch ein gutes Zeichen", "Vermittelt hatte den Austausch Saudi-Arabien",
"sprach über den Austausch von Kriegsgefangenen"), is not coded again, nor one a question asks about.
Where the sentence codes a release already, its rules found the sides."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.agreed_swaps import HELD_ENDINGS, RELEASE, SWAP_ENDINGS
from lagebild.events.arguments import children, is_definite, side_of
from lagebild.events.modality import modality_of
from lagebild.events.word_events import word_event
from lagebild.pipeline.annotations import EventInfo

ASSERTED = "asserted"
SWAP_CONFIDENCE = 0.6
QUESTION = "?"
# the verb and the plain nouns of an exchange, which may be of views as well as of people
EXCHANGING = "austauschen"
EXCHANGES = ("austausch", "austausche")
# "ein weiterer Austausch", "weitere Austausche": another one, still to come
FURTHER = "weit"
# how a passive or an exchange noun names the people exchanged: "Gefangene werden ausgetauscht",
# "der Austausch von Gefangenen", "der Austausch aller Gefangenen"
HELD_DEPS = ("nsubj:pass", "obj", "nmod")
SUBJECT, PASSIVE_SUBJECT = "nsubj", "nsubj:pass"


def swaps_told_of_before(sentence: Span, events: list[EventInfo], before: list[EventInfo]) -> list[EventInfo]:
    """0841 both ways between the sides of the latest exchange before, for the first exchange word of the
    sentence that is new or still to come, unless the sentence codes a release already."""
    if sentence.text.rstrip().endswith(QUESTION) or any(e.code.startswith(RELEASE) for e in events):
        return []
    latest = _latest_exchange(before)
    if latest is None:
        return []
    word = next((w for w in sentence if _new_or_to_come(w, latest)), None)
    if word is None:
        return []
    modality = modality_of(word, sentence, None, sentence.doc._.article_date)
    first, second = latest.source, latest.target
    return [
        word_event(word, RELEASE, SWAP_CONFIDENCE, source, target, modality=modality)
        for source, target in ((first, second), (second, first))
    ]


def _latest_exchange(before: list[EventInfo]) -> EventInfo | None:
    """The latest release coded before whose word is coded the other way as well: an exchange."""
    releases = [e for e in before if e.code.startswith(RELEASE) and e.target is not None]
    exchanges = [
        e
        for e in releases
        if any(
            f is not e
            and f.trigger.start == e.trigger.start
            and side_of(f.source) == side_of(e.target)
            and side_of(f.target) == side_of(e.source)
            for f in releases
        )
    ]
    return max(exchanges, key=lambda e: e.trigger.start, default=None)


def _new_or_to_come(word: Token, latest: EventInfo) -> bool:
    if word.lemma_ == EXCHANGING and word.pos_ in ("VERB", "AUX"):
        return not children(word, SUBJECT) and _names_captives(word)
    if word.lower_ not in EXCHANGES and not word.lower_.endswith(SWAP_ENDINGS):
        return False
    if any(c.lemma_.lower().startswith(FURTHER) for c in children(word, "amod")):
        return True
    if word.dep_ in (SUBJECT, PASSIVE_SUBJECT) and _names_captives(word):
        return True
    # the exchange before, agreed or announced, is still to come
    return is_definite(word) and latest.modality != ASSERTED


def _names_captives(word: Token) -> bool:
    return any(c.lower_.endswith(HELD_ENDINGS) for c in word.children if c.dep_ in HELD_DEPS)
