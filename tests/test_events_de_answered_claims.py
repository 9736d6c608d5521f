"""A denial answers the claim of an earlier clause of its sentence: its target is whoever made it,
where that clause's subject is an actor of another camp ("Kiew erklärte, …, doch Bukarest bestritt";
"X bezichtigte ihn …, Y wies den Vorwurf zurück"; "…, was Khartum zurückwies" with the relative clause
labelled either way). And a politician named as the opposition's ("Oppositionsführer X") or by an office
he no longer holds acts at home like a party, whatever office the actor stage filed him under."""

import pytest

from tests.event_tuples import events_of, state_of


def _triples(text: str, date: str = "2023-05-01") -> list[tuple]:
    """(code, source state, target state or IGO) of every event."""
    return [
        (e.code, state_of(e.source), e.target and (e.target.country or e.target.actor_code))
        for e in events_of(text, date)
    ]


@pytest.mark.parametrize(
    ("text", "denier", "accuser"),
    [
        (
            "Die Regierung in Caracas erklärte, kolumbianische Soldaten hätten die Grenze überschritten, "
            "doch Bogotá bestritt, dass Truppen auf venezolanischem Boden gewesen seien.",
            "COL",
            "VEN",
        ),
        (
            "Perus Regierung bezichtigte den Diplomaten der Spionage, Chile wies den Vorwurf umgehend zurück.",
            "CHL",
            "PER",
        ),
        (
            "Kairo beschuldigte die sudanesische Armee, Grenzposten beschossen zu haben, "
            "was Khartum als Lüge zurückwies.",
            "SDN",
            "EGY",
        ),
    ],
)
def test_a_denial_answers_the_claim_made_earlier_in_its_sentence(text, denier, accuser):
    assert ("016", denier, accuser) in _triples(text)


def test_a_relative_denial_parsed_as_a_complement_answers_its_head_clause():
    """The relative pronoun marks the clause whatever label the parse gave it."""
    text = (
        "Außenminister Antony Blinken sprach den Vorfall in einem Gespräch mit seinem Amtskollegen Wang Yi an, "
        "der die Vorwürfe umgehend zurückwies."
    )
    assert ("016", "CHN", "USA") in _triples(text, "2024-03-01")


def test_a_clause_that_claims_nothing_names_no_accuser():
    text = "Tallinn bestellte den russischen Geschäftsträger ein, während Moskau jede Verletzung des Luftraums bestritt."
    denials = [t for t in _triples(text) if t[0] == "016"]
    assert denials and all(target is None for _, _, target in denials)


@pytest.mark.parametrize(
    "text",
    [
        "Oppositionsführer Donald Tusk verlangte Neuwahlen.",
        "Oppositionsführer Donald Tusk kritisierte die Entscheidung scharf.",
    ],
)
def test_a_politician_named_as_the_oppositions_aims_at_his_own_government(text):
    events = _triples(text)
    assert events and all(target == "POL" for _, _, target in events)
