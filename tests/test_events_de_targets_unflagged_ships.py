"""Force or coercion against ships of no named flag has no target: neither the attacker's own state
(where a rebel's attack on the ground is aimed) nor a state named before is the one the act is done to."""

from tests.event_tuples import coded_events

DATE = "2024-05-01"


def _targets(text: str, root: str) -> set[str | None]:
    """The targets of the events of `root`, implausible ones kept: a lone sentence lacks the article the
    confidence model judges them by."""
    return {
        target for code, _, target, _ in coded_events(text, DATE, keep_implausible=True) if code[:2] == root
    }


def test_an_attack_on_ships_of_no_flag_has_no_target() -> None:
    assert _targets(
        "Die USA warnten Iran. Die Rebellen in Somalia haben mehrere Tanker angegriffen.", "19"
    ) == {None}
    assert _targets(
        "Die USA warnten Iran. Die Miliz hat Dutzende Frachter mit Drohnen beschossen.", "19"
    ) == {None}


def test_a_flag_named_in_the_clause_is_the_target() -> None:
    assert _targets("Die Miliz im Jemen griff einen griechischen Tanker an.", "19") == {"GRC"}
    text = "Die USA warnten Iran. Grenzschützer aus Finnland setzten einen unter der Flagge der Cookinseln fahrenden Öltanker fest."
    assert _targets(text, "17") == {"COK"}


def test_a_ship_the_text_introduced_keeps_a_target() -> None:
    targets = _targets("Die USA warnten Iran. Die Miliz im Jemen hat das Schiff angegriffen.", "19")
    assert targets and None not in targets  # the attack is coded, with a target
