"""Who acts where the clause names nobody: an agentless passive of a summons, a rejection or reduced
relations continues the state the story follows, unless that state suffers the act. Sentences of our
own, through the whole pipeline."""

from lagebild import analyze


def coded(text: str) -> list[tuple[str, str | None, str | None]]:
    """(code, source state, target state) of each event."""
    return [
        (e.code, e.source and (e.source.country or e.source.actor_code), e.target and e.target.country)
        for e in analyze(text, date="2024-03-04", lang="de").events
    ]


def test_an_agentless_summons_is_done_by_the_state_named_as_subject_before():
    found = coded(
        "Das algerische Außenministerium protestierte am Montag scharf gegen die Festnahme. "
        "Am Abend wurde der französische Geschäftsträger einbestellt."
    )
    assert ("114", "DZA", "FRA") in found


def test_an_agentless_cancellation_is_done_by_the_subject_of_the_clause_before():
    found = coded(
        "Kanada setzte die Gespräche über ein Freihandelsabkommen mit Indien aus, eine geplante "
        "Handelsmission wurde abgesagt."
    )
    assert any(code.startswith("12") and source == "CAN" for code, source, _ in found)


def test_a_summoned_envoy_does_not_summon_himself():
    # the last state named as a subject is the one whose envoy is summoned: no source to tell
    found = coded(
        "Frankreich hatte die Festnahme am Morgen bestätigt. Am Abend wurde der französische Botschafter einbestellt."
    )
    assert not [event for event in found if event[0] == "114"]


def test_a_named_agent_of_the_passive_wins_over_the_story():
    found = coded(
        "Das algerische Außenministerium protestierte am Montag. Am Abend wurde der französische "
        "Geschäftsträger von Marokko einbestellt."
    )
    assert ("114", "MAR", "FRA") in found
    assert ("114", "DZA", "FRA") not in found
