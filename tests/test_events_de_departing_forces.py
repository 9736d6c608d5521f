"""Forces leaving a country retreat (0874) or end a presence (166), diplomats leaving it are expelled
(`events/departing_forces.py`, `events/withdrawn_forces.py`), through the pipeline."""

import pytest

import lagebild

DATE = "2024-05-01"


def _events(text: str) -> list[tuple[str, str | None, str | None, str]]:
    doc = lagebild.analyze(text, date=DATE, lang="de")
    return [
        (
            e.code,
            e.source.actor_code[:3] if e.source else None,
            e.target.actor_code[:3] if e.target else None,
            e.modality,
        )
        for e in doc.events
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Regierung in Chişinău bekräftigte, die russischen Truppen müssten das Land verlassen.",
            ("0874", "RUS", "MDA", "hypothetical"),
        ),
        ("Die russischen Truppen verließen im Sommer Moldau.", ("0874", "RUS", "MDA", "asserted")),
    ],
)
def test_formations_leaving_a_country_retreat(text, expected):
    assert expected in _events(text)


def test_soldiers_leaving_their_host_end_a_presence():
    text = "Der Präsident forderte, dass äthiopische Soldaten Somalia verlassen."
    assert ("166", "ETH", "SOM", "hypothetical") in _events(text)


def test_diplomats_leaving_are_no_retreat():
    text = "Polen wies fünf Diplomaten Russlands aus. Die Diplomaten müssen das Land binnen einer Woche verlassen."
    assert not [e for e in _events(text) if e[0].startswith("087")]
