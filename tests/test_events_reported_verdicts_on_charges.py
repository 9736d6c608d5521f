"""A reported verdict on a charge, claim or report denies it (016); the accuser is the target where the
sentence names one, else none. Through the whole German pipeline."""

from tests.event_tuples import coded_events


def test_a_claim_called_absurd_is_a_denial():
    found = coded_events(
        "Diese Behauptungen seien absurd und gefährlich, betonte der indische Außenamtssprecher.",
        "2024-05-01",
    )
    assert ("016", "IND", None, "asserted") in found
    assert "111" not in {code for code, *_ in found}
