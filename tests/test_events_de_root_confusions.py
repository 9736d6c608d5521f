"""The CAMEO root a construction selects where its verb alone would code another: talks declared failed
halt the talks (164) and hold none, also where the parse hangs the object and the subject on the predicate
or labels its "für" as punctuation; stripping a diplomat of the status his mission gives him expels him
(161), where an assembly's member losing his immunity is coerced (172); an invitation to cooperate appeals
(020), where one to talks or a visit states an intent to meet (036); weapons that fall silent between two
sides are a ceasefire (0871), no one declining to comment (011). Sentences written for these tests."""

from functools import partial

import pytest

from tests.event_tuples import coded_dyads

dyads = partial(coded_dyads, date="2024-03-12")


@pytest.mark.parametrize(
    "text",
    [
        # "Gespräche" and "Ankara" hung on the participle, which the parse makes the clause's predicate
        "Athen hat die Gespräche mit Ankara über die Seegrenze in der Ägäis für gescheitert erklärt.",
        # "für" labelled punctuation
        "Baku erklärte die Verhandlungen mit Armenien über den Latschin-Korridor für gescheitert und rief die "
        "Vereinigten Staaten als Vermittler an.",
    ],
)
def test_talks_declared_failed_are_halted_not_held(text):
    coded = dyads(text)
    source, partner = ("GRC", "TUR") if text.startswith("Athen") else ("AZE", "ARM")
    assert ("164", source, partner) in coded
    assert not [c for c in coded if c[0][:2] == "04" and partner in c[1:]]


def test_a_diplomat_stripped_of_his_status_is_expelled():
    assert ("161", "MLI", "FRA") in dyads(
        "Die Regierung in Bamako hat dem französischen Botschafter die diplomatische Immunität entzogen."
    )
    # a member of a parliament losing his immunity is no diplomat: the plain row stays
    member = dyads("Das ukrainische Parlament entzog dem Abgeordneten aus Moskau die Immunität.")
    assert not [c for c in member if c[0] == "161"]


def test_an_invitation_to_cooperate_is_an_appeal():
    assert ("020", "KEN", "UGA") in dyads("Kenia hat Uganda zur Zusammenarbeit beim Grenzschutz eingeladen.")
    assert ("036", "KEN", "UGA") in dyads("Kenia hat Uganda zu Gesprächen über den Grenzschutz eingeladen.")


def test_weapons_falling_silent_between_two_sides_are_a_ceasefire():
    coded = dyads("Seit Mittwoch schweigen im Kaukasus die Waffen zwischen Armenien und Aserbaidschan.")
    assert {("0871", "ARM", "AZE"), ("0871", "AZE", "ARM")} <= coded
    assert not [c for c in coded if c[0] == "011"]
