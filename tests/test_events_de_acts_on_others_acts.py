"""An appeal, demand or judgement whose object is another act is aimed at that act's doer, also where
the object names only a phase of the act, its end, halt or widening, and the act follows in the
genitive ("ein Ende der russischen Angriffe"); an appeal names the act it asks for with "zu" or "auf"."""

import pytest

from lagebild import analyze


def dyads(text: str) -> set[tuple]:
    """(code, source state/IGO, target state/IGO, modality) of every event coded in the text."""
    return {
        (e.code, e.source and (e.source.country or e.source.actor_code), e.target and (e.target.country or e.target.actor_code), e.modality)
        for e in analyze(text, date="2024-05-01", lang="de").events
    }  # fmt: skip


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # the act asked for after "zu" or "auf": its doer is the one appealed to
        ("Schweden rief zu einem Ende der russischen Angriffe auf.", ("020", "SWE", "RUS", "asserted")),
        ("Japan drängte auf einen Stopp der nordkoreanischen Raketentests.", ("020", "JPN", "PRK", "asserted")),
        ("Die EU appellierte an die Einstellung der russischen Angriffe.", ("020", "IGOEUREEC", "RUS", "asserted")),
        # a judged phase of an act is its doer's
        ("Kanada verurteilte die Ausweitung der russischen Angriffe.", ("111", "CAN", "RUS", "asserted")),
        # an addressee the appeal names is still its target
        ("Schweden rief Moskau zu einem Ende der Angriffe auf.", ("020", "SWE", "RUS", "asserted")),
    ],
)  # fmt: skip
def test_an_act_on_another_act_targets_its_doer(text, event):
    assert event in dyads(text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # no doer named: no target
        ("Schweden rief zu einem Ende der Gewalt auf.", ("020", "SWE", None, "asserted")),
        ("Kanada verurteilte die Ausweitung der Kämpfe.", ("111", "CAN", None, "asserted")),
    ],
)  # fmt: skip
def test_an_act_of_no_named_doer_gives_no_target(text, event):
    assert event in dyads(text)
