"""Targets guessed from the sentences before or from nearby: a third party turning to both sides of a
conflict names the two sides (each one's counterpart is the other, not the mediator); the subject of a
second main clause after a comma acts itself and is no target; an optimistic comment takes no partner
from before. New sentences, not from any gold set."""

from functools import partial

from tests.event_tuples import source_code_targets

_events = partial(source_code_targets, date="2026-11-01")


def _targets(events: list[tuple[str | None, str, str | None]], source: str, root: str) -> set[str | None]:
    return {target for src, code, target in events if src == source and code.startswith(root)}


def test_the_other_side_of_an_appeal_to_both_is_the_counterpart():
    text = (
        "Die EU-Kommission appellierte an Spanien und Marokko, den Streit um die Fischereirechte "
        "beizulegen. Ob Madrid nachgibt, ist offen."
    )
    assert _targets(_events(text), "ESP", "08") == {"MAR"}


def test_the_other_side_of_a_mediation_is_the_counterpart():
    text = "Katar vermittelte zwischen Äthiopien und Eritrea. Asmara will dreißig Gefangene freilassen."
    assert _targets(_events(text), "ERI", "08") == {"ETH"}


def test_the_addressee_of_a_single_appeal_answers_the_appealer():
    # one addressee only: no two sides named, the appealer stays the counterpart
    text = "Die EU-Kommission appellierte an Spanien, den Streit beizulegen. Ob Madrid nachgibt, ist offen."
    assert "MAR" not in _targets(_events(text), "ESP", "08")


def test_the_subject_of_a_second_main_clause_is_no_target():
    text = "Japan bot Hilfe beim Wiederaufbau an, Moskau warnte vor Einmischung."
    events = _events(text)
    assert ("JPN", "033", None) in events
    assert "RUS" not in _targets(events, "JPN", "03")


def test_a_relative_clause_still_names_the_counterpart():
    text = "Japan bot Hilfe an, die Moskau ablehnte."
    assert ("JPN", "033", "RUS") in _events(text)


def test_the_subject_of_a_reported_clause_stays_a_candidate():
    text = "Scholz kündigte an, Deutschland werde Sanktionen gegen Iran beschließen."
    assert ("DEU", "163", "IRN") in _events(text)


def test_a_state_named_in_a_characterisation_does_not_replace_the_guess():
    # "als Verletzung der Souveränität Malis" says what the act is, Mali is not its counterpart
    text = "Die Rebellen drohten Frankreich mit Vergeltung. Algier verurteilte die Luftangriffe als Verletzung der Souveränität Malis."
    assert ("DZA", "111", "FRA") in _events(text)


def test_an_optimistic_comment_takes_no_partner_from_before():
    text = "Serbien und Kosovo unterzeichneten in Brüssel ein Abkommen. Ungarn sprach von einem Meilenstein."
    assert _targets(_events(text), "HUN", "01") == {None}


def test_an_optimistic_comment_keeps_the_partner_its_object_names():
    text = "Die Taliban und Pakistan einigten sich auf eine Waffenruhe. Kabul sprach von einem neuen Kapitel in den Beziehungen zu Islamabad."
    assert _targets(_events(text), "AFG", "01") == {"PAK"}
