"""Answers the author forecasts: "Die EU hat Strafzölle verhängt. China wird darauf reagieren." An
announced answer threatens (130) in the mouth of the side that answers: quoted ("„China wird darauf
reagieren“, sagte ein Sprecher"), attributed ("Wie das Ministerium mitteilte, wird …", "laut Peking")
or reported in the Konjunktiv I ("China werde darauf reagieren"). In the indicative future outside any
quotation or attribution it is the author's own forecast, which threatens no one: only the answer
still to come is coded (160 `future`)."""

from __future__ import annotations

from spacy.tokens import Token

from lagebild.pipeline.annotations import QUOTE_SPANS

# the indicative future; "werden" is also the Konjunktiv I plural of reported speech ("die USA werden
# reagieren, hieß es")
INDICATIVE_FUTURE = "wird"


def forecast_by_author(verb: Token) -> bool:
    """The verb's future is indicative and neither a quotation nor an attribution the quote stage
    found covers it."""
    if not any(c.dep_ == "aux" and c.lower_ == INDICATIVE_FUTURE for c in verb.children):
        return False
    return not any(q.start <= verb.i < q.end for q in verb.doc.spans.get(QUOTE_SPANS, []))
