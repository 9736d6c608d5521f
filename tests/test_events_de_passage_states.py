"""Which state an agentless passive or an unnamed government belongs to: the place where the passage
happens, not a capital acting or owning something before it, nor a place its own sentence names after
it. New sentences, not from any gold set."""

from tests.event_tuples import actor_code_events


def _sources(text: str) -> set[tuple[str, str]]:
    return {(code, source) for code, source, _ in actor_code_events(text, "2026-11-01") if source is not None}


def test_a_capital_acting_before_the_passive_does_not_place_it():
    text = (
        "In Kasachstan brachen schwere Unruhen aus. Moskau schickte Fallschirmjäger. "
        "Über das ganze Land wurde der Ausnahmezustand verhängt."
    )
    sources = _sources(text)
    assert ("1724", "KAZGOV") in sources
    assert ("1724", "RUSGOV") not in sources


def test_states_owning_the_embassies_do_not_place_the_arrests():
    text = (
        "In Kinshasa protestierten Tausende gegen den Krieg. Demonstranten stürmten die Botschaften "
        "Frankreichs und Ruandas. Mehr als dreißig Personen wurden festgenommen."
    )
    sources = _sources(text)
    assert ("173", "CODCOP") in sources
    assert ("173", "RWACOP") not in sources


def test_a_government_meeting_abroad_is_not_the_hosts():
    text = (
        "Im Jemen tobt seit Jahren ein Bürgerkrieg. Die Huthis und die Regierung haben sich in der "
        "Schweiz auf einen Gefangenenaustausch geeinigt."
    )
    sources = _sources(text)
    assert ("050", "YEMGOV") in sources
    assert not any(actor == "CHEGOV" for _, actor in sources)


def test_a_crowd_at_a_site_of_the_town_protests_in_the_passages_state():
    text = (
        "In Belgrad legte die Regierung am Montag ein neues Mediengesetz vor. Vor dem Parlament protestierten "
        "am Abend mehrere Hundert Studenten gegen das Gesetz."
    )
    assert ("141", "SRBCVL") in _sources(text)


def test_a_crowd_at_no_site_stays_without_a_state():
    text = (
        "Die serbische Regierung legte am Montag ein neues Mediengesetz vor. Am Abend protestierten mehrere "
        "Hundert Studenten gegen das Gesetz."
    )
    assert not any(code.startswith("14") for code, _ in _sources(text))


def test_a_crowd_in_towns_of_several_states_stays_without_a_state():
    text = (
        "In Wien stellte der Konzern am Montag seine Pläne vor. In mehreren europäischen Städten protestierten "
        "am Abend Gewerkschaften gegen den Abbau von Stellen."
    )
    assert not any(code.startswith("14") for code, _ in _sources(text))
