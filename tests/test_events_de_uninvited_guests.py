"""A state the passive says was not invited ("Russland wurde nicht eingeladen") is the target of the
invitation not made (036, negated) by the host: the state the gathering's adjective names, else the one
told of before (the source of the latest reception or invitation, or the actor named "Gastgeber";
uninvited_guests.py). Without a host known, nothing."""

from functools import partial

from tests.event_tuples import coded_events

events = partial(coded_events, date="2024-06-03")


def test_not_invited_after_a_reception_is_the_hosts_invitation_negated() -> None:
    found = events(
        "Der Bundespräsident empfing am Montag den ukrainischen Regierungschef in Bern. "
        "Russland wurde nicht eingeladen."
    )
    assert ("036", "DEU", "RUS", "negated") in found


def test_not_invited_to_the_conference_by_its_host_noun() -> None:
    found = events("Gastgeber Abdelmadjid Tebboune sprach von einem Erfolg. Libyen war nicht eingeladen.")
    assert ("036", "DZA", "LBY", "negated") in found


def test_not_invited_with_a_pluperfect_passive() -> None:
    found = events(
        "Die Bundesregierung richtet am Sonntag in Berlin eine Libyen-Konferenz aus. "
        "Marokko war zu der Konferenz nicht eingeladen worden."
    )
    assert ("036", "DEU", "MAR", "negated") in found


def test_not_invited_to_a_gathering_its_adjective_names_the_host_of() -> None:
    found = events("Die Ukraine wurde nicht zur russischen Sicherheitskonferenz eingeladen.")
    assert found == [("036", "RUS", "UKR", "negated")]


def test_invited_guest_is_no_invitation_negated() -> None:
    found = events("Gastgeber Abdelmadjid Tebboune sprach von einem Erfolg. Libyen war eingeladen.")
    assert all(code != "036" for code, *_ in found)


def test_not_invited_without_a_host_codes_nothing() -> None:
    assert events("Russland wurde nicht eingeladen.") == []
