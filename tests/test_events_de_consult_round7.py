"""Consultation and diplomatic cooperation, round 7: an agreement concluded "mit" a partner binds both
signatories; a call "am Telefon" is the setting of an act addressed to the one called."""

from lagebild import analyze


def dyads(text: str, date: str = "2024-05-06") -> set[tuple[str, str | None, str | None]]:
    return {
        (e.code, e.source and e.source.country, e.target and e.target.country)
        for e in analyze(text, date=date, lang="de").events
    }


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


def test_a_call_on_the_phone_is_the_setting_of_the_act_addressed():
    found = dyads("Kremlchef Wladimir Putin lobte am Telefon die Haltung Tokajews.")
    assert ("041", "RUS", "KAZ") in found
    assert ("051", "RUS", "KAZ") in found


def test_a_phone_named_without_an_addressed_act_is_no_call():
    assert not any(code == "041" for code, _, _ in dyads("Am Telefon wurde über das Wetter gesprochen."))
