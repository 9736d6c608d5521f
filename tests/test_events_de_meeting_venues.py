"""The place a meeting is held ("zu Konsultationen nach New York") is not whom it is held with
(`targets_meeting_venues`); a visit's destination is still the host visited. Sentences of our own."""

from tests.event_tuples import coded_events


def test_the_venue_of_talks_the_invited_travel_to_is_no_partner():
    events = coded_events(
        "Der UN-Gesandte legte dem Sicherheitsrat einen Plan für Libyen vor. Die Türkei und Ägypten sollen "
        "in den kommenden Wochen zu Konsultationen nach New York eingeladen werden.",
        "2025-03-01",
        keep_implausible=True,
    )
    assert not any(code.startswith("04") and "USA" in (source, target) for code, source, target, _ in events)


def test_the_destination_of_a_visit_is_still_the_host():
    events = coded_events(
        "Der französische Präsident reist am Montag zu einem Staatsbesuch nach Peking.",
        "2025-03-01",
        keep_implausible=True,
    )
    assert ("042", "FRA", "CHN") in {(code, source, target) for code, source, target, _ in events}
