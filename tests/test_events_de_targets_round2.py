"""Targets, round 2: a dative addressee named by a definite common noun ("dem Gremium", "seinem
Gastgeber") points back to an actor named before, so the act goes to the counterpart from the
sentences just before; with nothing before to point to, it stays without a target."""

import lagebild


def _events(text: str):
    return lagebild.analyze(text, date="2024-03-01", lang="de").events


def _keys(text: str, code_prefix: str) -> set[tuple[str | None, str | None]]:
    return {
        (e.source.country if e.source else None, e.target.country if e.target else None)
        for e in _events(text)
        if e.code.startswith(code_prefix)
    }


def test_pledge_to_a_body_named_before_goes_to_its_state():
    text = (
        "Der Krieg im Jemen dauert an. Saudi-Arabien und die Emirate sagten dem Präsidialrat des Jemen "
        "Hilfe zu. Riad und Abu Dhabi sagten dem Gremium zwei Milliarden Dollar zu."
    )
    pledges = [e for e in _events(text) if e.code.startswith("03") and e.evidence.sentence == 2]
    assert {(e.source.country, e.target.country if e.target else None) for e in pledges} == {
        ("SAU", "YEM"),
        ("ARE", "YEM"),
    }


def test_promise_to_the_host_goes_to_the_host_state():
    text = (
        "Der pakistanische Premier Shehbaz Sharif traf in Peking Staatschef Xi Jinping. "
        "Sharif versprach seinem Gastgeber, die Sicherheit der Ingenieure zu garantieren."
    )
    assert ("PAK", "CHN") in _keys(text, "03")


def test_definite_addressee_without_anyone_before_has_no_target():
    assert _keys("Indonesien wirft den Fischern Wilderei vor.", "11") == {("IDN", None)}
