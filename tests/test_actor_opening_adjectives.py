"""A country adjective capitalised only because it opens its sentence names a state as a lower-case one
does, and one qualifying the main clause's subject makes that state the sentence's topic: the police or
government of the next sentence is that state's, not the one of a place or side named later on."""

from __future__ import annotations

from tests.entity_mentions import mentioned_state
from tests.event_tuples import source_states


def test_police_after_a_sentence_opened_by_a_country_adjective_is_that_states():
    text = (
        "Ungarische Bauern haben am Dienstag bei Röszke einen Lastwagen aus Serbien angehalten. "
        "Die Polizei nahm den Fahrer fest."
    )
    assert mentioned_state(text, "Die Polizei") == "HUN"


def test_adjective_after_a_colon_opens_its_sentence_too():
    text = (
        "10.15 Uhr: Polnische Bauern blockierten den Grenzübergang zur Ukraine. "
        "Die Regierung kündigte Gespräche an."
    )
    assert mentioned_state(text, "Die Regierung") == "POL"


def test_arrest_by_that_police_has_its_state_as_source():
    text = (
        "Griechische Umweltschützer haben vor Lesbos ein Boot aus der Türkei gestoppt. "
        "Die Polizei nahm zwei Männer fest."
    )
    assert source_states(text, "2024-05-02", "17", keep_implausible=True) == {"GRC"}


def test_capitalised_adjective_inside_a_sentence_is_still_no_clue():
    # "die Deutsche Bank" is a name: its adjective places no one
    text = "Die Deutsche Bank zahlte eine Strafe an Frankreich. Das Ministerium begrüßte die Zahlung."
    assert mentioned_state(text, "Das Ministerium") == "FRA"


def test_a_name_opening_its_sentence_that_the_text_names_again_is_no_clue():
    # the text writes "der Italienischen Bank" capitalised inside a sentence: the pair is a name
    text = (
        "In Tunis demonstrierten Hunderte gegen die Regierung. Italienische Bank zahlte 2023 keine Steuern, "
        "sagte ein Sprecher der Italienischen Bank. Die Polizei löste die Kundgebung auf."
    )
    assert mentioned_state(text, "Die Polizei") == "TUN"


def test_an_adjective_the_recogniser_took_into_a_name_is_no_clue():
    # the recogniser reads "Bahn" as an organisation: "Deutsche Bahn" is the company, not German bodies
    text = "In Kiew demonstrierten Tausende. Deutsche Bahn stellte Züge bereit. Die Polizei setzte Tränengas ein."
    assert mentioned_state(text, "Die Polizei") == "UKR"
