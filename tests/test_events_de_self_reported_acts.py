"""Armed forces that "melden" their own strikes performed them, as courts and police report their own
verdicts and arrests ("Die Armee meldete Luftangriffe auf …"); strikes on the army's own country that it
reports are the enemy's, and a government that reports an act is not its performer: through the whole
pipeline."""

from tests.event_tuples import coded_events

DATE = "2024-05-02"


def force(sentence: str) -> list[tuple]:
    return [e for e in coded_events(sentence, DATE) if e[0].startswith("19")]


def test_an_army_reporting_its_strikes_performed_them():
    assert ("195", "ISR", "LBN", "asserted") in force(
        "Die israelische Armee meldete Luftangriffe auf den Libanon."
    )
    assert ("195", "TUR", "IRQ", "asserted") in force(
        "Die türkische Armee meldete Luftangriffe auf den Irak."
    )


def test_strikes_on_its_own_country_an_army_reports_are_not_its_own():
    assert not any(
        e[1] == "UKR" for e in force("Das ukrainische Militär meldete Raketenangriffe auf Charkiw.")
    )


def test_a_government_reporting_strikes_did_not_perform_them():
    assert not any(
        e[1] == "ISR" for e in force("Die israelische Regierung meldete Luftangriffe auf den Libanon.")
    )
