"""A partner named with "gemeinsam mit" or "zusammen mit" acts alongside the source, so it is no target
of the act (events/targets_co_agents.py), also where the parse breaks the name out of its phrase or the
partner is an office of a union ("EU-Kommissionspräsidentin"); a reciprocal act takes its partner so.
A partner of an act done to a third party does it too (events/co_agent_sources.py)."""

from functools import partial

from tests.event_tuples import coded_dyads

_dyads = partial(coded_dyads, date="2024-05-02")


def test_a_co_host_is_not_the_guest_received():
    text = (
        "Chinas Staatschef Xi Jinping ist in Paris eingetroffen. Macron empfing den Gast gemeinsam mit "
        "EU-Kommissionspräsidentin Ursula von der Leyen im Élysée-Palast."
    )
    receptions = {(source, target) for code, source, target in _dyads(text) if code == "043"}
    assert receptions and all(target in (None, "CHN") for _, target in receptions)


def test_partners_listed_after_zusammen_mit_are_not_threatened():
    dyads = _dyads("Polen drohte zusammen mit Litauen und Lettland mit einer Schließung der Grenze.")
    assert not any(target in ("LTU", "LVA") for _, _, target in dyads)


def test_partners_listed_after_gemeinsam_mit_are_not_protested_against():
    dyads = _dyads("Spanien protestierte gemeinsam mit Portugal und Italien scharf.")
    assert not any(target in ("PRT", "ITA") for _, _, target in dyads)


def test_a_reciprocal_act_keeps_its_partner():
    assert ("057", "UKR", "POL") in _dyads(
        "Die Ukraine hat gemeinsam mit Polen eine Erklärung unterzeichnet."
    )


def test_a_partner_in_applying_is_no_guessed_target():
    text = "Schweden hat gemeinsam mit Finnland die Aufnahme in die Nato beantragt."
    assert not any(target == "FIN" for _, source, target in _dyads(text) if source == "SWE")


def test_a_partner_taken_with_mit_is_the_one_after_the_co_agent():
    # "gemeinsam mit Macron" calls along; the second "mit" names whom the call is to
    dyads = _dyads("Merz telefonierte gemeinsam mit Macron mit Trump.")
    assert {target for code, source, target in dyads if code == "041" and source == "DEU"} == {"USA"}


def test_a_partner_in_sanctions_imposes_them_too():
    dyads = _dyads("Frankreich verhängte gemeinsam mit Deutschland Sanktionen gegen Russland.")
    assert {("163", "FRA", "RUS"), ("163", "DEU", "RUS")} <= dyads


def test_partners_listed_before_the_verb_demand_too():
    text = "Gemeinsam mit Kolumbien und Mexiko verlangte Brasilien von Venezuela die Offenlegung der Wahlergebnisse."
    demanders = {source for code, source, target in _dyads(text) if code == "100" and target == "VEN"}
    assert demanders == {"BRA", "COL", "MEX"}


def test_a_partner_of_a_relative_clause_acts_there_only():
    # Belarus holds the manoeuvre with Russia; it does not criticise it along with Poland
    dyads = _dyads("Polen kritisierte das Manöver, das Russland gemeinsam mit Belarus abhält.")
    assert ("111", "POL", "RUS") in dyads and not any(source == "BLR" for _, source, _ in dyads)


def test_fellow_travellers_visit_too():
    dyads = _dyads("Merz reiste gemeinsam mit Macron und Tusk nach Kiew.")
    assert {source for code, source, target in dyads if code == "042" and target == "UKR"} == {
        "DEU",
        "FRA",
        "POL",
    }


def test_a_partner_of_promised_cooperation_promises_nothing():
    # the partner is whom Turkey will work with (03), not a second side pledging against the PKK
    dyads = _dyads("Die Türkei sagte zu, gemeinsam mit dem Irak gegen die PKK vorzugehen.")
    assert any(source == "TUR" for _, source, _ in dyads) and not any(
        source == "IRQ" for _, source, _ in dyads
    )
