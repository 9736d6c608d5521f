"""Sources where the news-trained parse labels two phrases alike or hangs a clause on the wrong verb:
two objects or two subjects under an object-control verb, a coordinated verb hung on the embedded
clause a comma closed, a relative pronoun labelled the object, a name after the verb hung on the
title of the object, a fronted object whose genitives are no subjects. Through the real pipeline."""

from tests.event_tuples import coded_events

DATE = "2024-05-01"


def _events(text: str) -> set[tuple[str | None, str, str | None]]:
    return {(source, code[:2], target) for code, source, target, _ in coded_events(text, DATE)}


def _sources(events: set, root: str) -> set[str | None]:
    return {source for source, r, _ in events if r == root}


def test_first_of_two_objects_asks_the_second_to_act():
    events = _events(
        "Mit deutlicher Mehrheit hat die UN-Vollversammlung Israel aufgefordert, die Blockade des "
        "Gazastreifens aufzuheben."
    )
    assert _sources(events, "10") == {"IGOUNO"}
    assert _sources(events, "08") == {"ISR"}


def test_second_labelled_subject_of_a_request_is_its_addressee():
    events = _events(
        "Der malische Übergangspräsident Assimi Goïta hat Frankreich erneut aufgefordert, seine rund "
        "2000 Soldaten bis Mitte Juni abzuziehen."
    )
    assert _sources(events, "10") == {"MLI"}
    # soldiers leaving their host: a withdrawal (166, `withdrawn_forces.py`)
    assert _sources(events, "16") == {"FRA"}


def test_verb_after_comma_and_und_leaves_the_reported_clause():
    events = _events(
        "Außenministerin Penny Wong betonte, die Tür für Gespräche bleibe offen, und forderte Peking "
        "auf, die Zölle aufzuheben."
    )
    assert _sources(events, "10") == {"AUS"}


def test_verb_after_comma_and_und_leaves_the_clause_after_dass():
    events = _events(
        "Präsident Gustavo Petro sagte, das Abkommen gelte weiter, und rief Caracas auf, die Wahlergebnisse offenzulegen."
    )
    assert _sources(events, "02") == {"COL"}


def test_relative_das_before_a_name_is_the_subject_for_a_named_antecedent():
    events = _events("Berlin, das Warschau im Sommer scharf kritisiert hatte, lenkte am Montag ein.")
    assert ("DEU", "11", "POL") in events
    assert _sources(events, "11") == {"DEU"}


def test_name_after_the_verb_meets_the_titled_name_after_it():
    events = _events("Am Mittwoch empfängt Albanese dann Präsident Marcos in Canberra.")
    assert _sources(events, "04") == {"AUS"}


def test_genitive_of_the_title_after_the_verb_is_no_subject_of_its_own():
    events = _events(
        "Am Montag hatte Australiens Premierminister Anthony Albanese für engere Bande geworben."
    )
    assert _sources(events, "02") == {"AUS"}


def test_names_inside_a_fronted_object_do_not_reject_it():
    events = _events(
        "Einen Plan Ankaras und Dbeibahs für eine Waffenruhe hatten Kairo und Abu Dhabi zurückgewiesen."
    )
    sources = _sources(events, "12")
    assert "EGY" in sources and not sources & {"TUR", "LBY"}


def test_a_phrase_in_front_with_an_object_article_is_no_subject_whatever_its_label():
    events = _events("Den Irak kritisierte Ankara scharf.")
    assert _sources(events, "11") == {"TUR"}


def test_a_passive_summons_is_done_by_the_titled_name_of_the_sentence_before():
    events = _events(
        "Außenministerin Mélanie Joly sprach von einem Affront. Noch am Abend wurde Indiens Geschäftsträger einbestellt."
    )
    assert ("CAN", "11", "IND") in events
