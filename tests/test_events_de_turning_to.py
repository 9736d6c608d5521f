""" "sich wenden an": turning to another state or body is a contact (040), in writing an appeal (020, the
row of the pleas), and to one's own nation a public address that consults no one (`04_consult.tsv`)."""

from functools import partial

from tests.event_tuples import coded_events

_events = partial(coded_events, date="2025-03-04", keep_implausible=True)


def test_turning_to_a_body_with_a_letter_is_an_appeal():
    events = _events("Die Regierung in Bogotá wandte sich mit einem Brief an die Vereinten Nationen.")
    assert ("020", "COL", "IGOUNO", "asserted") in events
    assert not any(code.startswith("04") for code, *_ in events)


def test_turning_to_a_body_in_writing_is_an_appeal():
    events = _events("Der kenianische Außenminister hat sich schriftlich an die Afrikanische Union gewandt.")
    assert ("020", "KEN", "IGOAFRAFU", "asserted") in events


def test_turning_to_the_nation_consults_no_other_state():
    events = _events(
        "Nach den Zusammenstößen mit kosovarischen Polizisten wandte sich der serbische Präsident am Abend an die Nation."
    )
    assert not any(code.startswith("04") for code, *_ in events)


def test_turning_to_another_states_embassy_stays_a_contact():
    events = _events("Die Regierung in Wien wandte sich in der Sache an die russische Botschaft.")
    assert ("040", "AUT", "RUS", "asserted") in events
