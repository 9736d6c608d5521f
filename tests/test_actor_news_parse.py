"""Actor rules read the news-trained parse: a proper noun after a capital is a name part only where the
parse joins it to the capital as a name's later word and the KB names no other actor there, an NER
span the parse splits into phrases of their own is no name, and a state in the genitive owns the act
it follows."""

from __future__ import annotations

import pytest

from tests.entity_mentions import mentioned_entity

DATE = "2024-05-10"


@pytest.mark.parametrize(
    ("text", "capital", "code"),
    [
        # the object after the capital, even where the tagger takes the plural noun for a name
        ("Am Freitag verhängte Washington Einreisesperren gegen mehrere Generäle.", "Washington", "USAGOV"),
        # two capitals in a row: the second is the object, not a part of the first one's name
        ("Womöglich wird Minsk Peking künftig in den Vereinten Nationen unterstützen.", "Minsk", "BLRGOV"),
        # "sich von X erpressen lassen": the capital is the agent of the passive infinitive
        ("Die Opposition warf dem Kanzler vor, sich von Moskau erpressen zu lassen.", "Moskau", "RUSGOV"),
        # a person's name right before the capital is no institution's name around it
        (
            "Am Montag warf Regierungschef Edi Rama Belgrad vor, die Angreifer unterstützt zu haben.",
            "Belgrad",
            "SRBGOV",
        ),
        # nor is another capital: the one after the subject is the addressee
        ("Nach der Übung hat Tokio Seoul mangelnde Abstimmung vorgeworfen.", "Seoul", "KORGOV"),
        # the NER's "Moskau Drohnen" is two phrases in the parse: subject and object of "liefere"
        ("Dem Bericht zufolge liefere Teheran Moskau Drohnen und Munition.", "Moskau", "RUSGOV"),
        # an act noun in quotation marks before "durch" still names its agent after it
        ("Peking nannte die Festnahme eine „gezielte Einschüchterung“ durch Tokio.", "Tokio", "JPNGOV"),
        # "Außenamt" is the foreign ministry the capital's genitive owns
        ("Kairos Außenamt wies die Vorwürfe zurück.", "Kairos Außenamt", "EGYGOV"),
        # an adverb opening a ticker entry or a comment after a dash or colon is no part of a name
        ("20:05 Uhr – Auch Warschau weist zwei Diplomaten aus.", "Warschau", "POLGOV"),
        ("09:15 Uhr – Nur Budapest stimmt gegen die neuen Sanktionen.", "Budapest", "HUNGOV"),
        ("Kommentar: Selbst Peking mahnt inzwischen zur Zurückhaltung.", "Peking", "CHNGOV"),
    ],
)
def test_capital_acting_under_the_news_parse(text, capital, code):
    entity = mentioned_entity(text, words=capital, date=DATE)
    assert entity is not None and entity.actor_code == code


def test_a_name_the_parse_joins_to_the_capital_is_still_an_institution():
    entity = mentioned_entity(
        "Die Washington Post berichtete über den Streit.", words="Washington Post", date=DATE
    )
    assert entity is not None and entity.actor_code is None


def test_a_state_owning_the_act_is_no_other_side_for_the_body():
    text = (
        "In Tiflis stimmte das Parlament für den Austritt Georgiens aus dem von Moskau dominierten Bündnis."
    )
    entity = mentioned_entity(text, words="das Parlament", date=DATE)
    assert entity is not None and entity.country == "GEO"
