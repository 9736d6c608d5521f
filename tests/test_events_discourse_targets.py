"""Targets from the discourse: a cooperative act or a concession whose clause names no counterpart
goes to the other side of the source's latest coded exchange, however far back (targets_remembered)."""

import pytest

import lagebild

# two sentences without any event put the exchange out of reach of the two-sentence context
FILLER = "Am Grenzübergang herrschte dichter Nebel. Die Lastwagen stauten sich über zwölf Kilometer. "
AGREEMENT = "Polen und Litauen haben am Montag ein Abkommen über gemeinsame Grenzpatrouillen unterzeichnet. "


def _events_of_last_sentence(text: str) -> list[tuple[str, str | None, str | None]]:
    analysis = lagebild.analyze(text, date="2024-03-05", lang="de")
    last = max(e.evidence.sentence for e in analysis.events)
    return [
        (e.root, e.source and e.source.country, e.target and e.target.country)
        for e in analysis.events
        if e.evidence.sentence == last
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
