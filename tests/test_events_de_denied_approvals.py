"""An approval denied is a disapproval (111) of whoever is behind the thing judged: in a reported verdict
("Die Entscheidung Warschaus sei nicht hinnehmbar, sagte …") and as what "nennen" or "bezeichnen (als)"
call a thing ("nannte die Haltung Pekings nicht akzeptabel"). The owner of a thing so called is the
target, not a side named in what it is called. Through the whole German pipeline."""

from functools import partial

import pytest

from tests.event_tuples import coded_events

events = partial(coded_events, date="2024-05-01")


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Das Vorgehen Serbiens sei nicht hinnehmbar, erklärte der kroatische Außenminister.",
            ("111", "HRV", "SRB", "asserted"),
        ),
        (
            "Die Entscheidung Warschaus sei keineswegs vertretbar, sagte der litauische Regierungschef.",
            ("111", "LTU", "POL", "asserted"),
        ),
        (
            "Die türkische Haltung sei nicht akzeptabel, sagte der griechische Außenminister.",
            ("111", "GRC", "TUR", "asserted"),
        ),
    ],
)
def test_a_reported_verdict_denying_approval_is_the_speakers_disapproval(text, event):
    assert event in events(text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Der kanadische Premier nannte den Schritt Indiens nicht akzeptabel.",
            ("111", "CAN", "IND", "asserted"),
        ),
        (
            "Das Weiße Haus nannte die venezolanische Entscheidung nicht ratsam.",
            ("111", "USA", "VEN", "asserted"),
        ),
        (
            "Der polnische Präsident bezeichnete die Forderung Berlins als nicht hinnehmbar.",
            ("111", "POL", "DEU", "asserted"),
        ),
    ],
)
def test_calling_a_thing_not_acceptable_disapproves_of_its_owner(text, event):
    assert event in events(text)


@pytest.mark.parametrize(
    "text",
    [
        "Das Vorgehen Serbiens sei hinnehmbar, erklärte der kroatische Außenminister.",
        "Der kanadische Premier nannte den Schritt Indiens akzeptabel.",
    ],
)
def test_an_approval_not_denied_is_no_disapproval(text):
    assert "111" not in {code for code, *_ in events(text)}


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Der Generalsekretär der Vereinten Nationen nannte die russische Entscheidung eine Verletzung "
            "der Souveränität Georgiens.",
            ("112", "IGOUNO", "RUS", "asserted"),
        ),
        (
            "Peking nannte den Schritt Washingtons eine Provokation gegen Japan.",
            ("112", "CHN", "USA", "asserted"),
        ),
        # the decision names its doer: not the one who acted just before
        (
            "Armenien zog am Montag seine Truppen aus der Grenzregion ab. Der Kreml nannte die "
            "aserbaidschanische Entscheidung einen Verstoß gegen das Abkommen.",
            ("112", "RUS", "AZE", "asserted"),
        ),
    ],
)
def test_the_owner_of_the_thing_called_is_the_target_not_a_side_named_in_what_it_is_called(text, event):
    assert event in events(text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Die finnische Regierung hält die Grenzschließung Russlands für nicht hinnehmbar.",
            ("111", "FIN", "RUS", "asserted"),
        ),
        (
            "Der Präsident Chiles hielt die argentinischen Zölle für nicht akzeptabel.",
            ("111", "CHL", "ARG", "asserted"),
        ),
    ],
)
def test_holding_a_thing_not_acceptable_disapproves_of_its_owner(text, event):
    assert event in events(text)


def test_holding_a_thing_acceptable_is_no_disapproval():
    # the same sentence with the approval denied disapproves: the difference is the negation's
    assert events("Die finnische Regierung hält die Grenzschließung Russlands für hinnehmbar.") == []
    assert ("111", "FIN", "RUS", "asserted") in events(
        "Die finnische Regierung hält die Grenzschließung Russlands für nicht hinnehmbar."
    )


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # the quoted predicate does not hide the reported clause from its speaker
        (
            "Die Entscheidung Ankaras sei „nicht akzeptabel“, sagte der griechische Außenminister.",
            ("111", "GRC", "TUR", "asserted"),
        ),
        # an act noun's agent names the judged side
        (
            "Die Ausladung durch Belarus sei inakzeptabel, erklärte der litauische Außenminister.",
            ("111", "LTU", "BLR", "asserted"),
        ),
    ],
)
def test_a_reported_verdict_names_the_side_in_a_quoted_predicate_and_an_agent(text, event):
    assert event in events(text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # the doer of the act reported before
        (
            "Ungarn hat das Treffen mit Rumänien abgesagt. Die Entscheidung sei inakzeptabel, sagte der "
            "rumänische Außenminister.",
            ("111", "ROU", "HUN", "asserted"),
        ),
        # whom the speaker was reacting to in the sentence before
        (
            "Die kanadische Regierung kritisierte die Entscheidung Washingtons scharf. Die Maßnahme sei "
            "„unfair und unbegründet“, sagte eine Sprecherin.",
            ("111", "CAN", "USA", "asserted"),
        ),
    ],
)
def test_a_verdict_on_an_act_named_without_its_doer_judges_the_act_reported_before(text, event):
    assert event in events(text)


def test_a_verdict_on_das_judges_the_act_it_takes_up():
    text = (
        "Der Präsident Venezuelas griff Kolumbien scharf an. Er bedrohe die ganze Region, das sei nicht "
        "akzeptabel, sagte der kolumbianische Außenminister."
    )
    assert ("111", "COL", "VEN", "asserted") in events(text)


def test_a_verdict_framed_by_a_judgement_the_sentence_codes_adds_no_guess():
    """ "kritisierte den Schritt, das sei unzulässig": the criticism is the one judgement of the sentence."""
    text = (
        "Russland hat die Gaslieferungen an Polen gestoppt. Die polnische Regierung kritisierte den Schritt, "
        "das sei unzulässig, sagte sie."
    )
    assert [e for e in events(text) if e[0] == "111"] == [("111", "POL", "RUS", "asserted")]


@pytest.mark.parametrize(
    "text",
    [
        "Die Lage an der Grenze sei inakzeptabel, sagte der rumänische Außenminister.",
        "Eine Ausweisung von Diplomaten sei nicht hinnehmbar, sagte der rumänische Außenminister.",
    ],
)
def test_a_verdict_on_a_situation_or_a_new_act_judges_no_one(text):
    assert events(text) == []
