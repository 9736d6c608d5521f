"""Negotiations named as what led to an act ("Nach wochenlangen Verhandlungen haben X und Y …") are
046 between the coordinated subjects, both ways (`prior_negotiations.py`)."""

from functools import partial

import pytest

from tests.event_tuples import coded_dyads

_dyads = partial(coded_dyads, date="2024-05-01")


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Nach wochenlangen Verhandlungen haben sich Serbien und Kosovo auf einen Grenzübergang geeinigt.",
            "SRB",
            "XKX",
        ),
        (
            "Nach monatelangen Verhandlungen haben Armenien und Aserbaidschan Gefangene ausgetauscht.",
            "ARM",
            "AZE",
        ),
        (
            "Nach drei Tagen zäher Verhandlungen haben Indien und Pakistan eine Erklärung unterzeichnet.",
            "IND",
            "PAK",
        ),
    ],
)
def test_negotiations_before_an_act_of_two_parties(text, first, second):
    dyads = _dyads(text)
    assert ("046", first, second) in dyads
    assert ("046", second, first) in dyads


def test_negotiations_of_a_single_subject_name_no_second_party():
    dyads = _dyads("Nach Gesprächen mit Scholz kündigte Macron neue Hilfen für Kiew an.")
    assert not any(code == "046" for code, _, _ in dyads)
