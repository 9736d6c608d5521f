"""A possessive opening the sentence after a speaker's reported words ("Ihr Land werde …") is the speaker's,
the subject of that sentence's main clause, not the state named inside what was said. Own sentences,
through the whole pipeline."""

from tests.event_tuples import coded_events


def test_her_land_after_her_reported_words_is_her_state():
    text = (
        "Außenministerin Annalena Baerbock sagte am Dienstag, Moskau müsse seine Truppen abziehen. "
        "Ihr Land werde die Ukraine weiter mit Waffen unterstützen."
    )
    assert ("072", "DEU", "UKR", "future") in coded_events(text, "2023-05-09")
