"""Acts whose counterpart the text does not give are not coded: aid to no one named, and support,
agreements or recognition whose partner only the sentences before suggest; where the sentence (or,
for aid, the text before) names the counterpart they stay (issue 7, precision)."""

from tests.event_tuples import coded_roots, coded_triples

DATE = "2025-03-01"


def coded(text: str) -> list[tuple]:
    return coded_triples(text, DATE)


def roots(text: str) -> set[str]:
    return coded_roots(text, DATE)


def test_aid_to_a_recipient_that_is_no_actor_is_not_coded():
    assert "07" not in roots("Die Regierung in Ankara überwies dem Fonds zwei Millionen Euro.")


def test_a_delivery_to_no_one_named_is_not_coded():
    assert "07" not in roots("Frankreich hat Waffen ausgeliefert.")


def test_aid_to_a_state_named_in_the_sentence_stays():
    assert ("071", "TUR", "UKR") in coded("Die Regierung in Ankara überwies der Ukraine zwei Millionen Euro.")


def test_aid_to_the_state_of_the_sentence_before_stays():
    assert ("070", "POL", "UKR") in coded("Die Ukraine braucht dringend Hilfe. Polen hilft mit Geld.")


def test_a_law_signed_is_no_agreement_with_the_state_talked_about_before():
    assert "05" not in roots(
        "Die Gespräche mit Iran stocken. Washington unterzeichnete am Freitag ein neues Gesetz."
    )


def test_recognition_withheld_is_not_aimed_at_the_state_talked_about_before():
    assert "05" not in roots(
        "Die Lage in Syrien bleibt angespannt. Berlin hat die Unabhängigkeit der Region nie anerkannt."
    )


def test_support_for_a_state_named_in_the_sentence_stays():
    assert ("052", "FRA", "UKR") in coded("Die Ukraine bittet um Hilfe. Frankreich stellte sich hinter Kiew.")


def test_support_for_a_partner_the_sentence_refers_to_by_a_possessive_stays():
    # "seinen Verbündeten" names the partner, a side named before: the guess stands for it
    assert ("052", "HUN", "SRB") in coded(
        "Orbán traf in Belgrad Präsident Vučić. Die EU kritisiert Serbien scharf. Ungarn stellte sich hinter"
        " seinen Verbündeten."
    )
