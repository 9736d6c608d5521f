"""Roots read from more than the verb: killings counted in hundreds (202), resolute answers announced
(160), verdicts of disapproval in reported speech (111). Through the whole German pipeline."""

from functools import partial

import pytest

from tests.event_tuples import coded_codes, coded_events

DATE = "2024-05-01"
events = partial(coded_events, date=DATE)
codes = partial(coded_codes, date=DATE)


@pytest.mark.parametrize(
    "text",
    [
        "Serbische Einheiten hatten im Sommer 1992 mehr als 3000 bosnische Zivilisten ermordet.",
        "Die syrische Armee tötete in Homs 400 Zivilisten.",
        "Seit 2012 hat die syrische Armee Tausende Zivilisten getötet.",
    ],
)
def test_killings_counted_in_hundreds_are_mass_killings(text):
    assert "202" in codes(text)
    assert not codes(text) & {"1823", "186"}


@pytest.mark.parametrize(
    "text",
    [
        "Die russische Armee erschoss zwölf ukrainische Gefangene.",
        # a year before the count is no count
        "Die russische Armee erschoss 2022 neun ukrainische Gefangene.",
        "Die russische Armee erschoss im März 2022 neun ukrainische Gefangene.",
    ],
)
def test_a_few_killed_stay_an_assault(text):
    assert "1823" in codes(text)
    assert "202" not in codes(text)


def test_an_answer_with_all_severity_announced_is_force_to_come():
    # "mit aller Härte antworten" names force as the reply, as "mit aller Härte beantworten" does (190)
    found = events("Frankreich warnte, man werde mit aller Härte auf jeden Angriff Russlands antworten.")
    assert ("190", "FRA", "RUS", "future") in found
    assert ("160", "FRA", "RUS", "future") not in found


def test_a_hard_answer_announced_names_no_force():
    # "hart antworten" is as open as "hart reagieren": severity, not arms, so no 190
    found = events("Peking kündigte an, hart auf die neuen Zölle der USA zu antworten.")
    assert not any(code.startswith("19") for code, *_ in found)


def test_an_answer_in_kind_announced_is_a_reduction_of_relations_to_come():
    found = events("Frankreich warnte, man werde angemessen auf die Ausweisungen Russlands antworten.")
    assert ("160", "FRA", "RUS", "future") in found


def test_a_resolute_answer_of_the_police_in_the_past_is_no_event():
    assert "160" not in codes("Die Polizei reagierte hart auf die Proteste.")


class TestReportedVerdicts:
    def test_a_verdict_in_reported_speech_is_the_speakers_disapproval(self):
        found = events(
            "Die Entscheidung Frankreichs sei „provokativ und inakzeptabel“, sagte die italienische "
            "Ministerpräsidentin."
        )
        assert ("111", "ITA", "FRA", "asserted") in found

    def test_a_verdict_listed_last_counts(self):
        found = events(
            "Das Vorgehen Moskaus sei „hart, unverständlich und illegal“, erklärte der polnische Außenminister."
        )
        assert ("111", "POL", "RUS", "asserted") in found

    def test_a_negated_verdict_is_none(self):
        found = events("Die Entscheidung Berlins sei nicht inakzeptabel, sagte der polnische Außenminister.")
        assert "111" not in {code for code, *_ in found}

    def test_a_neutral_predicate_is_no_verdict(self):
        assert "111" not in codes("Die Haltung Berlins sei schwierig, sagte der polnische Außenminister.")

    def test_a_verdict_on_an_act_stays_its_accusation(self):
        found = events(
            "Die Angriffe der türkischen Armee seien völkerrechtswidrig, sagte der syrische Außenminister."
        )
        assert ("112", "SYR", "TUR", "asserted") in found
        assert "111" not in {code for code, *_ in found}

    def test_a_charge_called_baseless_stays_the_denial(self):
        found = events("Die Vorwürfe Polens seien „unbegründet“, sagte der russische Außenminister.")
        assert "111" not in {code for code, *_ in found}


def test_energy_received_is_trade_with_the_giver_as_source():
    assert ("061", "RUS", "SRB", "asserted") in events("Serbien erhält weiterhin Gas aus Russland.")


def test_energy_received_no_longer_is_a_halt_of_trade():
    found = events("Die Slowakei bekommt seit Januar kein Gas mehr aus Russland.")
    assert ("163", "RUS", "SVK", "asserted") in found


def test_energy_from_no_political_actor_is_no_event():
    assert events("Die Stadt erhält Strom aus dem neuen Kraftwerk.") == []
