"""Who performs an act noun governed by an idiom of initiating or promising it ("setzte die Sanktionen wieder
in Kraft", "stellte eine Lockerung nicht in Aussicht"): the idiom's subject; not the subject of a verb
that welcomes someone else's act: through the whole pipeline."""

from tests.event_tuples import coded_events

DATE = "2024-05-02"


def acts(sentence: str, root: str) -> list[tuple]:
    return [e for e in coded_events(sentence, DATE) if e[0].startswith(root)]


def test_putting_sanctions_into_force_again_is_imposing_them():
    assert acts("Japan setzte die Sanktionen gegen Nordkorea wieder in Kraft.", "16") == [
        ("163", "JPN", "PRK", "asserted")
    ]


def test_a_relief_not_held_out_is_the_subjects_and_negated():
    sentence = "Eine Lockerung der Sanktionen gegen Kuba stellte Washington nicht in Aussicht."
    assert acts(sentence, "08") == [("085", "USA", "CUB", "negated")]


def test_welcoming_sanctions_is_not_imposing_them():
    assert acts("Frankreich begrüßte die Sanktionen gegen Russland.", "16") == []
