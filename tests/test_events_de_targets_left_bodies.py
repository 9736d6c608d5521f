"""Leaving a treaty or an organisation of many members that is no scored actor has no target, or the body
itself where the KB knows it (the Francophonie): the act is aimed at the body left, not at a state named
nearby or in the sentences before."""

from tests.event_tuples import coded_events

DATE = "2024-05-01"


def _withdrawal_targets(text: str) -> set[str | None]:
    """The targets of the cuts in relations (root 16), implausible ones kept: a lone sentence lacks the
    article the confidence model judges them by."""
    return {
        target for code, _, target, _ in coded_events(text, DATE, keep_implausible=True) if code[:2] == "16"
    }


def test_leaving_a_treaty_of_many_members_has_no_target() -> None:
    text = "Trump kritisierte Teheran scharf. Wenn Iran nun aus dem Atomwaffensperrvertrag austritt, wäre das gefährlich."
    assert _withdrawal_targets(text) == {None}


def test_leaving_a_body_of_no_state_the_kb_knows_targets_the_body() -> None:
    text = "Die Rebellen griffen Soldaten im Sudan an. Niger ist aus der Internationalen Organisation der Frankophonie ausgetreten."
    assert _withdrawal_targets(text) == {"IGOOIF"}


def test_leaving_a_scored_body_or_an_agreement_with_a_partner_keeps_the_target() -> None:
    assert _withdrawal_targets("Ungarn tritt aus dem Internationalen Strafgerichtshof aus.") == {"IGOJUDICC"}
    text = "Russland kritisierte Washington. Die USA sind aus dem Abkommen ausgestiegen."
    targets = _withdrawal_targets(text)
    assert targets and None not in targets  # the withdrawal is coded, with a target
    assert _withdrawal_targets("Russland stieg aus dem Übereinkommen mit der Ukraine aus.") == {"UKR"}
