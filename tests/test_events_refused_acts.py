"""A source that declares now it will not perform a cooperative act ("kündigte an, das Abkommen nicht zu
verlängern", "bekräftigte, keine Gespräche aufzunehmen") refuses it: an asserted rejection (12x) beside
the act negated, from the side that says so. An act that merely did not happen refuses nothing."""

from tests.event_tuples import event_dicts


def _events(text: str) -> list[dict]:
    return event_dicts(text, "2024-05-02")


def _country(side: dict | None) -> str | None:
    return side["country"] if side else None


def _refusals(events: list[dict]) -> set[tuple]:
    return {
        (_country(e["source"]), e["code"], _country(e["target"]), e["modality"])
        for e in events
        if e["root"] == "12"
    }


def test_announced_non_renewal_is_a_refusal_by_the_announcer():
    events = _events(
        "Die Regierung in Lima kündigte an, das Fischereiabkommen mit Chile nicht zu verlängern."
    )
    assert _refusals(events) == {("PER", "120", "CHL", "asserted")}
    # the agreement itself stays the negated act, both ways as the signing of a joint treaty
    assert all(e["modality"] == "negated" for e in events if e["root"] == "05")


def test_reaffirmed_refusal_of_talks_is_a_refusal_of_talks():
    events = _events("Der peruanische Präsident bekräftigte, keine Gespräche mit Chile aufzunehmen.")
    assert _refusals(events) == {("PER", "125", "CHL", "asserted")}


def test_declared_non_delivery_of_arms_is_a_refusal_of_military_aid():
    events = _events("Die Regierung in Lima erklärte, Chile keine Waffen zu liefern.")
    assert _refusals(events) == {("PER", "1222", "CHL", "asserted")}


def test_a_joint_act_is_refused_only_by_the_side_that_declares_it():
    events = _events("Der kolumbianische Präsident hatte erklärt, kein Abkommen mit Kanada zu unterzeichnen.")
    assert {(s, t) for s, _, t, _ in _refusals(events)} == {("COL", "CAN")}


def test_announced_act_without_negation_is_no_refusal():
    events = _events("Der peruanische Präsident kündigte an, Gespräche mit Chile aufzunehmen.")
    assert not _refusals(events)


def test_an_agreement_not_renewed_in_the_past_refuses_nothing():
    events = _events("Peru hatte das Abkommen mit Chile im Mai nicht verlängert.")
    assert not _refusals(events)


def test_refusal_is_aimed_at_whom_it_is_told_to():
    # the agreement's own party (the EU) is not the side turned down: the addressee is
    events = _events(
        "Der Präsident ließ Lula wissen, Italien werde das Abkommen der EU so nicht unterzeichnen."
    )
    assert ("ITA", "BRA") in {(s, t) for s, _, t, _ in _refusals(events)}
