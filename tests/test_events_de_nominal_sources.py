"""Who performs an act named by a noun, and how sure it is: the subject of "wollen", "mittragen",
"anstreben", "vermeiden" or "scheuen" taking the act as object, a visitor named by a genitive the parse
made the head or by the clause whose means the visit is, an abbreviated state or union before the
hyphen of a measure or force, a nationality adjective behind a compass point; and "im Gespräch
bleiben". Sentences written for this file, through the real pipeline."""

import pytest

from tests.event_tuples import coded_dyads, coded_events

DATE = "2025-03-01"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # wanting an act: the subject's own, still to come, or not wanted at all
        ("Frankreich will neue Sanktionen gegen den Iran.", ("163", "FRA", "IRN", "future")),
        ("Polen wolle keinen Krieg mit Belarus.", ("190", "POL", "BLR", "negated")),
        # not going along with a measure is not taking it
        ("Rumänien will keine Sanktionen gegen Moldau mittragen.", ("163", "ROU", "MDA", "negated")),
        # shunning or not seeking an act of one's own: the subject's, not done
        ("Kritik an Washington vermeidet Hanoi bislang.", ("111", "VNM", "USA", "negated")),
        ("Die Regierung in Manila scheut einen Bruch mit Peking.", ("160", "PHL", "CHN", "negated")),
        ("Einen Bruch mit Moskau strebt Eriwan nicht an.", ("160", "ARM", "RUS", "negated")),
    ],
)
def test_the_subject_of_wanting_bearing_seeking_or_shunning_an_act_performs_it(text, expected):
    assert expected in coded_events(text, DATE)


def test_staying_in_talks_is_consultation():
    assert ("040", "FRA", "MAR", "future") in coded_events(
        "Frankreich wird mit Marokko im Gespräch bleiben.", DATE
    )


def test_an_actor_listed_after_a_prepositions_object_is_no_subject():
    # "die Europäer" is the subject, though no actor: Senegal, in the "über" phrase, does not talk
    text = "Umso mehr sollten die Europäer über die Ecowas und Nachbarn wie Senegal im Gespräch bleiben."
    assert not any(source == "SEN" for _, source, _ in coded_dyads(text, DATE))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parse makes the genitive name the head of the visit noun
        ("Es war Putins erster Besuch in Nordkorea seit 24 Jahren.", ("042", "RUS", "PRK")),
        # the visit as the means of the clause's doing
        ("Im Juni zeigte Emmanuel Macron mit einem Besuch in Grönland Flagge.", ("042", "FRA", "GRL")),
    ],
)
def test_a_visitor_found_beyond_the_visit_nouns_own_attributes(text, expected):
    assert expected in coded_dyads(text, DATE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die US-Sanktionen gegen Kuba bleiben in Kraft.", ("163", "USA", "CUB")),
        ("Seit Sonntag gelten die UN-Sanktionen gegen Iran wieder.", ("163", "IGOUNO", "IRN")),
    ],
)
def test_an_abbreviated_agent_before_the_hyphen_of_a_measure(text, expected):
    assert expected in coded_dyads(text, DATE)


def test_a_full_name_before_the_hyphen_is_no_agent():
    # "die Russland-Sanktionen" are sanctions against Russia, not Russia's
    found = coded_dyads("Die Russland-Sanktionen gegen Belarus wurden verlängert.", DATE)
    assert not any(source == "RUS" for _, source, _ in found)


def test_a_compass_point_before_a_nationality_adjective_names_that_state():
    text = "Nach den pakistanischen Luftangriffen in der ostafghanischen Provinz Paktika kam es zu Gefechten."
    assert ("195", "PAK", "AFG") in coded_dyads(text, DATE)
