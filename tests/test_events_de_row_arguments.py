"""The sides of verbs the lexicon has rows for, where the parse hides them: a subject coordinated across
the head's place ("die Regierung in Wien und die EU"), a dative pair taken for the subject of a second
conjunct ("… und beiden Seiten vorgeworfen"), a time the tagger took for a person ("Mitte März
unterzeichneten …"). Own sentences, through the whole pipeline."""

from functools import partial

from tests.event_tuples import coded_events

dyads = partial(coded_events, date="2024-03-05")


def roots(text: str) -> set[tuple]:
    """(CAMEO root, source, target) of every event coded in the text."""
    return {(code[:2], source, target) for code, source, target, _ in dyads(text)}


def test_a_subject_coordinated_after_the_seat_of_the_first_acts_too():
    coded = roots("Die Regierung in Wien und die EU warfen Minsk vor, Migranten an die Grenze zu schleusen.")
    assert {("11", "AUT", "BLR"), ("11", "IGOEUREEC", "BLR")} <= coded


def test_a_name_in_the_dative_after_the_seat_stays_part_of_the_place():
    coded = roots("Die Botschafter in Berlin und der Schweiz verurteilten den Angriff Russlands.")
    assert not any(source == "CHE" for _, source, _ in coded)


def test_a_pair_in_the_dative_is_addressed_not_the_subject_of_the_second_conjunct():
    coded = roots(
        "Armenien und Aserbaidschan verhandelten seit Monaten in Oslo. Norwegen hatte die Gespräche im Mai "
        "ausgesetzt und beiden Seiten mangelnden Willen vorgeworfen."
    )
    accusers = {source for root, source, _ in coded if root == "11"}
    assert accusers == {"NOR"}


def test_a_time_taken_for_a_person_is_no_signatory():
    coded = roots("Mitte März unterzeichneten Kenia und Uganda ein Abkommen über den Grenzhandel.")
    assert {("05", "KEN", "UGA"), ("05", "UGA", "KEN")} <= coded
