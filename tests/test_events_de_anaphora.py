"""Events only referred back to ("verkündete den Schritt"): copies of the earlier event, through the
whole pipeline."""

from lagebild import analyze
from lagebild.pipeline import STAGES

EXPULSION = "Die Bundesregierung hat vier russische Diplomaten ausgewiesen."


def events_in(text: str, sentence: str, date: str = "2022-04-05") -> list[tuple]:
    """(code, source state, target state, modality, date, place) of the events read from `sentence`."""
    return [
        (e.code, e.source and e.source.country, e.target and e.target.country, e.modality, e.date,
         e.place and e.place.name)
        for e in analyze(text, date=date, lang="de").events
        if e.evidence.text == sentence
    ]  # fmt: skip


def test_the_stage_runs_right_after_the_event_coder():
    factories = [factory for factory, _ in STAGES]
    assert factories.index("lagebild_event_anaphora") == factories.index("lagebild_events") + 1


def test_an_announced_step_is_the_earlier_event_with_this_sentences_date_and_place():
    announcement = "Außenministerin Annalena Baerbock verkündete den Schritt am Montag in Berlin."
    found = events_in(f"{EXPULSION} {announcement}", announcement)
    assert found == [("161", "DEU", "RUS", "asserted", "2022-04-04", "Berlin")]


def test_measures_that_are_to_take_effect_are_future():
    effect = "Die Ausweisungen sollen am 1. Dezember wirksam werden."
    found = events_in(f"{EXPULSION} {effect}", effect)
    assert found == [("161", "DEU", "RUS", "future", "2022-12-01", None)]


def test_criticism_of_the_act_is_no_copy_of_it():
    criticism = "Moskau kritisierte die Ausweisung."
    codes = [code for code, *_ in events_in(f"{EXPULSION} {criticism}", criticism)]
    assert "161" not in codes
    assert any(code.startswith("11") for code in codes)  # the coder's own event: Moscow criticises


def test_a_reporter_of_another_side_and_a_new_measure_make_no_copy():
    confirmation = "Die NATO bestätigte die Entscheidung."
    assert (
        events_in(f"Russland hat die Gaslieferungen nach Polen gestoppt. {confirmation}", confirmation) == []
    )
    new_measure = "Kanzler Olaf Scholz kündigte eine weitere Maßnahme an."
    assert not [e for e in events_in(f"{EXPULSION} {new_measure}", new_measure) if e[0] == "161"]


def test_an_event_too_far_back_is_not_referred_to():
    filler = "Das Wetter in Berlin war mild. Die Stadt feierte ein Fest. Viele Menschen kamen. Ein Orchester spielte."
    effect = "Die Ausweisungen sollen am 1. Dezember wirksam werden."
    assert events_in(f"{EXPULSION} {filler} {effect}", effect) == []
