"""A refusal to yield answers the side that threatened or pressed the refuser just before, or was
charged there with coercion, not an actor the sentence names for another reason
(events/targets_coercers.py). Sentences of our own, through the real pipeline."""

from __future__ import annotations

import pytest

from tests.event_tuples import coded_dyads

DATE = "2026-11-20"


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Russland kündigte an, seine Truppen an der Grenze zu verstärken. Präsident Niinistö erklärte, "
            "Helsinki lasse sich nicht einschüchtern, und lud Stoltenberg nach Helsinki ein.",
            ("FIN", "RUS"),
        ),
        (
            "Die EU-Kommission warf China Erpressung vor. Litauen lasse sich nicht erpressen und wolle Chips "
            "aus Taiwan beziehen, sagte Außenminister Landsbergis.",
            ("LTU", "CHN"),
        ),
    ],
)
def test_a_refusal_to_yield_answers_the_coercer_before(text, pair):
    refusals = {(source, target) for code, source, target in coded_dyads(text, DATE) if code == "124"}
    assert refusals == {pair}
