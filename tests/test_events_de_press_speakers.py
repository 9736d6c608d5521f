"""What the press says is no state's word (`events/press_speakers.py`, found on the press reviews of the
tuning banks; sentences written for these tests): a demand, warning or criticism whose speaker is a
newspaper, a magazine or a commentator takes no state the clause names for its speaker; a politician
who says the same, a state's act the press reports, and what a state or party paper of a named state
says stay events."""

import pytest

from tests.event_tuples import coded_dyads

DATE = "2024-05-02"


@pytest.mark.parametrize(
    "text",
    [
        "Litauen und Polen müssten ihre Luftabwehr dringend verstärken, fordert die Zeitung.",
        "Von Washington verlangt die Zeitung eine Entschuldigung.",
        "Wer jetzt mit Sanktionen drohe, treibe Tunesien in die Arme der Golfstaaten, warnt das Blatt.",
    ],
)
def test_what_the_press_demands_or_warns_is_no_event_of_a_state(text):
    assert not {code[:2] for code, _, _ in coded_dyads(text, DATE)} & {"01", "02", "10", "11", "12", "13"}


def test_a_politician_who_demands_the_same_stays_an_event():
    text = "Litauen und Polen müssten ihre Luftabwehr dringend verstärken, fordert Präsident Duda."
    assert any(code.startswith("10") and source == "POL" for code, source, _ in coded_dyads(text, DATE))


def test_a_state_the_press_reports_on_stays_the_source_of_its_own_act():
    text = "Moskau habe Litauen mit Vergeltung gedroht, schreibt die Zeitung."
    assert any(code.startswith("13") and source == "RUS" for code, source, _ in coded_dyads(text, DATE))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan müsse seine Provokationen sofort einstellen, fordert die staatliche chinesische Zeitung.",
         ("100", "CHN", "JPN")),
        ("Südkorea müsse die Manöver sofort einstellen, fordert die nordkoreanische Parteizeitung Rodong Sinmun.",
         ("100", "PRK", "KOR")),
    ],
)  # fmt: skip
def test_a_state_or_party_paper_speaks_for_the_state_it_names(text, expected):
    assert expected in coded_dyads(text, DATE)


def test_a_state_paper_whose_state_goes_unnamed_lends_the_clause_no_speaker():
    # no state in the paper's phrase: the coder would take Japan, named in the demand, for the speaker
    text = "China warnte Japan. Japan müsse seine Provokationen sofort einstellen, fordert die staatliche Zeitung."
    assert not [code for code, _, _ in coded_dyads(text, DATE) if code.startswith("10")]
