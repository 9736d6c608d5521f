"""Both sides inside one state (`story_pairs.civil_pair`, `group_actors`): "beide Seiten", "die
Konfliktparteien" after a government and the rebels who fight it were set against each other are those
two camps, each coded as the state (COLGOV and COLREB score as COL → COL). Sentences written for this
file, through the real pipeline."""

from __future__ import annotations

from tests.event_tuples import events_of

DATE = "2024-05-01"
# the government and the rebels coded with each other, no other state named
TRUCE = (
    "Die kolumbianische Regierung und die ELN-Guerilla haben am Samstag in Havanna eine Erklärung "
    "unterzeichnet. Die Regierung warf der ELN zugleich vor, weiter Geiseln zu halten. "
)


def _camps(text: str, sentence: int) -> set[tuple[str | None, str, str | None, str]]:
    """(source actor code, code root, target actor code, modality) of the events of a sentence."""
    return {
        (
            e.source.actor_code if e.source else None,
            e.code[:2],
            e.target.actor_code if e.target else None,
            e.modality,
        )
        for e in events_of(text, DATE)
        if e.evidence.sentence == sentence
    }


def test_both_sides_of_a_civil_war_pledge_to_each_other():
    camps = _camps(TRUCE + "Beide Seiten verpflichteten sich, auf Angriffe zu verzichten.", 2)
    assert {("COLGOV", "03", "COLREB", "asserted"), ("COLREB", "03", "COLGOV", "asserted")} <= camps


def test_both_sides_of_a_civil_war_accuse_each_other():
    camps = _camps(TRUCE + "Beide Seiten warfen einander Verstöße gegen die Waffenruhe vor.", 2)
    assert {("COLGOV", "11", "COLREB", "asserted"), ("COLREB", "11", "COLGOV", "asserted")} <= camps


def test_a_pair_of_states_still_stands_for_both_sides():
    text = (
        "Armenien und Aserbaidschan haben am Montag ein Abkommen unterzeichnet. Eriwan warf Baku zugleich "
        "Provokationen vor. Beide Seiten verpflichteten sich, die Grenze zu achten."
    )
    states = {(e.source.country, e.target.country) for e in events_of(text, DATE) if e.evidence.sentence == 2}
    assert states == {("ARM", "AZE"), ("AZE", "ARM")}


def test_army_and_militia_yield_to_each_other():
    # two camps of one state listed as the subject: a ceasefire both accept binds each to the other
    text = "Im Sudan gehen die Kämpfe weiter. Die sudanesische Armee und die RSF-Miliz stimmten am Montag einer Waffenruhe zu."
    camps = _camps(text, 1)
    assert {("SDNMIL", "08", "SDNREB", "asserted"), ("SDNREB", "08", "SDNMIL", "asserted")} <= camps


def test_camps_named_in_the_sentence_before_are_both_sides():
    # no act coded between the two camps yet that the group could count: the sentence before names them
    text = (
        "Im Osten des Kongo stehen sich die kongolesische Armee und die M23-Miliz seit Monaten gegenüber. "
        "Beide Seiten verpflichteten sich am Freitag zu einer Waffenruhe."
    )
    camps = _camps(text, 1)
    assert {("CODMIL", "03", "CODREB", "asserted"), ("CODREB", "03", "CODMIL", "asserted")} <= camps


def test_a_third_state_praising_one_camp_as_often_leaves_the_camps_both_sides():
    text = (
        "Die kolumbianische Regierung und die ELN-Guerilla haben am Samstag in Havanna einen Waffenstillstand "
        "unterzeichnet. Washington lobte die Regierung in Bogotá für den Schritt. Bis August sollen beide "
        "Seiten ihre Offensiven einstellen."
    )
    camps = _camps(text, 2)
    assert {("COLGOV", "08", "COLREB", "future"), ("COLREB", "08", "COLGOV", "future")} <= camps
