"""Target rules from the second pass over the tune bank, tested on sentences of our own: the police
acting on its own people and datives the parse labelled subjects (events/targets_domestic.py),
co-agents that are no targets (events/targets_co_agents.py), actors inside an "als"
characterisation (events/targets_described.py), parsed names that stand for no state (coder) and
joining an act (context_targets: the joined act's target)."""

from __future__ import annotations

from tests.event_tuples import events_of_root

DATE = "2026-11-20"


def _pairs(text: str, root: str) -> set:
    return {
        (e.source.country if e.source else None, e.target.country if e.target else None)
        for e in events_of_root(text, DATE, root)
    }


def test_police_force_without_object_is_aimed_at_own_people():
    events = events_of_root("Die serbische Polizei setzte am Abend in Belgrad Pfefferspray ein.", DATE, "17")
    assert events and all(e.target is not None and e.target.country == "SRB" for e in events)


def test_border_guards_turning_back_people_do_not_act_at_home():
    for event in events_of_root(
        "Die ungarische Grenzpolizei wies am Montag erneut Flüchtlinge zurück.", DATE, "17"
    ):
        assert event.target is None or event.target.country != "HUN"


def test_dative_parsed_as_subject_is_the_people_acted_on():
    assert _pairs("Teheran entzog den Oppositionellen die Staatsbürgerschaft.", "17") == {("IRN", "IRN")}


def test_co_agent_of_the_source_is_no_nearby_target():
    text = (
        "Die Außenminister Spaniens und Italiens kritisierten den Einmarsch scharf, Antonio Tajani "
        "kündigte zudem an, keine Waffen mehr nach Russland zu liefern."
    )
    pairs = _pairs(text, "11")
    assert ("ESP", "RUS") in pairs and ("ESP", "ITA") not in pairs


def test_partner_of_a_coordinated_subject_is_no_guessed_target():
    text = (
        "Russland blockiert seit Monaten die Ausfuhr von Getreide über das Schwarze Meer. "
        "Athen und Rom drängten am Dienstag auf eine Verlängerung des Abkommens."
    )
    assert not _pairs(text, "02") & {("GRC", "ITA"), ("ITA", "GRC")}


def test_actor_named_alongside_is_no_target():
    text = "Neben Frankreich lehnte auch Spanien den Vorschlag der Kommission ab."
    assert all(target != "FRA" for _, target in _pairs(text, "12"))


def test_actor_suffering_the_act_of_an_als_phrase_is_no_target():
    text = (
        "Die amerikanische Marine beschoss am Freitag Stellungen im Süden Syriens. "
        "Moskau verurteilte die Angriffe als Verletzung der Souveränität Syriens."
    )
    assert _pairs(text, "11") == {("RUS", "USA")}


def test_owner_named_in_an_als_phrase_stays_the_target():
    text = "Lawrow bezeichnete die Erklärung als Werkzeug Washingtons."
    assert ("RUS", "USA") in _pairs(text, "11")


def test_a_parsed_name_of_no_state_yields_to_the_counterpart():
    text = (
        "Peking protestierte scharf gegen die Maßnahmen der USA. "
        "Washington unterbindet seit Mai den Export moderner Chips an chinesische Firmen."
    )
    assert _pairs(text, "16") == {("USA", "CHN")}


def test_joining_restrictions_takes_the_target_of_the_restrictions():
    text = (
        "Washington verhängte im Frühjahr Exportkontrollen gegen Peking. "
        "Kanada und Australien haben sich den Beschränkungen inzwischen angeschlossen."
    )
    pairs = _pairs(text, "16")
    assert {("CAN", "CHN"), ("AUS", "CHN")} <= pairs and ("CAN", "USA") not in pairs


def test_police_force_at_a_border_is_not_guessed_to_be_at_home():
    text = "An der Grenze zu Belarus setzten litauische Polizisten am Morgen Tränengas ein."
    for event in events_of_root(text, DATE, "17"):
        assert event.target is None or event.target.country != "LTU"
