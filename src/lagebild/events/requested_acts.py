"""An act done at another's request: "Auf Antrag Deutschlands und Islands befasst sich der
Menschenrechtsrat …", "Der Sicherheitsrat kam auf Antrag Londons zusammen", "Auf Drängen Budapests
verlängerte die Union die Ausnahme". German names the one who asked in the genitive (or a "von" phrase)
of a request noun in an "auf" phrase of the clause; the asking itself is an appeal (02) of each
requester to the subject of that clause, the one asked, which the banks code although no verb says it.
A clause without an actor as subject ("wurde auf Wunsch Washingtons eingerichtet", "die Waffenruhe, die
auf Drängen Katars zustande kam") names no one asked: no event."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import SUBJECT_DEPS, ActorIndex, side_of
from lagebild.events.word_events import new_word_events
from lagebild.pipeline.annotations import EventInfo

APPEAL = "020"
# the nouns of "auf Antrag / Bitten / Wunsch / Drängen X": a request, never the act requested
REQUEST_NOUNS = {"antrag", "bitte", "bitten", "wunsch", "drängen"}
REQUEST_PREPOSITION = "auf"
# words that may stand inside the requester's phrase ("der USA, Japans und Südkoreas", "von Präsident X")
PHRASE_TAGS = {"ART", "ADJA", "NN", "NE", "KON", "PPOSAT", "APPR", "APPRART", "$,", "TRUNC"}
REQUESTED_CONFIDENCE = 0.6


def requested_acts(sentence: Span, events: list[EventInfo], actors: ActorIndex) -> list[EventInfo]:
    """One 020 from each requester of an "auf Antrag X" phrase to the subject of its clause, unless the
    sentence codes that appeal already."""
    found = []
    for noun in sentence:
        if noun.lower_ not in REQUEST_NOUNS or noun.i == 0 or noun.nbor(-1).lower_ != REQUEST_PREPOSITION:
            continue
        clause = _clause_verb(noun)
        if clause is None:
            continue
        asked = [a for s in clause.children if s.dep_ in SUBJECT_DEPS for a in actors.of_phrases(s)]
        found += new_word_events(
            noun, APPEAL, REQUESTED_CONFIDENCE, _requesters(noun, actors), asked, events + found
        )
    return found


def _clause_verb(noun: Token) -> Token | None:
    """The verb of the clause the "auf" phrase belongs to, also where the parse made the requester the
    phrase's head ("Auf Drängen Budapests verlängerte …": "Budapests" the oblique, "Drängen" its attribute)."""
    token = noun
    while token.head.i != token.i:
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token
    return None


def _requesters(noun: Token, actors: ActorIndex) -> list[Span]:
    """The actors of the words right after the request noun: its genitive ("Antrag Deutschlands und
    Islands", "auf Drängen der USA") or "von" phrase, read in order because the parse often hangs the
    noun on the name."""
    found: list[Span] = []
    for token in noun.doc[noun.i + 1 : noun.sent.end]:
        if token.tag_ not in PHRASE_TAGS and token.ent_iob_ != "I":
            break
        actor = actors.by_token.get(token.i)
        if actor is not None and side_of(actor) is not None and actor not in found:
            found.append(actor)
    return found
