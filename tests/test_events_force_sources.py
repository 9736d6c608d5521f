"""Who fights whom in a mutual fight ("Gefechte zwischen X und Y", "X und Y lieferten sich Gefechte",
"X lieferte sich Feuergefechte mit Y"): `fighting_sides` reads both sides, also where they are a
state's force named by its kind ("die Armee") or by a nationality adjective. New sentences, not
from any gold set. The first tests ask `fighting_sides` itself (through the real parse and actor
stage); the last ones run the whole pipeline, where `coder._source_target_pairs` asks it."""

import pytest

from lagebild.events.arguments import ActorIndex, actor_of
from lagebild.events.fighting_sides import fighting_sides
from lagebild.events.lexicon import german_lexicon
from lagebild.events.triggers import noun_trigger, verb_trigger
from lagebild.pipeline import get_pipeline
from tests.event_tuples import events_of, state_of


def _fight_pairs(text: str) -> set[tuple[str | None, str | None]]:
    """(source actor code, target actor code) of the first fight trigger of the text's last sentence
    whose sides `fighting_sides` reads, through the real parse and actor stage."""
    nlp = get_pipeline("de")
    doc = nlp.make_doc(text)
    doc._.language = "de"
    doc = nlp(doc)
    actors, lexicon = ActorIndex(doc), german_lexicon()
    sentence = list(doc.sents)[-1]
    triggers = [verb_trigger(t, sentence, lexicon) for t in sentence] + [
        noun_trigger(t, lexicon) for t in sentence
    ]
    for trigger in (t for t in triggers if t is not None and t.entry.code.startswith("19")):
        pairs = fighting_sides(trigger, actors)
        if pairs:
            return {(actor_of(a).actor_code, actor_of(b).actor_code) for a, b in pairs}
    return set()


def test_coordinated_nationality_adjectives_are_the_two_sides():
    pairs = _fight_pairs(
        "Am Grenzfluss lieferten sich thailändische und kambodschanische Soldaten erneut Gefechte."
    )
    assert {(a[:3], b[:3]) for a, b in pairs} == {("THA", "KHM"), ("KHM", "THA")}


def test_the_army_of_the_place_fights_the_rebels_there_once():
    # a fight within one state is one event, the state's force against the challenger
    pairs = _fight_pairs("Im Norden Myanmars lieferten sich Armee und Rebellen am Wochenende schwere Kämpfe.")
    assert pairs == {("MMRMIL", "MMRREB")}


def test_the_army_named_before_is_the_army_of_a_later_fight():
    text = (
        "Die israelische Armee rückte am Morgen in die Stadt vor. "
        "Dort dauerten die Gefechte zwischen Armee und Hamas den ganzen Tag an."
    )
    pairs = _fight_pairs(text)
    assert {(a[:3], b[:3]) for a, b in pairs} == {("ISR", "PSE"), ("PSE", "ISR")}


def test_a_fighter_named_by_no_actor_and_no_place_gives_no_pair():
    assert (
        _fight_pairs("Am Sonntag lieferten sich Polizisten und Bewaffnete stundenlang Feuergefechte.")
        == set()
    )


def test_a_one_sided_attack_is_no_mutual_fight():
    assert _fight_pairs("Russische Truppen griffen am Morgen ukrainische Stellungen bei Charkiw an.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "An der Grenze lieferten sich indische und chinesische Soldaten in der Nacht heftige Gefechte.",
            {("IND", "CHN"), ("CHN", "IND")},
        ),
        ("Im Sudan lieferten sich die Armee und die RSF-Miliz erneut heftige Kämpfe.", {("SDN", "SDN")}),
    ],
)
def test_the_coder_codes_a_mutual_fight_both_ways(text, expected):
    found = {
        (state_of(e.source), state_of(e.target)) for e in events_of(text, "2026-11-01") if e.code[:2] == "19"
    }
    assert expected <= found
