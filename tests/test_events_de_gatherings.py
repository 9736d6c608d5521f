"""A summit, a conference or a group's meeting named as the setting of an act says nothing of the act's
source meeting its target (`events/gatherings.py`); a call or a talk does."""

from lagebild.events.gatherings import is_gathering
from lagebild.pipeline import get_pipeline
from tests.event_tuples import events_of

DATE = "2024-05-10"


def _pairs(text: str, root: str) -> set[tuple]:
    events = events_of(text, DATE, keep_implausible=True)
    return {(e.source and e.source.country, e.target and e.target.country) for e in events if e.root == root}


def test_a_summit_as_setting_is_no_meeting_with_the_target():
    text = "Bundeskanzler Olaf Scholz hat beim EU-Gipfel in Brüssel den polnischen Regierungschef Donald Tusk gelobt."
    assert ("DEU", "POL") in _pairs(text, "05")
    assert ("DEU", "POL") not in _pairs(text, "04")


def test_a_meeting_of_a_group_as_setting_is_no_meeting_with_the_target():
    text = "Bei einer Videokonferenz der Europaminister verweigerte die Regierung in Sofia Nordmazedonien ihre Zustimmung."
    assert not _pairs(text, "04")


def test_a_call_as_setting_is_a_meeting_with_the_target():
    text = "Der belarussische Machthaber Alexander Lukaschenko sagte Wladimir Putin in einem Telefonat Beistand zu."
    assert ("BLR", "RUS") in _pairs(text, "04")


def test_a_gathering_of_a_body_written_as_a_word_is_no_meeting_with_the_target():
    # "Nato-Treffen" as "NATO-Treffen": the body's name is not only written in capitals
    for body in ("Nato", "NATO"):
        text = f"Bundeskanzler Olaf Scholz dankte Donald Tusk beim {body}-Treffen für die Unterstützung."
        assert ("DEU", "POL") not in _pairs(text, "04")


def test_a_gathering_part_opening_or_closing_a_compound_is_a_gathering():
    for setting in ("beim Gipfeltreffen", "am Rande des Klimagipfels"):
        text = f"Bundeskanzler Olaf Scholz dankte Donald Tusk {setting} für die Unterstützung."
        assert ("DEU", "POL") not in _pairs(text, "04")


def test_a_gathering_part_opening_a_compound_of_another_head_is_no_gathering():
    # the head says what a compound is: a freedom and a summit cross name no gathering, a summit talk does
    doc = get_pipeline("de")(
        "Die Regierung schränkte die Versammlungsfreiheit ein, Bergsteiger erreichten das Gipfelkreuz, "
        "und nach dem Gipfelgespräch reiste der Kanzler ab."
    )
    words = {t.text: is_gathering(t) for t in doc}
    assert words["Versammlungsfreiheit"] is False and words["Gipfelkreuz"] is False
    assert words["Gipfelgespräch"] is True


def test_a_gathering_part_inside_a_compound_before_a_talk_head_is_a_gathering():
    # the head names talks held at the summit, whatever stands before the gathering part
    for setting in ("beim Sondergipfeltreffen", "bei der Konferenzrunde"):
        text = f"Bundeskanzler Olaf Scholz dankte Donald Tusk {setting} für die Unterstützung."
        assert ("DEU", "POL") not in _pairs(text, "04")
