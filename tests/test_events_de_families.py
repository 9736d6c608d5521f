"""Families of German news constructions through the whole pipeline (`lagebild.analyze`), issue 7.

Each family is exercised with several members, not one sentence: measures named by their object noun
(travel bans, export bans, asset freezes), suspending relations, firing missiles at a target,
advancing into territory, recalling one's own ambassador, and force named by a noun whose actor is
an adjective or genitive. The sentences use actors the actor stage already resolves (country names,
"die Bundesregierung"), so they test the coder, not the actor stage.
"""

from functools import partial

import pytest

from tests.event_tuples import coded_events, coded_roots

DATE = "2024-04-15"
events = partial(coded_events, date=DATE)
roots = partial(coded_roots, date=DATE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kanada verhängte ein Ausfuhrverbot gegen Belarus.", ("163", "CAN", "BLR", "asserted")),
        ("Die Bundesregierung erließ ein Exportverbot gegen den Iran.", ("163", "DEU", "IRN", "asserted")),
        # "beschloss" mistagged (ADV or PUNCT) by the small tagger still governs subject and object
        ("Die Schweiz beschloss Vermögenssperren gegen Russland.", ("163", "CHE", "RUS", "asserted")),
        # the target named only by a nationality adjective of the people the measure hits
        ("Kanada verhängte Einreiseverbote gegen iranische Generäle.", ("163", "CAN", "IRN", "asserted")),
        ("Die USA verhängten Visabeschränkungen gegen thailändische Beamte.", ("163", "USA", "THA", "asserted")),
        # "Abgaben" is the news's other word for tariffs
        ("Ecuador hat eine Abgabe von 30 Prozent auf alle Einfuhren aus Kolumbien verhängt.",
         ("163", "ECU", "COL", "asserted")),
        ("Peking kündigte an, Abgaben auf amerikanische Waren zu erheben.", ("163", "CHN", "USA", "future")),
    ],
)  # fmt: skip
def test_measures_named_by_their_object_noun_are_sanctions(text, expected):
    assert expected in events(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peking überzog Litauen mit Strafmaßnahmen.", ("163", "CHN", "LTU", "asserted")),
        ("Die USA haben Kuba jahrzehntelang mit Sanktionen überzogen.", ("163", "USA", "CUB", "asserted")),
    ],
)  # fmt: skip
def test_covering_a_state_with_sanctions_imposes_them_on_it(text, expected):
    assert expected in events(text)


def test_covering_a_state_with_air_strikes_stays_force():
    assert ("195", "RUS", "UKR", "asserted") in events("Russland überzog die Ukraine mit Luftangriffen.")


def test_handing_over_weapons_is_no_levy():
    coded = events("Deutschland kündigte die Abgabe weiterer Panzer an die Ukraine an.")
    assert not any(code.startswith("16") for code, *_ in coded)


def test_every_coordinated_state_imposes_the_ban_even_where_the_verb_is_misparsed():
    coded = events("Polen, Estland und Finnland verhängten Reiseverbote gegen belarussische Beamte.")
    assert {source for code, source, target, _ in coded if code == "163" and target == "BLR"} == {
        "POL", "EST", "FIN"
    }  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Bundesregierung hat die Zusammenarbeit mit Mali auf Eis gelegt.", ("160", "DEU", "MLI", "asserted")),
        ("Japan fror die Finanzhilfen für Myanmar ein.", ("162", "JPN", "MMR", "asserted")),
        ("Die NATO stoppte die Zusammenarbeit mit Russland.", ("160", "IGOWSTNAT", "RUS", "asserted")),
        ("Die Bundesregierung stoppte die Gespräche mit Iran.", ("164", "DEU", "IRN", "asserted")),
    ],
)  # fmt: skip
def test_suspending_relations_or_aid_reduces_relations(text, expected):
    assert expected in events(text)


def test_talks_put_on_ice_are_suspended_not_held():
    coded = events("Die Bundesregierung legte die Gespräche mit Venezuela auf Eis.")
    assert ("160", "DEU", "VEN", "asserted") in coded
    assert not any(code.startswith("04") for code, *_ in coded)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nordkorea feuerte mehrere Raketen auf Japan ab.", ("195", "PRK", "JPN", "asserted")),
        # "Drohnen" parsed as a conjunct of the verb, not its object
        ("Iran feuerte mehr als 200 Drohnen und Raketen auf Israel ab.", ("195", "IRN", "ISR", "asserted")),
    ],
)  # fmt: skip
def test_firing_missiles_at_a_target_is_aerial_force(text, expected):
    assert expected in events(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Aserbaidschan drang auf armenisches Gebiet vor.", ("192", "AZE", "ARM", "asserted")),
        # the perfect with "sein" is not a passive: the subject advanced
        ("Die Türkei ist in den Norden Syriens einmarschiert.", ("192", "TUR", "SYR", "asserted")),
        ("Russland drang in die Ukraine ein.", ("192", "RUS", "UKR", "asserted")),
        ("Seit 2014 kontrolliert Russland die Halbinsel Krim.", ("192", "RUS", "UKR", "asserted")),
    ],
)  # fmt: skip
def test_advancing_into_territory_occupies_it(text, expected):
    assert expected in events(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a force noun carried out by its light verb's subject, also where "flog" is misparsed as an
        # attribute of the noun
        ("Israel flog Luftangriffe auf den Libanon.", ("195", "ISR", "LBN", "asserted")),
        ("Russland startete einen Großangriff auf die Ukraine.", ("190", "RUS", "UKR", "asserted")),
        ("Russland führte einen massiven Raketenangriff auf Kiew aus.", ("195", "RUS", "UKR", "asserted")),
        ("Russland überzog die Ukraine mit Drohnenangriffen.", ("195", "RUS", "UKR", "asserted")),
        ("Putin entfesselte einen Krieg gegen die Ukraine.", ("190", "RUS", "UKR", "asserted")),
        ("Deutschland führt keinen Krieg gegen Russland.", ("190", "DEU", "RUS", "negated")),
    ],
)  # fmt: skip
def test_force_nouns_carried_out_by_a_light_verb(text, expected):
    assert expected in events(text)


def test_breaking_into_a_network_is_no_invasion():
    assert "19" not in roots("Die Hacker drangen in das Netz des Bundestages ein.")


def test_a_recalled_ambassador_is_never_the_target_the_post_is():
    assert ("161", "DEU", "BLR", "asserted") in events(
        "Die Bundesregierung rief ihren Botschafter in Minsk zu Konsultationen zurück."
    )
    assert events("Litauen rief seinen Botschafter zu Konsultationen zurück.") == [
        ("161", "LTU", None, "asserted")
    ]


def test_a_recall_after_an_attack_on_a_third_party_does_not_guess_the_victim_as_target():
    coded = events(
        "Iran feuerte in der Nacht Raketen auf Israel ab. Zudem rief Berlin seinen Botschafter zu "
        "Konsultationen zurück."
    )
    assert ("161", "DEU", None, "asserted") in coded
    assert not any(code == "161" and target == "ISR" for code, _, target, _ in coded)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der iranische Angriff auf Israel scheiterte.", ("190", "IRN", "ISR", "asserted")),
        ("Russlands Krieg gegen die Ukraine geht ins dritte Jahr.", ("190", "RUS", "UKR", "asserted")),
        # the genitive after the noun, parsed as an apposition
        ("Der Angriff Irans auf Israel scheiterte.", ("190", "IRN", "ISR", "asserted")),
        ("Israel kündigte einen Gegenschlag gegen Iran an.", ("190", "ISR", "IRN", "future")),
    ],
)  # fmt: skip
def test_force_named_by_a_noun_takes_its_actor_from_an_adjective_or_genitive(text, expected):
    assert expected in events(text)


def test_who_condemns_a_nominal_attack_is_not_its_target():
    coded = events("Der iranische Angriff auf Israel wurde von Frankreich verurteilt.")
    assert ("190", "IRN", "ISR", "asserted") in coded
    assert ("111", "FRA", "IRN", "asserted") in coded
    assert not any(code == "190" and target == "FRA" for code, _, target, _ in coded)


def test_denied_intentions_of_force_are_negated_force():
    coded = events("Peking bestritt jegliche Angriffsabsichten gegen Taiwan.")
    assert ("190", "CHN", "TWN", "negated") in coded
    assert not any(code.startswith("19") and modality == "asserted" for code, *_, modality in coded)


def test_force_without_anyone_it_is_aimed_at_or_an_actor_is_not_coded():
    assert "19" not in roots("Ein israelischer Gegenschlag gilt als wahrscheinlich.")
    assert "19" not in roots("Seit Beginn des Krieges hat Polen Millionen Flüchtlinge aufgenommen.")
    assert "19" not in roots("Der Krieg in der Ukraine führte in Polen zu höheren Preisen.")
