"""Object constraints of verb rows: a noun in a time or circumstance phrase ("beim Treffen", "am Rande
des Gipfels", "nach den Gesprächen") names the occasion, not what is agreed or done; a concrete deal
agreed on is concluded (057), agreed coordination or restraint stays an intent (03x). The "auf" phrase
of a verb of answering names the other side's act, aimed at the one who answers, not how it answers."""

import pytest

from lagebild import analyze


def events(text: str) -> set[tuple]:
    return {
        (e.code, e.source and e.source.country, e.target and e.target.country)
        for e in analyze(text, date="2024-05-02", lang="de").events
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Treffen" and "Gipfel" would meet the row of agreed meetings (036)
        ("Serbien und Albanien haben beim Treffen in Brüssel einen Austausch von Gefangenen vereinbart.", ("057", "SRB", "ALB")),
        ("Am Rande des Gipfels vereinbarten Kenia und Uganda gemeinsame Patrouillen.", ("057", "KEN", "UGA")),
    ],
)  # fmt: skip
def test_a_noun_of_the_occasion_does_not_choose_the_row(text, expected):
    found = events(text)
    assert expected in found
    assert not any(code == "036" for code, _, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "Ghana und Togo vereinbarten, gemeinsam gegen Schmuggler vorzugehen.",
        # what was agreed in a finite "dass" clause
        "Ghana und Togo vereinbarten, dass ihre Grenzschützer die Küste gemeinsam überwachen.",
    ],
)
def test_a_concrete_act_agreed_on_concludes_an_agreement(text):
    found = events(text)
    assert ("057", "GHA", "TGO") in found
    assert not any(code.startswith("03") for code, _, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "Ghana und Togo vereinbarten, sich enger abzustimmen.",
        "Ghana und Togo vereinbarten, einander nicht mehr zu provozieren.",
        "Ghana und Togo vereinbarten, dass ihre Minister die Gespräche im Herbst fortsetzen.",
    ],
)
def test_coordination_or_restraint_agreed_on_stays_an_intent(text):
    found = events(text)
    assert any(code.startswith("03") and src == "GHA" for code, src, _ in found)
    assert not any(code == "057" for code, _, _ in found)


@pytest.mark.parametrize(
    ("text", "threat"),
    [
        ("Teheran hat auf die Drohung Washingtons bislang nicht reagiert.", ("130", "USA", "IRN")),
        ("Minsk reagierte gelassen auf die Drohungen aus Vilnius.", ("130", "LTU", "BLR")),
        # answered with sanctions: the threat is still Pjöngjang's, against Seoul
        ("Seoul hat auf die Drohungen Pjöngjangs mit Sanktionen reagiert.", ("130", "PRK", "KOR")),
    ],
)  # fmt: skip
def test_a_threat_answered_is_the_other_sides(text, threat):
    found = events(text)
    assert threat in found
    _, source, target = threat
    assert not any(code.startswith("13") and src == target for code, src, _ in found)


def test_sanctions_answered_are_aimed_at_the_one_answering():
    found = events("Ankara antwortete auf die Sanktionen der EU mit Gegenmaßnahmen.")
    # the EU carries no country: the sanctions' target is what tells
    assert ("163", None, "TUR") in found
    assert ("160", "TUR", None) in found


def test_a_threat_answered_with_stays_the_answerers():
    assert ("130", "RUS", "ARM") in events("Moskau reagierte mit Drohungen auf den Schritt Eriwans.")
