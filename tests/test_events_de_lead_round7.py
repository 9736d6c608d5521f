"""Two argument rules of the seventh session measured by the lead: a prosecutor's investigation of
people the clause does not place abroad targets the prosecutor's own state, and an agreement whose
subject list the parse hangs elsewhere still gets both signatories."""

from __future__ import annotations

from lagebild import analyze


def _keys(text: str) -> set[tuple[str, str | None, str | None, str]]:
    result = analyze(text, date="2024-03-01", lang="de")
    return {
        (
            e.code[:2],
            e.source.country if e.source else None,
            e.target.country if e.target else None,
            e.modality,
        )
        for e in result.events
    }


def test_a_prosecutors_investigation_of_unnamed_people_targets_their_own_state() -> None:
    # the people investigated come first, the prosecutor's seat after the verb
    keys = _keys(
        "Gegen die Anführer der Bauernproteste leitete die Staatsanwaltschaft in Rom Ermittlungen ein."
    )
    assert ("09", "ITA", "ITA", "asserted") in keys


def test_an_investigation_of_foreigners_is_not_placed_at_home() -> None:
    keys = _keys("Die Staatsanwaltschaft in Paris leitete Ermittlungen gegen russische Diplomaten ein.")
    assert ("09", "FRA", "FRA", "asserted") not in keys


def test_an_agreement_planned_by_two_states_after_a_fronted_time_is_coded_both_ways() -> None:
    # a guard: this parse keeps the subject list, so the coder before the round passed it too; the
    # lost list is tested in test_events_de_subjects_round7.py
    keys = _keys("Im Mai wollen Kenia und Uganda in Kampala ein Handelsabkommen unterzeichnen.")
    assert {("05", "KEN", "UGA", "future"), ("05", "UGA", "KEN", "future")} <= keys


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
