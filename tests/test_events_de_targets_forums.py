"""A complaint or lawsuit lodged with a UN body or an international court is aimed at the side
complained of, not at the forum that hears it."""

from tests.event_tuples import coded_events

DATE = "2024-05-01"


def _complaint_targets(text: str) -> set[str | None]:
    """The targets of the complaints and lawsuits (114, 115), implausible ones kept."""
    return {
        target
        for code, _, target, _ in coded_events(text, DATE, keep_implausible=True)
        if code.startswith(("114", "115"))
    }


def test_the_forum_of_a_complaint_is_not_its_target() -> None:
    text = "Armenien will beim UN-Sicherheitsrat Beschwerde gegen Aserbaidschan einlegen."
    assert _complaint_targets(text) == {"AZE"}
    text = "Guyana hat den Grenzstreit mit Venezuela vor den Internationalen Gerichtshof gebracht."
    assert _complaint_targets(text) == {"VEN"}


def test_a_complaint_lodged_with_a_state_addresses_it() -> None:
    assert _complaint_targets("Rom beschwerte sich bei Paris über die Zurückweisung der Migranten.") == {
        "FRA"
    }


def test_a_forum_named_beside_the_complaint_is_not_handed_on_to_it() -> None:
    text = "Belgrad lehnte das Angebot ab und beschwerte sich in einem Brief an den UN-Sicherheitsrat."
    assert "IGOUNO" not in _complaint_targets(text)
