"""A nationality adjective inside a name names no state itself (`events/name_adjectives.py`): "die
Deutsche Bank" is a company, while "Deutsche Soldaten" opening a sentence are Germany's. A named
party, company or union is still its country's side, as the guidelines code domestic bodies
(sentences written for this test)."""

import pytest

from tests.event_tuples import events_of, source_states

DATE = "2024-06-12"


@pytest.mark.parametrize(
    "text, root, code",
    [
        # capitalised inside its sentence: German writes a country adjective lower case
        ("Laut Medienberichten stoppte die Deutsche Bank alle Zahlungen nach Russland.", "16", "DEUBUS"),
        # opening the sentence, but the text writes the pair capitalised inside a sentence too
        (
            "Deutsche Bank stoppte alle Zahlungen nach Russland, teilte ein Sprecher der Deutschen Bank mit.",
            "16",
            "DEUBUS",
        ),
        ("Die Dänische Volkspartei drohte Schweden mit harten Konsequenzen.", "13", "DNKPTY"),
        (
            "Am Montag kritisierte die Norwegische Gewerkschaft der Seeleute die russische Marine scharf.",
            "11",
            "NORLAB",
        ),
        ("Am Montag verurteilte die Griechische Kirche den Angriff der Türkei.", "11", "GRCREL"),
        ("Die Polnische Volkspartei warf der Ukraine Wortbruch vor.", "11", "POLPTY"),
        # a single company's or broadcaster's own word as the head
        ("Am Montag kritisierte die Deutsche Bahn die Regierung in Minsk scharf.", "11", "DEUBUS"),
        ("Am Freitag kritisierte die Deutsche Welle die Regierung in Minsk scharf.", "11", "DEUMED"),
    ],
)
def test_a_body_named_with_a_country_adjective_is_of_that_country_but_not_its_government(text, root, code):
    sources = [e.source for e in events_of(text, DATE, keep_implausible=True) if e.code.startswith(root)]
    assert [s.actor_code for s in sources] == [code] * len(sources) and sources


@pytest.mark.parametrize(
    "text, root, code",
    [
        # a company named by what it is, not by a name of its own: the heads a title's body part names
        ("Kiew verhängte Sanktionen gegen mehrere Chinesische Unternehmen.", "16", "CHNBUS"),
        ("Die Ukraine verhängte Sanktionen gegen die Iranische Firma, die Drohnen baut.", "16", "IRNBUS"),
    ],
)
def test_a_company_named_with_a_country_adjective_is_that_country_s_business(text, root, code):
    targets = [e.target for e in events_of(text, DATE, keep_implausible=True) if e.code.startswith(root)]
    assert targets and [t.actor_code if t else None for t in targets] == [code] * len(targets)


@pytest.mark.parametrize(
    "text",
    [
        # a sea or an organisation of several states named with the adjective is no side
        "Nordkorea feuerte am Morgen eine Rakete ins Japanische Meer.",
        "Die Organisation Amerikanischer Staaten verurteilte den Angriff auf Haiti.",
    ],
)
def test_a_name_that_is_no_body_names_no_state(text):
    states = {s for e in events_of(text, DATE, keep_implausible=True) for s in (e.source, e.target) if s}
    assert not {s.country for s in states} & {"JPN", "USA"}


@pytest.mark.parametrize(
    "text, root, state",
    [
        ("Deutsche Soldaten lieferten Hilfsgüter in die Ukraine.", "07", "DEU"),
        ("„Russische Soldaten griffen Charkiw an“, sagte der Bürgermeister.", "19", "RUS"),
    ],
)
def test_a_country_adjective_opening_a_sentence_or_quote_names_the_state(text, root, state):
    assert state in source_states(text, DATE, root, keep_implausible=True)
