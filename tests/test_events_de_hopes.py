"""Hoping is no event: "hofft auf einen Kredit", "hoffe, dass …" name a wish, no optimistic comment
on anyone's conduct (issue 7; sentences written for this test; the gold never codes them)."""

import pytest

from lagebild import analyze


@pytest.mark.parametrize(
    "text",
    [
        "Die Regierung in Kairo hofft auf weitere Hilfen aus den Golfstaaten.",
        "Der spanische Außenminister hofft, dass Marokko die Grenze bald öffnet.",
    ],
)
def test_a_hope_is_no_optimistic_comment(text):
    assert not {e.code for e in analyze(text, date="2024-03-05", lang="de").events if e.code == "013"}


def test_voiced_confidence_is_still_optimism():
    text = "Der spanische Außenminister zeigte sich zuversichtlich, dass Marokko die Grenze bald öffnet."
    assert "013" in {e.code for e in analyze(text, date="2024-03-05", lang="de").events}
