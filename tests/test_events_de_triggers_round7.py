"""Round 7 of issue 7 (missing triggers): street protest by a crowd the parse lost, and the object a
causative "lassen" shares with its infinitive."""

import pytest

import lagebild

DATE = "2024-05-01"


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    analysis = lagebild.analyze(text, date=DATE, lang="de")
    return [
        (e.code, e.source.actor_code if e.source else None, e.target.actor_code if e.target else None)
        for e in analysis.events
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the crowd parsed as an apposition of the place or as an oblique: no one named protests
        "In Tiflis protestierten am Abend Tausende vor dem Parlament gegen das Gesetz.",
        "In Warschau protestierten Hunderte gegen die Justizreform der Regierung.",
    ],
)
def test_a_crowd_protests_on_the_street(text):
    codes = [code for code, _, _ in _events(text)]
    assert any(code.startswith("14") for code in codes)
    assert "114" not in codes


def test_a_state_that_protests_complains_officially():
    events = _events("China protestierte scharf gegen die Durchfahrt des amerikanischen Zerstörers.")
    assert [(code, source) for code, source, _ in events] == [("114", "CHN")]


def test_a_protest_lodged_with_an_embassy_stays_official():
    events = _events(
        "Die Regierung in Vilnius protestierte bei der russischen Botschaft gegen die Festnahme."
    )
    assert ("114", "LTUGOV", "RUSGOV") in events
    assert not any(code.startswith("14") for code, _, _ in events)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Frankreich ließ Soldaten an die Grenze zu Italien verlegen.", "FRA", "ITA"),
        ("Polen ließ Panzer an die Grenze zu Belarus verlegen.", "POL", "BLR"),
    ],
)
def test_causative_lassen_lends_its_object_to_the_infinitive(text, source, target):
    assert ("154", source, target) in _events(text)
