"""Long-tail triggers of the force roots (15 to 20) taken from the CAMEO codebook, not from a gold bank
(session 21): troops moved up or put in position, airspace overflown, property burnt or wrecked, people
captured, interrogated, kidnapped, tortured or killed under less common verbs, territory annexed under
"eingliedern" / "einverleiben", a people deported. The sentences are our own and name their actors by country
names or nationality adjectives, so they test the lexicon rows, not the actor stage."""

from functools import partial

import pytest

from tests.event_tuples import coded_events

DATE = "2024-05-01"
events = partial(coded_events, date=DATE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die russische Armee führte frische Reserven an die ukrainische Grenze heran.", ("154", "RUS", None, "asserted")),
        ("Die USA verlagerten Kriegsschiffe nach Taiwan.", ("154", "USA", "TWN", "asserted")),
        ("Russland brachte Raketenwerfer an der Grenze zu Litauen in Stellung.", ("154", "RUS", "LTU", "asserted")),
        ("Chinesische Bomber überflogen japanisches Hoheitsgebiet.", ("150", "CHN", "JPN", "asserted")),
        ("Nordkorea versetzte seine Truppen in den höchsten Alarmzustand.", ("152", "PRK", None, "asserted")),
    ],
)  # fmt: skip
def test_forces_moved_up_or_readied_show_force(text, expected):
    assert expected in events(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Israelische Siedler brannten palästinensische Häuser nieder.", ("1712", "ISR", "PSE", "asserted")),
        ("Serbische Nationalisten verwüsteten das albanische Konsulat.", ("1712", "SRB", "ALB", "asserted")),
        ("Der iranische Geheimdienst verhörte den französischen Reporter tagelang.", ("173", "IRN", "FRA", "asserted")),
        ("Nordkorea kidnappte in den Siebzigerjahren japanische Staatsbürger.", ("181", "PRK", "JPN", "asserted")),
        ("Russische Wärter quälten die ukrainischen Häftlinge.", ("1822", "RUS", "UKR", "asserted")),
        ("Die Taliban steinigten einen pakistanischen Händler.", ("1823", "AFG", "PAK", "asserted")),
        ("Ein russischer Soldat schoss einen ukrainischen Radfahrer nieder.", ("1823", "RUS", "UKR", "asserted")),
    ],
)  # fmt: skip
def test_coercion_and_assault_under_less_common_verbs(text, expected):
    assert expected in events(text)


def test_a_capture_named_by_its_noun_is_a_detention_by_the_captor():
    assert ("173", "IRN", None, "asserted") in events(
        "Die Gefangennahme der beiden amerikanischen Piloten durch Iran sorgte für Empörung."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russland gliederte die besetzten ukrainischen Gebiete in sein Staatsgebiet ein.", ("192", "RUS", "UKR", "asserted")),
        ("Russland hat sich die ukrainische Halbinsel 2014 einverleibt.", ("192", "RUS", "UKR", "asserted")),
        ("Die Einverleibung der Krim durch Russland verurteilte die UN-Vollversammlung.", ("192", "RUS", "UKR", "asserted")),
    ],
)  # fmt: skip
def test_territory_taken_into_the_own_state_is_occupation(text, expected):
    assert expected in events(text)


def test_a_people_deported_is_mass_expulsion():
    assert ("201", "RUS", "UKR", "asserted") in events(
        "Russland deportierte Tausende ukrainische Kinder nach Russland."
    )


def test_a_hybrid_war_is_coercion_not_fighting():
    # "hybrid": pressure without arms (migrants pushed over a border, sabotage), CAMEO 17
    found = coded_events("Russland führt seit Jahren einen hybriden Krieg gegen Polen.", "2024-05-01")
    assert [(code, source, target) for code, source, target, _ in found] == [("170", "RUS", "POL")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a town taken by its name alone, as "nahm die Stadt ein" (session 55)
        ("Syrische Rebellen haben Aleppo eingenommen.", ("192", "SYR", "SYR", "asserted")),
        ("Russische Truppen haben Awdijiwka eingenommen.", ("192", "RUS", "UKR", "asserted")),
    ],
)  # fmt: skip
def test_a_named_place_taken_is_occupation(text, expected):
    assert expected in events(text)


def test_taking_up_a_stance_is_no_occupation():
    assert not [
        e for e in events("Die türkische Regierung nimmt in Brüssel eine harte Haltung ein.") if e[0] == "192"
    ]


def test_a_crowd_driven_off_is_repression_not_expulsion():
    found = events("Die irakische Polizei vertrieb die Menge mit Wasserwerfern und Schlagstöcken.")
    assert ("175", "IRQ", "IRQ", "asserted") in found
    assert not [e for e in found if e[0] == "201"]


def test_a_war_between_two_states_is_fought_by_both():
    found = events("Ein Krieg zwischen Kongo und Ruanda gilt als möglich.")
    assert {("190", "COD", "RWA", "hypothetical"), ("190", "RWA", "COD", "hypothetical")} <= set(found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # strikes told by their weapon (session 55)
        ("Amerikanische Bomber werfen Bomben auf die iranischen Anlagen in Fordo.", ("195", "USA", "IRN", "asserted")),
        ("Noch am Abend antwortet Iran mit Salven ballistischer Raketen auf Tel Aviv.", ("195", "IRN", "ISR", "asserted")),
        ("Russland antwortete mit Raketen auf Kiew.", ("195", "RUS", "UKR", "asserted")),
    ],
)  # fmt: skip
def test_bombs_thrown_and_missiles_in_answer_are_air_strikes(text, expected):
    assert expected in events(text)
