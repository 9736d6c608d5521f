"""Root senses of German event words, through the whole pipeline: a call ("am Telefon") named as the
setting of an act addressed to someone is a consultation (041) besides that act; a telephone as a
thing is no event."""

from tests.event_tuples import coded_events


def dyads(text: str) -> set[tuple]:
    """(code, source, target, modality) of the events read from `text`."""
    return set(coded_events(text, "2024-03-01"))


def test_praise_given_on_the_phone_is_also_a_call_between_the_two():
    found = dyads(
        "Der französische Präsident Macron lobte am Telefon die Haltung des polnischen Regierungschefs."
    )
    assert ("051", "FRA", "POL", "asserted") in found
    assert ("041", "FRA", "POL", "asserted") in found


def test_a_demand_made_on_the_phone_is_also_a_call():
    found = dyads(
        "Der kenianische Präsident Ruto forderte den äthiopischen Regierungschef am Telefon auf, die Grenze zu öffnen."
    )
    assert ("041", "KEN", "ETH", "asserted") in found


def test_talking_on_the_phone_with_a_partner_is_a_call():
    found = dyads(
        "Am Telefon sprach Bundeskanzler Scholz mit dem türkischen Präsidenten Erdoğan über die Lage am Schwarzen Meer."
    )
    assert ("041", "DEU", "TUR", "asserted") in found


def test_a_telephone_as_a_thing_is_no_call():
    found = dyads("Das Telefon des ungarischen Ministers wurde nach Angaben der Behörden abgehört.")
    assert not any(code.startswith("04") for code, *_ in found)
