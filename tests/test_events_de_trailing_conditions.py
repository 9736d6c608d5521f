"""A condition after the main clause of an act makes it a conditional threat as one before it does; the
"zu" infinitive of what is asked stays a demand, and a threat the sentence makes already is made once."""

from tests.event_tuples import coded_events


def test_a_condition_after_the_act_makes_a_conditional_threat():
    events = coded_events(
        "Estland werde die Grenze sofort schließen, sollte sich die Lage verschärfen, sagte der Minister.",
        "2024-05-01",
        keep_implausible=True,
    )
    assert ("1381", "EST", None, "asserted") in events
    assert ("191", "EST", None, "hypothetical") in events


def test_an_act_asked_for_on_a_condition_threatens_nothing():
    events = coded_events(
        "Der Botschafter forderte die Union auf, Sanktionen gegen Minsk zu verhängen, sollte Belarus die Grenze "
        "erneut schließen.",
        "2024-05-01",
        keep_implausible=True,
    )
    assert not [e for e in events if e[0].startswith("13")]


def test_a_threat_made_on_a_condition_is_made_once():
    events = coded_events(
        "Der israelische Verteidigungsminister droht Damaskus mit weiteren schmerzhaften Schlägen, sollten die Truppen "
        "nicht abziehen.",
        "2024-05-01",
        keep_implausible=True,
    )
    assert len([e for e in events if e[0].startswith("13")]) == 1
