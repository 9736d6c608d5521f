"""Aid announced in a "zu" clause: announced to be given, it is the aid to come (future), no pledge, as
the banks code it by a wide margin and as announced acts are coded in general; announced not to be
given, it is the announced stop of that aid, no pledge (`intentions.py`); aid decided is the aid to
come too; an aid package announced is the pledge alone; aid promised ("sagte zu") stays a pledge."""

from functools import partial

import pytest

from tests.event_tuples import coded_events, event_dicts

_events = partial(coded_events, date="2023-05-01")


_dumped_events = partial(event_dicts, date="2024-03-01")


@pytest.mark.parametrize(
    "text",
    [
        "Die Regierung in Budapest kündigte an, keine Munition mehr an die Ukraine zu liefern.",
        "Die Slowakei kündigte an, der Ukraine keine Waffen zu liefern.",
    ],
)
def test_aid_announced_not_to_be_given_is_halted_not_pledged(text):
    events = _events(text)
    assert any(
        code == "1622" and modality == "asserted" and target == "UKR" for code, _, target, modality in events
    )
    assert not any(code.startswith("03") for code, _, _, _ in events)


def test_aid_announced_to_be_given_is_the_aid_to_come_not_a_stop():
    events = _events("Die Regierung in Prag kündigte an, der Ukraine weitere Munition zu liefern.")
    assert ("072", "CZE", "UKR", "future") in events
    assert not any(code.startswith(("16", "03")) for code, _, _, _ in events)


@pytest.mark.parametrize(
    "text",
    [
        "Kanada kündigte am Montag an, der Ukraine weitere Munition zu liefern.",
        "Die EU hat angekündigt, die humanitäre Hilfe für den Sudan aufzustocken.",
    ],
)
def test_announced_aid_is_the_aid_to_come_alone(text):
    events = _dumped_events(text)
    assert not [e for e in events if e["code"].startswith("03")]
    aid = [e for e in events if e["root"] == "07"]
    assert aid and all(e["modality"] == "future" for e in aid)


@pytest.mark.parametrize(
    "text",
    [
        "Die belgische Regierung hat beschlossen, Kiew acht Haubitzen zu liefern.",
        "Das Kabinett in Oslo beschloss am Dienstag, Kiew weitere Luftabwehrsysteme zu überlassen.",
    ],
)
def test_aid_decided_is_the_aid_to_come_not_an_intent(text):
    events = _dumped_events(text)
    assert not [e for e in events if e["code"].startswith("03")]
    aid = [e for e in events if e["root"] == "07"]
    assert aid and all(e["modality"] == "future" for e in aid)


def test_promised_aid_stays_a_pledge():
    events = _events("Kanada sagte zu, der Ukraine weitere Munition zu liefern.")
    assert any(code.startswith("033") and modality == "asserted" for code, _, _, modality in events)


def test_an_announced_aid_package_is_the_pledge_alone():
    events = _dumped_events("Kanada kündigte ein neues Hilfspaket für die Ukraine an.")
    assert any(e["code"].startswith("033") for e in events)
    assert not [e for e in events if e["root"] == "07"]
