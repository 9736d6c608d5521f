"""Which words name the news media and which media speak for a state (`events/news_media.py`; sentences
written for these tests): a kind of medium, also ending a compound, or an outlet named alone is the press;
only a medium its word calls the state's or the party's, or one the knowledge base places in a state,
speaks for that state."""

import pytest

from lagebild.events.news_media import is_the_press, names_a_medium, speaks_for_its_state, state_owned
from lagebild.pipeline import get_pipeline

SENTENCE = (
    "Die staatliche Zeitung, die Sonntagszeitung, der Spiegel, die Regierung, das Parteiblatt, "
    "die Staatsagentur KCNA und Reuters berichteten."
)


@pytest.fixture(scope="module")
def words():
    return {t.text: t for t in get_pipeline("de")(SENTENCE)}


@pytest.mark.parametrize(
    ("word", "press", "medium", "states"),
    [
        ("Zeitung", True, True, True),  # "die staatliche Zeitung": owned by the adjective
        ("Sonntagszeitung", True, True, False),  # a kind of medium ending a compound
        ("Spiegel", True, True, False),  # an outlet named alone
        ("Reuters", True, True, False),
        ("Parteiblatt", True, True, True),  # owned by its compound's first part
        ("Staatsagentur", True, True, True),
        ("KCNA", False, True, True),  # no kind of medium, but one the knowledge base places in a state
        ("Regierung", False, False, False),
    ],
)
def test_the_press_and_the_state_s_own_media(words, word, press, medium, states):
    token = words[word]
    assert is_the_press(token) is press
    assert names_a_medium(token) is medium
    assert speaks_for_its_state(token) is states


def test_ownership_is_said_by_the_word_or_its_adjective(words):
    assert state_owned(words["Zeitung"]) and state_owned(words["Parteiblatt"])
    assert not state_owned(words["Sonntagszeitung"]) and not state_owned(words["Reuters"])


@pytest.mark.parametrize(
    ("sentence", "name", "states"),
    [
        ("Die Agentur Interfax und die Staatsagentur Tass meldeten den Angriff.", "Interfax", False),
        ("Die Agentur Interfax und die Staatsagentur Tass meldeten den Angriff.", "Tass", True),
        ("Die Nachrichtenagentur Yonhap meldete den Start.", "Yonhap", False),
        ("Die Nachrichtenagentur Xinhua meldete den Besuch.", "Xinhua", True),
    ],
)
def test_an_agency_of_a_state_speaks_for_it_only_when_its_government_runs_it(sentence, name, states):
    # a private or arm's-length agency tells what it learned; a state-run one says what its state says
    (token,) = [t for t in get_pipeline("de")(sentence) if t.text == name]
    assert names_a_medium(token)
    assert speaks_for_its_state(token) is states


def test_the_independent_agencies_are_named_by_their_knowledge_base_ids():
    from lagebild.events.news_media import INDEPENDENT_MEDIA
    from lagebild.kb.build import organisation_id
    from lagebild.kb.store import load_kb

    assert INDEPENDENT_MEDIA.issubset(load_kb().actors)
    assert organisation_id("state body", "x") == "state-body:x"  # the kind's spaces as the build writes them


def test_an_independent_agency_placed_in_a_state_does_not_speak_for_it():
    doc = get_pipeline("de")("Das berichtete die Agentur Interfax am Montag.")
    assert not speaks_for_its_state(next(t for t in doc if t.text == "Interfax"))
