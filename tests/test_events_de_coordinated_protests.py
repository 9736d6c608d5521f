"""A protest verb coordinated with an earlier verb has that verb's subject: a government that protests
officially ("… wies das zurück und protestierte offiziell") complains to a state (114), a crowd that
marched and protested takes to the street (14x). Sentences written for these tests."""

from tests.event_tuples import coded_events

DATE = "2024-05-01"


def _codes(text: str) -> set[str]:
    return {code for code, *_ in coded_events(text, DATE)}


def test_a_government_protesting_after_a_rejection_protests_officially():
    codes = _codes("Die Regierung in Quito wies den Bericht als Lüge zurück und protestierte offiziell.")
    assert "114" in codes
    assert not any(code.startswith("14") for code in codes)


def test_a_crowd_that_marched_and_protested_is_a_street_protest():
    codes = _codes("In Tiflis zogen Tausende vor das Parlament und protestierten gegen das Gesetz.")
    assert "114" not in codes
    assert any(code.startswith("14") for code in codes)
