"""A bare state body ("die Sicherheitskräfte", "die Polizei") that a foreign office judges is not that
office's state's, however often the passage names it (issue 7). Sentences of our own."""

from lagebild import analyze


def targets(text: str, code: str) -> set[tuple[str, str | None]]:
    return {
        (e.target.name, e.target.country)
        for e in analyze(text, date="2024-05-01", lang="de").events
        if e.code.startswith(code) and e.target is not None
    }


def test_forces_a_foreign_office_condemns_are_not_its_states():
    text = (
        "Im Sudan gingen die Proteste weiter. Washington reagierte scharf. "
        "Das US-Außenministerium verurteilte das Vorgehen der Sicherheitskräfte als brutal."
    )
    assert ("der Sicherheitskräfte", "SDN") in targets(text, "11")
    assert ("der Sicherheitskräfte", "USA") not in targets(text, "11")
