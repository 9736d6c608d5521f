"""A source that assures others of its own conduct ("versicherte, China werde Kenia nicht im Stich
lassen") expresses an intent (CAMEO 03, asserted); assuring a state of affairs or someone else's conduct
stays a statement, which is no event (assured_conduct.py)."""

import pytest

from tests.event_tuples import coded_events

DATE = "2024-05-02"


def _events(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [(code, modality, source, target) for code, source, target, modality in coded_events(text, DATE)]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # the speaker's state named as the clause's subject
        ("Der chinesische Botschafter versicherte, China werde Kenia nicht im Stich lassen.", "CHN", "KEN"),
        # the impersonal "man" of a government's reported words
        (
            "Die Regierung in Ankara versicherte, man werde sich weiter an die Waffenruhe mit Griechenland halten.",
            "TUR",
            "GRC",
        ),
        # "sein Land": the speaker's own country
        ("Präsident Tebboune versicherte, sein Land werde die Verträge mit Italien einhalten.", "DZA", "ITA"),
        # a "zu" infinitive has the speaker as its subject
        ("Der kenianische Präsident versicherte, die Lieferverträge mit Uganda einzuhalten.", "KEN", "UGA"),
        # "beteuern" assures as "versichern" does
        (
            "Der kroatische Präsident beteuerte, Kroatien werde die Verträge mit Slowenien einhalten.",
            "HRV",
            "SVN",
        ),
        ("Die Regierung in Sofia beteuerte, die Lieferverträge mit Skopje einzuhalten.", "BGR", "MKD"),
    ],
)
def test_assured_own_conduct_is_an_asserted_intent(text, source, target):
    assert [(code, modality, s, t) for code, modality, s, t in _events(text)] == [
        ("030", "asserted", source, target)
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a state of affairs, no conduct of the speaker's
        "Der Sprecher der Regierung in Wien versicherte, die Gasversorgung sei gesichert.",
        # a mood: the speaker's side is ready, it pledges nothing
        "Der EU-Kommissar versicherte, Europa sei auf den Winter vorbereitet.",
        "Der Sprecher in Lissabon beteuerte, die Stromversorgung sei gesichert.",
        # "es gibt" names no one whose conduct is assured
        "Fidschis Regierung beteuerte, eine chinesische Basis werde es auf den Inseln nicht geben.",
    ],
)
def test_assured_state_of_affairs_is_no_intent(text):
    # the statement that stays is dropped as a quotation: nothing is coded
    assert _events(text) == []


def test_assured_act_coded_itself_is_coded_once():
    """The assured act is the event ("werde nicht nachgeben", 124): the framing assurance drops."""
    events = _events("Die Präsidentin versicherte, Taiwan werde vor China nicht zurückweichen.")
    assert [(code, modality, source) for code, modality, source, _ in events] == [("124", "asserted", "TWN")]


@pytest.mark.parametrize(
    "text",
    [
        # people named by a country adjective: no state's pledge
        "Die syrischen Migranten beteuerten, sie würden sich an die Regeln halten.",
        # people named by where they come from
        "Die Rückkehrer aus Syrien versicherten, sie würden sich an die Gesetze halten.",
    ],
)
def test_assurance_of_people_named_by_their_country_is_no_intent(text):
    assert _events(text) == []


def test_assurance_of_a_state_body_named_by_its_adjective_stays_an_intent():
    events = _events("Die syrische Regierung beteuerte, sie werde sich an die Waffenruhe halten.")
    assert [(code, modality, source) for code, modality, source, _ in events] == [("030", "asserted", "SYR")]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # "bereit, … zu": ready for an act the lexicon names no row for
        (
            "Die Regierung in Oslo teilte mit, Norwegen sei bereit, eine vermittelnde Rolle zu übernehmen.",
            "NOR",
        ),
        # "offen für" a noun
        ("Der norwegische Außenminister sagte, sein Land sei offen für eine Vermittlerrolle.", "NOR"),
        # the readiness coordinated with the reported clause's first verb shares its subject
        (
            "Der Sprecher in Wien erklärte, Österreich kenne die Sorgen und sei zu weiteren Kontakten bereit.",
            "AUT",
        ),
    ],
)
def test_statement_of_own_readiness_is_an_asserted_intent(text, source):
    assert ("030", "asserted", source) in [(code, modality, s) for code, modality, s, _ in _events(text)]


@pytest.mark.parametrize(
    "text",
    [
        # declared unready: no intent
        "Der Minister in Warschau erklärte, Polen sei nicht bereit, eine vermittelnde Rolle zu übernehmen.",
        # a readiness that is the condition of another act
        "Der Minister in Warschau erklärte, wenn Polen bereit wäre, eine vermittelnde Rolle zu übernehmen, "
        "würde Brüssel zahlen.",
        # another side's readiness, not the speaker's
        "Der Sprecher in Berlin sagte, Russland sei zu weiteren Kontakten bereit.",
    ],
)
def test_statement_of_readiness_not_declared_by_the_speakers_side_is_no_intent(text):
    assert all(code[:2] != "03" or modality != "asserted" for code, modality, _, _ in _events(text))
