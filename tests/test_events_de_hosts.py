"""The host a copula names ("Gastgeber war X", "X ist Gastgeber des Gipfels") receives the guests (043
host → guest): the parties of the talks' "zwischen" phrase, else the sides of the meeting or agreement
told of in the sentence before."""

import pytest

from tests.event_tuples import coded_events, events_of

SIGNING = (
    "Die Außenminister Armeniens und Aserbaidschans haben am Freitag in Berlin ein Abkommen unterzeichnet."
)


def _pairs(text: str, sentence: str, code: str) -> set[tuple[str | None, str | None]]:
    return {
        (e.source and e.source.country, e.target and e.target.country)
        for e in events_of(text, "2024-05-10", keep_implausible=True)
        if e.code.startswith(code) and e.evidence.text == sentence
    }


def test_the_host_named_after_a_signing_received_its_parties():
    sentence = "Gastgeber war Außenministerin Annalena Baerbock."
    assert _pairs(f"{SIGNING} {sentence}", sentence, "043") == {("DEU", "ARM"), ("DEU", "AZE")}


def test_the_host_of_talks_between_two_received_both():
    sentence = "Gastgeber der Gespräche zwischen Serbien und dem Kosovo ist erneut die Regierung in Rom."
    text = f"Die Europäische Union drängt auf eine Einigung. {sentence}"
    assert _pairs(text, sentence, "043") == {("ITA", "SRB"), ("ITA", "XKX")}


def test_a_host_in_apposition_is_left_to_its_verb():
    sentence = "Gastgeber Olaf Scholz lobte die beiden Minister."
    assert _pairs(f"{SIGNING} {sentence}", sentence, "043") == set()


def test_the_inviter_of_a_meeting_received_its_parties():
    sentence = "Am Samstag trafen sich Präsident Ilham Alijew und Premier Nikol Paschinjan auf Einladung von Kanzler Olaf Scholz."
    text = f"Armenien und Aserbaidschan streiten seit Jahren. {sentence}"
    assert _pairs(text, sentence, "043") == {("DEU", "ARM"), ("DEU", "AZE")}


def test_a_host_who_expects_guests_receives_them_in_future():
    sentence = "Gastgeber Präsident Emmanuel Macron erwartet am Montag die Regierungschefs von Italien und Spanien in Paris."
    events = {
        (e.code, e.source and e.source.country, e.target and e.target.country, e.modality)
        for e in events_of(
            f"Die Europäer beraten über die Migration. {sentence}", "2024-05-10", keep_implausible=True
        )
        if e.evidence.text == sentence
    }
    assert {("043", "FRA", "ITA", "future"), ("043", "FRA", "ESP", "future")} <= events


def test_expecting_without_a_host_is_a_forecast():
    sentence = "Russland erwartet Zugeständnisse von der Ukraine."
    assert _pairs(sentence, sentence, "043") == set()


@pytest.mark.parametrize(
    "text, receptions",
    [
        # a meeting held at the inviter's invitation: the inviter received both parties
        (
            "Auf Einladung Katars trafen sich Vertreter Israels und der Hamas in Doha.",
            {("QAT", "ISR"), ("QAT", "PSE")},
        ),
        # a visit to the inviter's own side: the inviter received the visitor
        ("Auf Einladung von Präsident Macron besuchte der indische Premierminister Paris.", {("FRA", "IND")}),
        # a mediator is a third party, no guest of the inviter
        ("Auf Einladung Katars vermittelte Ägypten zwischen Israel und der Hamas.", set()),
    ],
)
def test_a_meeting_at_someone_s_invitation_is_hosted_by_the_inviter(text, receptions):
    found = {
        (source, target)
        for code, source, target, _ in coded_events(text, "2025-03-01", True)
        if code == "043"
    }
    assert found == receptions
