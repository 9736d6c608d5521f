"""An act a "zu" infinitive asks of an addressee is never the asker's own
(`events.acts_asked_of_others`): where no other stage gave it to the addressee, it is not coded; the
appeal stays. Without an addressee, or asked of the asker's own people, the act stays the asker's.
Sentences written for this file, through the real pipeline."""

from tests.event_tuples import coded_events

DATE = "2024-05-01"


def _codes_by_source(text: str) -> set[tuple[str, str | None]]:
    return {(code[:2], source) for code, source, _, _ in coded_events(text, DATE, keep_implausible=True)}


def test_an_act_asked_of_all_sides_is_not_the_askers():
    coded = _codes_by_source("Peking rief alle Seiten auf, ihre Streitigkeiten im Dialog beizulegen.")
    assert ("02", "CHN") in coded  # the appeal
    assert ("04", "CHN") not in coded  # the talks are the sides', not Beijing's


def test_an_act_asked_of_a_body_of_no_known_state_is_not_the_askers():
    coded = _codes_by_source("Grossi hat beide Seiten aufgefordert, das Kraftwerk nicht zu beschießen.")
    assert any(root == "10" for root, _ in coded)
    assert not any(root == "19" for root, _ in coded)


def test_an_act_asked_of_a_named_state_goes_to_it():
    events = coded_events(
        "Frankreich forderte Russland auf, seine Truppen aus Mali abzuziehen.", DATE, keep_implausible=True
    )
    assert ("100", "FRA", "RUS", "asserted") in events
    assert any(code.startswith("087") and source == "RUS" for code, source, _, _ in events)


def test_an_act_demanded_of_no_addressee_stays_the_askers():
    events = coded_events(
        "Die Regierung in Warschau forderte, den russischen Botschafter sofort auszuweisen.",
        DATE,
        keep_implausible=True,
    )
    assert any(code.startswith("16") and source == "POL" for code, source, _, _ in events)
