"""Four argument rules: a verb's subject of a third side acts on each of the pair its object names
with "zwischen", the pair does not act on one another (`meetings.pair_acted_upon`); a clause opened by
"wer" names no actor, so the states it mentions are no sources (`generic_agents`); and considering a
measure (014) is aimed at whom the measure names (the 014 rows take `objattr` targets); the protest
handed over at a summons is the summons' act, not a second one (`summoned_envoys`)."""

from functools import partial

import pytest

from tests.event_tuples import coded_events

_events = partial(coded_events, date="2024-05-01")


@pytest.mark.parametrize(
    ("text", "code", "source", "pair"),
    [
        ("Norwegen begrüßte die Versöhnung zwischen Kolumbien und Venezuela.", "05", "NOR", ("COL", "VEN")),
        (
            "Das Kanzleramt kritisierte das Bündnis zwischen Iran und Syrien scharf.",
            "11",
            "DEU",
            ("IRN", "SYR"),
        ),
    ],
)
def test_the_subject_acts_on_each_of_the_pair_named_with_zwischen(text, code, source, pair):
    events = {(s, t) for c, s, t, _ in _events(text) if c.startswith(code)}
    # the noun may name an act of the pair of its own ("Versöhnung"): only the verb's act is checked here
    assert {(source, pair[0]), (source, pair[1])} <= events


def test_a_pair_named_with_zwischen_on_the_verb_itself_stays_mutual():
    events = _events("Zwischen Kolumbien und Venezuela gilt seit Montag eine Waffenruhe.")
    assert {("COL", "VEN"), ("VEN", "COL")} <= {(source, target) for _, source, target, _ in events}


@pytest.mark.parametrize(
    "text",
    [
        "Wer Georgien oder Armenien mit Zöllen droht, treibt beide Länder in die Arme Moskaus.",
        "Wer Schweizer Panzer kauft, muss zusichern, sie nicht an Polen weiterzugeben.",
    ],
)
def test_a_clause_opened_by_wer_names_no_source(text):
    sources = {source for _, source, _, _ in _events(text)}
    assert not sources & {"GEO", "ARM", "CHE"}


def test_an_act_noun_in_a_wer_clause_keeps_its_own_agent():
    events = _events(
        "Wer die Massaker russischer Soldaten in Butscha vergessen hat, versteht den Krieg nicht."
    )
    assert any(code.startswith("20") and source == "RUS" for code, source, _, _ in events)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Die EU prüft ein Einfuhrverbot für russisches Aluminium.", "IGOEUREEC", "RUS"),
        ("Washington erwägt neue Zölle auf chinesischen Stahl.", "USA", "CHN"),
        ("Kanada prüft ein Exportverbot für Waffen nach Israel.", "CAN", "ISR"),
    ],
)
def test_a_considered_measure_is_aimed_at_whom_it_names(text, source, target):
    events = _events(text)
    assert ("014", source, target, "asserted") in events


@pytest.mark.parametrize(
    "text",
    [
        "Das Außenministerium in Hanoi bestellte den chinesischen Botschafter ein und überreichte ihm eine Protestnote.",
        "Am Montag bestellte Seoul den japanischen Gesandten ein und legte förmlich Protest ein.",
    ],
)
def test_the_protest_handed_over_at_a_summons_is_the_same_act(text):
    summons = [(source, target) for code, source, target, _ in _events(text) if code.startswith("114")]
    assert len(summons) == 1
