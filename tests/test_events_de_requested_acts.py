"""An act done at another's request ("auf Antrag / Bitten / Drängen X"): an appeal (02) of the requester to
the subject of the clause (`requested_acts.py`); a clause without an actor as subject names no one asked. A
member asking for consultations under Article 4 appeals to NATO to meet (026, `article_four.py`), NATO named or not."""

from functools import partial

import pytest

from tests.event_tuples import coded_events

events = partial(coded_events, date="2024-06-03", keep_implausible=True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Auf Antrag Frankreichs und Belgiens befasst sich die Europäische Union am Montag mit der Lage in Mali.",
            [("020", "FRA", "IGOEUREEC", "asserted"), ("020", "BEL", "IGOEUREEC", "asserted")],
        ),
        (
            "Auf Drängen Warschaus verschob die Europäische Union die Abstimmung.",
            [("020", "POL", "IGOEUREEC", "asserted")],
        ),
    ],
)
def test_requester_appeals_to_the_subject(text, expected):
    found = events(text)
    assert all(event in found for event in expected)


def test_request_without_an_actor_asked_is_no_appeal():
    found = events("Das Verbindungsbüro wurde damals auf Wunsch der amerikanischen Regierung eingerichtet.")
    assert not any(code.startswith("02") for code, *_ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Litauen beantragte am Morgen Konsultationen nach Artikel 4 des Nordatlantikvertrags.",
            [("026", "LTU", "IGOWSTNAT", "asserted")],
        ),
        # the sentence's full stop read as the number's
        (
            "Vilnius beantragte daraufhin Konsultationen nach Artikel 4.",
            [("026", "LTU", "IGOWSTNAT", "asserted")],
        ),
        (
            "Rumänien und Bulgarien riefen nach dem Absturz der Drohne Artikel 4 an.",
            [("026", "BGR", "IGOWSTNAT", "asserted"), ("026", "ROU", "IGOWSTNAT", "asserted")],
        ),
        (
            "Lettland könnte notfalls Konsultationen nach Artikel vier verlangen.",
            [("026", "LVA", "IGOWSTNAT", "hypothetical")],
        ),
        # the EU's mutual assistance clause and a state outside the alliance ask NATO for nothing
        ("Frankreich verlangte Konsultationen nach Artikel 42.7 des EU-Vertrags.", []),
        ("Die Ukraine verlangte Konsultationen nach Artikel 4.", []),
        ("Ungarn beantragte Konsultationen nach Artikel 4 des Grundlagenvertrags mit der Slowakei.", []),
        # suggesting the consultations is no request
        ("Riga brachte Konsultationen nach Artikel 4 ins Gespräch.", []),
    ],
)
def test_member_asking_for_article_four_consultations_appeals_to_nato(text, expected):
    assert sorted(e for e in events(text) if e[0] == "026") == expected
