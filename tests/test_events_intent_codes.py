"""Every code the German coder emits exists in the CAMEO codebook: the intent to do an act (03x) keeps
the act's sub-code only where CAMEO has one. Before, a pledge to support or praise (05x) came out as the
non-existent "0321" and the next stage's codebook lookup failed the whole article."""

from __future__ import annotations

import pytest

from lagebild import analyze
from lagebild.events.codebook import codebook
from lagebild.events.prospects import prospect_intent


@pytest.mark.parametrize(
    "text",
    [
        "Präsident Macron sagte Kiew zu, die Beitrittsbemühungen zu unterstützen.",
        # the minister needs a state: an unnamed one is no source, and "die Regierung in Kiew" is the
        # addressee, not the one who praises (the old parser made it the subject)
        "Der deutsche Außenminister versprach der Regierung in Kiew, ihre Reformen öffentlich zu loben.",
    ],
)
def test_a_pledge_of_support_is_the_intent_to_support(text):
    events = analyze(text, date="2023-05-08", lang="de").events
    assert [e.code for e in events] == ["032"]


@pytest.mark.parametrize("root", ["04", "05", "06", "07", "08"])
def test_no_cooperative_act_becomes_an_unknown_intent(root):
    for code in (c for c in codebook() if c.startswith(root)):
        assert prospect_intent(code) in codebook(), code
