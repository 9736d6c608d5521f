"""Acts the German coder used to miss or code with the wrong root, through the whole pipeline
(`lagebild.analyze`), issue 7: a separable particle before "und" + the next verb, a consultation
whose "mit" follows a misparsed name, crowds protesting, acts held out "in Aussicht", yielding ruled
out, cooperation a source says it will not give or no longer gives, approving another side's action,
agreeing to extend an agreement, police sent abroad, an extradition to the state after "nach".
Sentences of our own; actors the actor stage resolves (states, capitals)."""

from functools import partial

import pytest

from tests.event_tuples import coded_codes, coded_events

DATE = "2024-09-12"
events = partial(coded_events, date=DATE)
codes = partial(coded_codes, date=DATE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "ein" read as an article of the next noun, the second verb's "an" hung on the first verb
        ("Teheran legte sofort Protest ein und kündigte Gegenmaßnahmen an.", "114"),
        # the second verb tagged as an adjective: its "aus" is no particle of "verhängte"
        ("Zudem verhängte Moskau Sanktionen gegen Estland und setzte Einfuhren aus Lettland aus.", "163"),
    ],
)  # fmt: skip
def test_a_particle_before_und_and_the_next_verb_closes_the_first_clause(text, expected):
    assert expected in codes(text)


def test_a_particle_of_the_first_verb_is_still_found_after_a_coordinated_noun():
    assert ("1222", "DEU", None, "asserted") in events("Berlin lehnte Waffen und schwere Panzer ab.")


def test_a_phone_call_whose_mit_follows_the_verb_is_a_consultation_whatever_the_parse():
    coded = events(
        "Der französische Präsident telefonierte dazu mit dem polnischen Präsidenten Andrzej Duda."
    )
    assert any(code == "041" and source == "FRA" for code, source, *_ in coded)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In Herat protestierten daraufhin Dutzende Frauen.", "141"),
        ("In Minsk protestierten erneut Tausende Belarussen.", "141"),
        ("Peking protestierte scharf.", "114"),  # a government protests to someone, not on the street
        ("Die Vereinigten Staaten protestierten scharf.", "114"),
        ("Die Regierung in Kiew protestierte bei der ungarischen Botschaft.", "114"),
    ],
)  # fmt: skip
def test_crowds_protest_on_the_street_governments_to_someone(text, expected):
    assert expected in codes(text)
    assert ({"114", "141"} - {expected}).isdisjoint(codes(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Paris stellte Algier neue Sanktionen in Aussicht.", ("1312", "FRA", "DZA", "asserted")),
        ("Berlin stellte Chisinau weitere Hilfspakete in Aussicht.", ("033", "DEU", "MDA", "asserted")),
        ("Rom stellte Tunis eine Lockerung der Visaregeln in Aussicht.", ("0354", "ITA", "TUN", "asserted")),
    ],
)  # fmt: skip
def test_an_act_held_out_is_coded_by_what_is_held_out(text, expected):
    coded = events(text)
    assert expected in coded
    assert not any(code == "030" for code, *_ in coded)


def test_holding_out_something_that_names_no_act_stays_an_intent():
    assert ("030", "DEU", "MDA", "asserted") in events(
        "Berlin stellte Chisinau eine Entscheidung bis zum Jahresende in Aussicht."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Präsident Duda versicherte, Polen werde nicht nachgeben.",
        "Moskau macht Tiflis keine Zugeständnisse.",
        "Die Regierung in Budapest will nicht einlenken.",
        # the pressure withstood, negated, negates the yielding
        "Warschau werde sich keinem Diktat aus Brüssel beugen, erklärte der Regierungschef.",
        # a "niemals" the parse hangs on the adjective of the pressure, not on the verb
        "Warschau werde sich niemals äußerem Druck beugen, erklärte der Regierungschef.",
    ],
)
def test_yielding_ruled_out_now_or_for_the_future_is_a_refusal_to_yield(text):
    coded = events(text)
    assert any(code == "124" and modality == "asserted" for code, _, _, modality in coded)
    assert not any(code.startswith("08") for code, *_ in coded)


@pytest.mark.parametrize(
    "text",
    [
        # a past report that it did not happen, no stand taken
        "Moskau machte Tiflis keine Zugeständnisse.",
        # a perfect reports the past, though its auxiliary is in the present
        "Warschau habe sich keinem Diktat aus Brüssel gebeugt, erklärte der Regierungschef.",
        "Indien habe sich dem Druck Washingtons nicht gebeugt, sagte der Minister.",
        # the negation belongs to the clause that expects it
        "Diplomaten rechnen nicht damit, dass Moskau die Entscheidung bald rückgängig macht.",
    ],
)
def test_yielding_that_did_not_happen_or_is_not_expected_is_no_refusal(text):
    assert not any(code == "124" for code, *_ in events(text))


def test_giving_in_is_still_yielding():
    assert any(code == "080" for code, *_ in events("Ungarn gab dem Druck der EU nach."))


@pytest.mark.parametrize(
    ("text", "refusal", "act"),
    [
        ("Ankara will den Verdächtigen nicht an Athen überstellen.", ("121", "TUR", "GRC", "asserted"), "063"),
        ("Madrid will der Ukraine keine Kampfpanzer liefern.", ("1222", "ESP", "UKR", "asserted"), "072"),
        ("Die Regierung Irans erklärte, man werde die französischen Geiseln nicht freilassen.", None, "0841"),
    ],
)  # fmt: skip
def test_cooperation_a_source_will_not_give_is_refused_and_the_act_negated(text, refusal, act):
    coded = events(text)
    assert any(code == act and modality == "negated" for code, _, _, modality in coded)
    if refusal is not None:
        assert refusal in coded
    else:
        assert any(code == "1243" and modality == "asserted" for code, _, _, modality in coded)


def test_a_hostile_act_not_wanted_is_no_refusal():
    coded = events("Ganz abbrechen will die Bundesregierung den Kontakt nach Moskau nicht.")
    assert not any(code.startswith("12") for code, *_ in coded)


def test_approving_another_sides_action_endorses_it_approving_a_deal_approves():
    assert ("051", "CHN", "RUS", "asserted") in events("Peking billigte das Vorgehen Moskaus ausdrücklich.")
    assert ("019", "TUR", "SWE", "asserted") in events(
        "Das Parlament in Ankara billigte den Beitritt Schwedens."
    )


def test_agreeing_to_extend_an_agreement_renews_it():
    coded = events("Moskau stimmte gegenüber Ankara einer Verlängerung des Transitabkommens zu.")
    assert ("057", "RUS", "TUR", "asserted") in coded


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Slowakei liefert keine Munition mehr an die Ukraine.", ("1622", "SVK", "UKR", "asserted")),
        ("Ungarn importiert kein russisches Öl mehr.", ("163", "HUN", "RUS", "asserted")),  # the oil's state
        ("Serbien arbeitet nicht mehr mit dem Tribunal zusammen.", ("160", "SRB", None, "asserted")),
    ],
)  # fmt: skip
def test_cooperation_that_goes_on_no_longer_is_halted(text, expected):
    assert expected in events(text)


@pytest.mark.parametrize(
    "text",
    [
        "Die Slowakei liefert keine Munition an die Ukraine.",  # did not happen, nothing stopped
        "Die Slowakei liefert nicht mehr als zehn Panzer an die Ukraine.",  # a quantity
    ],
)
def test_a_plain_negation_or_a_quantity_halts_nothing(text):
    assert not any(code.startswith("16") for code, *_ in events(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Österreich entsandte zwanzig Grenzschützer nach Nordmazedonien.", ("070", "AUT", "MKD", "asserted")),
        ("Portugal schickte Polizisten nach Haiti.", ("070", "PRT", "HTI", "asserted")),
    ],
)  # fmt: skip
def test_border_guards_and_police_sent_to_another_state_are_aid(text, expected):
    assert expected in events(text)


@pytest.mark.parametrize(
    "text",
    [
        "Italien lieferte den russischen Agenten nach Deutschland aus.",
        "Italien überstellte Putins Vertrauten nach Deutschland.",
    ],
)
def test_an_extradition_goes_to_the_state_after_nach_not_to_the_extradited(text):
    # the destination is the target, as after "an" ("an Deutschland ausgeliefert"), not the state of
    # the person handed over
    assert ("063", "ITA", "DEU", "asserted") in events(text)
