"""What an agreement is about ("das Abkommen über die Stationierung amerikanischer Truppen") is its
content, not an act of its own: only what became of the agreement is coded."""

from tests.event_tuples import coded_events


def codes(text: str) -> set[str]:
    return {code for code, *_ in coded_events(text, "2024-03-01", keep_implausible=True)}


def test_the_deployment_an_agreement_is_about_is_no_event():
    found = codes(
        "Die Regierung in Manila hat das Abkommen über die Stationierung amerikanischer Truppen aufgekündigt."
    )
    assert not any(code.startswith("07") for code in found)
    assert any(code.startswith("16") for code in found)


def test_the_exchange_a_treaty_is_about_is_no_meeting():
    found = codes("Seoul kündigt den Vertrag zum Austausch von Geheimdienstinformationen mit Tokio auf.")
    assert not any(code.startswith("04") for code in found)


def test_an_exchange_agreed_on_its_own_is_still_coded():
    found = codes("Seoul und Tokio vereinbarten einen Austausch von Geheimdienstinformationen.")
    assert found
