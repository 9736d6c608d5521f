"""A consultation verb without its "mit" still consults where both parties are its subject (issue 7;
sentences written for these tests): the subject it shares with the verb it is joined to or the verb its
"zu" infinitive depends on, and a subject of names joined by "und", count as such. One party alone
names no partner. The impersonal "man" talking "über" something reports talks of both sides, not
"von" something."""

from functools import partial

import pytest

from tests.event_tuples import coded_events

events = partial(coded_events, date="2024-05-02")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a joined verb shares the coordinated subject of the first
        (
            "Serbien und Kosovo wollen die Spannungen abbauen und weiter verhandeln.",
            [("046", "SRB", "XKX", "future"), ("046", "XKX", "SRB", "future")],
        ),
        (
            "Bis zum Sommer sollten Belgrad und Pristina ihre Differenzen beilegen und ernsthaft verhandeln.",
            [("046", "SRB", "XKX", "hypothetical"), ("046", "XKX", "SRB", "hypothetical")],
        ),
        # a "zu" infinitive takes the subject of the verb it depends on
        (
            "Belgrad und Pristina sagten zu, im Herbst erneut zusammenzukommen.",
            [("040", "SRB", "XKX", "asserted"), ("040", "XKX", "SRB", "asserted")],
        ),
        # … or the object of a verb of urging
        (
            "Die Vermittler drängten Belgrad und Pristina, weiterzuverhandeln.",
            [("046", "SRB", "XKX", "hypothetical"), ("046", "XKX", "SRB", "hypothetical")],
        ),
    ],
)
def test_both_parties_as_the_shared_subject(text, expected):
    coded = events(text)
    assert all(event in coded for event in expected)


@pytest.mark.parametrize(
    "text",
    [
        "Belgrad will die Spannungen abbauen und weiter verhandeln.",
        "Die Vermittler drängten Belgrad, weiterzuverhandeln.",
    ],
)
def test_one_party_alone_does_not_consult(text):
    assert not any(code.startswith("04") for code, _, _, _ in events(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nach dem Treffen mit Blinken hieß es aus Kiew, man habe auch über die Gefangenen gesprochen.",
            ("040", "UKR", "USA", "asserted"),
        ),
        (
            "Über die Grenzfrage werde man im Herbst weiter verhandeln, "
            "sagte ein Sprecher der Regierung in Ankara.",
            ("046", "TUR", None, "future"),
        ),
    ],
)
def test_the_impersonal_man_talking_about_a_topic_consults(text, expected):
    # one side reports what both discussed; the partner is the one the article names
    assert expected in events(text)


def test_the_impersonal_man_speaking_of_something_does_not_consult():
    coded = events("Man habe von einem Erfolg gesprochen, hieß es aus Kiew.")
    assert not any(code.startswith("04") for code, _, _, _ in coded)
