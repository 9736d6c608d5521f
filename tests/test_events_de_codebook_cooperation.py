"""Long-tail triggers of the cooperative and yielding roots (06 to 09) taken from the CAMEO codebook, not from a
gold bank (session 21): plants built and goods supplied abroad, joint drills, aid sent under a general word,
rescue packages, further weapon types, pardons and prisoner swaps, tariffs and embargoes ended or struck,
a cease-fire kept, investigators sent and witnesses questioned. The sentences are our own and name their actors
by country names, so they test the lexicon rows, not the actor stage."""

from functools import partial

import pytest

from tests.event_tuples import coded_events

DATE = "2024-05-01"
events = partial(coded_events, date=DATE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russland baut in Ägypten ein Atomkraftwerk.", ("061", "RUS", "EGY", "asserted")),
        ("China errichtet in Ungarn eine Batteriefabrik.", ("061", "CHN", "HUN", "asserted")),
        ("Taiwan liefert Chips an die Vereinigten Staaten.", ("061", "TWN", "USA", "asserted")),
        ("Die chinesische Marine übte gemeinsam mit russischen Zerstörern.", ("062", "CHN", "RUS", "asserted")),
    ],
)  # fmt: skip
def test_material_cooperation_under_building_supplying_and_drilling(text, expected):
    assert expected in events(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die EU schickt weitere Hilfe in die Ukraine.", ("070", "IGOEUREEC", "UKR", "asserted")),
        ("Japan sandte Hilfe in die Türkei.", ("070", "JPN", "TUR", "asserted")),
        ("Das Rettungspaket der EU für Griechenland umfasst 110 Milliarden Euro.", ("071", "IGOEUREEC", "GRC", "asserted")),
        ("Frankreich liefert Hubschrauber an Ägypten.", ("072", "FRA", "EGY", "asserted")),
        ("Deutschland lieferte der Ukraine weitere Raketenwerfer.", ("072", "DEU", "UKR", "asserted")),
    ],
)  # fmt: skip
def test_aid_under_general_words_and_further_weapon_types(text, expected):
    assert expected in events(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der belarussische Präsident amnestierte die inhaftierten Litauer.", ("0841", "BLR", "LTU", "asserted")),
        # released into freedom, not dismissed from an office (172)
        ("Russland entließ den amerikanischen Reporter in die Freiheit.", ("0841", "RUS", "USA", "asserted")),
        ("Der Häftlingsaustausch zwischen Russland und den USA fand in Ankara statt.", ("0841", "RUS", "USA", "asserted")),
        ("China lockerte die Einreiseregeln für deutsche Touristen.", ("081", "CHN", "DEU", "asserted")),
        ("Die USA beendeten das Embargo gegen Vietnam.", ("085", "USA", "VNM", "asserted")),
        ("Die USA strichen die Strafzölle auf kanadischen Stahl.", ("085", "USA", "CAN", "asserted")),
        ("Armenien und Aserbaidschan vereinbarten einen Feuerstopp.", ("0871", "ARM", "AZE", "asserted")),
        ("Die Feuerpause zwischen Israel und dem Libanon wurde eingehalten.", ("0871", "ISR", "LBN", "asserted")),
    ],
)  # fmt: skip
def test_yielding_under_less_common_words(text, expected):
    assert expected in events(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Frankreich veranlasste eine Untersuchung des algerischen Vorgehens.", ("090", "FRA", "DZA", "asserted")),
        ("Die Ukraine stellte Ermittlungen gegen russische Offiziere an.", ("090", "UKR", "RUS", "asserted")),
        ("Die IAEA entsandte Inspekteure in den Iran.", ("090", "IGOUNOIAE", "IRN", "asserted")),
        ("Die UN schickten Ermittler nach Syrien.", ("090", "IGOUNO", "SYR", "asserted")),
        ("Die deutsche Staatsanwaltschaft vernahm den russischen Diplomaten.", ("091", "DEU", "RUS", "asserted")),
    ],
)  # fmt: skip
def test_inquiries_ordered_investigators_sent_and_witnesses_questioned(text, expected):
    assert expected in events(text)
