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
