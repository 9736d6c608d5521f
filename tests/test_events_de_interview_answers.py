"""The answers of an interview are the interviewee's words: their "wir", "uns" and "ich" stand for
the interviewee's side, whom the lead names (`events/interview_answers.py`)."""

from __future__ import annotations

from tests.event_tuples import country_events

INTERVIEW = (
    "Norwegen streitet mit Russland über die Fischerei vor Spitzbergen. "
    "Wir sprachen mit dem norwegischen Außenminister Espen Barth Eide.\n\n"
    "Herr Minister, wie geht es weiter?\n\n"
    "Wir werden mit Schweden über eine gemeinsame Küstenwache verhandeln.\n\n"
    "Was erwarten Sie von Berlin?"
)
# the answers printed after a label in the question's own paragraph
LABELLED = (
    "Norwegen streitet mit Russland über die Fischerei vor Spitzbergen. "
    "Wir sprachen mit dem norwegischen Außenminister Espen Barth Eide am Rande eines Treffens in Oslo.\n\n"
    "Frage: Herr Minister, wie geht es weiter? Eide: Es gibt Gespräche, mehr nicht.\n\n"
    "Frage: Moskau sagt, die Küstenwache verletze russische Rechte. Eide: Das sind Behauptungen. "
    "Wir bitten Schweden um eine gemeinsame Küstenwache.\n\n"
    "Frage: Was erwarten Sie von Berlin? Eide: Nichts."
)


def _events(text: str) -> list[tuple]:
    """(CAMEO root, source state, target state) of every event, in order."""
    return [(code[:2], source, target) for code, source, target, _ in country_events(text, "2024-05-10")]


def test_we_in_an_answer_is_the_interviewees_state():
    assert ("04", "NOR", "SWE") in _events(INTERVIEW)


def test_an_answer_after_a_label_in_the_questions_paragraph():
    assert ("02", "NOR", "SWE") in _events(LABELLED)


def test_we_of_an_article_without_questions_stays_unresolved():
    text = (
        "Norwegen streitet mit Russland über die Fischerei. Wir sprachen mit Außenminister Espen Barth Eide.\n\n"
        "Wir werden mit Schweden über eine gemeinsame Küstenwache verhandeln."
    )
    assert not any(source == "NOR" and target == "SWE" for _, source, target in _events(text))


def test_a_role_the_lead_talks_about_is_not_the_interviewee():
    text = (
        "Die Konfliktforscherin Anna Berg beobachtet seit Jahren den Osten des Kongos. "
        "Ein Gespräch darüber, warum Kinshasa den ruandischen Botschafter ausgewiesen hat.\n\n"
        "Frau Berg, ist das der Bruch?\n\n"
        "Wir fordern beide Seiten zu Gesprächen auf.\n\n"
        "Warum gerade jetzt?\n\n"
        "Die Kämpfe haben zugenommen."
    )
    assert not any(source == "RWA" for _, source, _ in _events(text))
