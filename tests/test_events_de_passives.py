"""Judgements in the passive with a "von"/"durch" agent, judging light-verb nouns ("übte Kritik an"),
and visits to a place the actor stage keeps as a place (issue 7)."""

import pytest

from tests.event_tuples import coded_events

DATE = "2024-04-15"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the adverb before the participle is parsed as a verb that takes the "von" phrase
        ("Die Zollerhöhung wurde von der EU scharf verurteilt.", ("111", "IGOEUREEC", None, "asserted")),
        ("Die neuen Zölle wurden von China scharf kritisiert.", ("111", "CHN", None, "asserted")),
        ("Der Vorschlag wurde von Frankreich scharf abgelehnt.", ("120", "FRA", None, "asserted")),
        ("Der Plan wurde von Frankreich ausdrücklich begrüßt.", ("051", "FRA", None, "asserted")),
        ("Der Angriff wurde durch die NATO scharf verurteilt.", ("111", "IGOWSTNAT", None, "asserted")),
        ("Der Plan wurde von Frankreich nicht begrüßt.", ("051", "FRA", None, "negated")),
        # the agent after the contracted "vom"
        ("Der Vorschlag wurde vom Kreml scharf abgelehnt.", ("120", "RUS", None, "asserted")),
        (
            "Der Anschlag in Kiew wurde vom französischen Präsidenten scharf verurteilt.",
            ("111", "FRA", None, "asserted"),
        ),
    ],
)
def test_passive_judgement_with_agent(text, expected):
    assert expected in coded_events(text, DATE)


def test_passive_judgement_targets_the_performer_of_the_act():
    events = coded_events(
        "Die Hinrichtung des Journalisten durch Iran wurde von der EU scharf verurteilt.", DATE
    )
    assert ("111", "IGOEUREEC", "IRN", "asserted") in events
    # the judge is not the one the execution was done to
    assert not any(code.startswith("18") and target == "IGOEUREEC" for code, _, target, _ in events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die EU übte scharfe Kritik an der Hinrichtung durch Iran.",
            ("111", "IGOEUREEC", "IRN", "asserted"),
        ),
        ("Polen äußerte deutliche Kritik an Russland.", ("111", "POL", "RUS", "asserted")),
        ("Deutschland sprach Polen sein Beileid aus.", ("018", "DEU", "POL", "asserted")),
        ("Polen erhob schwere Vorwürfe gegen Russland.", ("112", "POL", "RUS", "asserted")),
    ],
)
def test_judging_light_verb_nouns(text, expected):
    assert expected in coded_events(text, DATE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Außenministerin Annalena Baerbock reiste nach Kiew.", ("042", "DEU", "UKR", "asserted")),
        ("Scholz besuchte Kiew.", ("042", "DEU", "UKR", "asserted")),
        ("Scholz reiste nach Odessa.", ("042", "DEU", "UKR", "asserted")),
        ("Macron besuchte die ukrainische Hauptstadt.", ("042", "FRA", "UKR", "asserted")),
    ],
)
def test_visit_to_a_place_targets_its_state(text, expected):
    assert expected in coded_events(text, DATE)


@pytest.mark.parametrize(
    "text",
    [
        "Das Stadion wurde von den Fans laut gefeiert.",
        "Der Trainer übte scharfe Kritik an der Mannschaft.",
        "Die Sportler üben täglich im Stadion.",
        "Die Fans reisten nach Sevilla.",
    ],
)
def test_no_political_event(text):
    assert coded_events(text, DATE) == []


def test_the_voice_of_a_verb_is_read_once_per_source_search(monkeypatch):
    """The source rules ask whether the verb is passive at several turns: it is read once per search, and
    the passive agent is still the source."""
    import lagebild.events.sources as sources

    asked, read = [], sources.is_passive

    def counted(verb):
        asked.append(verb.i)
        return read(verb)

    monkeypatch.setattr(sources, "is_passive", counted)
    events = coded_events(
        "Der Botschafter Estlands wurde von der Regierung in Minsk ausgewiesen.", "2024-05-01"
    )
    assert ("BLR", "EST") in {(source, target) for _, source, target, _ in events}
    assert asked and len(asked) == len(set(asked))
