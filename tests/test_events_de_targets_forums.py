"""A complaint or lawsuit lodged with a UN body, an international court or the WTO is aimed at the
side complained of, not at the forum that hears it."""

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
    text = "Kambodscha hat den Grenzstreit mit Thailand vor den Internationalen Gerichtshof (IGH) gebracht."
    assert _complaint_targets(text) == {"THA"}


def test_a_complaint_lodged_with_the_wto_targets_the_side_complained_of() -> None:
    text = "Kanada reichte bei der Welthandelsorganisation Beschwerde gegen China ein."
    assert _complaint_targets(text) == {"CHN"}
    text = (
        "Die Vereinigten Staaten erhöhten die Zölle auf chinesischen Stahl. "
        "Peking kündigte eine Klage bei der WTO an."
    )
    assert _complaint_targets(text) == {"USA"}


def test_the_forum_appealed_to_is_not_the_target() -> None:
    text = "Bolivien wies den mexikanischen Botschafter aus. Mexiko kündigte an, den Internationalen Gerichtshof anzurufen."
    assert _complaint_targets(text) == {"BOL"}
    text = "Polen verbietet die Einfuhr ukrainischen Getreides. Die Ukraine will nun die WTO anrufen."
    assert _complaint_targets(text) == {"POL"}


def test_a_complaint_withdrawn_from_the_forum_yields_to_the_side_complained_of() -> None:
    text = (
        "Japan hob die Exportkontrollen gegen Südkorea auf. "
        "Im Gegenzug zog Seoul seine Beschwerde bei der Welthandelsorganisation zurück."
    )
    withdrawn = {(source, target) for code, source, target, _ in coded_events(text, DATE) if code == "080"}
    assert withdrawn == {("KOR", "JPN")}


def test_a_complaint_lodged_with_a_state_addresses_it() -> None:
    assert _complaint_targets("Rom beschwerte sich bei Paris über die Zurückweisung der Migranten.") == {
        "FRA"
    }


def test_a_forum_named_beside_the_complaint_is_not_handed_on_to_it() -> None:
    text = "Belgrad lehnte das Angebot ab und beschwerte sich in einem Brief an den UN-Sicherheitsrat."
    assert "IGOUNO" not in _complaint_targets(text)
