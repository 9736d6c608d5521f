"""A role noun whose prefix names an IGO ("der EU-Minister", "die Nato-Minister") is that body's office, not
a state's minister named before; an envoy's prefix names the posting ("der UN-Botschafter" is the state's
ambassador to the UN named before) (`pipeline.actor_role_phrases`)."""

from __future__ import annotations

from tests.entity_mentions import mention_codes
from tests.event_tuples import events_of, state_or_igo

TEXT = (
    "Der griechische Regierungschef Kyriakos Mitsotakis traf am Montag in Athen ein. "
    "Die Regierung in Nikosia lobte den Beschluss der EU-Minister."
)


def test_an_igo_minister_is_no_state_minister_named_before():
    assert mention_codes(TEXT, "2024-05-10")["der EU-Minister"].startswith("IGOEUR")


def test_praise_of_the_igo_ministers_decision_goes_to_the_igo():
    praise = [e for e in events_of(TEXT, "2024-05-10", keep_implausible=True) if e.code.startswith("05")]
    targets = {(state_or_igo(e.source), state_or_igo(e.target)) for e in praise}
    assert targets and all(target.startswith("IGOEUR") for _, target in targets)


def test_an_envoy_to_the_un_is_the_state_envoy_named_before():
    text = (
        "Der russische UN-Botschafter Wassili Nebensja sprach am Montag in New York. "
        "Der UN-Botschafter kritisierte die Ukraine scharf."
    )
    criticism = [e for e in events_of(text, "2024-05-10", keep_implausible=True) if e.code.startswith("11")]
    assert {(state_or_igo(e.source), state_or_igo(e.target)) for e in criticism} == {("RUS", "UKR")}
