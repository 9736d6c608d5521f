"""An act that names no one, right after an exchange between actors of the source's own state, answers
that dispute at home: its target is the source's own state. A statement (declining to say, a warning)
answers no one. New sentences, not from any gold set."""

from tests.event_tuples import coded_dyads


def _targets_of(text: str, code: str, source: str) -> set:
    return {t for c, s, t in coded_dyads(text, "2024-05-01") if c == code and s == source}


def test_rejection_after_arrests_at_home_targets_the_own_state():
    text = "Die Polizei in Belgrad nahm Dutzende Studenten fest. Die Studenten lehnten Verhandlungen bisher stets ab."
    assert _targets_of(text, "125", "SRB") == {"SRB"}


def test_rejection_after_a_foreign_exchange_is_not_aimed_at_home():
    text = "Serbien warf dem Kosovo Provokationen vor. Die Studenten lehnten Verhandlungen bisher stets ab."
    assert "SRB" not in _targets_of(text, "125", "SRB")


def test_rejected_criticism_after_a_dispute_at_home_keeps_no_target():
    text = "Die Polizei in Minsk nahm Dutzende Demonstranten fest. Minsk wies die Kritik zurück."
    assert "BLR" not in {
        t for c, s, t in coded_dyads(text, "2024-05-01") if c.startswith("12") and s == "BLR"
    }


def test_declining_to_say_after_arrests_at_home_has_no_target():
    text = "Die Polizei in Minsk nahm Dutzende Demonstranten fest. Lukaschenko ließ offen, ob er Neuwahlen ausrufen werde."
    assert _targets_of(text, "011", "BLR") == {None}


def test_a_warning_after_arrests_at_home_has_no_target():
    text = "Die Polizei in Belgrad nahm Dutzende Studenten fest. Vučić warnte vor einem Zerfall des Landes."
    assert _targets_of(text, "012", "SRB") == {None}
