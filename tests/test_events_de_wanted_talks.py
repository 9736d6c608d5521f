"""Talks a source is reported to want are its stated intent to negotiate (036, asserted); talks it says it
will hold stay the talks to come (04x, future) (intentions._talks_wanted)."""

import pytest

from tests.event_tuples import coded_events

DATE = "2024-05-02"


def _keys(text: str) -> set[tuple[str, str, str | None, str | None]]:
    return {
        (code, modality, source, target) for code, source, target, modality in coded_events(text, DATE, True)
    }


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # Konjunktiv I "wolle", the clause said
        ("Der Kanzler erklärte, Österreich wolle mit Ungarn über den Grenzverkehr reden.", "AUT", "HUN"),
        ("Polen wolle die Gespräche mit Litauen fortsetzen, sagte ein Sprecher in Warschau.", "POL", "LTU"),
        # "wollten" in a said clause
        ("Der Sprecher erklärte, Rom und Athen wollten ihre Gespräche im Herbst fortsetzen.", "ITA", "GRC"),
    ],
)
def test_reported_wish_for_talks_is_an_intent_to_negotiate(text, source, target):
    keys = _keys(text)
    assert ("036", "asserted", source, target) in keys
    assert not any(code.startswith("04") and (s, t) == (source, target) for code, _, s, t in keys)


def test_talks_planned_in_own_words_stay_talks_to_come():
    keys = _keys("Der polnische Präsident will am Montag mit Litauen über die Luftverteidigung beraten.")
    assert ("040", "future", "POL", "LTU") in keys
    assert not any(code == "036" for code, _, _, _ in keys)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Nach einem Telefonat mit dem Kanzler erklärte sich der Präsident Frankreichs bereit, Kiew Panzer zu liefern.",
            "FRA",
            "DEU",
        ),
        (
            "Die Regierung in Madrid zeigte sich nach zähen Verhandlungen mit Rabat bereit, die Grenze zu öffnen.",
            "ESP",
            "MAR",
        ),
    ],
)
def test_talks_named_as_the_time_of_a_readiness_took_place(text, source, target):
    """The readiness is for the clause's act; the call or talks before it happened (04x), no offer to meet."""
    keys = _keys(text)
    assert any(
        code.startswith("04") and modality == "asserted" and (s, t) == (source, target)
        for code, modality, s, t in keys
    )
    assert not any(code == "036" for code, _, _, _ in keys)


def test_talks_one_declares_itself_ready_for_stay_an_offer():
    keys = _keys("Der Kreml erklärte sich zu Gesprächen mit Kiew bereit.")
    assert ("036", "asserted", "RUS", "UKR") in keys
