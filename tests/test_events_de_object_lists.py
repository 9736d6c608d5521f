"""Objects missing from the object lists of lexicon rows (session 41): data supplied to a partner is shared
intelligence (064), staff and bloggers held are detained (173), a vote against an agreement rejects it (120),
troops holding an airport, a palace or heights occupy them (192), an office opened abroad (054), a veto or
border checks lifted (080), the army or coast guard reinforced (154), crossings closed and islands blockaded
(191). The sentences are our own."""

from functools import partial

import pytest

from tests.event_tuples import coded_events

events = partial(coded_events, date="2024-05-01")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norwegen liefert Finnland seit Jahren Radardaten über den Luftraum.", ("064", "NOR", "FIN", "asserted")),
        ("Frankreich lieferte Aufklärungsdaten an Tschad.", ("064", "FRA", "TCD", "asserted")),
        ("Die Taliban halten weiterhin mehrere Mitarbeiter der Vereinten Nationen fest.", ("173", "AFG", "IGOUNO", "asserted")),
        ("Polen stimmte gegen das Abkommen mit Brasilien.", ("120", "POL", "BRA", "asserted")),
        ("Russische Truppen kontrollieren seit Februar den Flughafen von Hostomel.", ("192", "RUS", "UKR", "asserted")),
        ("Putschende Soldaten besetzten in Niamey den Präsidentenpalast.", ("192", "NER", "NER", "asserted")),
        ("Aserbaidschanische Truppen besetzten die Höhen an der armenischen Grenze.", ("192", "AZE", None, "asserted")),
        ("Estland eröffnet ein Vertretungsbüro in Taiwan.", ("054", "EST", "TWN", "asserted")),
        ("Die Türkei hob ihr Veto gegen den Beitritt Schwedens auf.", ("080", "TUR", "SWE", "asserted")),
        ("Österreich hebt die Grenzkontrollen an der Grenze zu Slowenien auf.", ("080", "AUT", "SVN", "asserted")),
        ("Griechenland verstärkt seine Küstenwache an der Grenze zur Türkei.", ("154", "GRC", "TUR", "asserted")),
        ("Finnland sperrte die Übergänge an der russischen Grenze.", ("191", "FIN", None, "asserted")),
        ("Die chinesische Marine blockierte die Inseln vor der Küste Taiwans.", ("191", "CHN", "TWN", "asserted")),
    ],
)  # fmt: skip
def test_objects_added_to_their_rows(text, expected):
    assert expected in events(text)


def test_soldiers_are_no_data():
    # "Soldaten" ends in "daten": the data row must not take it for a compound of "Daten"
    coded = events("Indische und pakistanische Soldaten lieferten sich an der Grenze Feuergefechte.")
    assert not [e for e in coded if e[0] == "064"]


def test_checks_at_an_airport_are_no_occupation():
    assert not [
        e for e in events("Die Polizei kontrollierte am Flughafen die Pässe der Reisenden.") if e[0] == "192"
    ]


def test_swapped_soldiers_are_no_shared_data():
    coded = events("Russland und die Ukraine tauschten am Freitag 95 Soldaten aus.")
    assert not [e for e in coded if e[0] == "064"]
