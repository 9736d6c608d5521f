"""Acts whose clause names one side or none, the other side coming from the passage or the place: an
agreement signed in a passive without signer (`talks_of_sides_before.py`) or during a visit
(`signed_on_visits.py`; the visitor also named as an apposition, `arguments.visitor`), a guest
received in a passive without host (`receptions.py`), and an impersonal "man" in a report whose last
chunk is an infinitive clause (`pipeline/quotes/indirect.py`); and a named organisation left, a cut
in relations with it (the "verlassen" row of 160)."""

import pytest

from tests.event_tuples import coded_dyads, coded_events

AGREEMENT = "Frankreich und Marokko einigten sich am Montag auf eine engere Zusammenarbeit bei der Energie."


@pytest.mark.parametrize(
    "signed",
    [
        "Das Abkommen soll im Mai unterzeichnet werden.",
        "Die Verträge wurden am Abend unterzeichnet.",
    ],
)
def test_an_agreement_signed_without_signer_binds_the_two_sides_before(signed):
    signings = {
        (s, t) for code, s, t, _ in coded_events(f"{AGREEMENT} {signed}", "2024-05-01") if code == "057"
    }
    assert signings == {("FRA", "MAR"), ("MAR", "FRA")}


def test_an_agreement_signed_by_someone_named_keeps_to_the_parse():
    text = f"{AGREEMENT} Das Abkommen wurde von Spanien unterzeichnet."
    signings = {(s, t) for code, s, t, _ in coded_events(text, "2024-05-01") if code == "057"}
    assert ("MAR", "FRA") not in signings


@pytest.mark.parametrize(
    ("text", "host", "modality"),
    [
        (
            "Mit militärischen Ehren ist der brasilianische Präsident am Montag in Kairo empfangen worden.",
            "EGY",
            "asserted",
        ),
        # "im" is "in dem": a seat named with it places the reception as well
        ("Der brasilianische Präsident wurde am Dienstag im Kreml empfangen.", "RUS", "asserted"),
        ("Der brasilianische Präsident wird im Juni im Weißen Haus empfangen.", "USA", "future"),
    ],
)
def test_a_guest_received_in_a_place_is_received_by_its_state(text, host, modality):
    events = coded_events(text, "2024-05-01")
    assert ("043", host, "BRA", modality) in events and ("042", "BRA", host, modality) in events
    assert not [e for e in events if e[:3] == ("043", "BRA", host)]


def test_a_passive_reception_with_a_host_named_by_von_survives_a_time_read_as_its_object():
    text = (
        "Die chilenische Präsidentin reist am Montag nach Madrid. Sie wird um 11 Uhr Ortszeit von "
        "Ministerpräsident Pedro Sánchez im Moncloa-Palast empfangen."
    )
    received = [e for e in coded_events(text, "2024-05-01") if e[0] == "043"]
    assert received == [("043", "ESP", "CHL", "future")]


def test_the_future_of_an_active_reception_keeps_its_subject_the_host():
    text = "Ministerpräsident Pedro Sánchez wird die chilenische Präsidentin am Montag im Moncloa-Palast empfangen."
    assert [e for e in coded_events(text, "2024-05-01") if e[0] == "043"] == [("043", "ESP", "CHL", "future")]


def test_a_reported_man_before_an_infinitive_clause_is_the_speaker():
    text = "Man habe vereinbart, den Handel mit Ankara zu steigern, sagte der griechische Premier."
    assert ("030", "GRC", "TUR") in coded_dyads(text, "2024-05-01")


def test_leaving_a_named_organisation_reduces_relations():
    text = "Guinea und Togo haben die Ecowas im Frühjahr verlassen."
    leaving = {source for code, source, _ in coded_dyads(text, "2024-05-01") if code == "160"}
    assert leaving == {"GIN", "TGO"}


def test_an_agreement_signed_during_a_visit_binds_visitor_and_host():
    text = (
        "Das Abkommen über Gaslieferungen wurde im März beim Besuch Emmanuel Macrons in Rabat unterzeichnet."
    )
    signings = {(s, t) for code, s, t in coded_dyads(text, "2024-05-01") if code == "057"}
    assert signings == {("FRA", "MAR"), ("MAR", "FRA")}
    assert ("042", "FRA", "MAR") in coded_dyads(text, "2024-05-01")
