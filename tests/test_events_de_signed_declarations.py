"""A declaration of intent that two sides sign is a signed agreement (057), coded by the signing; the
signed paper is no second intent to cooperate (030). Issued on its own ("gaben eine Absichtserklärung
ab") it still is one (issue 7; sentences written for this test)."""

from tests.event_tuples import coded_codes

DATE = "2024-03-05"


def codes(text: str) -> set[str]:
    return coded_codes(text, DATE)


def test_a_signed_declaration_of_intent_is_the_signing_alone():
    found = codes(
        "Polen und Litauen unterzeichneten in Vilnius eine Absichtserklärung über den Bau einer Pipeline."
    )
    assert "057" in found and "030" not in found


def test_a_declaration_of_intent_given_is_still_intent():
    assert "030" in codes("Polen und Litauen gaben in Vilnius eine gemeinsame Absichtserklärung ab.")
