"""Aid said to be given no longer ("keine Waffen mehr liefern") is the stop of that aid (162x), not
also a refusal (12x) of it; aid a source says it will not give at all stays a refusal."""

from tests.event_tuples import coded_events


def codes(text: str) -> set[str]:
    return {code for code, *_ in coded_events(text, "2024-03-01", keep_implausible=True)}


def test_aid_stopped_is_no_refusal():
    found = codes(
        "Ministerpräsident Fiala erklärte, Tschechien werde keine Panzer mehr an die Ukraine liefern."
    )
    assert "1622" in found
    assert not any(code.startswith("12") for code in found)


def test_aid_ruled_out_is_a_refusal():
    found = codes("Die Slowakei werde der Ukraine keine Munition liefern, sagte Fico.")
    assert any(code.startswith("12") for code in found)
