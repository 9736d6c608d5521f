"""Coordinated subjects of one verb share its addressee: where the target was found for one of them,
the others get it too; never where the target is one of the subjects' own sides."""

import pytest

from tests.event_tuples import events_of


def _pairs(text: str, root: str) -> set[tuple[str, str | None]]:
    events = events_of(text, "2024-05-01")
    return {
        (e.source.actor_code[:3], e.target.actor_code[:3] if e.target is not None else None)
        for e in events
        if e.root == root and e.source is not None
    }


@pytest.mark.xfail(
    strict=True,
    reason="news parser: 'Italien, Spanien und Portugal' are parsed as conjuncts of 'Hilfe', not as the subjects of 'schicken'",
)
def test_listed_senders_share_the_recipient() -> None:
    text = (
        "Russland hat erneut Drohnen über Rumänien fliegen lassen. Bukarest bat die Nato um Hilfe, "
        "Italien, Spanien und Portugal schicken zusätzliche Kampfjets."
    )
    assert _pairs(text, "07") == {("ITA", "ROU"), ("ESP", "ROU"), ("PRT", "ROU")}


def test_an_act_among_the_subjects_is_not_shared() -> None:
    text = "Am zweiten Tag der Kämpfe haben sich armenische und aserbaidschanische Truppen erneut beschossen."
    assert ("AZE", "AZE") not in _pairs(text, "19")
