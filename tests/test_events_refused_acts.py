"""A source that declares now it will not perform a cooperative act ("kündigte an, das Abkommen nicht zu
verlängern", "bekräftigte, keine Gespräche aufzunehmen") refuses it: an asserted rejection (12x) beside
the act negated, from the side that says so. An act that merely did not happen refuses nothing."""

from functools import partial

import pytest

from tests.event_tuples import dict_state, event_dicts

_events = partial(event_dicts, date="2024-05-02")


def _refusals(events: list[dict]) -> set[tuple]:
    return {
        (dict_state(e["source"]), e["code"], dict_state(e["target"]), e["modality"])
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


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # reaffirmed: no talks (125)
        ("Der peruanische Präsident bekräftigte, keine Gespräche mit Chile aufzunehmen.", "125"),
        # declared: no arms delivered (military aid refused, 1222)
        ("Die Regierung in Lima erklärte, Chile keine Waffen zu liefern.", "1222"),
    ],
)
def test_declared_refusal_has_the_code_of_the_act_refused(text, code):
    assert _refusals(_events(text)) == {("PER", code, "CHL", "asserted")}


def test_a_joint_act_is_refused_only_by_the_side_that_declares_it():
    events = _events("Der kolumbianische Präsident hatte erklärt, kein Abkommen mit Kanada zu unterzeichnen.")
    assert {(s, t) for s, _, t, _ in _refusals(events)} == {("COL", "CAN")}


@pytest.mark.parametrize(
    "text",
    [
        # announced without a negation
        "Der peruanische Präsident kündigte an, Gespräche mit Chile aufzunehmen.",
        # an agreement that was not renewed in the past: nobody declares anything
        "Peru hatte das Abkommen mit Chile im Mai nicht verlängert.",
    ],
)
def test_no_refusal_without_a_declared_negated_act(text):
    assert not _refusals(_events(text))


def test_refusal_is_aimed_at_whom_it_is_told_to():
    # the agreement's own party (the EU) is not the side turned down: the addressee is
    events = _events(
        "Der Präsident ließ Lula wissen, Italien werde das Abkommen der EU so nicht unterzeichnen."
    )
    assert ("ITA", "BRA") in {(s, t) for s, _, t, _ in _refusals(events)}


def test_recognition_denied_in_the_present_is_a_standing_refusal():
    # a position held now, like "werde … nicht anerkennen": the refusal alone, no negated recognition
    events = _events("Belgrad erkennt die Zuständigkeit des Schiedsgerichts nicht an.")
    assert _refusals(events) == {("SRB", "120", None, "asserted")}
    assert not any(e["root"] == "05" for e in events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state, its independence, an annexation: recognition withheld, no rejection
        ("Belgrad erkennt die Unabhängigkeit des Kosovo nicht an.", ("SRB", "054", "XKX")),
        ("Tiflis erkennt die Annexion Abchasiens durch Russland nicht an.", ("GEO", "051", "RUS")),
        # a leader in office, named by the "als" noun or by the actor itself
        ("Paraguay erkennt Maduro nicht als Staatschef an.", ("PRY", "051", "VEN")),
        ("Litauen erkennt Lukaschenko nicht an.", ("LTU", "051", "BLR")),
    ],
)
def test_a_polity_not_recognised_in_the_present_is_recognition_negated(text, expected):
    events = _events(text)
    assert not _refusals(events)
    recognitions = [e for e in events if e["root"] == "05"]
    assert {
        (dict_state(e["source"]), e["code"], dict_state(e["target"]), e["modality"]) for e in recognitions
    } == {(*expected, "negated")}


def test_recognition_never_given_in_the_past_stays_negated():
    events = _events("Serbien hat die Unabhängigkeit des Kosovo nie anerkannt.")
    assert not _refusals(events)
    assert any(e["root"] == "05" and e["modality"] == "negated" for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "Die Regierung in Madrid teilte mit, sie werde keinen Vertreter nach Mexiko entsenden.",
        "Präsident Boric werde den peruanischen Außenminister vorerst nicht empfangen, hieß es.",
    ],
)
def test_a_visit_one_will_not_make_or_host_is_no_refused_meeting(text):
    # the visit stays the negated act; no meeting anyone proposed is turned down
    events = _events(text)
    assert not _refusals(events)
    assert any(e["root"] == "04" and e["modality"] == "negated" for e in events)


def test_talks_one_will_not_hold_are_still_refused():
    events = _events("Moskau werde nicht mit Kiew verhandeln, erklärte der Sprecher des Kremls.")
    assert ("RUS", "125", "UKR", "asserted") in _refusals(events)
