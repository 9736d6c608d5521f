"""Diplomatic cooperation, round 7: an agreement concluded "mit" a partner binds both signatories.
(The call "am Telefon" is tested in test_events_de_root_senses.py.)"""

from tests.event_tuples import coded_dyads


def dyads(text: str) -> set[tuple[str, str | None, str | None]]:
    return coded_dyads(text, "2024-05-06")


def test_an_agreement_concluded_with_a_partner_goes_both_ways():
    found = dyads("Erst im März hatte Georgien ein Handelsabkommen mit den USA geschlossen.")
    assert {("057", "GEO", "USA"), ("057", "USA", "GEO")} <= found


def test_an_agreement_signed_with_a_partner_by_a_pronoun_subject_goes_both_ways():
    found = dyads(
        "Am Abend reiste Scholz nach Rom, wo er mit Ministerpräsidentin Meloni ein Abkommen unterzeichnete."
    )
    assert {("057", "DEU", "ITA"), ("057", "ITA", "DEU")} <= found


def test_a_meeting_with_a_partner_stays_one_way():
    # the guidelines code "X traf sich mit Y" in one direction only: the rule is for agreements
    found = dyads("Baerbock traf sich in Brüssel mit Lawrow.")
    assert ("040", "DEU", "RUS") in found
    assert ("040", "RUS", "DEU") not in found


def test_an_agreement_with_two_partners_is_no_pair():
    # several partners: each is a target of the signatory, none signs towards the others
    found = dyads("Frankreich unterzeichnete ein Abkommen mit Italien und Spanien.")
    assert ("057", "ITA", "ESP") not in found and ("057", "ESP", "ITA") not in found
