"""Refusals by verbs without a code of their own (`events/refused_acts_uncoded.py`), through the pipeline."""

import pytest

import lagebild

DATE = "2024-05-01"


def _events(text: str) -> list[tuple[str, str, str | None, str]]:
    doc = lagebild.analyze(text, date=DATE, lang="de")
    return [
        (e.code, e.source.actor_code, e.target.actor_code if e.target else None, e.modality)
        for e in doc.events
    ]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Ankara will die Entscheidung des Europarats nicht akzeptieren.", "TUR", "IGOEURCOE"),
        ("Die Ukraine werde die Besetzung der Krim niemals hinnehmen, sagte Selenskyj.", "UKR", None),
        ("Serbien kündigte an, die Beschlüsse der EU nicht umzusetzen.", "SRB", "IGOEUREEC"),
    ],
)
def test_willed_or_declared_non_act_is_an_asserted_refusal(text, source, target):
    refusals = [e for e in _events(text) if e[0] == "120"]
    assert refusals, _events(text)
    code, found_source, found_target, modality = refusals[0]
    assert found_source.startswith(source)
    assert modality == "asserted"
    if target is not None:
        assert found_target == target


def test_the_side_told_is_the_target():
    text = "Rom ließ Paris wissen, man werde die Flüchtlinge nicht übernehmen."
    assert ("120", "ITA", "FRA", "asserted") in [(c, s[:3], t and t[:3], m) for c, s, t, m in _events(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Ankara akzeptierte die Entscheidung des Europarats.",  # asserted acceptance: no event at all
        "Die Entscheidung des Europarats wird nicht akzeptiert.",  # passive, no one named refuses
        "Die Entscheidung des Europarats werde nicht akzeptiert, hieß es.",  # reported passive
        "Ankara hat die Entscheidung des Europarats nicht akzeptiert.",  # a past non-act, no stand taken
        # "keine zwei Wochen" measures the time, it negates nothing
        "Keine zwei Wochen nach der Wahl will Ankara die Entscheidung des Europarats akzeptieren.",
    ],
)
def test_no_refusal_without_a_stand_taken(text):
    assert not [e for e in _events(text) if e[0].startswith("12")], _events(text)
