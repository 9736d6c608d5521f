"""Roots chosen by the convention most tuning banks share for a trigger: requests for an inquiry or for
information (101), admonishing (10), examining a state of affairs (090), forcing troops out (166),
rejecting a charge made in the same sentence (016) and greeting an arriving guest (043)."""

from tests.event_tuples import country_roots, root_pairs

DATE = "2025-03-04"


def test_an_appeal_for_an_inquiry_is_a_demand_for_information():
    text = "Frankreich rief Serbien zu einer lückenlosen Aufklärung der Übergriffe auf."
    assert ("FRA", "SRB") in root_pairs(text, DATE, "10")
    assert ("FRA", "SRB") not in root_pairs(text, DATE, "02")


def test_the_addressee_of_an_appeal_for_an_inquiry_is_asked_to_investigate_at_home():
    events = country_roots("Die Niederlande riefen Minsk zu einer Untersuchung der Todesfälle auf.", DATE)
    assert ("09", "BLR", "BLR", "hypothetical") in events


def test_asking_for_information_is_a_demand_for_information():
    text = "Japan bat Südkorea um Informationen über den Zwischenfall im Japanischen Meer."
    assert ("JPN", "KOR") in root_pairs(text, DATE, "10")


def test_asking_for_help_stays_an_appeal():
    assert ("JPN", "KOR") in root_pairs("Japan bat Südkorea um Hilfe bei der Suche.", DATE, "02")


def test_admonishing_a_government_is_a_demand():
    text = "Indien ermahnte Nepal, die gemeinsamen Grenzregeln einzuhalten."
    assert ("IND", "NPL") in root_pairs(text, DATE, "10")


def test_examining_the_legal_situation_investigates():
    pairs = root_pairs("Kanada will nach dem Urteil die Rechtslage prüfen.", DATE, "09")
    assert "CAN" in {source for source, _ in pairs}


def test_weighing_further_steps_stays_a_comment():
    assert ("CAN", "CHN") in root_pairs("Kanada prüft weitere Schritte gegen China.", DATE, "01")


def test_forcing_foreign_troops_out_expels_them():
    text = "Mali zwang die französischen Truppen im vergangenen Jahr zum Abzug."
    assert ("MLI", "FRA") in root_pairs(text, DATE, "16")
    assert ("MLI", "FRA") not in root_pairs(text, DATE, "17")


def test_rejecting_a_charge_of_the_same_sentence_denies_it_to_the_accuser():
    text = "Ankara wirft Athen Spionage vor, die griechische Regierung weist das zurück."
    assert ("GRC", "TUR") in root_pairs(text, DATE, "016")
    assert ("GRC", "TUR") not in root_pairs(text, DATE, "12")


def test_rejecting_a_demand_of_the_same_sentence_stays_a_rejection():
    text = "Moskau fordert den Abzug der Raketen, Washington weist das zurück."
    assert not root_pairs(text, DATE, "016")


def test_greeting_an_arriving_guest_with_honours_hosts_the_visit():
    text = "Der ägyptische Präsident begrüßte den Emir von Katar am Flughafen mit militärischen Ehren."
    assert ("EGY", "QAT") in root_pairs(text, DATE, "04")
    assert ("EGY", "QAT") not in root_pairs(text, DATE, "05")


def test_greeting_a_delegation_receives_it_and_welcoming_a_decision_praises():
    text = (
        "Vietnams Präsident begrüßte am Montag die Delegation aus Laos im Präsidentenpalast. "
        "Kiew begrüßte die Entscheidung Berlins."
    )
    assert ("VNM", "LAO") in root_pairs(text, DATE, "04")
    assert ("VNM", "LAO") not in root_pairs(text, DATE, "05")
    assert ("UKR", "DEU") in root_pairs(text, DATE, "05")
