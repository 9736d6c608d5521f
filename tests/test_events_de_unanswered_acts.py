"""Leaving a request unanswered is giving no answer: no reprisal or reply of the silent side. The
litotes "nicht unbeantwortet lassen" still announces one."""

import pytest

from tests.event_tuples import coded_events


@pytest.mark.parametrize(
    ("text", "answers"),
    [
        ("Die Regierung in Ankara ließ den Brief aus Athen unbeantwortet.", []),
        ("Ankara hat die Anfrage aus Athen bislang unbeantwortet gelassen.", []),
        ("Ankara wird den Angriff auf seine Soldaten nicht unbeantwortet lassen.", [("160", "future")]),
        ("Ankara ließ den Angriff aus Athen nicht unbeantwortet.", [("160", "asserted")]),
    ],
)
def test_only_an_act_not_left_unanswered_is_answered(text, answers):
    events = coded_events(text, "2024-05-01", keep_implausible=True)
    assert [(code, modality) for code, source, _, modality in events if source == "TUR"] == answers


def test_an_act_by_no_means_left_unanswered_is_answered():
    text = "Die Regierung in Ankara kündigte an, den Angriff keinesfalls unbeantwortet zu lassen."
    events = coded_events(text, "2024-05-01", keep_implausible=True)
    assert ("160", "future") in [(code, modality) for code, source, _, modality in events if source == "TUR"]


def test_the_negation_is_looked_for_only_beside_an_unanswered(monkeypatch):
    """The rule runs on every event; an act without "unbeantwortet" and the like needs no negation search."""
    import lagebild.events.unanswered_acts as unanswered

    asked, search = [], unanswered.has_negation

    def counted(verb, trigger):
        asked.append(verb.text)
        return search(verb, trigger)

    monkeypatch.setattr(unanswered, "has_negation", counted)
    coded_events(
        "Die Regierung in Ankara verurteilte den Angriff aus Athen.", "2024-05-01", keep_implausible=True
    )
    assert asked == []
    events = coded_events(
        "Ankara ließ den Angriff aus Athen nicht unbeantwortet.", "2024-05-01", keep_implausible=True
    )
    assert asked and ("160", "asserted") in [(code, modality) for code, _, _, modality in events]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # the act answered is the subject of "bleiben"; the speaker before it answers
        ("Ukrainische Drohnen griffen eine russische Raffinerie an. Der russische Außenminister erklärte, "
         "der Angriff werde nicht unbeantwortet bleiben.", "RUS", "UKR"),
        # the speaker after the quoted litotes
        ("Serbische Polizisten nahmen zwei kosovarische Zöllner fest. Die Festnahme werde „nicht ungestraft "
         "bleiben“, kündigte die Regierung in Pristina an.", "XKX", "SRB"),
    ],
)  # fmt: skip
def test_an_act_that_shall_not_stay_unanswered_is_threatened_by_the_speaker(text, source, target):
    events = coded_events(text, "2024-05-01", keep_implausible=True)
    assert ("130", source, target, "asserted") in events
    assert ("160", source, target, "future") in events


def test_an_act_that_stayed_unanswered_is_no_answer():
    text = (
        "Serbische Polizisten nahmen zwei kosovarische Zöllner fest. Die Festnahme blieb folgenlos, sagte die "
        "Regierung in Pristina."
    )
    events = coded_events(text, "2024-05-01", keep_implausible=True)
    assert [e for e in events if e[1] == "XKX"] == []


def test_an_act_judged_without_consequences_keeps_the_judgement():
    text = (
        "Tunesien verweigerte einer Delegation des Europaparlaments die Einreise. Dass Tunis der Delegation "
        "die Einreise verweigert hatte, nannte der italienische Minister bedauerlich, aber folgenlos."
    )
    assert ("111", "ITA", "TUN", "asserted") in coded_events(text, "2024-05-01", keep_implausible=True)
