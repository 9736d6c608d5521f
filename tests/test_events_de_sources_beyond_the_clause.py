"""Sources the parse of the act's own clause does not give: the subject of the verb that governs an act
noun through a preposition (`governed_acts`), a state's court named by its kind (`court_sources`),
someone's lawyers or supporters (`possessed_sources`), a fronted sentence adverb (`subject_repairs`)."""

from functools import partial

import pytest

from tests.event_tuples import events_of, source_states

_events = partial(events_of, date="2024-05-02")


def _sources(text: str, root: str) -> set[str]:
    return source_states(text, "2024-05-02", root)


@pytest.mark.parametrize(
    ("text", "root", "state"),
    [
        # answering with an act: the one who answers performs it
        ("Die Hisbollah antwortete mit Raketenangriffen auf den Norden Israels.", "19", "LBN"),
        # holding on to one's own measures
        ("Peking hielt an seinen Strafzöllen gegen Australien fest.", "16", "CHN"),
        ("Washington hält an den Sanktionen gegen Kuba fest.", "16", "USA"),
        # taking part in an attack: "beteiligt" as a predicate with its subject
        ("Ein Sprecher der Armee sagte, an den Angriffen auf Gaza seien auch israelische Kampfjets "
         "beteiligt gewesen.", "19", "ISR"),
    ],
)  # fmt: skip
def test_subject_of_the_governing_verb_performs_the_act(text, root, state):
    assert state in _sources(text, root)


def test_threatened_act_is_the_threatening_sides():
    events = _events(
        "Die libanesische Hisbollah und mehrere irakische Milizen drohten mit Anschlägen auf "
        "amerikanische Stützpunkte."
    )
    threatened = {
        (e.source.country, e.target.country if e.target else None) for e in events if e.code == "180"
    }
    assert threatened == {("LBN", "USA"), ("IRQ", "USA")}
    assert all(e.modality == "hypothetical" for e in events if e.code == "180")


def test_state_court_named_by_its_kind_acts_for_its_state():
    events = _events("Das Verwaltungsgericht Köln wies die Klage zweier Syrer gegen die Bundesregierung ab.")
    rejections = [e for e in events if e.code.startswith("12")]
    assert rejections and rejections[0].source.country == "DEU"


def test_judges_act_for_the_state_of_their_seat():
    assert "SEN" in _sources(
        "Die Richter in Dakar forderten die Regierung auf, die Wahl rasch abzuhalten.", "10"
    )


def test_one_judge_is_a_person_of_no_known_state():
    assert not _sources("Der Richter forderte die Regierung in Dakar auf, die Wahl rasch abzuhalten.", "10")


def test_lawyers_act_for_the_one_they_belong_to():
    text = (
        "Der bolivianische Oppositionspolitiker Evo Morales sprach von politischer Verfolgung. Seine Anwälte "
        "kündigten an, gegen die Regierung Klage einzureichen."
    )
    complaints = [e for e in _events(text) if e.code == "115"]
    assert complaints and complaints[0].source.country == "BOL"
    assert "Anwälte" in complaints[0].source.name


def test_supporters_named_by_a_feminine_possessive_act_for_her_side():
    text = (
        "Die Oppositionsführerin Maria Corina Machado sprach von Wahlbetrug. Ihre Anhänger forderten den "
        "Rücktritt von Präsident Maduro."
    )
    assert "VEN" in _sources(text, "10")


def test_guests_are_not_the_hosts_people():
    text = (
        "Der kenianische Präsident William Ruto empfing in Nairobi Ugandas Präsidenten. Seine Gäste kritisierten "
        "die Regierung in Kigali."
    )
    assert "KEN" not in _sources(text, "11")


def test_fronted_sentence_adverb_is_no_subject():
    assert "RUS" in _sources("Scharf kritisierte der Kreml die Entscheidung der NATO.", "11")
