"""Who acts when an act is named before the verb or its agent follows a noun: an act fronted before a verb
of judging is judged by the actor after the verb (`coder._act_as_agent`); a state's s-genitive before an
act noun, which the NER takes into one name with it, performs the act (`actors._owner_in_the_genitive`);
a capital after "durch" and an act noun or in a passive is the agent, not the way through the city
(`actor_capitals`)."""

from functools import partial

import pytest

from tests.event_tuples import coded_events, country_roots

_events = partial(coded_events, date="2024-05-01")


@pytest.mark.parametrize(
    ("text", "judge", "judged"),
    [
        ("Die russische Invasion verurteilte die UNO scharf.", "IGOUNO", "RUS"),
        ("Die chinesischen Militärmanöver kritisierte Japan scharf.", "JPN", "CHN"),
    ],
)
def test_an_act_fronted_before_a_verb_of_judging_is_judged_by_the_actor_after_it(text, judge, judged):
    events = _events(text)
    assert any(
        code.startswith("11") and (source, target) == (judge, judged) for code, source, target, _ in events
    )
    # the act noun is no agent of the judging
    assert not any(code.startswith("11") and source == judged for code, source, _, _ in events)


def test_a_state_genitive_before_an_act_noun_at_the_sentence_start_performs_the_act():
    roots = country_roots("Russlands Angriff auf die Ukraine hat Tausende Menschen getötet.", "2024-05-01")
    assert ("19", "RUS", "UKR", "asserted") in roots


@pytest.mark.parametrize(
    "text",
    [
        "Berlin verurteilte die Ausweisung der Diplomaten durch Moskau.",
        "Die Diplomaten wurden durch Moskau ausgewiesen.",
    ],
)
def test_a_capital_after_durch_and_an_act_or_in_a_passive_is_the_agent(text):
    events = _events(text)
    assert any(code == "161" and source == "RUS" for code, source, _, _ in events)


def test_a_capital_after_durch_and_a_noun_of_motion_stays_the_city():
    from lagebild import analyze

    doc = analyze("Ein Marsch durch Kiew erinnerte an die Opfer des Krieges.", date="2024-05-01", lang="de")
    assert not any(m.text == "Kiew" for e in doc.entities if e.kb_id == "government:UKR" for m in e.mentions)
