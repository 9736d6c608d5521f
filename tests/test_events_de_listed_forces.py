"""State bodies listed without an article ("Armee und Polizei") are the forces of the story's state,
and the forces of one state listed together make one event. New sentences, not from any gold set."""

import lagebild


def _events(text: str):
    return lagebild.analyze(text, date="2026-11-01", lang="de").events


def test_bodies_listed_without_article_act_for_the_story_state():
    text = (
        "Boliviens Präsident Arce wollte den Kongress auflösen lassen. "
        "Armee und Polizei verweigerten ihm den Gehorsam."
    )
    sources = [e.source for e in _events(text) if e.code.startswith("12")]
    assert sources and all(s is not None and s.country == "BOL" for s in sources)


def test_listed_forces_of_one_state_make_one_event():
    text = "Boliviens Präsident Arce wollte den Kongress auflösen. Armee und Polizei verweigerten ihm den Gehorsam."
    refusals = [e for e in _events(text) if e.code.startswith("12")]
    assert len(refusals) == 1


def test_place_of_the_sentence_places_listed_bodies():
    text = "Die Proteste dauern an. In Nairobi haben Polizei und Armee das Protestlager vor dem Parlament geräumt."
    sources = {e.source.country for e in _events(text) if e.code.startswith("17") and e.source is not None}
    assert sources == {"KEN"}


def test_kinds_of_body_after_von_are_no_actors():
    text = "Chile und Peru unterzeichneten ein Abkommen über die Zusammenarbeit von Polizei und Justiz."
    assert not any(e.source is not None and e.source.name in ("Polizei", "Justiz") for e in _events(text))
