"""Aid, money or energy as the subject of a verb that only says it moves ("fließt nach Kiew") is given:
the recipient is where it goes, the giver the state the thing names or the giver just before
(recipients.giver_destination_pairs)."""

from tests.event_tuples import coded_dyads, coded_events

DATE = "2024-05-02"


def test_money_flowing_to_a_state_is_aid_from_the_giver_before():
    text = "Die Weltbank sagte Ägypten einen Kredit zu. Die erste Tranche soll im Juni nach Kairo fließen."
    assert ("071", "IGOUNODEVWBK", "EGY") in coded_dyads(text, DATE)


def test_aid_named_by_its_nationality_flows_from_that_state():
    text = "Niger hat die Beziehungen zu Paris abgebrochen. Französische Entwicklungshilfe fließt vorerst weiter."
    assert ("070", "FRA", "NER", "asserted") in coded_events(text, DATE)


def test_gas_that_no_longer_flows_is_halted_trade():
    text = "Seit Montag fließt kein russisches Gas mehr nach Bulgarien, teilte der Versorger mit."
    assert ("163", "RUS", "BGR", "asserted") in coded_events(text, DATE)


def test_the_supplier_who_reports_the_stop_is_the_giver():
    text = "Gazprom erklärte am Dienstag, an Österreich fließe kein Gas mehr."
    assert ("163", "RUS", "AUT", "asserted") in coded_events(text, DATE)


def test_gas_flowing_on_through_a_transit_country_is_no_gift_to_it():
    # "durch" names only the route: the gas goes to whom the text does not say, not to Slovakia
    text = (
        "Die Slowakei kritisierte Russland scharf. Russisches Gas fließt dennoch weiter durch die Slowakei."
    )
    assert coded_events(text, DATE) == [("111", "SVK", "RUS", "asserted")]


def test_a_speaker_demanding_that_aid_flow_is_not_its_giver():
    # "müsse fließen": the Egyptian minister asks for aid to Gaza, he does not report Egypt's own
    text = "Die Hilfe müsse endlich nach Gaza fließen, sagte der ägyptische Außenminister."
    assert not {dyad for dyad in coded_dyads(text, DATE) if dyad[0].startswith("07")}
