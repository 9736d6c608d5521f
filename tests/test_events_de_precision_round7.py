"""Precision rules of the seventh round (issue 7): a public statement (CAMEO 01) that is only supposed,
advised or asked about was not made and yields no event, while a comment declined and an act not
owned up to stay. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lagebild import analyze

DATE = "2024-03-12"


def _events(text: str):
    return analyze(text, date=DATE, lang="de").events


def _codes(text: str) -> list[tuple[str, str]]:
    return [(e.code, e.modality) for e in _events(text)]


@pytest.mark.parametrize(
    "text",
    [
        # a consideration the writer only expects, if a condition holds
        "Gibt Teheran die Seeleute nicht frei, dürften London und Paris über eine Ausweisung der "
        "Botschafter nachdenken.",
        # a consideration one side advises the other to make
        "Moskau wies die Kritik zurück und empfahl den Amerikanern, über ihre eigenen Kriege nachzudenken.",
        # a consideration asked about
        "Ob Moskau damit die Luftabwehr der Nato prüfen wollte, ist unter Fachleuten umstritten.",
        # a consideration announced only as the consequence of a condition
        "Wenn Kiew nicht einlenke, werde Moskau andere Schritte prüfen müssen, sagte Lawrow.",
    ],
)
def test_a_statement_nobody_made_is_no_event(text):
    assert not [c for c in _codes(text) if c[0].startswith("01")]


def test_the_other_acts_of_the_sentence_stay():
    """Only the unsaid statement goes: the rejection and the appeal next to it are acts."""
    codes = [
        c
        for c, _ in _codes(
            "Moskau wies die Kritik zurück und empfahl den Amerikanern, über ihre eigenen Kriege nachzudenken."
        )
    ]
    assert "120" in codes and "020" in codes


def test_a_consideration_under_way_is_an_event():
    assert ("014", "asserted") in _codes("Die Regierung in Berlin prüft neue Sanktionen gegen Russland.")


def test_a_comment_declined_stays():
    assert ("011", "asserted") in _codes(
        "Der Kreml äußerte sich zunächst nicht zu den Vorwürfen aus Warschau."
    )


def test_an_act_not_owned_up_to_stays():
    assert ("015", "negated") in _codes(
        "Kiew hat sich offiziell nicht zu dem Anschlag auf die Krim-Brücke bekannt."
    )
