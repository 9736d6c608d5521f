"""Rows for wordings of roots 01-09 that left whole sentences uncoded (session 47, lex01): answering
evasively is declining to comment (011); having nothing to do with a deed denies a part in it (016). Through the real pipeline."""

from __future__ import annotations

from lagebild import analyze

DATE = "2024-05-02"


def _events(text: str) -> set[tuple[str | None, str, str | None, str]]:
    return {
        (e.source.country if e.source else None, e.code, e.target.country if e.target else None, e.modality)
        for e in analyze(text, date=DATE, lang="de").events
    }


def test_answering_evasively_declines_comment():
    events = _events(
        "Auf die Frage nach neuen Panzern antwortete der dänische Verteidigungsminister ausweichend."
    )
    assert ("DNK", "011", None, "asserted") in events


def test_answering_a_question_evasively_declines_comment():
    events = _events("Die Sprecherin des polnischen Außenministeriums beantwortete die Frage ausweichend.")
    assert ("POL", "011", None, "asserted") in events


def test_plain_answer_is_no_declined_comment():
    events = _events("Der französische Präsident antwortete auf den Brief aus Moskau.")
    assert not any(code == "011" for _, code, _, _ in events)


def test_having_nothing_to_do_with_a_deed_denies_it():
    events = _events(
        "Die Regierung in Minsk erklärte, Belarus habe mit dem Brand in der Raffinerie nichts zu tun."
    )
    assert ("BLR", "016", None, "asserted") in events


def test_asking_to_do_nothing_is_no_denial():
    events = _events("Washington rief Ankara auf, nichts zu tun, was die Lage verschärft.")
    assert not any(code == "016" for _, code, _, _ in events)
