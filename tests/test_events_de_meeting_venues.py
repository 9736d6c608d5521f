"""The place a meeting is held ("zu Konsultationen nach New York") is not whom it is held with
(`targets_meeting_venues`); a visit's destination is still the host visited. Sentences of our own."""

from lagebild.events.lexicon import german_lexicon
from lagebild.events.targets_meeting_venues import venue_of_meeting
from lagebild.events.triggers import noun_trigger
from lagebild.pipeline import get_pipeline
from tests.event_tuples import coded_events


def test_the_venue_of_talks_the_invited_travel_to_is_no_partner():
    events = coded_events(
        "Der UN-Gesandte legte dem Sicherheitsrat einen Plan für Libyen vor. Die Türkei und Ägypten sollen "
        "in den kommenden Wochen zu Konsultationen nach New York eingeladen werden.",
        "2025-03-01",
        keep_implausible=True,
    )
    assert not any(code.startswith("04") and "USA" in (source, target) for code, source, target, _ in events)


def _venue(sentence: str, noun: str, place: str) -> bool:
    """`venue_of_meeting` for the trigger of `noun` and the span of `place`, both in `sentence`."""
    doc = get_pipeline("de")(sentence)
    trigger = noun_trigger(next(t for t in doc if t.text == noun), german_lexicon())
    start = next(t.i for t in doc if t.text == place.split()[0])
    return venue_of_meeting(trigger, doc[start : start + len(place.split())])


def test_the_destination_of_talks_is_their_venue():
    assert _venue("Die Minister reisen am Montag zu Gesprächen nach Genf.", "Gesprächen", "Genf")


def test_the_destination_of_a_visit_is_still_the_host():
    assert not _venue(
        "Der französische Präsident reist am Montag zu einem Staatsbesuch nach Peking.",
        "Staatsbesuch",
        "Peking",
    )


def test_a_place_outside_the_meeting_s_nach_phrase_is_no_venue():
    # "nach Tunesien" is where the minister travelled in another clause, not where the talks are held
    assert not _venue(
        "Italien bot Gespräche über Migration an, bevor der Minister nach Tunesien reiste.",
        "Gespräche",
        "Tunesien",
    )


def test_a_place_a_report_comes_from_is_no_venue():
    # "nach Angaben aus Teheran" is a "nach" phrase on the verb, but Teheran is where the report comes from
    assert not _venue(
        "Die Freilassung gelang nach Angaben aus Teheran unter Vermittlung Omans.", "Vermittlung", "Teheran"
    )
