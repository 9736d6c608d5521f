"""A verb the parser gave two subjects keeps one; the other is read as its object (the target)."""

import pytest

from lagebild import analyze
from lagebild.pipeline import get_pipeline


def _events(text):
    doc = analyze(text, date="2024-05-01", lang="de")
    return {
        (e.code[:2], e.source and e.source.actor_code[:3], e.target and e.target.actor_code[:3])
        for e in doc.events
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # word order: the phrase before the finite verb is the subject, the bare name after it an object
        ("Schweden schickte Estland neue Waffen.", ("07", "SWE", "EST")),
        ("Dänemark schickte Tallinn neue Waffen.", ("07", "DNK", "EST")),
        ("Die litauischen Behörden schikanieren polnische Lastwagenfahrer.", ("17", "LTU", "POL")),
        # an accusative article makes the fronted phrase the object
        ("Den Kosovo hat Serbien nie anerkannt.", ("05", "SRB", "XKX")),
    ],
)  # fmt: skip
def test_one_of_two_parsed_subjects_is_the_object(text, expected):
    assert expected in _events(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "entlassen", "erhalten" are infinitive and participle alike: after "wird" with an active
        # subject beside the parser's "passive subject", a future act, not a passive
        ("Marokko wird 30 algerische Häftlinge aus seinen Gefängnissen entlassen.", ("08", "MAR", "DZA", "future")),
    ],
)  # fmt: skip
def test_future_with_a_participle_like_infinitive_is_active(text, expected):
    found = {
        (e.code[:2], e.source and e.source.actor_code[:3], e.target and e.target.actor_code[:3], e.modality)
        for e in analyze(text, date="2024-05-01", lang="de").events
    }
    assert expected in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject of "sich zeigen" + adjective, and a name the parse made the subject of a zu-infinitive
        ("In Ankara zeigte man sich verärgert über den Beschluss Athens.", ("11", "TUR", "GRC")),
        ("Würde Rom zögern, Tunesien unter Druck zu setzen?", ("17", "ITA", "TUN")),
    ],
)
def test_subjects_the_parse_hung_on_another_word_are_read_on_their_verb(text, expected):
    assert expected in _events(text)


@pytest.mark.parametrize(
    "text",
    [
        # the demonstrative labelled an adverb, the name after the verb its subject
        "Scholz traf den Präsidenten. Dieser bot Polen Hilfe an.",
        # the demonstrative and the name both labelled subjects
        "Putin empfing den Minister. Dieser versprach Serbien Waffen.",
    ],
)
def test_a_demonstrative_before_the_verb_is_its_subject_and_the_name_after_an_object(text):
    doc = get_pipeline("de")(text)
    labels = {t.text: t.dep_ for t in doc[doc[-1].sent.start :]}
    assert labels["Dieser"] == "nsubj"
    assert labels["Polen" if "Polen" in labels else "Serbien"] in ("iobj", "obj")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the genitive name before the act in front, parsed as the subject with the act as part of the
        # name: the act heads the phrase, the name after the verb acts on its author
        ("Ankaras Forderung lehnte Athen ab.", ("12", "GRC", "TUR")),
        ("Macrons Angebot hat Merz begrüßt.", ("05", "DEU", "FRA")),
        # the genitive name before a subject that acts: the state's army still acts
        ("Russlands Armee griff Kiew an.", ("19", "RUS", "UKR")),
    ],
)
def test_a_genitive_name_before_a_noun_is_its_attribute_not_the_subject(text, expected):
    assert expected in _events(text)


def test_the_noun_after_a_genitive_name_heads_the_subject_phrase():
    doc = get_pipeline("de")("Ankaras Forderung lehnte Athen ab.")
    assert [(t.text, t.dep_) for t in doc[:2]] == [("Ankaras", "nmod"), ("Forderung", "nsubj")]


def test_a_body_and_the_state_name_after_it_are_subject_and_object():
    # the parser reads the state after the body as its apposition and leaves the verb no subject
    text = "Die Mission wurde beendet. Kurz darauf forderte die malische Führung Frankreich auf, seine Soldaten abzuziehen."
    assert ("10", "MLI", "FRA") in _events(text)
