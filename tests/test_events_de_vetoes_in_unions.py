"""A member state's veto is aimed at the union whose decision it holds up, not at the state the blocked
aid or sanctions concern; a blocked accession is aimed at the candidate (events/vetoes_in_unions.py). A
member that gives its blockade up yields to the same union. Sentences of our own, through the real pipeline."""

from __future__ import annotations

import pytest

from tests.event_tuples import coded_dyads

DATE = "2026-11-20"


def vetoes(text: str) -> set[tuple]:
    return {(source, target) for code, source, target in coded_dyads(text, DATE) if code.startswith("129")}


def concessions(text: str) -> set[tuple]:
    return {(source, target) for code, source, target in coded_dyads(text, DATE) if code == "080"}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Die EU-Kommission schlug neue Sanktionen gegen Iran vor. Doch Ungarn blockiert die Sanktionen "
            "gegen Teheran.",
            ("HUN", "IGOEUREEC"),
        ),
        (
            "Die Europäische Union will Kairo Kredite geben. Die Slowakei blockiert die Auszahlung an Ägypten.",
            ("SVK", "IGOEUREEC"),
        ),
    ],
)
def test_a_members_veto_is_aimed_at_the_union(text, pair):
    assert vetoes(text) == {pair}


def test_a_blocked_accession_is_aimed_at_the_candidate():
    text = (
        "Die EU will mit Albanien verhandeln. Doch Griechenland blockiert die Beitrittsgespräche mit Tirana."
    )
    assert vetoes(text) == {("GRC", "ALB")}


def test_a_blocked_start_of_talks_is_aimed_at_the_candidate():
    text = "Die EU will mit Nordmazedonien verhandeln. Doch Bulgarien blockiert seit Monaten den Beginn der Gespräche."
    assert vetoes(text) == {("BGR", "MKD")}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Zypern gab seinen Widerstand auf, und die EU verhängte Sanktionen gegen Belarus.",
            ("CYP", "IGOEUREEC"),
        ),
        # not towards the state of the speaker who reports it
        (
            "Die Slowakei werde ihre Blockade in den nächsten Tagen aufgeben, sagte der deutsche Außenminister nach "
            "dem Treffen der EU-Außenminister.",
            ("SVK", "IGOEUREEC"),
        ),
    ],
)
def test_a_member_giving_up_its_blockade_yields_to_the_union(text, pair):
    assert concessions(text) == {pair}


def test_a_blockade_of_accession_talks_given_up_yields_to_the_candidate():
    text = "Beim EU-Gipfel gab Bulgarien seine Blockade der Beitrittsgespräche mit Nordmazedonien auf."
    assert concessions(text) == {("BGR", "MKD")}


def rejections(text: str) -> set[tuple]:
    return {(source, target) for code, source, target in coded_dyads(text, DATE) if code == "120"}


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "Die EU-Staaten haben über die Zölle auf Stahl aus Indien abgestimmt. Ungarn stimmte gegen den Kompromiss.",
            {("HUN", "IGOEUREEC")},
        ),
        (
            "Der Rat der EU billigte die Reform des Asylrechts. Tschechien und die Slowakei stimmten gegen zentrale Teile.",
            {("CZE", "IGOEUREEC"), ("SVK", "IGOEUREEC")},
        ),
    ],
)
def test_a_members_vote_against_is_cast_in_the_union(text, pairs):
    assert rejections(text) == pairs


def test_a_vote_against_a_sides_agreement_keeps_that_side():
    text = "Die EU-Staaten stimmten am Freitag über das Abkommen ab. Polen stimmte gegen das Abkommen mit Brasilien."
    assert rejections(text) == {("POL", "BRA")}
