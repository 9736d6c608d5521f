"""Session 15 lexicon families (issue 7): trigger words the German lexicon lacked, each with a sentence of
our own through the whole pipeline: upgrading relations (050 aufwerten, "auf eine neue Ebene heben"),
weapon tests by drone (150), closing foreign bases (166), holding travellers (173), pushing protesters
back (175 abdrängen), judging an act a "Freibrief" / "Schlag" (111) or "enttäuschend" (110), countering
a critic (120 kontern), throwing paint (145), an impeachment (1041), turning to the WTO (115), worry
passed on (012), shots at positions (190).
"""

from functools import partial

import pytest

from tests.event_tuples import coded_events

events = partial(coded_events, date="2024-06-03")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russland und Indien werteten ihre Beziehungen zu einer strategischen Partnerschaft auf.",
            ("050", "RUS", "IND", "asserted"),
        ),
        (
            "Frankreich und Indien hoben ihre Beziehungen auf eine neue Ebene.",
            ("050", "IND", "FRA", "asserted"),
        ),
        ("Nordkorea testete eine neue Unterwasserdrohne.", ("150", "PRK", None, "asserted")),
        ("Mali will die französischen Militärstützpunkte schließen.", ("166", "MLI", "FRA", "future")),
        (
            "Russische Grenzbeamte hielten finnische Reisende stundenlang fest.",
            ("173", "RUS", "FIN", "asserted"),
        ),
        (
            "Kenianische Soldaten drängten die Demonstranten vom Parlament ab.",
            ("175", "KEN", "KEN", "asserted"),
        ),
        ("Polen nannte das Urteil einen Freibrief für Russland.", ("111", "POL", "RUS", "asserted")),
        ("Ankara bezeichnete das Urteil als Freibrief für Athen.", ("111", "TUR", "GRC", "asserted")),
        ("Die Bundesregierung nannte die Absage Chinas enttäuschend.", ("110", "DEU", "CHN", "asserted")),
        ("Die Türkei konterte die Kritik Griechenlands umgehend.", ("120", "TUR", "GRC", "asserted")),
        (
            "Serbische Demonstranten bewarfen die amerikanische Botschaft mit roter Farbe.",
            ("145", "SRB", "USA", "asserted"),
        ),
        (
            "Das peruanische Parlament leitete ein Amtsenthebungsverfahren gegen Präsident Castillo ein.",
            ("1041", "PER", "PER", "asserted"),
        ),
        ("Ecuador rief die Welthandelsorganisation gegen Kolumbien an.", ("115", "ECU", "COL", "asserted")),
        ("Japan übermittelte China seine Besorgnis.", ("012", "JPN", None, "asserted")),
        (
            "Bei Schüssen aserbaidschanischer Soldaten auf armenische Stellungen starben zwei Menschen.",
            ("190", "AZE", "ARM", "asserted"),
        ),
    ],
)
def test_session15_family_is_coded(text, expected):
    assert expected in events(text)


@pytest.mark.parametrize(
    "text",
    [
        # "bezeichnen" judges its predicate: the attack the speaker calls retaliation is no criticism
        "Teheran bezeichnete den Angriff als Vergeltung für einen Luftschlag Israels.",
        # a base of one's own that is closed is no expulsion
        "Die Bundeswehr schließt den Tag mit einem Appell.",
    ],
)
def test_session15_family_not_coded(text):
    assert not any(code in ("111", "166") for code, *_ in events(text))
