"""Declaring that one will not tolerate a hostile act against one's side is a threat (130, asserted);
declaring that one will not accept what another side asks or does is a refusal (120), also with "kein"."""

import pytest

from tests.event_tuples import coded_events


@pytest.mark.parametrize(
    ("text", "threat"),
    [
        ("Chile werde eine Verletzung seiner Grenzen nicht hinnehmen, sagte die Präsidentin.",
         ("130", "CHL", None, "asserted")),
        # negated by "kein" on the object
        ("Der Sprecher in Teheran sagte, Iran werde keine Bedrohung der eigenen Sicherheit dulden.",
         ("130", "IRN", None, "asserted")),
    ],
)  # fmt: skip
def test_a_hostile_act_not_to_be_tolerated_is_a_threat(text, threat):
    events = coded_events(text, "2024-05-01", keep_implausible=True)
    assert threat in events
    assert not [e for e in events if e[0].startswith("12")]


def test_a_thing_not_to_be_tolerated_is_a_refusal():
    events = coded_events(
        "Die Regierung in Juba werde keine Parallelarmee dulden, sagte der Minister.",
        "2024-05-01",
        keep_implausible=True,
    )
    assert ("120", "SSD", None, "asserted") in events
    assert not [e for e in events if e[0].startswith("13")]


def test_a_hostile_act_tolerated_or_not_in_the_past_threatens_nothing():
    events = coded_events(
        "Polen hat die Grenzverletzung nicht hingenommen.", "2024-05-01", keep_implausible=True
    )
    assert not [e for e in events if e[0].startswith("13")]
