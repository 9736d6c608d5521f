"""Factuality read off the clause an act stands in (issue 7): a main clause after a semicolon and a
participle joined by "und" are no part of the demand or announcement before them; a present-tense
"sobald" or "bevor" clause waits for its act; the goal of a planned trip is still to come; what is called
decisive is asked for; the plural "würden" of reported speech announces; a free relative "Wer …" names a
generic case. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.event_tuples import code_modalities, events_of

DATE = "2024-05-01"


def test_a_main_clause_after_a_semicolon_is_no_announced_act():
    text = (
        "Die Regierung in Warschau hatte angekündigt, die Grenze zu schließen; "
        "Minsk antwortete mit der Ausweisung polnischer Diplomaten."
    )
    assert code_modalities(text, DATE, "16") == {"asserted"}
    assert code_modalities(text, DATE, "19") == {"future"}


def test_a_participle_joined_by_und_is_no_demanded_act():
    text = (
        "Tokio hat die Freilassung der Fischer verlangt und Peking einen Bruch des Völkerrechts vorgeworfen."
    )
    assert code_modalities(text, DATE, "11") == {"asserted"}


@pytest.mark.parametrize(
    "text",
    [
        "Kiew werde die Gespräche wieder aufnehmen, sobald Moskau seine Truppen abzieht.",
        "Die EU wird Beobachter nach Georgien entsenden, sobald Russland seine Truppen abzieht.",
    ],
)
def test_an_act_a_sobald_clause_waits_for_is_hypothetical(text):
    assert code_modalities(text, DATE, "08") == {"hypothetical"}


@pytest.mark.parametrize(
    "text",
    [
        "Sobald die russischen Truppen abgezogen waren, entsandte die EU Beobachter nach Georgien.",
        "Russland zog seine Truppen ab, sobald die EU Beobachter nach Georgien entsandt hatte.",
    ],
)
def test_a_sobald_clause_in_the_past_tells_a_fact(text):
    assert code_modalities(text, DATE, "08") == {"asserted"}


def test_troops_that_withdrew_themselves_de_escalate():
    # the troops are the subject of "abziehen", not its object: the army's formations leave, a retreat (087)
    text = "Sobald die armenischen Truppen abgezogen waren, schickte die OSZE Beobachter in die Region."
    assert code_modalities(text, DATE, "08") == {"asserted"}


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        # a "bevor"/"ehe" clause in the present waits for its act, as a "sobald" clause does
        (
            "Die EU will die Sanktionen erst aufheben, ehe Moskau seine Truppen aus der Ukraine abzieht.",
            "hypothetical",
        ),
        ("Die EU hob die Sanktionen auf, bevor Russland seine Truppen aus der Ukraine abzog.", "asserted"),
    ],
)
def test_an_act_a_bevor_clause_waits_for_is_hypothetical_unless_told_in_the_past(text, modality):
    assert code_modalities(text, DATE, "087") == {modality}


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        # a passive's participle has no tense of its own: "werden" tells the present, "wurden" the past
        (
            "Serbien und das Kosovo streiten. Belgrad muss die Grenze öffnen, bevor die Verhandlungen mit Pristina"
            " eröffnet werden.",
            "hypothetical",
        ),
        (
            "Serbien und das Kosovo stritten lange. Belgrad öffnete die Grenze, bevor die Verhandlungen mit"
            " Pristina eröffnet wurden.",
            "asserted",
        ),
    ],
)
def test_a_passive_in_a_bevor_clause_takes_the_tense_of_its_auxiliary(text, modality):
    assert code_modalities(text, DATE, "046") == {modality}


def test_the_appeal_a_planned_trip_is_for_is_still_to_come():
    planned = "Indiens Außenminister will am Montag nach Moskau reisen, um dort um Unterstützung für Neu-Delhi zu werben."
    made = "Indiens Außenminister reiste am Montag nach Moskau, um dort um Unterstützung für Neu-Delhi zu werben."
    assert code_modalities(planned, DATE, "02") == {"future"}
    assert code_modalities(made, DATE, "02") == {"asserted"}


def test_what_is_called_decisive_is_asked_for():
    assert code_modalities("Entscheidend ist, dass Berlin nicht vor Peking einknickt.", DATE, "08") == {
        "hypothetical"
    }


def test_the_wuerden_of_reported_speech_announces_an_act():
    text = (
        "Die kenianischen Truppen würden in Haiti Lager errichten und Flüchtlinge versorgen, "
        "kündigte Präsident Ruto an."
    )
    assert code_modalities(text, DATE, "07") == {"future"}


def test_a_reported_wuerden_on_a_condition_stays_a_hypothesis():
    text = "Die kenianischen Truppen würden in Haiti Flüchtlinge versorgen, wenn die UNO zahlt, sagte Präsident Ruto."
    assert code_modalities(text, DATE, "07") == {"hypothetical"}


def test_an_act_of_a_generic_wer_clause_is_no_deed():
    # no asserted attack, and the attacked state is not made the attacker of whoever "wer" is: the
    # clause names no source, so no event is coded (`generic_agents`)
    attacks = [
        e
        for e in events_of("Wer die Ukraine angreift, muss mit Sanktionen rechnen.", DATE)
        if e.code.startswith("19")
    ]
    assert not any(e.modality == "asserted" or (e.source and e.source.country == "UKR") for e in attacks)
    assert code_modalities("Russland hat die Ukraine angegriffen.", DATE, "19") == {"asserted"}


def test_a_trip_not_allowed_to_a_summit_is_negated():
    text = "Wegen des Haftbefehls darf Putin nicht zum Gipfel nach Südafrika reisen."
    assert code_modalities(text, DATE, "04") == {"negated"}
    assert code_modalities("Nicht zum ersten Mal hat Russland die Ukraine angegriffen.", DATE, "19") == {
        "asserted"
    }


def test_the_coder_codes_a_demand_rejected_as_made():
    # the demand finds no target in this lone sentence, so its confidence sits at the implausibility floor
    # (kept or dropped by each retraining); its modality is the coder's
    text = "Der Sprecher wies die Vorwürfe zurück und lehnte die Forderung Islamabads ab, TTP-Kämpfer auszuliefern."
    assert code_modalities(text, DATE, "10", keep_implausible=True) == {"asserted"}


def test_hatten_reported_by_witnesses_is_a_claimed_fact():
    reported = "Schon am Montag hätten russische Soldaten ukrainische Dörfer angegriffen, sagen Augenzeugen."
    assert code_modalities(reported, DATE, "19") == {"asserted"}
    assert code_modalities(
        "Schon am Montag hätten russische Soldaten ukrainische Dörfer angegriffen.", DATE, "19"
    ) == {"hypothetical"}
