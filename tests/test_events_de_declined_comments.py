"""Declining to say (011) beside the act it leaves open: "Ob X …, ließ Y offen" codes the declined
comment, asserted and aimed at no one, and the open act, hypothetical (`sentence_rules.FRAMING_KEEP`,
`targets_statements.UNAIMED`). Forgoing, avoiding or abstaining from a comment declines it as well
("verzichtete auf einen Kommentar", "mied jede Stellungnahme", "ließ die Drohung unkommentiert");
abstaining in a vote does not."""

from functools import partial

import pytest

from tests.event_tuples import keyed_events

_by_root = partial(keyed_events, date="2025-03-04")


def test_a_question_left_open_keeps_the_declined_comment_beside_the_open_act():
    events = _by_root(
        "Ob der Gesandte als Nächstes zwischen Kiew und Moskau vermitteln soll, ließ das Weiße Haus offen."
    )
    assert ("USA", "01", None, "asserted") in events
    assert ("USA", "04", "UKR", "hypothetical") in events


def test_the_declined_comment_is_aimed_at_no_one_the_question_names():
    events = _by_root("Ob Ankara mit Damaskus verhandeln würde, ließ das türkische Außenministerium offen.")
    assert ("TUR", "01", None, "asserted") in events
    assert not any(root == "01" and target is not None for _, root, target, _ in events)


def test_a_statement_not_made_about_a_question_is_a_comment_declined_to_no_one():
    events = _by_root(
        "Ob die Armee notfalls Gewalt gegen die Miliz anwenden werde, wollte der libanesische Minister nicht sagen."
    )
    assert ("LBN", "01", None, "asserted") in events


@pytest.mark.parametrize(
    "text",
    [
        "Der Emir von Katar verzichtete auf einen Kommentar.",
        "NATO-Generalsekretär Mark Rutte mied jede Stellungnahme zu dem Streit.",
        "Das Auswärtige Amt hat sich einer Bewertung des Gutachtens enthalten.",
        "Die Bundesregierung ließ die Drohung unkommentiert.",
        "Das französische Außenministerium hielt sich mit einer Bewertung zurück.",
        "Kremlsprecher Dmitri Peskow lehnte eine Bewertung der Gespräche ab.",
    ],
)
def test_forgoing_or_avoiding_a_comment_declines_it(text):
    assert any(root == "01" and source is not None for source, root, _, _ in _by_root(text))


@pytest.mark.parametrize(
    "text",
    [
        # abstaining in a vote and forgoing a measure are no comments declined
        "Deutschland enthielt sich bei der Abstimmung im Sicherheitsrat.",
        "Israel verzichtete vorerst auf Vergeltung.",
    ],
)
def test_abstaining_in_a_vote_or_forgoing_a_measure_declines_no_comment(text):
    assert not any(root == "01" for _, root, _, _ in _by_root(text))
