"""A clause that names no target but talks about another state ("dankte für die Hilfe aus Washington")
has that state as its counterpart, not an actor named only in the sentences before; a place where it
happened does not count. New sentences, not from any gold set."""

from tests.event_tuples import coded_dyads


def _targets_of(text: str, code: str, source: str) -> set:
    return {t for c, s, t in coded_dyads(text, "2024-05-01") if c == code and s == source}


def test_thanks_for_help_from_a_capital_go_to_its_state():
    text = "Ägypten verurteilte die Angriffe Israels. Jordanien dankte später für die Hilfe aus Washington."
    assert _targets_of(text, "051", "JOR") == {"USA"}


def test_thanks_without_a_state_named_keep_the_counterpart_from_before():
    text = "Ägypten verurteilte die Angriffe Israels. Jordanien dankte später für die Hilfe."
    assert _targets_of(text, "051", "JOR") == {"ISR"}


def test_the_place_of_a_meeting_is_no_counterpart():
    text = "Ägypten verurteilte die Angriffe Israels. Jordanien dankte später bei einem Treffen in Paris für die Hilfe."
    assert "FRA" not in _targets_of(text, "051", "JOR")


def test_counter_tariffs_answer_the_state_of_the_tariffs():
    text = (
        "Frankreich und Marokko unterzeichneten ein Abkommen über Fischerei. Der spanische Premier drohte "
        "für den Fall amerikanischer Strafzölle mit Gegenzöllen."
    )
    assert _targets_of(text, "163", "ESP") == {"USA"}


def test_welcome_by_a_state_courting_foreign_troops_goes_to_their_state():
    text = (
        "Die Türkei kritisierte Griechenland scharf. Bulgarien, das seit Jahren um zusätzliche britische "
        "Soldaten wirbt, begrüßte die Pläne."
    )
    assert _targets_of(text, "051", "BGR") == {"GBR"}


def test_a_group_named_after_a_city_names_no_state():
    # "der Lima-Gruppe" is a group of states, not Peru: the counterpart stays the state from before
    text = (
        "In Caracas erklärte die Wahlbehörde Maduro erneut zum Sieger. Argentinien und Chile wiesen das "
        "Ergebnis in einem Schreiben der Lima-Gruppe zurück."
    )
    assert _targets_of(text, "120", "ARG") == {"VEN"}
