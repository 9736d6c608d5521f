"""Cooperation in general that a source wants, will give or announces is an intent to cooperate
(CAMEO 03, asserted); cooperation going on, or asked of someone, keeps its own code (intentions.py)."""

import pytest

from tests.event_tuples import coded_events

DATE = "2024-05-02"


def _events(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [(code, modality, source, target) for code, source, target, modality in coded_events(text, DATE)]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # the future of reported speech: "werde … zusammenarbeiten"
        (
            "Der Präsident versicherte am Montag, Serbien werde weiter mit Kroatien zusammenarbeiten.",
            "SRB",
            "HRV",
        ),
        # wanting it, in Konjunktiv I ("wolle"), which the lemmatizer misses
        (
            "Die Regierung in Rom wolle die Zusammenarbeit mit Tunesien ausbauen, sagte der Minister.",
            "ITA",
            "TUN",
        ),
        # announcing it: "kündigte an, … zusammenzuarbeiten"
        ("Litauen kündigte an, eng mit Polen zusammenzuarbeiten.", "LTU", "POL"),
        ("Ungarn will mit Serbien zusammenarbeiten.", "HUN", "SRB"),
    ],
)
def test_cooperation_to_come_is_an_asserted_intent(text, source, target):
    events = _events(text)
    assert [(code[:2], modality, s, t) for code, modality, s, t in events] == [
        ("03", "asserted", source, target)
    ]


def test_cooperation_going_on_keeps_its_code():
    assert _events("Polen arbeitet seit Jahren eng mit Litauen zusammen.") == [
        ("060", "asserted", "POL", "LTU")
    ]


def test_cooperation_asked_for_is_no_intent_of_the_one_asked():
    """The demanded act stays hypothetical cooperation next to the demand (gold guidelines)."""
    events = _events("Die EU forderte Serbien auf, mit Kroatien zusammenzuarbeiten.")
    assert ("060", "hypothetical", "SRB", "HRV") in events
    assert not any(code.startswith("03") for code, *_ in events)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Die Regierung in Eriwan hält trotz der Vorbedingungen an den Gesprächen mit Ankara fest.", "ARM", "TUR"),
        ("Die Regierung in Kairo bemüht sich um neue Verhandlungen mit Addis Abeba.", "EGY", "ETH"),
    ],
)  # fmt: skip
def test_holding_on_to_or_seeking_talks_is_the_intent_to_meet(text, source, target):
    found = _events(text)
    assert ("036", "asserted", source, target) in found
    # the talks sought are not talks held
    assert not any(code.startswith("04") and modality == "asserted" for code, modality, _, _ in found)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Japan werde den Philippinen auch in Krisen zur Seite stehen, sagte der Minister.", "JPN", "PHL"),
        ("Kanada hat angekündigt, Gambia im Verfahren zur Seite zu stehen.", "CAN", "GMB"),
        ("Frankreich werde fest an der Seite Armeniens stehen, sagte Macron.", "FRA", "ARM"),
    ],
)  # fmt: skip
def test_standing_by_a_side_to_come_is_a_pledge_of_support(text, source, target):
    assert _events(text) == [("032", "asserted", source, target)]


def test_standing_by_a_side_now_is_the_backing_itself():
    assert _events("Deutschland steht fest an der Seite der Ukraine.") == [("051", "asserted", "DEU", "UKR")]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Die Regierung in Lima wolle die Freundschaft mit Ecuador bewahren, sagte der Minister.", "PER", "ECU"),
        ("Oslo will die engen Beziehungen zu Dänemark aufrechterhalten.", "NOR", "DNK"),
        ("Marokko versicherte, die Partnerschaft mit Spanien bewahren zu wollen.", "MAR", "ESP"),
    ],
)  # fmt: skip
def test_ties_a_source_wants_to_keep_are_an_intent_to_cooperate(text, source, target):
    assert [(code[:2], modality, s, t) for code, modality, s, t in _events(text)] == [
        ("03", "asserted", source, target)
    ]


def test_ties_kept_up_now_are_the_cooperation_itself():
    assert _events("Wien hält enge Beziehungen zu Bern aufrecht.") == [("050", "asserted", "AUT", "CHE")]


def test_keeping_ones_calm_is_no_cooperation():
    assert _events("Die Regierung in Lima bewahrte die Ruhe.") == []
