"""The roots the coder found least (08 yield, 12 reject, 19 fight, 07 aid) through the whole pipeline, issue 7.

The rows live in lexicon_de/08_*, 12_*, 19_* and 07_*.tsv under "Session 10 (thin roots ...)": what is lifted
or eased named by a noun with the thing in the genitive ("die Aufhebung der Sanktionen"), proceedings or
deportations suspended, exceptions and rights conceded, protest and flights allowed, proposals dismissed,
agreements regarded as void, takeovers forbidden, strikes named by a compound, people who flee taken in. The
negatives guard the same words where they name no act between states.
"""

from functools import partial

import pytest

from tests.event_tuples import coded_events

events = partial(coded_events, date="2024-06-03")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 08: a suspension, an exception, permissions, an order taken back
        ("Pakistan setzte die Abschiebungen nach Afghanistan aus.", ("080", "PAK", "AFG", "asserted")),
        ("Berlin räumte London eine Ausnahme ein.", ("080", "DEU", "GBR", "asserted")),
        # rights granted to a side are conceded, not admitted (015)
        ("Dänemark räumte Washington zusätzliche Rechte ein.", ("080", "DNK", "USA", "asserted")),
        ("Georgien ließ die Flüge aus Russland wieder zu.", ("081", "GEO", "RUS", "asserted")),
        # easing a restriction at home is done to the own population (as the tuning banks code it)
        ("Die kubanische Führung ließ friedliche Proteste zu.", ("0811", "CUB", "CUB", "asserted")),
        # 12: a proposal dismissed, an agreement regarded as void, a takeover forbidden, dialogue turned down
        (
            "Die Türkei tat den Vorschlag Deutschlands als unrealistisch ab.",
            ("120", "TUR", "DEU", "asserted"),
        ),
        (
            "Die Bundesregierung untersagte den Einstieg des chinesischen Konzerns.",
            ("120", "DEU", "CHN", "asserted"),
        ),
        # refusing the other side's say (120, as three banks code "verbat sich"), warnings turned back: the
        # object decides, not the "als" noun that describes it
        ("Die Regierung in Eriwan verbat sich jede Einmischung Moskaus.", ("120", "ARM", "RUS", "asserted")),
        ("Peking wies die Warnungen als Einmischung zurück.", ("120", "CHN", None, "asserted")),
        # 08: backing down, a ceasefire agreed between two (0871, as "sich einigen auf")
        (
            "Ungarn machte beim Veto gegen die Ukraine-Hilfe einen Rückzieher.",
            ("080", "HUN", None, "asserted"),
        ),
        (
            "Pakistan und Afghanistan verständigten sich in Doha auf eine Waffenruhe.",
            ("0871", "PAK", "AFG", "asserted"),
        ),
        # 08: people swapped and received back, exemptions received, tariffs put off (session 55)
        (
            "Israel und die Hamas tauschten Geiseln gegen palästinensische Häftlinge aus.",
            ("0841", "ISR", "PSE", "asserted"),
        ),
        (
            "Russland übergab 200 ukrainische Soldaten. Kiew erhielt 215 Soldaten zurück.",
            ("0841", "RUS", "UKR", "asserted"),
        ),
        ("Japan erhielt von den USA eine Ausnahmegenehmigung.", ("085", "USA", "JPN", "asserted")),
        (
            "Trump schob die angedrohten Zölle gegen Mexiko um einen Monat auf.",
            ("085", "USA", "MEX", "asserted"),
        ),
        # 08: a ceasefire kept by the two (0871, as "einhalten" with the noun's light verbs)
        ("Indien und Pakistan hielten die Waffenruhe ein.", ("0871", "IND", "PAK", "asserted")),
        # 07: people who flee taken in, aid brought
        ("Armenien nahm Tausende Vertriebene aus Aserbaidschan auf.", ("075", "ARM", "AZE", "asserted")),
        ("Jordanien brachte Hilfsgüter nach Gaza.", ("073", "JOR", "PSE", "asserted")),
        # 07: a peace mission's mandate extended keeps its troops in the host country (s56)
        (
            "Der UN-Sicherheitsrat verlängerte das Mandat der Blauhelmtruppe im Südlibanon um ein Jahr.",
            ("074", "IGOUNO", "LBN", "asserted"),
        ),
        # 06: arms sold to a state, and their sale approved, with the buyer as target (s56)
        ("Washington verkauft der Türkei weitere Kampfjets.", ("061", "USA", "TUR", "asserted")),
        ("Frankreich verkaufte Fregatten an Griechenland.", ("061", "FRA", "GRC", "asserted")),
        (
            "Washington genehmigte den Verkauf von Raketenwerfern an Taiwan.",
            ("061", "USA", "TWN", "asserted"),
        ),
    ],
)
def test_thin_root_family_is_coded(text, expected):
    assert expected in events(text)


@pytest.mark.parametrize(
    ("text", "root"),
    [
        # what is lifted, named by its noun: the act asked of the addressee (hypothetical)
        ("Kanada forderte von den USA eine Rücknahme der Zölle.", "08"),
        ("Schweden verlangte von Iran die Freigabe des Tankers.", "08"),
        ("Mexiko forderte von Washington ein Ende des Embargos.", "08"),
        ("Moskau verlangte von der EU die Aufhebung der Sanktionen.", "08"),
    ],
)
def test_lifting_named_by_its_noun_is_asked_of_the_addressee(text, root):
    asked = [e for e in events(text) if e[0].startswith(root)]
    assert asked and all(modality == "hypothetical" for *_, modality in asked)


def test_a_strike_named_by_a_compound_is_force():
    assert any(code.startswith("19") for code, *_ in events("Israel flog einen Militärschlag gegen Iran."))


@pytest.mark.parametrize(
    "text",
    [
        # "Schläge" ends "Vorschläge" and "Rückschläge": no bare row for it
        "Die Vorschläge Frankreichs gegen die Inflation stießen in Berlin auf Skepsis.",
        "Die Regierung in Rom erlitt Rückschläge bei der Wahl.",
        # "Ende" with a season or a weekend is no lifting of sanctions
        "Zum Ende der Saison reiste die Mannschaft nach Madrid.",
        # a club suspending its training suspends no relations
        "Der Verein setzte das Training am Wochenende aus.",
        # an exemption from a rule at home, a parcel got back: no one yields to another side
        "Der Präsident erhielt eine Ausnahme von der Regel.",
        "Die Familie bekam ihr Paket von der Post zurück.",
        # machines a firm sells are no arms, a parliament's mandates extended send no troops (s56)
        "Der Konzern verkaufte Maschinen an China.",
        "Das Parlament verlängerte die Mandate der Abgeordneten um zwei Jahre.",
    ],
)
def test_everyday_words_code_no_yield_or_force(text):
    assert not [e for e in events(text) if e[0][:2] in ("08", "19", "12", "07")]


def test_rights_granted_are_no_admission():
    assert not [e for e in events("Dänemark räumte Washington zusätzliche Rechte ein.") if e[0] == "015"]


def test_a_description_with_als_does_not_turn_a_rejection_into_a_denial():
    """ "wies die Berichte als Lüge zurück" stays a denial: there the object itself is a charge."""
    assert ("016", "RUS", None, "asserted") in events("Moskau wies die Berichte als Lüge zurück.")
