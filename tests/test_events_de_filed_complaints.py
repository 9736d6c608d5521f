"""A complaint filed with a forum ("bei der WTO", "beim Sicherheitsrat") is an official complaint
(114) aimed at the side it is lodged against ("gegen …"), not at the forum; a protest lodged with an
embassy is aimed at the embassy's state."""

import pytest

from tests.event_tuples import coded_events


@pytest.mark.parametrize(
    ("text", "complaints"),
    [
        (
            "Rom reichte bei der Welthandelsorganisation Beschwerde gegen Frankreich und Spanien ein.",
            [("114", "ITA", "FRA", "asserted"), ("114", "ITA", "ESP", "asserted")],
        ),
        (
            "Die Regierung in Rom hat bei der Welthandelsorganisation Beschwerde gegen Frankreich eingereicht.",
            [("114", "ITA", "FRA", "asserted")],
        ),
        (
            "Der algerische Außenminister will beim UN-Sicherheitsrat Beschwerde gegen Marokko einlegen.",
            [("114", "DZA", "MAR", "future")],
        ),
        ("Peking legte Protest bei der US-Botschaft ein.", [("114", "CHN", "USA", "asserted")]),
    ],
)
def test_a_filed_complaint_is_aimed_at_the_side_it_is_lodged_against(text, complaints):
    assert coded_events(text, "2024-05-01", keep_implausible=True) == complaints
