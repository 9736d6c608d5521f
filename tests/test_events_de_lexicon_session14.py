"""Session 14 rows of the German lexicon, through the whole pipeline (issue 7): claims of fact rejected
as a denial (016), weapon systems asked for (0232, 1032 and the hypothetical delivery asked for, 072),
bases handed over (0842), a share in another's military exercise or mission (062). Each negative keeps the word in another sense from becoming that event."""

import pytest

from tests.event_tuples import coded_dyads

DATE = "2024-06-03"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Moskau wies die Spekulationen über einen Angriff auf die Ukraine zurück.", ("016", "RUS", None)),
        ("Selenskyj bat die USA um weitere Patriot-Systeme.", ("0232", "UKR", "USA")),
        ("Selenskyj bat die USA um weitere Patriot-Systeme.", ("072", "USA", "UKR")),
        ("Kiew verlangte von Berlin mehr Munition.", ("1032", "UKR", "DEU")),
        ("Die Ukraine fordert von Polen mehr Luftverteidigung.", ("1032", "UKR", "POL")),
        ("Frankreich übergab seinen letzten Stützpunkt an die Streitkräfte Tschads.", ("0842", "FRA", "TCD")),
        (
            "Frankreich hat die Militärbasis in Abidjan an die ivorische Armee übergeben.",
            ("0842", "FRA", "CIV"),
        ),
    ],
)
def test_session_14_rows(text, expected):
    assert expected in coded_dyads(text, DATE)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a demand rejected stays a rejection, no denial
        ("Moskau wies die Forderung der Ukraine zurück.", "016"),
        # an explanation asked for is no weapon
        ("Die Regierung verlangte von Moskau eine Erklärung.", "1032"),
        # a conference attended is a meeting, no military cooperation
        ("Polen nahm an der Konferenz in Genf teil.", "062"),
    ],
)
def test_other_senses_stay_out(text, code):
    assert all(c != code for c, _, _ in coded_dyads(text, DATE))
