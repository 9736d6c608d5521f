"""Refusing to be lectured, impressed or told what to do is a refusal to yield (124), though the verbs
have no coercion row (`refusals.unyielding_triggers`), through the pipeline."""

import pytest

from tests.event_tuples import coded_events

DATE = "2024-05-01"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ungarn lasse sich von Brüssel nicht vorschreiben, wie es wähle, erklärte Orbán.",
            ("124", "HUN", "IGOEUREEC", "asserted"),
        ),
        (
            "Der Präsident von Peru sagte, man werde sich von niemandem belehren lassen.",
            ("124", "PER", None, "asserted"),
        ),
        ("Lula erwiderte, Brasilien lasse sich nicht bevormunden.", ("124", "BRA", None, "asserted")),
    ],
)
def test_refusing_to_be_told_is_a_refusal_to_yield(text, expected):
    assert expected in coded_events(text, DATE)


def test_letting_oneself_be_impressed_is_no_refusal():
    assert not [
        e
        for e in coded_events("Die Ministerin ließ sich von der Kritik beeindrucken.", DATE)
        if e[0] == "124"
    ]


def test_a_coercer_denied_is_no_guessed_target():
    text = (
        "Die USA verhängten Zölle gegen Mexiko. "
        "Mexiko lasse sich von keiner Großmacht belehren, sagte der Minister."
    )
    refusals = [e for e in coded_events(text, DATE) if e[0] == "124"]
    assert refusals == [("124", "MEX", None, "asserted")]


def test_a_refusal_of_no_one_undeclared_is_no_act():
    text = "Mali wies die Kritik zurück. Sein Land lasse sich von niemandem belehren, mit wem es rede."
    assert not [e for e in coded_events(text, DATE) if e[0] == "124"]
