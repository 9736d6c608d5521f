"""Lexicon rows whose CAMEO root the gold of the tuning banks codes otherwise than the lexicon did, through
the whole pipeline (issue 7, sixth session, second lexicon round).

Excluding a state or its firms from something ("schloss Kosovo von einem Manöver aus", "chinesische
Firmen von Staatsaufträgen ausschließen") reduces relations (16x); ruling out an act of one's own ("schloss
eine Lieferung aus") stays a refusal (12x). "sprach von einem Staatsstreich / einer Abrechnung / einem
Tauschgeschäft" accuses (11x) like the accusation nouns the lexicon already lists; speaking with someone
about such a thing stays a consultation.
"""

from functools import partial

import pytest

from tests.event_tuples import coded_events

events = partial(coded_events, date="2024-05-02")


def roots(text: str) -> set[str]:
    return {code[:2] for code, *_ in events(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # excluded from an exercise or from contracts, markets, networks
        ("Die Regierung in Rom schloss Ungarn von der gemeinsamen Militärübung aus.",
         ("160", "ITA", "HUN", "asserted")),
        ("Paris will chinesische Konzerne von öffentlichen Ausschreibungen ausschließen.",
         ("163", "FRA", "CHN", "future")),
        # accusations by the noun "sprach von" names
        ("Der georgische Regierungschef sprach von einer Abrechnung Moskaus mit Tiflis.",
         ("112", "GEO", "RUS", "asserted")),
    ],
)  # fmt: skip
def test_codes_the_banks_share(text, expected):
    assert expected in events(text)


def test_a_coup_named_by_the_speaker_is_an_accusation():
    coded = events("Die Regierung in Caracas sprach von einem Putschversuch der Opposition.")
    assert ("112", "VEN") in {(code, source) for code, source, *_ in coded}


@pytest.mark.parametrize(
    ("text", "root"),
    [
        # ruling out an act of one's own is a refusal, not an exclusion
        ("Kanzler Scholz schloss eine Lieferung von Kampfjets an die Ukraine aus.", "12"),
        ("Die Ukraine schloss Verhandlungen mit Moskau aus.", "12"),
        # talking with someone about a coup consults, it accuses no one
        ("Baerbock sprach mit Kuleba über den Putschversuch in Niger.", "04"),
    ],
)
def test_other_senses_keep_their_codes(text, root):
    assert roots(text) == {root}
