"""An act a source declares itself ready for is its expressed intent (CAMEO 03, asserted), not the act
done; the other side of a mutual act is not ready by the subject's word; unreadiness refuses the act
(12x, asserted) (ready_acts.py)."""

import pytest

from tests.event_tuples import coded_events

DATE = "2024-05-02"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the infinitive on the adjective: "sei bereit, … zu helfen"
        (
            "Polen sei bereit, der Ukraine mit Munition zu helfen, sagte der Minister.",
            [("033", "POL", "UKR", "asserted")],
        ),
        # "bereit" as the particle of "stehen"
        (
            "Frankreich stehe bereit, Marokko beim Wiederaufbau zu helfen.",
            [("033", "FRA", "MAR", "asserted")],
        ),
        # the act's noun as the infinitive's object
        (
            "Australien stehe bereit, die Zusammenarbeit mit Fidschi auszuweiten, hieß es in Canberra.",
            [("032", "AUS", "FJI", "asserted")],
        ),
        # a mutual act: only the one who declared itself ready
        (
            "Kenia sei bereit, mit Äthiopien ein Abkommen zu unterzeichnen.",
            [("032", "KEN", "ETH", "asserted")],
        ),
    ],
)
def test_an_act_declared_ready_for_is_an_intent(text, expected):
    assert coded_events(text, DATE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the act's noun by "zu" on the adjective: concessions, a truce (intents to yield)
        (
            "Saudi-Arabien sei zu weiteren Zugeständnissen an den Jemen bereit.",
            [("035", "SAU", "YEM", "asserted")],
        ),
        ("Israel sei zu einer Waffenruhe mit der Hamas bereit.", [("0356", "ISR", "PSE", "asserted")]),
        # on the verb "bereit" completes: a dialogue offered
        ("Japan bleibe zum Dialog mit Südkorea bereit.", [("036", "JPN", "KOR", "asserted")]),
    ],
)
def test_an_act_noun_declared_ready_for_is_an_intent(text, expected):
    assert coded_events(text, DATE) == expected


def test_a_conditional_offer_is_an_offer():
    events = coded_events(
        "Saudi-Arabien sei zu weiteren Zugeständnissen an den Jemen bereit, sofern die Rebellen ihre Angriffe einstellten.",
        DATE,
    )
    assert ("035", "SAU", "YEM", "asserted") in events


def test_a_readiness_that_is_the_condition_declares_nothing():
    events = coded_events(
        "Wenn Polen bereit wäre, der Ukraine zu helfen, würde das den Krieg verkürzen.", DATE
    )
    assert not any(code.startswith("03") for code, *_ in events)


def test_concessions_made_stay_concessions():
    assert [code for code, *_ in coded_events("Moskau machte Kiew keine Zugeständnisse.", DATE)] == ["080"]


def test_the_act_itself_keeps_its_code():
    assert coded_events("Polen hilft der Ukraine mit Munition.", DATE) == [("070", "POL", "UKR", "asserted")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ungarn sei nicht bereit, der Ukraine zu helfen.", [("122", "HUN", "UKR", "asserted")]),
        # a meeting offered by "bereit" (036), refused
        ("Russland sei nicht bereit, mit Japan zu verhandeln.", [("125", "RUS", "JPN", "asserted")]),
    ],
)
def test_unreadiness_refuses_the_act(text, expected):
    assert coded_events(text, DATE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Türkei und Griechenland streiten seit Jahren über die Grenzen in der Ägäis. Ankara sei bereit, "
            "über alle strittigen Fragen zu verhandeln, sagte der türkische Außenminister.",
            ("036", "TUR", "GRC", "asserted"),
        ),
        (
            "Serbien und das Kosovo stecken in einer Krise. Belgrad sei bereit, über die Autonomie der Gemeinden "
            "zu reden, erklärte der Präsident.",
            ("036", "SRB", "XKX", "asserted"),
        ),
        # declared not ready: the talks refused
        (
            "Die Türkei und Griechenland streiten seit Jahren über die Grenzen in der Ägäis. Ankara sei nicht "
            "bereit, über die Inseln zu verhandeln, sagte der türkische Außenminister.",
            ("125", "TUR", "GRC", "asserted"),
        ),
    ],
)
def test_talks_offered_without_a_partner_answer_the_side_talked_about(text, expected):
    """ "sei bereit, über … zu verhandeln" offers talks whether or not it names the partner
    (sense_filters._offered_talks)."""
    assert expected in coded_events(text, DATE)
