"""Interview questions that open with an address ("Frau Brenner, …", "Herr Dr. Lindner, …"): the clause
after the address is parsed on its own, so its own subject is the source of its events and the addressed
person is neither source nor target. Tested through the real pipeline on sentences of our own."""

from __future__ import annotations

import pytest

from lagebild import analyze

DATE = "2026-11-20"


def _events(text: str) -> set[tuple[str | None, str, str | None, str]]:
    events = analyze(text, date=DATE, lang="de").events
    return {
        (e.source.country if e.source else None, e.root, e.target.country if e.target else None, e.modality)
        for e in events
    }


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # the address read as the subject, the clause's subject as its apposition
        (
            "Frau Brenner, Ministerpräsident Tusk hat Netanjahu vorgeworfen, die Solidarität Polens zu "
            "missbrauchen. Wie ungewöhnlich ist das?",
            ("POL", "11", "ISR", "asserted"),
        ),
        (
            "Herr Kessel, Präsident Macron hat den Kanzler in Paris empfangen. War das ein Signal?",
            ("FRA", "04", "DEU", "asserted"),
        ),
        # the addressed expert shares a name with a German politician: no source of the question's act
        (
            "Herr Dr. Lindner, Japan hat China Hilfe angeboten. Ist das ernst gemeint?",
            ("JPN", "03", "CHN", "asserted"),
        ),
    ],
)
def test_the_clause_after_an_address_keeps_its_own_subject(text, event):
    assert _events(text) == {event}


def test_an_address_without_a_clause_after_it_codes_nothing():
    assert _events("Frau Brenner, vielen Dank für das Gespräch.") == set()


def test_the_addressed_person_is_no_speaker_of_the_question():
    # the Kremlin threatens Lithuania; the ambassador asked is no one who speaks in the question
    text = "Herr Botschafter, der Kreml erklärt, man werde Litauen bestrafen. Wie ernst ist das?"
    assert _events(text) == {("RUS", "17", "LTU", "future")}
