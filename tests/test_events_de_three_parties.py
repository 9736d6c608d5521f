"""Acts of three or more parties, each bound to each in both directions as the guidelines code a
symmetric act: a list of leaders the parse breaks up before the verb ("Kenias Präsident Ruto, Ugandas
Präsident Museveni und Tansanias Präsidentin Hassan unterzeichneten …", `meetings.mutual_sides`), and
a group of three whose states the sentences before name without a list ("Tokajew begrüßte seine
Amtskollegen aus Usbekistan und Kirgistan. Die drei Präsidenten unterzeichneten …", `group_actors`)."""

from __future__ import annotations

from itertools import permutations

from lagebild import analyze

DATE = "2025-05-01"


def _pairs(text: str, sentence: int, root: str) -> set[tuple[str | None, str | None]]:
    analysis = analyze(text, date=DATE, lang="de")
    return {
        (e.source.country if e.source else None, e.target.country if e.target else None)
        for e in analysis.events
        if e.evidence.sentence == sentence and e.code.startswith(root)
    }


def _each_to_each(*states: str) -> set[tuple[str, str]]:
    return set(permutations(states, 2))


def test_three_leaders_listed_before_the_verb_sign_with_each_other():
    text = (
        "Kenias Präsident William Ruto, Ugandas Präsident Yoweri Museveni und Tansanias Präsidentin "
        "Samia Suluhu Hassan unterzeichneten in Arusha ein Abkommen über eine Zollunion."
    )
    assert _pairs(text, 0, "05") == _each_to_each("KEN", "UGA", "TZA")


def test_three_states_listed_before_the_verb_blame_a_fourth_each():
    # no symmetric act: each of the three criticises the one named after the verb
    text = "Kenia, Uganda und Tansania kritisierten Ruanda scharf."
    assert _pairs(text, 0, "11") == {("KEN", "RWA"), ("UGA", "RWA"), ("TZA", "RWA")}


def test_host_and_two_guests_are_the_three_presidents():
    text = (
        "Kasachstans Präsident Tokajew begrüßte am Montag seine Amtskollegen aus Usbekistan und Kirgistan. "
        "Am Ende unterzeichneten die drei Präsidenten einen Vertrag über die Wassernutzung."
    )
    assert _pairs(text, 1, "05") == _each_to_each("KAZ", "UZB", "KGZ")


def test_three_states_named_over_two_sentences_negotiate():
    text = (
        "Laos staut den Mekong. Kambodscha und Vietnam sorgen sich um ihre Fischerei. "
        "Nun verhandeln die drei Regierungen über die Wassermengen."
    )
    assert _pairs(text, 2, "04") == _each_to_each("LAO", "KHM", "VNM")


def test_four_states_named_before_a_group_of_three_count_none():
    # two pairs over two sentences, no list of three: the earlier sentence takes the count past three
    text = (
        "Ghana und Nigeria planen einen Damm. Togo und Benin sorgen sich um die Fischerei. "
        "Nun verhandeln die drei Regierungen über den Fluss."
    )
    assert not any(source and target for source, target in _pairs(text, 2, "04"))


def test_four_bare_ministers_of_a_two_plus_two_format_count_no_four_states():
    # two ministers of each of two states: the four are not the four states named before
    text = (
        "Ghana und Togo berieten mit Benin und Nigeria über den Handel am Golf. "
        "Am Abend kamen die vier Minister zu Gesprächen über die Küstenwache zusammen."
    )
    assert not any(source and target for source, target in _pairs(text, 1, "04"))
