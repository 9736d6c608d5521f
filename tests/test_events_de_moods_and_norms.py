"""Words that read like acts but report none, or aim at no one: a fear of a thing and suspicion the writer
ascribes ("fürchtet um ihr Wasser", "beobachtet … mit Argwohn") are no pessimistic comment (012), "sich
absetzen" is fleeing, not deposing (172), and a violated norm or a court's say no side owns ("gegen das
Völkerrecht verstoßen", "erkennt die Zuständigkeit des Gerichts nicht an") leaves the act without a
target."""

from functools import partial

import pytest

from tests.event_tuples import coded_events, coded_triples

DATE = "2024-05-02"

_triples = partial(coded_triples, date=DATE)


@pytest.mark.parametrize(
    "text",
    [
        "Die Regierung in Kairo fürchtet um ihr Wasser.",
        "Die Regierung in Lima befürchtet eine Eskalation an der Grenze.",
        "Peking beobachtet die Annäherung zwischen Tokio und Seoul mit Argwohn.",
    ],
)
def test_a_mood_the_writer_reports_is_no_comment(text):
    assert not any(code.startswith("01") for code, *_ in _triples(text))


@pytest.mark.parametrize(
    "text, event",
    [
        ("Die Regierung in Budapest fürchtet, dass die Preise weiter steigen.", ("012", "HUN", None)),
        ("Warschau beobachtet die Manöver mit großer Sorge.", ("012", "POL", None)),
    ],
)
def test_voiced_worry_stays_a_comment(text, event):
    assert event in _triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "Der sudanesische General hat sich nach Kairo abgesetzt.",
        "Seit dem Morgen haben sich mindestens vierzig venezolanische Soldaten über die Grenze abgesetzt.",
    ],
)
def test_fleeing_deposes_no_one(text):
    assert not any(code.startswith("172") for code, *_ in _triples(text))


def test_deposing_stays():
    assert ("172", "FRA", "FRA") in _triples("Das Parlament in Paris setzte den Präsidenten ab.")


def test_a_violated_norm_no_side_owns_has_no_target():
    text = (
        "Die Opposition wirft der Regierung in Budapest Korruption vor. "
        "Ungarns Außenminister bestritt, mit dem Gesetz gegen das Völkerrecht zu verstoßen."
    )
    assert ("128", "HUN", None, "negated") in coded_events(text, DATE)


def test_a_court_s_jurisdiction_refused_has_no_target():
    text = (
        "Der Internationale Gerichtshof hat Guyana im Grenzstreit recht gegeben. "
        "Venezuela erkennt die Zuständigkeit des Gerichts nicht an."
    )
    assert ("120", "VEN", None) in _triples(text)


def test_an_objection_refused_is_no_ruling_and_keeps_its_target():
    # "Einspruch" ends in "spruch" but is a side's objection, not a court's ruling no side owns
    text = (
        "Manila legte bei der Regierung in Peking Einspruch gegen die Blockade ein. "
        "Peking erkenne den Einspruch nicht an, sagte ein Sprecher."
    )
    assert ("120", "CHN", "PHL") in _triples(text)
