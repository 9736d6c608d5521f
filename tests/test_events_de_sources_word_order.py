"""Sources read from German word order where the parse mislabels the subject: a main clause opening
with its finite verb after "und" or a comma shares the subject of the clause before it, and a phrase
naming actors before the finite verb is the subject when the labelled one after it cannot act.
Sentences of our own, through the whole pipeline."""

from functools import partial

from lagebild.events.arguments import ActorIndex, side_of
from lagebild.events.lexicon import german_lexicon
from lagebild.events.sources import sources_and_patient
from lagebild.events.triggers import verb_trigger
from lagebild.pipeline import get_pipeline
from tests.event_tuples import coded_dyads

coded = partial(coded_dyads, date="2024-03-04")


def _verb_sources(text: str, verb: str) -> list[str | None]:
    """The states `sources_and_patient` reads for the verb `verb` of `text`, on the real parse."""
    doc = get_pipeline("de")(text)
    actors, lexicon = ActorIndex(doc), german_lexicon()
    sentence = next(iter(doc.sents))
    token = next(t for t in sentence if t.text == verb)
    trigger = verb_trigger(token, sentence, lexicon)
    return [side_of(span) for span in sources_and_patient(trigger, actors)[0]]


def test_a_clause_opening_with_its_verb_after_a_comma_shares_the_subject_before():
    found = coded(
        "Scholz verurteilte die Angriffe, rief Moskau zu Verhandlungen auf und kündigte an, "
        "Kiew weitere Panzer zu liefern."
    )
    # the object after "rief" is the addressee, not the source
    assert ("026", "DEU", "RUS") in found
    assert not any(source == "RUS" for _, source, _ in found)
    # the aid announced in the infinitive is the chancellor's too
    assert any(code.startswith("07") and (source, target) == ("DEU", "UKR") for code, source, target in found)


def test_a_clause_opening_with_its_verb_after_und_shares_the_subject_before():
    # the parse takes "Athen" after the verb for the subject
    assert _verb_sources("Ankara bestreitet das und bezichtigt Athen einer Provokation.", "bezichtigt") == [
        "TUR"
    ]


def test_the_object_of_the_first_clause_does_not_act_in_the_one_after_und():
    found = coded("Washington warnte Peking vor einer Blockade und schickte zwei Zerstörer in die Meerenge.")
    assert not any(code.startswith("15") and source == "CHN" for code, source, _ in found)


def test_a_conditional_clause_after_a_comma_keeps_its_subject_after_the_verb():
    found = coded("Die Hisbollah drohte mit Vergeltung, sollte Israel den Libanon angreifen.")
    assert any(code.startswith("19") and source == "ISR" for code, source, _ in found)
    assert not any(code.startswith("19") and source == "LBN" for code, source, _ in found)


def test_a_reporting_clause_after_a_comma_has_its_speaker_after_the_verb():
    found = coded("Die Ukraine habe die Waffenruhe gebrochen, erklärte Lawrow am Montag in Moskau.")
    assert not any(code.startswith("01") and source == "UKR" for code, source, _ in found)


def test_the_names_before_the_finite_verb_sign_what_the_parse_took_for_the_subject():
    # the parse labels "Abkommen" the subject; the list before "hatten" signs it
    assert _verb_sources(
        "Paris und Rom hatten erst im Mai ein Abkommen über die Grenze unterzeichnet.", "unterzeichnet"
    ) == [
        "FRA",
        "ITA",
    ]
    found = coded("Die Türkei und Schweden hatten das Memorandum am Dienstag in Madrid unterzeichnet.")
    assert {("057", "TUR", "SWE"), ("057", "SWE", "TUR")} <= found


def test_a_named_subject_after_the_verb_keeps_the_object_fronted_before_it():
    # "Peking" after the finite verb is the subject; the fronted object names no actor (a guard). The
    # partner in the "mit" phrase signs back (events.countersigned), so Islamabad's event is the mirror one
    text = "Das Memorandum hatte Peking schon im Mai mit Islamabad unterzeichnet."
    assert _verb_sources(text, "unterzeichnet") == ["CHN"]
    assert coded(text) == {("057", "CHN", "PAK"), ("057", "PAK", "CHN")}
