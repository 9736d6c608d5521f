"""The source of an act noun the parse took for the subject of its light or declaring verb: in an
object-first clause the real subject follows the verb, sometimes read as a predicate ("Kritik übte
daraufhin Japans Außenminister …"); with two subjects, the one before the noun is the real one
("Präsident Biden hatte zuvor Strafzölle … angeordnet")."""

import pytest

import lagebild


def _events(text: str, date: str = "2024-06-01"):
    return lagebild.analyze(text, date=date, lang="de").events


def _sources(text: str, root: str, date: str = "2024-06-01") -> set[str]:
    return {e.source.country for e in _events(text, date) if e.root == root and e.source is not None}


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Deutliche Kritik an Peking übte anschließend Japans Außenminister Yoko Kamikawa.", "JPN", "CHN"),
        ("Scharfe Kritik an Paris übte daraufhin Algeriens Präsident Abdelmadjid Tebboune.", "DZA", "FRA"),
    ],
)
def test_speaker_after_the_light_verb_criticises(text, source, target):
    criticism = [e for e in _events(text) if e.root == "11"]
    assert [(e.source.country, e.target.country) for e in criticism] == [(source, target)]


@pytest.mark.parametrize(
    ("text", "date", "source"),
    [
        ("Präsident Joe Biden hatte zuvor Strafzölle von 100 Prozent auf chinesische Autos angeordnet.", "2024-06-01", "USA"),
        ("Präsident Donald Trump hatte zuvor Strafzölle von 25 Prozent auf mexikanische Waren angeordnet.", "2025-03-01", "USA"),
    ],
)  # fmt: skip
def test_subject_before_the_fronted_act_noun_imposes_it(text, date, source):
    assert _sources(text, "16", date) == {source}


def test_the_critic_after_the_verb_is_the_opposition_not_the_criticised():
    text = "Scharfe Kritik an Berlin übte am Montag auch die Opposition."
    criticism = [e for e in _events(text) if e.root == "11"]
    assert criticism and all(e.source.actor_code.endswith("OPP") for e in criticism)
