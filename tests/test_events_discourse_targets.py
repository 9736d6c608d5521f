"""Targets from the discourse: a cooperative act or a concession whose clause names no counterpart
goes to the other side of the source's latest coded exchange, however far back (targets_remembered).
These are the coder's own targets, read before the learned target ranker takes its second look."""

from functools import cache

import pytest

from lagebild.events.arguments import actor_of
from lagebild.events.target_ranking import STAGE
from lagebild.pipeline import build_pipeline

# two sentences without any event put the exchange out of reach of the two-sentence context
FILLER = "Am Grenzübergang herrschte dichter Nebel. Die Lastwagen stauten sich über zwölf Kilometer. "
AGREEMENT = "Polen und Litauen haben am Montag ein Abkommen über gemeinsame Grenzpatrouillen unterzeichnet. "


@cache
def _coder():
    """The German pipeline without the target ranker, whose weights are retrained on the banks."""
    nlp = build_pipeline("de")
    nlp.remove_pipe(STAGE)
    return nlp


def _country(span) -> str | None:
    actor = actor_of(span) if span is not None else None
    return actor.country if actor is not None else None


def _events_of_last_sentence(text: str) -> list[tuple[str, str | None, str | None]]:
    nlp = _coder()
    doc = nlp.make_doc(text)
    doc._.article_date, doc._.language = "2024-03-05", "de"
    events = nlp(doc)._.events
    last = max(e.evidence.sent.start for e in events)
    return [
        (e.code[:2], _country(e.source), _country(e.target)) for e in events if e.evidence.sent.start == last
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            AGREEMENT + FILLER + "Am Abend bot Warschau weitere Gespräche an.",
            ("03", "POL", "LTU"),
            id="an offer without addressee goes to the remembered partner",
        ),
        pytest.param(
            AGREEMENT + FILLER + "Am Abend lenkte Warschau ein.",
            ("08", "POL", "LTU"),
            id="giving way goes to the remembered partner",
        ),
        pytest.param(
            "Kenia hat Somalia am Dienstag scharf kritisiert. " + FILLER + "Später sagte Nairobi Hilfe zu.",
            ("03", "KEN", "SOM"),
            id="an offer after a row goes to the adversary",
        ),
        pytest.param(
            AGREEMENT
            + "Am Dienstag kritisierte Polen Belarus scharf. "
            + FILLER
            + "Am Abend bot Warschau Gespräche an.",
            ("03", "POL", "BLR"),
            id="the latest exchange of the source counts",
        ),
        pytest.param(
            AGREEMENT + FILLER + "Am Abend drohte Warschau mit Konsequenzen.",
            ("13", "POL", None),
            id="a threat gets no remembered target",
        ),
        pytest.param(
            FILLER + "Am Abend bot Warschau weitere Gespräche an.",
            ("03", "POL", None),
            id="no exchange before, no target",
        ),
    ],
)
def test_the_target_an_act_without_counterpart_gets(text, expected):
    assert expected in _events_of_last_sentence(text)


def test_a_counterpart_the_clause_names_is_kept():
    events = _events_of_last_sentence(AGREEMENT + FILLER + "Am Abend bot Warschau der Ukraine Gespräche an.")
    assert ("03", "POL", "UKR") in events
    assert ("03", "POL", "LTU") not in events
