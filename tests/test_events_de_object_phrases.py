"""Trigger choice where the news-trained parse hangs a phrase on the verb's object noun, not on the verb.

The phrases still complete the verb: a partner of the act ("setzte die Verhandlungen mit X aus"), a
purpose ("mobilisierte die Armee zur Unterstützung …"), "in Aussicht" after the held-out noun, and nouns
the parse listed with the subject; the subject of another predicate is none of its objects. Sentences
written for these tests.
"""

from functools import partial

from tests.event_tuples import coded_codes, coded_events

DATE = "2024-05-01"
events = partial(coded_events, date=DATE)
codes = partial(coded_codes, date=DATE)


def test_a_partner_on_the_object_noun_fills_the_verbs_slot():
    # "mit Washington" hangs on "Verhandlungen": the talks are suspended (164), no sanctions eased
    found = events("Als Reaktion auf die Sanktionen setzte Caracas die Verhandlungen mit Washington aus.")
    assert ("164", "VEN", "USA", "asserted") in found
    assert not {"085", "046"} & {code for code, *_ in found}


def test_a_purpose_phrase_on_the_object_is_no_object():
    found = codes("Ungarn hat die Armee zur Unterstützung der Polizei mobilisiert.")
    assert "154" in found
    assert "053" not in found


def test_a_row_that_lists_the_noun_beats_one_matching_its_compound_head():
    # "Polizeipräsenz" is listed by the police row (153); "Präsenz" (154) only ends the compound
    found = events("Die Bundesregierung will die Polizeipräsenz an der Grenze zu Polen verstärken.")
    assert ("153", "DEU", None, "future") in found
    assert "154" not in {code for code, *_ in found}


def test_in_aussicht_after_the_held_out_noun_whatever_the_parse_hung_it_on():
    found = codes(
        "In Paris ging Präsident Macron mit der Regierung in Moskau hart ins Gericht und stellte Sanktionen "
        "der EU in Aussicht."
    )
    assert "1312" in found
    assert "030" not in found


def test_an_object_the_parse_listed_with_the_subject_still_completes_the_verb():
    assert ("190", "SDN", "SDN", "asserted") in events(
        "In Darfur lieferten sich Armee und ethnische Rebellen Gefechte."
    )


def test_the_subject_of_a_predicate_hung_in_the_clause_is_no_object():
    # "Panzer" is the subject of "sind im Einsatz", which the parse hung on "liefern": no arms delivery
    found = codes(
        "In Darfur liefern sich Soldaten und Milizionäre heftige Gefechte, auch Panzer sind im Einsatz."
    )
    assert "190" in found
    assert "072" not in found
