"""An act whose partner is asked for ("mit wem es zusammenarbeite") names no act
(`events/open_partners.py`); the same act with its partner named stays, and so does a name that ends in
"wen"."""

from tests.event_tuples import events_of

DATE = "2024-05-10"


def _codes(text: str) -> set[str]:
    return {e.code for e in events_of(text, DATE, keep_implausible=True)}


def test_a_partner_asked_for_codes_no_cooperation():
    text = (
        "Washington verlangt von Tschad, die Beziehungen zu Moskau abzubrechen. Sein Land lasse sich von "
        "niemandem vorschreiben, mit wem es zusammenarbeite, sagte Präsident Mahamat Idriss Déby."
    )
    assert not any(code.startswith("06") for code in _codes(text))


def test_a_named_partner_keeps_the_cooperation():
    assert "060" in _codes("Tschad arbeitet eng mit Russland zusammen.")


def test_a_name_ending_in_wen_is_no_question():
    text = "Präsidentin Tsai Ing-wen traf in New York den Sprecher des Repräsentantenhauses Kevin McCarthy."
    assert "040" in _codes(text)


def test_a_target_asked_for_in_the_accusative_codes_no_sanction():
    text = (
        "Polen warnt Russland. Die Slowakei bestimme selbst, gegen wen sie Sanktionen verhängt, sagte "
        "Regierungschef Fico."
    )
    assert not any(code.startswith("16") for code in _codes(text))
