"""A sentence that opens with a bare ordinal ("Im ersten …", "Im zweiten …") tells one of the cases the
text listed before: its acts are hypothetical (`events/listed_cases.py`). A time or round with its noun
("Im ersten Halbjahr"), a past tense and a clause of its own circumstances stay what they report."""

from tests.event_tuples import code_modalities

DATE = "2024-05-10"
LISTED = (
    "Drei Wege sind denkbar. "
    "Im ersten zieht Russland seine Truppen aus Belarus ab, und Polen öffnet die Grenze. "
    "Im zweiten verhängt die EU neue Sanktionen gegen Minsk, während Russland Truppen an die Grenze verlegt."
)


def test_the_acts_of_a_listed_case_are_hypothetical():
    assert code_modalities(LISTED, DATE, "087", keep_implausible=True) == {"hypothetical"}
    assert code_modalities(LISTED, DATE, "163", keep_implausible=True) == {"hypothetical"}


def test_a_clause_of_its_own_circumstances_stays_asserted():
    assert "asserted" in code_modalities(LISTED, DATE, "15", keep_implausible=True)


def test_a_case_opening_a_later_clause_is_hypothetical_too():
    text = (
        "Zwei Szenarien gelten als möglich. Im ersten Fall zieht Russland seine Truppen aus Belarus ab, "
        "im zweiten verhängt die EU neue Sanktionen gegen Minsk."
    )
    assert code_modalities(text, DATE, "163", keep_implausible=True) == {"hypothetical"}


def test_an_ordinal_with_its_noun_is_a_time():
    assert code_modalities(
        "Im ersten Halbjahr verhängte die EU neue Sanktionen gegen Minsk.", DATE, "163", keep_implausible=True
    ) == {"asserted"}


def test_a_past_round_is_reported():
    assert code_modalities(
        "Im zweiten verhängte die EU neue Sanktionen gegen Minsk.", DATE, "163", keep_implausible=True
    ) == {"asserted"}


def test_a_capitalised_ordinal_is_a_channel_not_a_case():
    # "Im Ersten" is the ARD's channel: what is said there is reported, not a listed case
    assert code_modalities(
        "Im Ersten kritisiert Merz den russischen Präsidenten Putin scharf.",
        DATE,
        "111",
        keep_implausible=True,
    ) == {"asserted"}
