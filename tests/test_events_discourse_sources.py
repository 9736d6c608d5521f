"""Sources named only in the discourse around the act, through the whole pipeline (`lagebild.analyze`),
issue 7: an agentless passive summons continues the state named as a subject before it (but not the
state summoned), a person pronoun never names someone of its own clause, and the impersonal "es" of
"hieß es aus Ankara" is the government sitting there. Sentences of our own."""

from functools import partial

import pytest

from lagebild import analyze
from lagebild.pipeline import get_pipeline
from lagebild.pipeline.annotations import ACTOR_REF_SPANS
from tests.event_tuples import coded_events

DATE = "2024-05-02"
events = partial(coded_events, date=DATE)


def test_a_passive_summons_is_done_by_the_state_named_before_not_by_the_one_summoned():
    coded = events(
        "Außenminister Dominic Raab sprach von einem Skandal. "
        "Noch in der Nacht wurde Russlands Geschäftsträger einbestellt."
    )
    assert ("114", "GBR", "RUS", "asserted") in coded
    assert not any(source == "RUS" for code, source, *_ in coded if code == "114")


def test_a_pronoun_subject_is_not_the_person_named_in_its_own_object():
    # "Trumps Forderungen wies er zurück": Trump is named in the object, so "er" is Carney
    coded = events(
        "Kanadas Premierminister Mark Carney reiste am Montag nach Washington. "
        "Trumps Forderungen nach neuen Zöllen wies er als unannehmbar zurück."
    )
    assert ("120", "CAN", "USA", "asserted") in coded


def test_a_pronoun_subject_is_not_a_name_inside_its_own_clause():
    # the pronoun references are on the Doc (the records keep names only)
    nlp = get_pipeline("de")
    doc = nlp.make_doc(
        "Der litauische Präsident Gitanas Nausėda warnte vor neuen Spannungen. "
        "Den Besuch des russischen Außenministers Sergej Lawrow in Ankara habe er bewusst gemieden."
    )
    doc._.language, doc._.article_date = "de", DATE
    doc = nlp(doc)
    assert [(r.text, r._.actor.country) for r in doc.spans[ACTOR_REF_SPANS]] == [("er", "LTU")]


def _speaker_states(text: str) -> list:
    analysis = analyze(text, date=DATE, lang="de")
    states = {e.id: e.country for e in analysis.entities}
    return [states.get(q.speaker) for q in analysis.quotes]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        pytest.param(
            "Die Vorwürfe seien haltlos, hieß es am Abend aus Ankara.", ["TUR"], id="hieß es aus a capital"
        ),
        pytest.param(
            "Aus dem Kreml hieß es, man werde auf die Ausweisung antworten.",
            ["RUS"],
            id="aus dem Kreml hieß es",
        ),
        pytest.param("Es hieß, die Gespräche seien gescheitert.", [None], id="hieß es without a seat"),
    ],
)
def test_hiess_es_is_said_by_the_state_whose_seat_the_clause_names(text, speakers):
    assert _speaker_states(text) == speakers


def test_in_a_capital_hiess_es_makes_the_governments_man_the_source():
    coded = events("In Berlin hieß es, man werde den polnischen Botschafter nicht einbestellen.")
    assert ("114", "DEU", "POL", "negated") in coded


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        pytest.param(
            "Die Sanktionen seien ein Fehler, sagte eine Sprecherin in Ankara.",
            ["TUR"],
            id="a seat after her",
        ),
        pytest.param(
            "Das japanische Außenministerium wies die Vorwürfe am Morgen zurück. "
            "Man habe keine Soldaten an die Grenze geschickt, sagte ein Sprecher.",
            ["JPN"],
            id="the body that acted before",
        ),
        pytest.param(
            "Die Gespräche waren lang. Polen habe die Verhandlungen blockiert, erklärte ein Sprecher.",
            [None],
            id="not the state his statement names",
        ),
    ],
)
def test_an_unnamed_spokesperson_speaks_for_the_seat_after_him_or_the_body_acting_before(text, speakers):
    assert _speaker_states(text) == speakers


def test_an_unnamed_spokesperson_of_a_capital_makes_its_government_the_source():
    coded = events("Griechenland solle die Manöver beenden, sagte ein Sprecher in Ankara.")
    assert ("100", "TUR", "GRC", "asserted") in coded


def test_an_unnamed_ministry_is_the_state_the_main_clause_before_names_not_one_of_a_clause_inside_it():
    # the sentence before names Lithuania and the US once each; the US only inside the accusation
    coded = events(
        "Minsk reagierte scharf. Außenamtssprecherin Natalja Eismont warf Vilnius vor, sich bei Washington"
        " anbiedern zu wollen. Das Außenministerium bestellte den belarussischen Botschafter ein."
    )
    assert ("114", "LTU", "BLR", "asserted") in coded


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Moskau wies die Vorwürfe zurück. Man werde Litauen mit Sanktionen bestrafen, hieß es weiter.",
            id="hieß es after the statement",
        ),
        pytest.param(
            "Moskau wies die Vorwürfe zurück. Es hieß, man werde Litauen mit Sanktionen bestrafen.",
            id="es hieß before it",
        ),
        pytest.param(
            "Moskau wies die Vorwürfe zurück. Man werde Litauen mit Sanktionen bestrafen, hieß es in einer Erklärung.",
            id="hieß es in a statement",
        ),
    ],
)
def test_a_bare_hiess_es_goes_on_reporting_the_body_that_acted_before(text):
    assert ("170", "RUS", "LTU", "future") in events(text)


def test_hiess_es_naming_another_voice_does_not_report_the_body_before():
    speakers = _speaker_states(
        "Moskau wies die Vorwürfe zurück. Man werde Litauen bestrafen, hieß es in Diplomatenkreisen."
    )
    assert speakers == [None]
