"""A toll of the article's war reported without who fought ("Bei dem Schusswechsel wurde ein Soldat
getötet", "Sieben eritreische Soldaten seien getötet worden") is the conflict of the two states that
fought before (`events.conflict_tolls`)."""

import pytest

from tests.event_tuples import events_of_last_sentence, state_or_igo

DATE = "2025-03-04"
WAR = "Äthiopien hat eritreische Stellungen an der Grenze mit Artillerie beschossen. "


def _force_in_last_sentence(text: str) -> set[tuple]:
    """(root, source, target) of the acts of force coded in the text's last sentence."""
    return {
        (e.code[:2], state_or_igo(e.source), state_or_igo(e.target))
        for e in events_of_last_sentence(text, DATE)
        if e.code[:2] in ("18", "19", "20")
    }


@pytest.mark.parametrize(
    "toll",
    [
        # a fight has no one attacker: not the attack before again, but both sides' fight
        "Bei den Kämpfen starben drei Soldaten.",
        "Bei einem Feuergefecht am Fluss kamen nach Angaben der Regierung elf Menschen ums Leben.",
        "Nach Militärangaben wurden bei den Kämpfen auch zwei eritreische Offiziere verwundet.",
        # "wie" opens the clause of the report, no question of the toll
        "Wie die Armee mitteilte, wurden bei den Kämpfen zwei Soldaten getötet.",
    ],
)
def test_fight_named_as_occasion_is_the_conflict_in_both_directions(toll):
    assert _force_in_last_sentence(WAR + toll) == {("19", "ETH", "ERI"), ("19", "ERI", "ETH")}


@pytest.mark.parametrize(
    "toll",
    [
        "Mindestens sieben eritreische Soldaten seien getötet worden, sagte ein Sprecher in Asmara.",
        # the parse makes the adjective after a number a determiner
        "Acht eritreische Soldaten kamen ums Leben.",
        # the dead named by a noun of their nation
        "Nach Angaben aus Addis Abeba wurden dreißig Eritreer getötet.",
        # "wie" opens the clause of the report, no question of the toll
        "Wie ein Sprecher in Addis Abeba sagte, wurden dreißig Eritreer getötet.",
    ],
)
def test_dead_of_one_side_were_killed_by_the_other(toll):
    assert _force_in_last_sentence(WAR + toll) == {("19", "ETH", "ERI")}


@pytest.mark.parametrize(
    "text",
    [
        # asked after, not reported
        WAR + "Wie viele Menschen bei den Kämpfen ums Leben kamen, blieb zunächst offen.",
        # another occasion than the war
        WAR + "Zwei eritreische Soldaten kamen bei einem Verkehrsunfall ums Leben.",
        # a group no name gives is of no side by its own words
        WAR + "Mehr als vierzig Menschen starben, Tausende flohen.",
        # the dead are of neither side
        WAR + "Drei sudanesische Händler wurden getötet.",
        # a quarrel is no war: no force between the two before
        "Äthiopien warf Eritrea vor, Rebellen zu unterstützen. Drei eritreische Soldaten wurden getötet.",
    ],
)
def test_no_toll_of_the_conflict(text):
    assert not _force_in_last_sentence(text)
