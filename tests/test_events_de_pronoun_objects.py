"""A verb whose object is a pronoun ("wies ihn aus") chooses its lexicon row by the person the pronoun
stands for, the nearest agreeing noun before it that names someone; a plural one ("rief sie auf") is aimed
at each counterpart of the act before it (`targets_plural_objects`). A relative pronoun object ("das" in "ein
Abkommen, das Frankreich … geschlossen hatte") stands for the noun its clause describes
(`trigger_objects.object_nouns`). Sentences written for these tests."""

from tests.event_tuples import coded_events

DATE = "2024-05-01"


def test_an_ambassador_expelled_by_a_pronoun_is_a_diplomatic_expulsion():
    events = coded_events(
        "Die Regierung in Minsk bestellte den litauischen Botschafter ein und wies ihn aus.", DATE
    )
    assert ("161", "BLR", "LTU", "asserted") in events
    assert not any(code.startswith("17") for code, *_ in events)


def test_a_reporter_expelled_stays_an_expulsion_of_a_person():
    events = coded_events("Moskau wies den Reporter aus.", DATE)
    assert {code for code, *_ in events} == {"174"}


def test_a_plural_object_pronoun_takes_up_both_presidents_called_before():
    events = coded_events(
        "Der französische Präsident Emmanuel Macron telefonierte am Montag mit den Präsidenten Armeniens "
        "und Aserbaidschans und rief sie zur Zurückhaltung auf.",
        DATE,
    )
    appeals = {(source, target) for code, source, target, _ in events if code.startswith("02")}
    assert appeals == {("FRA", "ARM"), ("FRA", "AZE")}


def test_a_plural_object_pronoun_takes_up_both_sides_of_the_sentence_before():
    events = coded_events(
        "Der französische Präsident Emmanuel Macron telefonierte am Montag mit den Präsidenten Armeniens "
        "und Aserbaidschans. Er forderte sie auf, die Gespräche fortzusetzen.",
        DATE,
    )
    demands = {(source, target) for code, source, target, _ in events if code.startswith("10")}
    assert demands == {("FRA", "ARM"), ("FRA", "AZE")}


def test_thanks_to_them_go_to_each_head_of_government_met():
    events = coded_events(
        "Kanzler Olaf Scholz traf in Berlin die Regierungschefs Polens und Litauens, um ihnen für ihre Hilfe "
        "zu danken.",
        DATE,
    )
    assert ("051", "DEU", "POL", "asserted") in events
    assert ("051", "DEU", "LTU", "asserted") in events


def test_a_pronoun_for_the_one_person_met_stays_one_target():
    events = coded_events(
        "Der französische Präsident Emmanuel Macron traf am Montag die italienische Regierungschefin "
        "Giorgia Meloni und lobte sie für ihre Haltung.",
        DATE,
    )
    assert {(source, target) for code, source, target, _ in events if code == "051"} == {("FRA", "ITA")}


def test_a_relative_pronoun_object_stands_for_the_noun_its_clause_describes():
    events = coded_events(
        "Grundlage ist ein Abkommen, das Frankreich im Mai mit Marokko geschlossen hatte.", DATE
    )
    assert ("057", "FRA", "MAR", "asserted") in events
    assert ("057", "MAR", "FRA", "asserted") in events
