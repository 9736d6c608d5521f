"""Forecasts in the plain future: "Die EU hat Strafzölle verhängt. China wird darauf reagieren." An
announced answer is an event of the side that answers (its threat, 130, and the answer to come, 160
`future`) only in that side's own words: quoted ("„China wird darauf reagieren“, sagte ein Sprecher"),
attributed ("Wie das Ministerium mitteilte, wird …", "laut Peking") or reported in the Konjunktiv I
("China werde darauf reagieren", no plain future). In the indicative future outside any quotation or
attribution it is the author's own forecast; quoted from an outsider ("…, sagte ein Analyst", "…,
sagte Lawrow" of China's answer) it is that outsider's. Neither threatens anyone."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import actor_of, side_of
from lagebild.events.onlooker_words import ONLOOKERS
from lagebild.pipeline.annotations import QUOTE_SPANS

# the future auxiliary of the indicative; the parser sometimes takes "wird" + infinitive for a passive
PLAIN_FUTURE = {"wird", "werden"}
FUTURE_AUX_LABELS = ("aux", "aux:pass")


def forecast_by_others(verb: Token, answering_side: str | None) -> bool:
    """The verb's plain future is not in the words of the answering side: the author's forecast, or
    that of a commentator or of another side's speaker whom the quotation's sentence names."""
    if not plain_future(verb):
        return False
    quotes = [q for q in verb.doc.spans.get(QUOTE_SPANS, []) if q.start <= verb.i < q.end]
    if not quotes:
        return True
    innermost = min(quotes, key=len)
    return _outsider(innermost, answering_side)


def plain_future(verb: Token) -> bool:
    """The verb is an infinitive under \"wird\"/\"werden\"."""
    return verb.tag_ == "VVINF" and any(
        c.dep_ in FUTURE_AUX_LABELS and c.lower_ in PLAIN_FUTURE for c in verb.children
    )


def _outsider(quote: Span, answering_side: str | None) -> bool:
    """The quotation's speaker is a commentator ("ein russischer Analyst", "Experten"), or someone named
    by their own name who acts for another side or for none ("sagte Lawrow" of China's answer, "sagte
    eine Anwohnerin"). A speaker whose side only the context gives, an office named without its state
    ("das Ministerium") or a bare "ein Sprecher" resolved to an actor named before, is no evidence
    against the side: the unnamed spokesperson of a report speaks for the side whose course they
    announce."""
    info = quote._.quote
    if info is None or info.speaker is None:
        return False
    phrases = [p for p in (info.speaker, info.spokesperson) if p is not None]
    if any("-" not in t.text and ONLOOKERS.search(t.text) for p in phrases for t in p):
        return True
    speaker = info.speaker
    named_before = speaker.start < quote.doc[quote.start].sent.start
    actor = actor_of(speaker)
    unnamed_office = actor is not None and actor.kb_id is None
    return not named_before and not unnamed_office and side_of(speaker) != answering_side
