"""Acts whose counterpart stands in the clause or nowhere: an accord (019) is coded only with the one
whose proposal the clause names, and a refusal row with a dative takes no one refused from the
sentences before (issue 7, precision)."""

from tests.event_tuples import coded_codes, coded_triples

DATE = "2025-03-01"


def coded(text: str) -> list[tuple]:
    return coded_triples(text, DATE)


def codes(text: str) -> set[str]:
    return coded_codes(text, DATE)


def test_agreeing_to_a_proposal_is_no_accord_with_the_adversary_named_nearby():
    assert "019" not in codes(
        "Der Präsident Kenias hat dem Kompromissvorschlag im Streit mit Uganda zugestimmt."
    )


def test_agreeing_to_a_listing_is_no_accord_with_the_state_talked_about_before():
    assert "019" not in codes(
        "Japan will die Mine auf die Liste setzen. Im Mai stimmte Seoul der Aufnahme der Mine in die Liste zu."
    )


def test_an_accord_with_no_counterpart_named_stays_without_one():
    assert ("019", "TUR", None) in coded("Ankara erklärte sich mit dem Zeitplan einverstanden.")


def test_a_signature_withheld_is_no_refusal_of_the_state_talked_about_before():
    assert "12" not in {
        code[:2]
        for code in codes(
            "Russland legte im Sicherheitsrat eine Resolution vor. Indien und Brasilien verweigerten ihre Unterschrift."
        )
    }


def test_a_refusal_to_a_state_named_in_the_dative_stays():
    assert ("120", "RUS", "UKR") in coded("Russland verweigerte der Ukraine die Zustimmung.")


def test_an_agreement_ratified_later_is_with_the_partner_it_was_signed_with():
    # the signing codes the pair once each way; the ratification adds Kenya's with Uganda, not Germany's
    assert (
        coded(
            "Kenia und Uganda unterzeichneten am Montag ein Grenzabkommen. Deutschland begrüßte den Schritt. "
            "Das kenianische Parlament ratifizierte es im Juli."
        ).count(("057", "KEN", "UGA"))
        == 2
    )


def test_a_treaty_ratified_with_no_agreement_of_the_side_before_takes_no_partner_from_before():
    assert "057" not in codes(
        "Russland kritisierte den Vertrag scharf. Das Parlament Kasachstans ratifizierte ihn am Dienstag."
    )


def test_a_law_signed_after_an_agreement_is_no_agreement_with_its_partner():
    assert (
        coded(
            "Kenia und Uganda unterzeichneten am Montag ein Grenzabkommen. Deutschland begrüßte den Schritt. "
            "Der kenianische Präsident unterzeichnete im Juli ein Gesetz zur Fischerei."
        ).count(("057", "KEN", "UGA"))
        == 1
    )
