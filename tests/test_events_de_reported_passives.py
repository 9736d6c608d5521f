"""An agentless passive in reported speech is the speaker's side's own measure
(`passive_sources.speaker_source`): "Die Truppen seien in Alarmbereitschaft versetzt worden, sagte der
Minister". Only a clause a verb of saying reports: a source phrase ("nach Angaben von X") tells where
the news comes from. Not an act of force, which a side reports suffered as often as done, nor one asked
of others ("müssten bestraft werden"), nor one under a conjunction, nor one done to the speaker's own
side, nor one whose agent a "von" phrase names. Sentences of our own, through the whole pipeline."""

from functools import partial

from tests.event_tuples import coded_events

coded = partial(coded_events, date="2024-05-01", keep_implausible=True)


def test_an_agentless_passive_reported_by_a_minister_is_his_states_act():
    found = coded(
        "Die Grenztruppen seien in höchste Alarmbereitschaft versetzt worden, sagte der bolivianische Verteidigungsminister."
    )
    assert ("152", "BOL", None, "asserted") in found


def test_an_agentless_passive_in_a_direct_quote_is_the_speakers_act():
    found = coded(
        "„Die Einfuhren aus Paraguay werden ab Montag gestoppt“, erklärte der argentinische Wirtschaftsminister."
    )
    assert any(source == "ARG" for _, source, _, _ in found)


def test_a_reported_killing_without_agent_is_not_the_speakers_act():
    found = coded(
        "Drei Soldaten seien bei dem Angriff getötet worden, teilte das peruanische Verteidigungsministerium mit."
    )
    assert not [e for e in found if e[0][:2] in ("18", "19", "20") and e[1] == "PER"]


def test_a_named_agent_wins_over_the_speaker():
    found = coded(
        "Der Botschafter sei von der Regierung in Quito ausgewiesen worden, sagte der kolumbianische Außenminister."
    )
    assert not [e for e in found if e[0].startswith("16") and e[1] == "COL"]


def test_a_passive_the_speaker_asks_for_is_not_the_speakers_act():
    found = coded("Die Verantwortlichen müssten bestraft werden, sagte der chilenische Außenminister.")
    assert not [e for e in found if e[1] == "CHL"]


def test_a_passive_under_a_conjunction_is_left_to_the_governing_verb():
    found = coded(
        "Der chilenische Außenminister bestritt, dass Verhandlungen mit Bolivien geführt worden seien."
    )
    assert not [e for e in found if e[0].startswith("04") and e[1] == "CHL"]


def test_a_passive_reported_by_a_minister_is_his_states_talks_but_one_by_a_source_phrase_is_not():
    said = coded("Die Gespräche mit Chile werden im Mai fortgesetzt, sagte der peruanische Außenminister.")
    assert any(
        code.startswith("04") and (source, target) == ("PER", "CHL") for code, source, target, _ in said
    )
    attributed = coded(
        "Nach Angaben des peruanischen Außenministeriums werden die Gespräche mit Chile im Mai fortgesetzt."
    )
    assert not [e for e in attributed if e[1] == "PER"]
