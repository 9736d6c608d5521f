"""Responsibility laid on another side in reported speech, or a step justified by its conduct, is an
accusation (112, `events/assigned_blame.py`), through the pipeline."""

import pytest

from tests.event_tuples import coded_events

DATE = "2024-05-01"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Sprecherin des Außenministeriums in Moskau sagte, Polen trage die volle Verantwortung "
            "für die Eskalation.",
            ("112", "RUS", "POL", "asserted"),
        ),
        (
            "Die Verantwortung trage Russland, sagte der litauische Außenminister.",
            ("112", "LTU", "RUS", "asserted"),
        ),
        # a step justified by another side's conduct
        (
            "Die litauische Regierung begründete die Schließung des Grenzübergangs damit, dass Minsk "
            "Migranten an die Grenze schleuse.",
            ("112", "LTU", "BLR", "asserted"),
        ),
        (
            "Tokio begründete die Exportbeschränkungen damit, dass Seoul sensible Güter nicht ausreichend "
            "kontrolliere.",
            ("112", "JPN", "KOR", "asserted"),
        ),
    ],
)
def test_blame_laid_on_another_side_accuses_it(text, expected):
    assert expected in coded_events(text, DATE)


@pytest.mark.parametrize(
    "text",
    [
        "Macron sagte, Europa trage eine besondere Verantwortung für die Ukraine.",
        "Der polnische Präsident sagte, Polen trage keine Verantwortung für die Lage.",
    ],
)
def test_a_duty_or_a_denied_blame_accuses_no_one(text):
    assert not [e for e in coded_events(text, DATE) if e[0] == "112"]


@pytest.mark.parametrize(
    "text",
    [
        "Litauen trage eine Mitschuld an der Krise, sagte der russische Außenminister.",
        "In Moskau hieß es, Litauen trage eine Mitverantwortung für die Krise.",
        "Die Schuld an der Krise trage Litauen, sagte der russische Außenminister.",
    ],
)
def test_a_share_of_the_blame_or_the_guilt_accuses_the_side(text):
    assert ("112", "RUS", "LTU", "asserted") in coded_events(text, DATE, True)


@pytest.mark.parametrize(
    "text",
    [
        "Litauen trage keine Mitschuld an der Krise, sagte der russische Außenminister.",
        "Sollte die Pipeline ausfallen, trage Litauen eine Mitverantwortung, sagte der russische Außenminister.",
        "Der russische Außenminister warnte, Litauen trage die Verantwortung für alle Folgen.",
        "Sollte die Waffenruhe brechen, trage Kiew die volle Verantwortung, sagte der russische Außenminister.",
    ],
)
def test_a_denied_conditional_or_forewarned_blame_accuses_no_one(text):
    assert not any(code == "112" for code, *_ in coded_events(text, DATE, True))


@pytest.mark.parametrize(
    "text",
    [
        "Die polnische Regierung begründete den Schritt damit, dass Polen seine Grenze schützen müsse.",
        "Die polnische Regierung begründete den Schritt mit der nationalen Sicherheit.",
        # a reason named by a noun phrase is a decision or a deal as often as a fault
        "Ottawa begründete den Schritt mit dem Verhalten Teherans.",
    ],
)
def test_a_step_justified_by_no_other_side_or_by_a_noun_phrase_accuses_no_one(text):
    assert not any(code == "112" for code, *_ in coded_events(text, DATE, True))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kanada mische sich in Indiens innere Angelegenheiten ein, sagte der indische Außenminister.",
            ("112", "IND", "CAN", "asserted"),
        ),
        (
            "Die russische Regierung habe sich in die Wahl eingemischt, sagte die moldauische Präsidentin.",
            ("112", "MDA", "RUS", "asserted"),
        ),
        (
            "Moskau lüge, sagte der ukrainische Außenminister vor Journalisten.",
            ("112", "UKR", "RUS", "asserted"),
        ),
        (
            "Tokio schüre bewusst Ängste in der Region, sagte ein Sprecher des chinesischen Außenministeriums.",
            ("112", "CHN", "JPN", "asserted"),
        ),
    ],
)
def test_conduct_that_is_a_charge_told_of_another_side_accuses_it(text, expected):
    assert expected in coded_events(text, DATE)


@pytest.mark.parametrize(
    "text",
    [
        "Die russische Regierung habe sich nicht in die Wahl eingemischt, sagte der moldauische Außenminister.",
        "Sollte Moskau sich einmischen, werde man reagieren, sagte der moldauische Außenminister.",
        "Falls es zu Unruhen kommt, schüre Tokio bewusst Ängste, sagte ein chinesischer Sprecher.",
        "Russland lüge nicht, sagte der russische Außenminister.",
        "Ein Beitritt Georgiens würde die Region destabilisieren, sagte der russische Außenminister.",
    ],
)
def test_denied_or_conditional_charged_conduct_accuses_no_one(text):
    assert not any(code == "112" for code, *_ in coded_events(text, DATE, True))
