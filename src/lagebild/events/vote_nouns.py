""" "Abstimmung" is coordination (040) only with a partner ("in enger Abstimmung mit Paris", "die
Abstimmung zwischen Berlin und Paris") or as closeness itself ("dankte für die enge Abstimmung");
otherwise it is a vote ("nahm an der Abstimmung nicht teil", "soll die Abstimmung vorbereiten", "die
Abstimmung im Sicherheitsrat"), in which no one consults anyone."""

from __future__ import annotations

from lagebild.events.triggers import Trigger

VOTE_OR_COORDINATION = "abstimmung"
PARTNER_PREPOSITIONS = {"mit", "zwischen"}
# what a vote is taken by, no partner: "mit großer Mehrheit", "mit zehn Stimmen", "mit drei Enthaltungen"
VOTE_TALLIES = ("mehrheit", "stimme", "gegenstimme", "enthaltung", "ergebnis")
# the qualities of coordination ("enge", "engere", "gute", "ständige", "direkte")
CLOSENESS = ("eng", "gut", "besser", "ständig", "laufend", "direkt", "regelmäßig", "vertrauensvoll")


def a_vote(trigger: Trigger) -> bool:
    noun = trigger.token
    if trigger.entry.kind != "N" or not noun.lower_.startswith(VOTE_OR_COORDINATION):
        return False
    for child in noun.children:
        if child.dep_ == "amod" and child.lower_.startswith(CLOSENESS):
            return False
        if any(
            c.dep_ == "case" and c.lower_ in PARTNER_PREPOSITIONS for c in child.children
        ) and _names_a_partner(child):
            return False
    return True


def _names_a_partner(phrase) -> bool:
    """A "mit" phrase names a partner, unless it counts the vote ("mit großer Mehrheit", "mit zehn
    Stimmen", "mit drei Enthaltungen") and names no one."""
    if any(t.ent_type_ or t.pos_ == "PROPN" for t in phrase.subtree):
        return True
    return not phrase.lower_.startswith(VOTE_TALLIES)
