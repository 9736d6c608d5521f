"""A repair of the news parser's clause structure before any event rule reads it (`pipeline.misread_verbs`):
a finite verb read as an attribute, adverb or noun is parsed once more as a verb. Sentences written for
this file, through the real pipeline."""

import pytest

from lagebild.pipeline import get_pipeline
from tests.event_tuples import events_of

DATE = "2024-05-01"


def _triples(text: str) -> set[tuple[str, str | None, str | None]]:
    return {
        (e.code, e.source and e.source.actor_code[:3], e.target and e.target.actor_code[:3])
        for e in events_of(text, DATE)
    }


def _token(text: str, word: str):
    return next(t for t in get_pipeline("de")(text) if t.text == word)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a strong preterite without ending ("pfiff", "flog") can be no attribute
        ("Kolumbien pfiff Ecuador zurück.", ("111", "COL", "ECU")),
        ("Die kenianische Außenministerin flog nach Addis Abeba.", ("042", "KEN", "ETH")),
        # nor a present form in "-t" after "und": the second verb of the clause
        ("Usbekistan bestreitet das und bezichtigt Tadschikistan einer Provokation.", ("112", "UZB", "TJK")),
    ],
)
def test_a_finite_verb_read_as_another_word_heads_its_clause_again(text, expected):
    assert expected in _triples(text)


@pytest.mark.parametrize(
    ("text", "verb", "subject"),
    [
        # an inflected-looking form after a fronted phrase: the noun after it is its subject, not its head
        ("Seit Dienstag blockieren armenische Bauern die Straße nach Aserbaidschan.", "blockieren", "Bauern"),
        ("In Tiflis griffen Polizisten Demonstranten vor dem Parlament an.", "griffen", "Polizisten"),
        # a preterite no attribute can take ("stoppte", "töteten": the participles are "gestoppt",
        # "getötet") is the verb after an adverb, a postposition or a comma too
        ("Drei Tage später stoppte Ankara die Lieferungen nach Armenien.", "stoppte", "Ankara"),
        ("Der Agentur zufolge töteten Soldaten zwei Demonstranten in Bamako.", "töteten", "Soldaten"),
        # an indefinite pronoun before it is the subject, not a determiner
        ("Einige warfen Steine auf die Polizisten vor dem Parlament.", "warfen", "Einige"),
        # the stand-in's own plural read as an attribute: a form without ending stands in instead
        ("Laut dem Generalstab feuerten Einheiten Raketen auf die Stadt ab.", "feuerten", "Einheiten"),
        ("In Kairo lobte Präsidentin Meloni den Schritt als mutig.", "lobte", "Präsidentin"),
        # a genitive name with its own article closes the fronted phrase: it determines no attribute
        ("Im Süden des Sudan kämpfen Milizen gegen die Armee.", "kämpfen", "Milizen"),
    ],
)
def test_a_preterite_taken_for_an_attribute_of_the_subject_is_the_root(text, verb, subject):
    doc = get_pipeline("de")(text)
    token = next(t for t in doc if t.text == verb)
    assert (token.pos_, token.dep_) == ("VERB", "ROOT")
    assert next(t for t in doc if t.text == subject).head.i == token.i


@pytest.mark.parametrize(
    ("text", "attribute"),
    [
        # after an article, a genitive name or a preposition, or inside an attribute phrase opened by an
        # article, an inflected form is the adjective it looks like
        ("Die erwartete Antwort aus Moskau blieb aus.", "erwartete"),
        ("Russlands bombardierte Städte liegen in Trümmern.", "bombardierte"),
        ("Mit wiederholten Angriffen setzte Aserbaidschan Armenien unter Druck.", "wiederholten"),
        ("Die in Syrien stationierten Truppen kehren nach Hause zurück.", "stationierten"),
        # an attribute phrase opened by an article may hold several prepositional phrases
        (
            "Kiew hält sich an das im Mai mit der Afrikanischen Union unterzeichnete Abkommen.",
            "unterzeichnete",
        ),
        # a preterite that is also participle plus ending stays the attribute it can be
        ("Die Opposition kritisierte die verhängten Strafen scharf.", "verhängten"),
        ("Die bekannte Aktivistin wurde in Teheran festgenommen.", "bekannte"),
    ],
)
def test_an_attribute_that_looks_like_a_verb_stays_an_attribute(text, attribute):
    assert _token(text, attribute).dep_ == "amod"


def test_a_retagged_verb_of_reported_speech_keeps_its_subjunctive():
    verb = _token("Russland bedrohe niemanden, sagte der Botschafter.", "bedrohe")
    assert verb.pos_ == "VERB"
    assert "Sub" in verb.morph.get("Mood")


@pytest.mark.parametrize(
    "text",
    [
        # with the verb read right, the counted nationals are its subject; the NER tags them LOC
        "In Tiflis protestierten erneut Tausende Georgier.",
        "Hunderte Armenier protestierten vor dem Parlament in Eriwan.",
    ],
)
def test_counted_nationals_protest_on_the_street(text):
    assert any(code.startswith("14") for code, _, _ in _triples(text))


@pytest.mark.parametrize(
    ("text", "verb", "main_verb"),
    [
        ("Die Regierung in Baku kritisierte die Wahl und nannte das Vorgehen eine Provokation.", "nannte", "kritisierte"),
        # two misread verbs: the second is parsed again with the first's stand-in kept
        ("Am Montag besetzten Demonstranten das Rathaus und hielten Beamte fest.", "hielten", "besetzten"),
    ],
)  # fmt: skip
def test_a_preterite_after_und_is_the_second_verb_of_the_clause(text, verb, main_verb):
    doc = get_pipeline("de")(text)
    token = next(t for t in doc if t.text == verb)
    assert (token.pos_, token.dep_, token.head.text) == ("VERB", "conj", main_verb)


def test_a_reparse_gives_no_verb_a_second_particle():
    # "gehe" heads the reported claim with its own "aus"; "zurück" stays the particle of "wies"
    doc = get_pipeline("de")(
        "Teheran wies die Behauptung, von Iran gehe Gefahr für die Region aus, umgehend zurück."
    )
    assert next(t for t in doc if t.text == "zurück").head.text == "wies"


def test_a_verb_after_a_relative_clause_is_not_joined_to_it():
    doc = get_pipeline("de")(
        "Der Präsident lobte die Staaten, die Gefangene freigelassen hatten, und dankte Katar."
    )
    assert next(t for t in doc if t.text == "dankte").head.text != "freigelassen"


@pytest.mark.parametrize(
    ("text", "modal", "subject"),
    [
        # a modal with an object and no infinitive is the full verb of the reported clause, not an
        # attribute of its object
        ("Die Ministerin sagte, Chile wolle Zusammenarbeit mit Peru.", "wolle", "Chile"),
        ("Sie versicherte, Kenia möchte bessere Beziehungen zu Uganda.", "möchte", "Kenia"),
        ("Er betonte, Vietnam wolle Frieden mit seinen Nachbarn.", "wolle", "Vietnam"),
    ],
)
def test_a_modal_used_as_full_verb_heads_the_reported_clause(text, modal, subject):
    token = _token(text, modal)
    assert token.dep_ == "ccomp"
    assert [child.text for child in token.children if child.dep_ == "nsubj"] == [subject]


def test_a_modal_with_its_infinitive_heads_no_clause():
    text = "Er mahnte, die Neutralität des Landes dürfe nicht in Frage gestellt werden."
    assert _token(text, "dürfe").dep_ != "ccomp"
    assert _token(text, "gestellt").dep_ == "ccomp"
