"""Targets of yielding (issue 7): "einlenken" and "das Einlenken" give way to a counterpart, named with
"gegenüber"/"mit" or nearby in the sentence; a summit an actor hosts ("am Vorabend des Nato-Gipfels")
only dates the act and is no counterpart."""

from __future__ import annotations

import pytest

from tests.event_tuples import events_of, state_of

DATE = "2024-07-11"


def _yields(text: str) -> list[tuple[str | None, str | None, str]]:
    return [
        (state_of(e.source), state_of(e.target), e.modality) for e in events_of(text, DATE) if e.root == "08"
    ]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # the counterpart named with "gegenüber"
        ("Ankara lenkte im Streit um den Beitritt gegenüber Stockholm ein.", "TUR", "SWE"),
        # the counterpart named as the one who doubts it
        ("Ob die Regierung in Belgrad einlenkt, bezweifelt Kroatiens Außenminister.", "SRB", "HRV"),
        # the counterpart named in the clause that reports the concession
        (
            "Im Streit um Migranten hat Mexikos Präsident eingelenkt: Mexiko werde die aus den USA "
            "ausgewiesenen Menschen aufnehmen, teilte das Weiße Haus mit.",
            "MEX",
            "USA",
        ),
    ],
)
def test_giving_way_names_the_counterpart(text, source, target):
    assert [(s, t) for s, t, _ in _yields(text)] == [(source, target)]


def test_giving_way_without_a_counterpart_has_no_target():
    assert _yields("Die Regierung in Budapest lenkte ein.") == [("HUN", None, "asserted")]


def test_the_host_of_a_summit_is_no_counterpart():
    """Without the summit rule the nearest actor, NATO in "Nato-Gipfels", was taken as the target."""
    assert _yields("Die Türkei hat am Vorabend des Nato-Gipfels eingelenkt.") == [("TUR", None, "asserted")]
    text = "Erdoğan hat am Vorabend des Nato-Gipfels eingelenkt und versprochen, den Beitritt Schwedens zu billigen."
    assert ("TUR", "SWE", "asserted") in _yields(text)


def test_the_noun_einlenken_is_a_concession_of_its_genitive():
    text = "Mit einem Einlenken der Regierung in Canberra rechnet in Peking derzeit niemand."
    assert [(s, m) for s, _, m in _yields(text)] == [("AUS", "hypothetical")]
