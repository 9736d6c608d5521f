"""Lexicon rows of CAMEO roots 01-06 through the whole pipeline (issue 7): keeping in contact and
conferring, assurances to an addressee, reports and evidence handed to a body, commodities bought,
imported and supplied, territory and overflight lent to an ally, fighting at a side's side, nuclear
weapons stationed on an ally's territory, intelligence put at a partner's disposal, the pledge verb
"geloben" told from the praise in "gelobt", and agreements concluded "mit" a partner, which bind both
signatories (a meeting "mit" someone stays one way). The call "am Telefon" is tested in
test_events_de_root_senses.py."""

from functools import partial

from tests.event_tuples import coded_dyads

dyads = partial(coded_dyads, date="2024-05-06")


def test_establishing_contact_with_a_party_is_consultation():
    assert ("040", "QAT", "IRN") in dyads("Katar stellte im Frühjahr den Kontakt zu Teheran her.")


def test_contact_taken_up_with_zu_is_consultation():
    assert ("040", "USA", "SYR") in dyads("Washington nahm direkten Kontakt zu Damaskus auf.")


def test_agreeing_in_advance_with_a_partner_is_consultation():
    assert ("040", "FRA", "DEU") in dyads("Paris sprach sich vor dem Gipfel eng mit Berlin ab.")


def test_an_assurance_to_an_addressee_is_a_promise():
    # the parse takes the dative for an object as often as not: both name the addressee
    for addressee in ("der litauischen Regierung", "Vilnius"):
        found = dyads(f"Der polnische Premier versicherte {addressee}, die Grenze bleibe offen.")
        assert ("030", "POL", "LTU") in found


def test_an_assurance_without_addressee_is_no_promise():
    found = dyads("Der polnische Premier versicherte, die Grenze bleibe offen.")
    assert not any(code.startswith("03") for code, _, _ in found)


def test_a_report_laid_before_a_body_is_sharing_information():
    found = dyads("Teheran legte der IAEA einen Bericht über die Uranbestände vor.")
    assert ("064", "IRN", "IGOUNOIAE") in found


def test_supplying_a_state_with_gas_is_economic_cooperation():
    assert ("061", "AZE", "SRB") in dyads("Aserbaidschan versorgt Serbien seit Jahren mit Gas.")


def test_importing_oil_from_a_state_is_economic_cooperation():
    assert ("061", "IND", "RUS") in dyads("Indien führte im Mai deutlich mehr Rohöl aus Russland ein.")


def test_granting_overflight_rights_is_military_cooperation():
    assert ("062", "GEO", "USA") in dyads("Georgien gewährte den USA Überflugrechte.")


def test_lending_ports_to_an_ally_is_military_cooperation():
    found = dyads("Rumänien stellte den Vereinigten Staaten seine Häfen zur Verfügung.")
    assert ("062", "ROU", "USA") in found


def test_praise_in_the_perfect_is_not_a_pledge():
    # "gelobt" is also a form of "geloben" (to pledge): without a pledged thing it is no general promise
    found = dyads("Der NATO-Generalsekretär hatte den US-Präsidenten zuvor überschwänglich gelobt.")
    assert "030" not in {code for code, _, _ in found}


def test_a_pledge_of_reliability_is_a_promise():
    found = dyads("Der neue Präsident Polens gelobte den Partnern in Brüssel Verlässlichkeit.")
    assert any(code == "030" and source == "POL" for code, source, _ in found)


def test_welcoming_a_guest_is_hosting_a_visit():
    found = dyads("Erdoğan hieß den iranischen Präsidenten in Ankara herzlich willkommen.")
    assert ("043", "TUR", "IRN") in found


def test_conferring_back_with_a_partner_is_consultation():
    found = dyads("Der Kanzler hielt Rücksprache mit dem französischen Präsidenten.")
    assert ("040", "DEU", "FRA") in found


def test_buying_gas_from_a_state_is_economic_cooperation():
    assert ("061", "CHN", "TKM") in dyads("China nimmt mehr Gas von Turkmenistan ab.")
    assert ("061", "CHN", "RUS") in dyads("Peking nimmt mehr russisches Öl ab.")


def test_a_decreasing_quantity_is_no_purchase():
    # "abnehmen" without a commodity as object means "to decrease"
    assert not dyads("Die Gasvorräte Chinas nehmen ab.")


def test_exporting_grain_to_a_state_is_economic_cooperation():
    assert ("061", "KAZ", "AFG") in dyads("Kasachstan führt Weizen nach Afghanistan aus.")


def test_overflight_rights_granted_are_military_cooperation():
    assert ("062", "KAZ", "RUS") in dyads("Kasachstan erteilte Russland Überflugrechte.")


def test_evidence_handed_to_a_court_is_sharing_information():
    found = dyads("Kiew übergab dem Internationalen Strafgerichtshof Beweise.")
    assert ("064", "UKR", "IGOJUDICC") in found


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


def test_fighting_at_a_sides_side_is_military_cooperation_with_it():
    found = dyads("Seit 2021 kämpfen ruandische Truppen an der Seite der mosambikanischen Armee.")
    assert ("062", "RWA", "MOZ") in found
    # the side fought alongside is no enemy
    assert not any(code.startswith("19") for code, _, _ in found)


def test_intelligence_put_at_a_partners_disposal_is_shared_with_it():
    found = dyads("Washington stellt Kiew Satellitenbilder der Front zur Verfügung.")
    assert ("064", "USA", "UKR") in found


def test_nuclear_weapons_stationed_in_an_ally_are_military_cooperation():
    assert ("062", "RUS", "BLR") in dyads("Der Kreml will taktische Atomwaffen in Belarus stationieren.")
    assert ("062", "RUS", "BLR") in dyads("Moskau hat die ersten Sprengköpfe nach Belarus verlegt.")


def test_troops_stationed_abroad_stay_protection():
    found = dyads("Kanada hat weitere Soldaten in Lettland stationiert.")
    assert ("074", "CAN", "LVA") in found
    assert not any(code == "062" for code, _, _ in found)
