"""Who acts where the clause names nobody: an agentless passive of a summons, a rejection or reduced
relations continues the state the story follows, unless that state suffers the act (a state does not
summon its own envoy) or a "von" phrase names the agent. Sentences of our own, through the whole
pipeline."""

from functools import partial

from tests.event_tuples import coded_dyads, country_roots

coded = partial(coded_dyads, date="2024-03-04")


_keys = partial(country_roots, date="2024-03-01")


def test_an_agentless_summons_is_done_by_the_state_named_as_subject_before():
    found = coded(
        "Polens Außenministerium protestierte gegen die Verletzung des Luftraums. "
        "Der russische Geschäftsträger wurde noch am selben Tag einbestellt."
    )
    assert ("114", "POL", "RUS") in found


def test_an_agentless_cancellation_is_done_by_the_subject_of_the_clause_before():
    found = coded(
        "Australien setzte den Dialog mit China über Agrarzölle aus, ein geplantes Gipfeltreffen wurde abgesagt."
    )
    assert any(code.startswith("12") and source == "AUS" for code, source, _ in found)


def test_a_summoned_envoy_does_not_summon_himself():
    # the last state named as a subject is the one whose envoy is summoned: no source to tell (a guard:
    # the coder before the rule did not code this either)
    found = coded(
        "Schweden hatte die Ausweisung am Vormittag bestätigt. Wenig später wurde der schwedische Botschafter "
        "einbestellt."
    )
    assert not [event for event in found if event[0] == "114"]


def test_a_named_agent_of_the_passive_wins_over_the_story():
    # a guard: the rule must not override the agent a "von" phrase names
    found = coded(
        "Die türkische Regierung protestierte am Freitag energisch gegen die Koranverbrennung. Kurz darauf "
        "wurde die schwedische Geschäftsträgerin von der irakischen Regierung einbestellt."
    )
    assert ("114", "IRQ", "SWE") in found
    assert ("114", "TUR", "SWE") not in found


def test_a_state_summoning_its_own_envoy_is_no_summons() -> None:
    """The envoy of an agentless summons named by a nationality adjective only is the one who suffers
    the act, so the state named before is not its source."""
    text = (
        "Polen hatte den Zwischenfall am Mittag eingeräumt. "
        "Der polnische Geschäftsträger wurde noch am selben Tag einbestellt."
    )
    assert not [key for key in _keys(text) if key[0] == "11" and key[1] == "POL"]
    keys = _keys(
        "Litauen protestierte scharf. Der russische Geschäftsträger wurde noch am selben Tag einbestellt."
    )
    assert ("11", "LTU", "RUS", "asserted") in keys
