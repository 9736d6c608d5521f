"""Nominal events whose agent is not the subject of a light verb: the act noun "comes" from someone
("Kritik kam von …", "Aus Polen kam Widerspruch") or is received by its target ("Serbien erhielt
Rückendeckung von Russland"), through the whole pipeline."""

import pytest

from lagebild import analyze


def events(sentence: str) -> list[tuple]:
    """(code, source state, target state, modality) of the events read from one sentence."""
    return [
        (e.code, e.source and e.source.country, e.target and e.target.country, e.modality)
        for e in analyze(sentence, date="2026-11-20", lang="de").events
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an act noun ("-ung") as the subject of "kam": "von" on the verb names the speaker, not the patient
        (
            "Unterstützung für Georgien kam von den Vereinigten Staaten.",
            ("051", "USA", "GEO", "asserted"),
        ),
        ("Zustimmung zu dem Abkommen kam aus Schweden.", ("019", "SWE", None, "asserted")),
        ("Kritik an Serbien kam von der Europäischen Kommission.", ("111", None, "SRB", "asserted")),
        ("Widerspruch gegen den Vorschlag kam aus Dänemark.", ("120", "DNK", None, "asserted")),
        # inverted: the origin fronted, the noun read as the object of "kam"
        ("Aus Litauen kam prompt Widerspruch.", ("120", "LTU", None, "asserted")),
        ("Spott kam vom Kreml.", ("111", "RUS", None, "asserted")),
    ],
)
def test_an_act_noun_coming_from_someone_is_theirs(sentence, expected):
    assert expected in events(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Armenien erhielt Rückendeckung von Frankreich.", ("052", "FRA", "ARM", "asserted")),
        ("Rückendeckung erhielt Orbán aus Russland.", ("052", "RUS", "HUN", "asserted")),
        ("Finnland bekam Unterstützung aus Norwegen.", ("051", "NOR", "FIN", "asserted")),
    ],
)
def test_backing_received_comes_from_the_giver(sentence, expected):
    assert expected in events(sentence)


def test_a_train_coming_from_a_country_is_no_event():
    assert events("Der Zug kam aus Polen.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # object first: the parse takes the fronted act noun for the subject and the subject for the object
        ("Deutliche Kritik übte am Abend auch Irland.", ("111", "IRL", None, "asserted")),
        ("Ihre Solidarität mit Moldau bekundete auch Litauen.", ("051", "LTU", "MDA", "asserted")),
        # the parse gives the verb two subjects, the act noun and the actor after the verb
        ("Kritik an Serbien übte Präsident Emmanuel Macron.", ("111", "FRA", "SRB", "asserted")),
        ("Die Schließung des Konsulats gab Estland am Freitag bekannt.", ("161", "EST", None, "asserted")),
    ],
)
def test_a_fronted_act_noun_is_performed_by_the_subject_after_its_verb(sentence, expected):
    assert expected in events(sentence)


def analysed(text: str) -> list[tuple]:
    return [
        (e.code, e.source and e.source.country, e.target and e.target.country)
        for e in analyze(text, date="2026-11-20", lang="de").events
    ]


def test_a_giver_named_but_unknown_is_not_replaced_by_an_earlier_one():
    earlier = "Die Vereinigten Staaten lieferten Ungarn Hilfsgüter."
    assert ("070", "USA", "ROU") in analysed(f"{earlier} Auch Rumänien erhielt Hilfe.")
    assert ("070", "USA", "ROU") not in analysed(f"{earlier} Auch Rumänien erhielt Hilfe aus Haldenstein.")


def test_what_came_from_a_capital_was_said_by_its_government():
    assert ("111", "POL", "DEU") in analysed(
        "Deutschland stoppte die Lieferungen. Scharfe Kritik kam aus Warschau."
    )
    assert ("120", "HUN", "SVK") in analysed(
        "Die Slowakei lehnte den Plan ab. Aus Budapest kam prompt Widerspruch."
    )
    assert analysed("Der Zug kam aus Berlin.") == []


def test_the_rate_of_a_tariff_names_no_one_who_imposes_it():
    # "von 39 Prozent" counts the rate; the goods it falls on are the side hit, not the imposer
    found = events("Der Zoll von 39 Prozent auf Schweizer Waren sei ein schwerer Schlag.")
    assert not any(source == "CHE" for _, source, _, _ in found)
