"""Critics who accuse are a side of no state (the bare sector CVL), or the opposition of the state whose
government, named by that word alone, they accuse, or, placed at home ("im eigenen Land"), whomever
they accuse, as is a party called the opposition ("die oppositionelle Bürgerpartei") or a camp named by its
label ("die Konservativen") of no known state, and the opposition the story alone places; critics who only
doubt remain commentators. Through the real pipeline."""

from __future__ import annotations

import pytest

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


def test_critics_in_their_own_country_are_the_opposition_of_the_accused_leader():
    events = _events("Kritiker im eigenen Land werfen Erdoğan vor, die Lira ruiniert zu haben.")
    assert ("TUR", "TUROPP", "112", "TUR", "asserted") in events


def test_critics_in_their_own_party_accuse_their_own_state():
    events = _events(
        "Die Wahl steht bevor. Kritiker in der eigenen Partei werfen Scholz vor, die Ukraine zu zögerlich "
        "zu unterstützen."
    )
    assert ("DEU", "DEUOPP", "112", "DEU", "asserted") in events


def test_critics_at_home_accuse_the_leader_named_not_a_foe_of_his_state():
    # the leader named as the verb's object is the accused, not the state that turned against his before
    events = _events(
        "Somalia verurteilte den Hafenplan Äthiopiens scharf. Kritiker im Land warfen Abiy vor, mit lauten "
        "Tönen von der Inflation ablenken zu wollen."
    )
    assert ("ETH", "ETHOPP", "112", "ETH", "asserted") in events
    assert not any(e[2] == "112" and e[3] == "SOM" for e in events)


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Die oppositionelle Bürgerpartei warf Orbán vor, das Land an Moskau zu verkaufen.", "HUN"),
        # its leader is that opposition too
        ("Der Vorsitzende der oppositionellen Volkspartei, Jan Novak, warf Fico Zensur vor.", "SVK"),
        # so is a camp named by its label
        ("Die Konservativen in Madrid werfen Sánchez vor, das Land an die Separatisten zu verkaufen.", "ESP"),
        ("Die Rechtspopulisten werfen Macron vor, die Grenzen nicht zu schützen.", "FRA"),
    ],
)
def test_an_opposition_party_of_no_known_state_is_the_opposition_of_the_accused_leader(text, state):
    assert (state, state + "OPP", "112", state, "asserted") in _events(text)


def test_the_opposition_placed_by_the_story_alone_is_of_the_accused_leaders_state():
    # the story's last state named is the one the president visited, not the opposition's
    text = "Milei reiste nach Washington. Mehrere Oppositionspolitiker im Kongress warfen ihm vor, zu lügen."
    accusations = {
        (source, actor, target) for source, actor, code, target, _ in _events(text) if code == "112"
    }
    assert accusations == {("ARG", "ARGOPP", "ARG")}


def test_the_opposition_placed_by_the_story_keeps_its_state_accusing_a_foreign_capital():
    text = "Georgien wählt am Sonntag. Die Opposition wirft Moskau vor, die Wahl zu beeinflussen."
    accusations = {(source, target) for source, _, code, target, _ in _events(text) if code == "112"}
    assert accusations == {("GEO", "RUS")}


def test_an_opposition_party_accusing_an_international_body_gets_no_state():
    events = _events("Die oppositionelle Freiheitspartei warf der EU vor, sich in die Wahl einzumischen.")
    assert not any(e[2].startswith("112") and e[0] is not None for e in events)


def test_critics_in_a_capital_stay_of_that_capital():
    events = _events("Kritiker in Warschau werfen Moskau vor, die Wahl zu manipulieren.")
    assert ("POL", "112", "RUS") in {(e[0], e[2], e[3]) for e in events}


def test_one_critic_named_before_is_no_group():
    assert not any(e[2].startswith("112") for e in _events("Der Kritiker warf Moskau Lügen vor."))


def test_critics_who_doubt_are_commentators():
    events = _events("Kritiker bezweifeln, dass Moskau die Waffenruhe einhalten wird.")
    assert not any(source == "CVL" for _, source, _, _, _ in events)
