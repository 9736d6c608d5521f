"""An agreement signed with partners binds the partners too: the signing is coded both ways also where
the partners are several, named on the agreement noun or on a coordinated verb; a "mit" phrase inside a
relative clause names no partner (sentences written for this test)."""

import pytest

from tests.event_tuples import coded_events

DATE = "2024-03-05"


def pairs(text: str) -> set[tuple]:
    return {(source, target) for code, source, target, _ in coded_events(text, DATE, True) if code == "057"}


def test_several_partners_sign_back():
    found = pairs(
        "Die Verteidigungsminister Russlands und der Ukraine hatten getrennt voneinander Vereinbarungen "
        "mit der Türkei und den Vereinten Nationen unterzeichnet."
    )
    assert {("RUS", "TUR"), ("TUR", "RUS"), ("UKR", "TUR"), ("TUR", "UKR")} <= found


def test_a_partner_in_a_relative_clause_signs_nothing():
    found = pairs(
        "Saudi-Arabien und Bahrain haben eine Erklärung unterzeichnet, die den Streit mit Katar beilegen soll."
    )
    assert not any(source == "QAT" for source, _ in found)


def test_a_co_subject_naming_no_side_signs_as_the_partner_named_before():
    found = pairs(
        "Der ägyptische Präsident reiste nach Riad. Präsident Sisi und der Kronprinz unterzeichneten am "
        "Dienstag eine Erklärung über die Zusammenarbeit."
    )
    assert {("EGY", "SAU"), ("SAU", "EGY")} <= found


def test_a_plural_group_beside_the_signatory_is_no_partner_named_before():
    found = pairs(
        "Der ägyptische Präsident reiste nach Riad. Präsident Sisi und mehrere Minister unterzeichneten am "
        "Dienstag eine Erklärung über die Zusammenarbeit."
    )
    assert ("SAU", "EGY") not in found and ("EGY", "SAU") not in found


def test_the_signatorys_own_minister_is_no_partner_named_before():
    found = pairs(
        "Der kenianische Präsident Ruto flog am Morgen nach Addis Abeba. Ministerpräsident Abiy und seine "
        "Außenministerin unterzeichneten dort ein Abkommen über Stromlieferungen."
    )
    assert ("KEN", "ETH") not in found and ("ETH", "KEN") not in found


def test_a_co_subject_named_before_with_the_signatorys_state_is_no_partner():
    found = pairs(
        "Der kenianische Präsident Ruto flog am Morgen nach Addis Abeba. Der äthiopische Finanzminister "
        "holte ihn am Flughafen ab. Ministerpräsident Abiy und der Finanzminister unterzeichneten dort "
        "ein Abkommen über Stromlieferungen."
    )
    assert ("KEN", "ETH") not in found and ("ETH", "KEN") not in found


# "sein Amtskollege" is the other side's holder of the office, "sein kenianischer Gast" names the other
# state: both are the partner, not the signatory's own person
@pytest.mark.parametrize("co_subject", ["sein Amtskollege", "sein kenianischer Gast"])
def test_a_possessive_co_subject_of_the_other_side_signs_as_the_partner_named_before(co_subject):
    found = pairs(
        f"Der kenianische Präsident Ruto flog am Morgen nach Addis Abeba. Ministerpräsident Abiy und "
        f"{co_subject} unterzeichneten dort ein Abkommen über Stromlieferungen."
    )
    assert {("ETH", "KEN"), ("KEN", "ETH")} <= found


def test_a_co_subject_whose_adjective_names_the_other_state_with_a_compass_point_signs_as_the_partner():
    # "ostkongolesisch" is Congo's adjective with a compass point, read as the coder reads it elsewhere
    found = pairs(
        "Der kongolesische Präsident flog am Morgen nach Addis Abeba. Ministerpräsident Abiy und sein "
        "ostkongolesischer Gast unterzeichneten dort ein Abkommen über Stromlieferungen."
    )
    assert {("ETH", "COD"), ("COD", "ETH")} <= found
