"""German event coding where the grammatical subject receives or suffers the act (lexicon target
`recipient`), force nouns with several target prepositions or a figurative first part, predicates the
parser misreads, voters as subjects, and striking back; through the whole pipeline (`lagebild.analyze`)."""

from functools import partial

import pytest

from tests.event_tuples import coded_events

events = partial(coded_events, date="2024-03-01")


def test_the_receiving_subject_is_the_target_of_the_giver_named_with_aus_or_von():
    assert events("Taiwan erhält Marschflugkörper aus Frankreich.") == [("072", "FRA", "TWN", "asserted")]
    assert events("Die Republik Moldau bekommt weitere Luftabwehrsysteme von Deutschland.") == [
        ("072", "DEU", "MDA", "asserted")
    ]
    assert events("Die Türkei erhielt nach dem Erdbeben Hilfe aus Griechenland.") == [
        ("070", "GRC", "TUR", "asserted")
    ]


def test_the_giver_of_a_receipt_comes_from_the_same_kind_of_act_before():
    found = events("Der IWF gewährte Ägypten einen Kredit. Auch Tunesien bekam einen Kredit.")
    giver = found[0][1]
    assert ("071", giver, "TUN", "asserted") in found
    # a decision to open talks (036) gives the status that follows
    status = events(
        "Die EU beschloss, mit Albanien Beitrittsgespräche aufzunehmen. Auch Moldau erhielt den Kandidatenstatus."
    )
    assert ("050", "IGOEUREEC", "MDA", "asserted") in status


def test_a_receipt_without_any_giver_is_no_event():
    assert events("Georgien erhielt den Kandidatenstatus.") == []
    assert events("Die Armee erhielt neue Panzer.") == []


def test_refuge_found_somewhere_is_granted_by_that_place_state():
    assert ("075", "RUS", "SYR", "asserted") in events(
        "Der gestürzte syrische Staatschef fand in Moskau Zuflucht."
    )
    assert ("075", "ARG", "VEN", "asserted") in events(
        "Der venezolanische Oppositionelle Juan Pérez hat in der argentinischen Botschaft Zuflucht gefunden."
    )
    # shelter found at home is given by no one
    assert not [e for e in events("Die Menschen in Kiew fanden Schutz in der U-Bahn.") if e[0] == "075"]


def test_losing_accreditation_is_a_reduction_of_relations_by_the_side_that_took_it():
    found = events(
        "Polen wies drei russische Diplomaten aus. Auch der russische Botschafter verliert seine Akkreditierung."
    )
    assert found.count(("161", "POL", "RUS", "asserted")) == 2


def test_diplomats_who_must_leave_are_expelled_by_the_country_they_leave():
    assert events("Zwölf Mitarbeiter der iranischen Botschaft müssen die Bundesrepublik verlassen.") == [
        ("161", "DEU", "IRN", "asserted")
    ]
    # leaving of one's own accord suffers no act
    assert events("Der iranische Botschafter verließ die Bundesrepublik am Montag.") == []


def test_a_main_clause_after_a_colon_is_not_governed_by_the_clause_before_it():
    # the parser hangs the expulsion on "erwartet": what was expected is hypothetical, what follows the
    # colon is not
    found = events(
        "Die Antwort Berlins fiel härter aus, als manche im Kreml erwartet hatten: "
        "30 Mitarbeiter der russischen Botschaft müssen die Bundesrepublik bis Freitag verlassen."
    )
    assert found == [("161", "DEU", "RUS", "asserted")]


def test_outrage_shown_by_a_predicate_the_parser_made_a_clause_is_disapproval():
    assert events("Die Regierung in Paris zeigte sich empört über das Vorgehen Moskaus.") == [
        ("111", "FRA", "RUS", "asserted")
    ]
    assert [e[0] for e in events("Die Bundesregierung zeigte sich besorgt.")] == ["012"]


def test_military_nouns_take_their_target_with_auf_as_well_as_gegen():
    assert events("Russland startete eine neue Offensive auf Charkiw.") == [("190", "RUS", "UKR", "asserted")]
    assert ("195", "ISR", "SYR", "asserted") in events("Israel flog einen Luftschlag auf Damaskus.")


def test_a_figurative_offensive_is_no_use_of_force():
    found = events("Die EU startete eine Charmeoffensive gegenüber Indien.")
    assert not [e for e in found if e[0][:2] in ("18", "19", "20")]
    found = events("Die Regierung kündigte eine Bildungsoffensive gegen den Lehrermangel an.")
    assert not [e for e in found if e[0][:2] in ("18", "19", "20")]


def test_voters_of_a_state_are_no_actor_against_anyone():
    assert events("Die Schweizer Stimmbürger sagten Nein zum Rahmenabkommen mit der EU.") == []


def test_striking_back_is_force_against_the_attacker():
    found = events(
        "Pakistan beschoss indische Grenzposten. Sollte Indien zurückschlagen, drohe ein offener Krieg."
    )
    assert ("190", "IND", "PAK", "hypothetical") in found
    assert events("Nach dem Beschuss der Grenzposten schlug Indien gegen Pakistan zurück.") == [
        ("190", "IND", "PAK", "asserted")
    ]
    # an attack repelled is fought against the attacker
    assert events("Die ukrainische Armee schlug den russischen Angriff zurück.") == [
        ("190", "UKR", "RUS", "asserted")
    ]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Der israelische Ministerpräsident sagte, Iran werde einen hohen Preis zahlen.", "ISR", "IRN"),
        ("Russland werde teuer bezahlen, erklärte die Regierung in Kiew.", "UKR", "RUS"),
    ],
)
def test_the_price_a_side_is_to_pay_is_the_speakers_threat(text, source, target):
    assert ("130", source, target, "asserted") in events(text)


def test_a_price_paid_is_no_threat():
    assert not [
        e for e in events("Die Ukraine zahlt einen hohen Preis für den Krieg.") if e[0].startswith("13")
    ]


def test_those_who_must_leave_without_a_name_are_the_envoys_expelled_just_before():
    found = events(
        "Lettland wies am Dienstag vier belarussische Diplomaten aus. Die Männer müssen das Land binnen drei Tagen verlassen."
    )
    leaving = [e for e in found if e[0] == "161"]
    assert ("161", "LVA", "BLR", "asserted") in leaving and len(leaving) >= 2
    # with no expulsion before, a departure of people the sentence does not name codes nothing
    assert events("Die Männer müssen das Land binnen drei Tagen verlassen.") == []
