"""Help a speaker says his side will give is a pledge (03x, asserted); a concrete transfer so reported
stays the aid to come (07x future): `lagebild.events.pledged_help`."""

from functools import partial

import pytest

from tests.event_tuples import coded_events

DATE = "2025-04-07"
events = partial(coded_events, date=DATE, keep_implausible=True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kanada werde Lettland beim Schutz der Grenze helfen, sagte die Ministerin.", ("033", "CAN", "LVA", "asserted")),
        ("Norwegen werde sich am Wiederaufbau Georgiens beteiligen, kündigte der Premier an.",
         ("0331", "NOR", "GEO", "asserted")),
        # any verb of a statement of the quote lexicon, its particle split off
        ("Irland werde Moldau beim Schutz der Grenze helfen, teilte die Ministerin mit.", ("033", "IRL", "MDA", "asserted")),
    ],
)  # fmt: skip
def test_help_said_to_come_is_a_pledge(text, expected):
    coded = events(text)
    assert expected in coded
    assert not [e for e in coded if e[0].startswith("07")]


def test_a_concrete_transfer_said_to_come_stays_aid_to_come():
    coded = events("Schweden werde der Ukraine weitere Panzer liefern, sagte der Minister.")
    assert [e for e in coded if e[0].startswith("07") and e[3] == "future"]


def test_help_a_speaker_demands_is_no_pledge_of_his_side():
    # "forderte" reports a demand, not what the speaker's side will do
    coded = events("Polen werde der Ukraine helfen müssen, forderte der Oppositionsführer.")
    assert not [e for e in coded if e[0].startswith("03") and e[3] == "asserted"]


def test_knowing_is_no_statement_of_ones_own():
    # "wissen" says something only in "wissen lassen"
    coded = events("Die Diplomaten wissen, dass Kanada Lettland beim Schutz der Grenze helfen werde.")
    assert not [e for e in coded if e[0].startswith("03") and e[3] == "asserted"]
