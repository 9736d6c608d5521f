"""Who performs an act noun that an adjective of readiness governs ("die USA seien zu Gesprächen
bereit", "erklärten sich zu Verhandlungen bereit", "bleibe offen für Gespräche"): the one who is
ready, through the whole pipeline."""

from tests.event_tuples import events_of, state_pairs

DATE = "2024-05-02"


def acts(sentence: str, code: str) -> list[tuple]:
    return state_pairs(sentence, DATE, code)


def test_who_is_ready_for_talks_in_reported_speech_offers_them():
    assert acts("Die Regierung erklärte, Serbien sei zu Verhandlungen mit dem Kosovo bereit.", "036") == [
        ("SRB", "XKX")
    ]


def test_who_declares_itself_ready_for_talks_offers_them():
    assert ("AFG", "PAK") in acts("Die Taliban erklärten sich zu Gesprächen mit Pakistan bereit.", "036")


def test_who_stays_open_for_talks_offers_them():
    events = events_of("Die NATO bleibe offen für Gespräche mit Russland.", DATE)
    assert [(e.source.actor_code, e.target.country) for e in events if e.code == "036"] == [
        ("IGOWSTNAT", "RUS")
    ]


def test_speaking_openly_is_no_readiness():
    assert acts("Der Minister sprach offen über die Gespräche mit Russland.", "036") == []
