"""Constructions the coder missed (session 19): a demand whose speaker is unknown keeps the act it demands;
a deadline given to leave the country expels; "die drei" stands for the three states just named; necessary
steps announced against someone threaten him; the KB knows "Mazedonien" and has one Ban Ki-moon."""

from lagebild import analyze
from tests.event_tuples import coded_events


def test_a_demanded_resignation_is_coded_where_the_demand_has_no_known_speaker():
    events = coded_events(
        "Der Erzbischof fordert den Rücktritt des armenischen Regierungschefs.", "2024-05-01"
    )
    assert ("0831", "ARM", "ARM", "hypothetical") in events


def test_a_deadline_to_leave_the_country_expels_the_diplomats_it_is_given_to():
    events = coded_events(
        "Venezuela bricht mit den USA. Maduro gibt den amerikanischen Diplomaten 72 Stunden, um das Land zu verlassen.",
        "2019-01-25",
    )
    assert any(code == "161" and (source, target) == ("VEN", "USA") for code, source, target, _ in events)


def test_the_three_standing_alone_are_the_three_states_just_listed():
    events = coded_events(
        "Estland, Lettland und Litauen berieten in Riga. Die drei unterzeichneten ein Abkommen über die Luftverteidigung.",
        "2024-05-01",
    )
    sources = {source for code, source, _, _ in events if code == "057"}
    assert sources and sources <= {"EST", "LVA", "LTU"}


def test_necessary_steps_announced_after_a_hostile_act_threaten_its_author():
    events = coded_events(
        "Minsk hatte zwei polnische Diplomaten festnehmen lassen. "
        "Warschau werde alle notwendigen Schritte ergreifen, sagte der Außenminister.",
        "2024-05-01",
    )
    assert ("130", "POL", "BLR", "asserted") in events
    assert ("160", "POL", "BLR", "future") in events


def test_steps_taken_against_no_one_named_are_no_event():
    assert coded_events("Die Regierung ergriff Maßnahmen gegen die Inflation.", "2024-05-01") == []


def test_macedonia_by_its_older_name_and_adjective():
    assert ("111", "MKD", "GRC", "asserted") in coded_events(
        "Mazedonien kritisierte Griechenland scharf.", "2025-03-01"
    )
    events = coded_events("Der mazedonische Präsident kritisierte Bulgarien scharf.", "2025-03-01")
    assert ("111", "MKD", "BGR", "asserted") in events


def test_ban_ki_moon_is_one_person_coded_by_his_office_at_the_time():
    def source_code(date: str) -> str:
        (event,) = analyze("Ban Ki Moon kritisierte Nordkorea scharf.", date=date, lang="de").events
        return event.source.actor_code

    assert source_code("2012-05-01") == "IGOUNO"
    assert source_code("2005-05-01").startswith("KOR")
