"""Behaviour kept through the review's mends, through the real pipeline: a talk with the press is no
meeting wherever the parse hangs the partner, and a "was" clause reads as a clause of fact only when
it refers back to a whole clause, not when it is the question a demand asks."""

from lagebild import analyze

DATE = "2024-03-01"


def _events(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [
        (e.code, e.modality, e.source and e.source.country, e.target and e.target.country)
        for e in analyze(text, date=DATE, lang="de").events
    ]


def test_talk_with_an_outlet_named_alone_is_no_meeting():
    events = _events("Der französische Außenminister sprach mit dem Spiegel über die Lage in der Ukraine.")
    assert not [e for e in events if e[0].startswith("04")]


def test_meeting_with_reporters_of_a_broadcaster_is_no_meeting():
    events = _events("Der polnische Präsident traf sich in Warschau mit Journalisten der BBC.")
    assert not [e for e in events if e[0].startswith("04")]


def test_meeting_with_a_state_stays_a_meeting():
    events = _events("Der polnische Präsident traf sich in Warschau mit dem ukrainischen Präsidenten.")
    assert [e for e in events if e[0].startswith("04") and e[2] == "POL"]


def test_act_asked_about_in_a_demand_is_not_asserted():
    # the "was" clause is what the demand asks to know, no relative clause on the demand
    events = _events("Die Opposition verlangte zu wissen, was Berlin Kiew zugesagt hat.")
    pledges = [e for e in events if e[0].startswith("03")]
    assert pledges and all(e[1] != "asserted" for e in pledges)


def test_reaction_in_a_relative_clause_on_a_demand_is_done():
    events = _events("Polen forderte neue Sanktionen gegen Belarus, was Ungarn umgehend ablehnte.")
    rejections = [e for e in events if e[0].startswith("12") and e[2] == "HUN"]
    assert rejections and all(e[1] == "asserted" for e in rejections)
