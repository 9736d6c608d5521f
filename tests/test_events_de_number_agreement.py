"""Subject and finite verb agree in number (`events/number_agreement.py`): the test the subject repairs
share, and the time in front that disagrees with a plural verb ("Anfang Mai setzen beide Seiten …")."""

from __future__ import annotations

import pytest

from lagebild.analysis import get_pipeline
from lagebild.events.number_agreement import agrees_in_number
from tests.event_tuples import events_of, state_of


def _words(text: str):
    nlp = get_pipeline("de")
    doc = nlp.make_doc(text)
    doc._.language = "de"
    return list(nlp(doc))


def test_list_agrees_with_plural_verb_only():
    words = _words("Kenia und Uganda schlossen einen Pakt, Ruanda schloss sich an.")
    kenia_uganda, verb = words[0:3], words[3]
    assert agrees_in_number(kenia_uganda, words[2], verb)
    singular = next(t for t in words if t.text == "schloss")
    assert not agrees_in_number(kenia_uganda, words[2], singular)
    ruanda = next(t for t in words if t.text == "Ruanda")
    assert agrees_in_number([ruanda], ruanda, singular)
    assert not agrees_in_number([ruanda], ruanda, verb)


def test_time_in_front_of_a_plural_verb_is_no_subject():
    text = (
        "Kirgisistan und Tadschikistan haben einen Grenzvertrag unterzeichnet. "
        "Anfang Juni setzen beide Seiten die Verhandlungen über die Wasserrechte fort."
    )
    meetings = {
        (state_of(e.source), state_of(e.target)) for e in events_of(text, "2025-05-01") if e.code[:2] == "04"
    }
    assert {("KGZ", "TJK"), ("TJK", "KGZ")} <= meetings


def test_person_the_tagger_takes_for_a_plural_noun_stays_the_subject():
    # "Frederiksen" tagged as a plural noun: a person's number is no evidence against the singular verb
    events = events_of("Frederiksen kritisiert Washington scharf wegen der Abhöraffäre.", "2025-05-01")
    assert {(state_of(e.source), state_of(e.target)) for e in events if e.code[:2] == "11"} == {
        ("DNK", "USA")
    }


@pytest.mark.parametrize(
    "text",
    [
        "Die EU-Außenbeauftragte kritisierte Russland wegen der Angriffe auf Odessa.",
        "Die EU-Außenbeauftragte Kaja Kallas verurteilte Russland scharf.",
    ],
)
def test_participle_noun_after_the_article_is_a_singular_subject(text):
    # "Die … Beauftragte" is singular whatever number the tagger guesses: the subject of the singular
    # verb, not a plural object fronted before it
    events = [e for e in events_of(text, "2025-05-01") if e.root == "11"]
    assert [(e.source.actor_code, state_of(e.target)) for e in events] == [("IGOEUREEC", "RUS")]
