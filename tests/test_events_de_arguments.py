"""Source and target of German events: nominal visits and meetings, denials, "zu" infinitives,
coordinated verbs and the verbs that set a nominal act in motion, through the whole pipeline."""

from functools import partial

import pytest

from lagebild import analyze
from tests.event_tuples import coded_triples

dyads = partial(coded_triples, date="2023-03-14")


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        # the destination as the first part of a compound, the visitor in a "von" attribute
        ("Der China-Besuch von Außenministerin Annalena Baerbock dauerte drei Tage.", ("042", "DEU", "CHN")),
        # ... or in a genitive attribute
        ("Der Kiew-Besuch des französischen Präsidenten Emmanuel Macron dauerte nur wenige Stunden.", ("042", "FRA", "UKR")),
        # a capital after "nach" is the state visited, not a place without an actor
        ("Die Reise von Bundeskanzler Olaf Scholz nach Peking wurde in Washington kritisch verfolgt.", ("042", "DEU", "CHN")),
        # an unresolved possessive: the visitor is the subject of the clause
        ("Bei seinem Besuch in Kiew sagte Olaf Scholz weitere Hilfe zu.", ("042", "DEU", "UKR")),
        ("Während ihrer Reise nach Warschau traf Baerbock den polnischen Außenminister.", ("042", "DEU", "POL")),
    ],
)  # fmt: skip
def test_a_nominal_visit_goes_from_the_visitor_to_the_state_visited(text, visit):
    assert visit in dyads(text)


def test_a_meeting_named_by_a_noun_with_its_guest_goes_to_the_guest():
    # coded as "X traf Y", one way (meetings.met_in_return); "zwischen" would make it mutual
    coded = dyads("Xi Jinping nannte das Gipfeltreffen mit Joe Biden einen Erfolg.")
    assert ("040", "CHN", "USA") in coded
    assert ("040", "USA", "CHN") not in coded


def test_a_denial_that_names_what_it_denies_has_no_target():
    coded = dyads("Die USA warfen Russland Cyberangriffe vor. Der Kreml bestritt jede Beteiligung.")
    assert ("016", "RUS", None) in coded
    assert not any(code == "016" and target is not None for code, _, target in coded)


def test_a_denial_of_the_accusations_is_aimed_at_the_accuser():
    assert ("016", "RUS", "UKR") in dyads("Moskau wies die Vorwürfe Kiews zurück.")


def test_a_coordinated_verb_shares_the_counterpart():
    coded = dyads("Moskau wies die Vorwürfe Kiews zurück und sprach von einer Provokation.")
    assert [c for c in coded if c[0].startswith("11")] == [("112", "RUS", "UKR")]


def test_a_zu_infinitive_takes_the_subject_of_its_controller():
    """The parser makes "die Bundesregierung" the subject of "zu unterrichten"; an infinitive with
    "zu" has none: Biden informs the German government."""
    coded = dyads(
        "Biden versprach, mit Selenskyj zu telefonieren und die Bundesregierung über das Gespräch zu unterrichten."
    )
    # the promised call is the pledge itself (events.pledged_acts), still between Biden and Selenskyj
    assert ("030", "USA", "UKR") in coded
    assert ("064", "USA", "DEU") in coded
    assert not any(source == "DEU" for _, source, _ in coded)


def test_the_subject_of_an_idiom_of_initiating_performs_the_act():
    assert ("163", "IGOEUREEC", "IRN") in dyads(
        "Die EU-Kommission bringt neue Strafmaßnahmen gegen Iran auf den Weg."
    )


def test_a_subject_hung_on_the_auxiliary_still_announces_the_act():
    coded = dyads("Frankreich hatte am Montag die Ausweisung von zwölf russischen Diplomaten bekanntgegeben.")
    assert coded == [("161", "FRA", "RUS")]


def test_both_sides_are_the_parties_of_the_event_before():
    coded = dyads(
        "Scholz traf am Montag Macron in Paris. Beide Seiten vereinbarten eine engere Zusammenarbeit."
    )
    assert ("030", "DEU", "FRA") in coded
    assert ("030", "FRA", "DEU") in coded


def test_the_agent_of_an_act_noun_follows_durch_wherever_the_parser_hung_it():
    coded = dyads(
        "Moskau begründete den Schritt mit der Ausweisung von zehn russischen Diplomaten durch Polen im Mai."
    )
    assert ("161", "POL", "RUS") in coded


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two bare names: the one before the finite verb is the subject, whatever the parse says
        ("Iran griff Israel mit Drohnen an.", ("195", "IRN", "ISR")),
        ("Die Ukraine hat Russland angegriffen.", ("190", "UKR", "RUS")),
    ],
)  # fmt: skip
def test_a_bare_name_before_the_verb_is_the_subject(text, expected):
    assert expected in dyads(text)


def test_an_adverb_in_front_taken_for_a_name_leaves_the_named_subject_after_the_verb():
    # "Zeitgleich" opening the clause, tagged a proper noun, is no subject beside "die Bundesregierung"
    assert ("163", "DEU", "IRN") in dyads(
        "Zeitgleich verhängte die Bundesregierung neue Sanktionen gegen Iran."
    )


def test_an_object_the_parser_hung_on_a_trailing_adverb_is_still_the_object():
    assert ("111", "DEU", "IRN") in dyads(
        "Bundeskanzler Olaf Scholz verurteilte den iranischen Angriff scharf."
    )


def test_a_guessed_target_must_stand_for_a_state():
    # "Markus Potzel" is a name the KB does not know: no state, so no guessed counterpart
    (event,) = analyze(
        "Bundeskanzler Olaf Scholz nannte das Urteil einen Skandal, sagte Botschafter Markus Potzel.",
        date="2024-10-31",
        lang="de",
    ).events
    assert (event.code, event.source.country, event.target) == ("111", "DEU", None)


def test_stand_ins_over_the_same_words_keep_their_own_states():
    import spacy

    from lagebild.events.arguments import stand_in, state_ref

    doc = spacy.blank("de")("in Moskau und Minsk")
    russia = stand_in(doc, 0, 2, state_ref("Moskau", "RUS"))
    belarus = stand_in(doc, 0, 2, state_ref("Moskau", "BLR"))
    assert (russia._.actor.country, belarus._.actor.country) == ("RUS", "BLR")


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # the West's measures, as "die amerikanischen Sanktionen" are the United States'
        ("Der iranische Präsident verurteilte die westlichen Sanktionen gegen sein Land.", ("111", "WST")),
        ("Moskau verlangte eine Lockerung der westlichen Sanktionen.", ("102", "WST")),
    ],
)  # fmt: skip
def test_a_western_attribute_names_the_west_as_the_target(text, event):
    assert any((code, target) == event for code, _, target in dyads(text))


def test_a_western_part_of_a_place_is_no_side():
    """ "im westlichen Teil des Landes" gives a direction: the West is no side of the attack."""
    assert all(
        target != "WST"
        for _, _, target in dyads("Russische Truppen griffen Dörfer im westlichen Teil des Landes an.")
    )
