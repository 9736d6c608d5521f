"""Critics who accuse are a side of no state (the bare sector CVL), or the opposition of the state whose
government, named by that word alone, they accuse; critics who only doubt remain commentators. Through
the real pipeline."""

from __future__ import annotations

from lagebild import analyze

DATE = "2024-03-12"


def _events(text: str) -> set[tuple[str | None, str | None, str, str | None, str]]:
    return {
        (
            e.source.country if e.source else None,
            e.source.actor_code if e.source else None,
            e.code,
            e.target.country if e.target else None,
            e.modality,
        )
        for e in analyze(text, date=DATE, lang="de").events
    }


def test_critics_accusing_a_named_leader_are_of_no_state():
    events = _events("Kritiker werfen Sandu vor, die Presse mit neuen Gesetzen zu gängeln.")
    assert (None, "CVL", "112", "MDA", "asserted") in events


def test_observers_accusing_a_junta_are_of_no_state():
    events = _events("Beobachter werfen der Junta in Mali vor, Dörfer zu plündern.")
    assert (None, "CVL", "112", "MLI", "asserted") in events


def test_critics_accusing_the_government_are_its_opposition():
    events = _events(
        "Nigeria hat die Zölle erhöht. Kritiker werfen der Regierung vor, die Bauern zu ruinieren."
    )
    assert ("NGA", "NGAOPP", "112", "NGA", "asserted") in events


def test_one_critic_named_before_is_no_group():
    assert not any(e[2].startswith("112") for e in _events("Der Kritiker warf Moskau Lügen vor."))


def test_critics_who_doubt_are_commentators():
    events = _events("Kritiker bezweifeln, dass Moskau die Waffenruhe einhalten wird.")
    assert not any(source == "CVL" for _, source, _, _, _ in events)
