"""An invitation to the inviter's own country also makes the inviter the host of the visit it offers
(043, future) beside the invitation itself (036), where a finite verb tells it as the news; an invitation
elsewhere, in the perfect or under a modal hosts nobody. The visit the invitation asks for is the guest's
(042 from the guest to the inviter); the talks or summit it invites to are no meeting of their own beside
the invitation."""

from functools import partial

import pytest

from tests.event_tuples import coded_events

events = partial(coded_events, date="2024-06-03")


def test_invitation_to_the_inviters_capital_offers_a_reception() -> None:
    found = events("Frankreichs Präsident Emmanuel Macron lud den kenianischen Präsidenten nach Paris ein.")
    assert ("036", "FRA", "KEN", "asserted") in found
    assert ("043", "FRA", "KEN", "future") in found


def test_each_invited_guest_is_received() -> None:
    found = events("Die Kanzlerin lud die Regierungschefs Polens und Tschechiens für Mai nach Berlin ein.")
    receptions = {(code, source, target) for code, source, target, _ in found if code == "043"}
    assert receptions == {("043", "DEU", "POL"), ("043", "DEU", "CZE")}


def test_invitation_to_a_third_country_hosts_nobody() -> None:
    found = events("Äthiopiens Regierung lud die Rebellen zu Gesprächen nach Nairobi ein.")
    assert all(code != "043" for code, *_ in found)


def test_invitation_without_a_destination_hosts_nobody() -> None:
    found = events("Der türkische Präsident lud den russischen Präsidenten zu Gesprächen ein.")
    assert all(code != "043" for code, *_ in found)


def test_the_visit_invited_to_is_the_guests() -> None:
    found = events("Brasiliens Präsident Lula lud den spanischen Regierungschef zu einem Staatsbesuch ein.")
    assert ("042", "ESP", "BRA", "future") in found
    assert all((code, source) != ("042", "BRA") for code, source, *_ in found)


def test_the_talks_invited_to_are_no_meeting_of_their_own() -> None:
    found = events("Die Vereinten Nationen luden Armenien und Aserbaidschan zu neuen Gesprächen ein.")
    assert ("036", "IGOUNO", "ARM", "asserted") in found
    assert ("036", "IGOUNO", "AZE", "asserted") in found
    assert all(not code.startswith("04") for code, *_ in found)


def test_talks_at_the_inviters_home_are_only_its_reception() -> None:
    found = events(
        "Kenias Präsident lud die Außenminister Äthiopiens und Somalias zu Gesprächen nach Mombasa ein."
    )
    meetings = {(code, source, target) for code, source, target, _ in found if code.startswith("04")}
    assert meetings == {("043", "KEN", "ETH"), ("043", "KEN", "SOM")}


def test_a_summit_a_host_will_invite_to_is_the_invitation_alone() -> None:
    found = events(
        "Die indische Regierung will den pakistanischen Premierminister zum Gipfeltreffen im Herbst einladen."
    )
    assert found == [("036", "IND", "PAK", "future")]


def test_the_visit_is_the_guests_also_where_other_words_name_the_guest() -> None:
    found = events("Scholz lud Macron zu einem Staatsbesuch ein, den der Franzose im Herbst antreten will.")
    assert ("042", "FRA", "DEU", "future") in found
    assert all((code, source) != ("042", "DEU") for code, source, *_ in found)


@pytest.mark.parametrize(
    "text",
    [
        "Südafrikas Präsident hat den brasilianischen Präsidenten nach Pretoria eingeladen.",
        "Der irakische Regierungschef könnte den türkischen Präsidenten nach Bagdad einladen.",
    ],
)
def test_an_invitation_in_the_perfect_or_under_a_modal_hosts_nobody(text: str) -> None:
    assert all(code != "043" for code, *_ in events(text))


def test_an_invitation_told_in_a_subordinate_clause_still_hosts() -> None:
    found = events("Es hieß, dass Ungarns Regierungschef den israelischen Premier nach Budapest einlud.")
    assert ("043", "HUN", "ISR", "future") in found
