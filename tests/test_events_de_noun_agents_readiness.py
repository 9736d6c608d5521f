"""Who performs an act noun that an adjective of readiness governs ("die USA seien zu Gesprächen
bereit", "erklärten sich zu Verhandlungen bereit", "bleibe offen für Gespräche"): the one who is
ready, through the whole pipeline."""

from lagebild import analyze


def acts(sentence: str, code: str) -> list[tuple]:
    """(source state, target state) of the events of `code` read from the sentence."""
    return [
        (e.source and e.source.country, e.target and e.target.country)
        for e in analyze(sentence, date="2024-05-02", lang="de").events
        if e.code == code
    ]


def test_who_is_ready_for_talks_in_reported_speech_offers_them():
    assert acts("Die Regierung erklärte, Serbien sei zu Verhandlungen mit dem Kosovo bereit.", "036") == [
        ("SRB", "XKX")
    ]


def test_who_declares_itself_ready_for_talks_offers_them():
    assert ("AFG", "PAK") in acts("Die Taliban erklärten sich zu Gesprächen mit Pakistan bereit.", "036")


def test_who_stays_open_for_talks_offers_them():
    events = analyze("Die NATO bleibe offen für Gespräche mit Russland.", date="2024-05-02", lang="de").events
    assert [(e.source.actor_code, e.target.country) for e in events if e.code == "036"] == [
        ("IGOWSTNAT", "RUS")
    ]


def test_speaking_openly_is_no_readiness():
    assert acts("Der Minister sprach offen über die Gespräche mit Russland.", "036") == []
