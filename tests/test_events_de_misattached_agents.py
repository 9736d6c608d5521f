"""The "von" phrase of a passive that the parse hangs elsewhere still names the agent: a fronted
"Von …" the tagger took for a name, or one read as an attribute of a pronoun subject. New sentences,
not from any gold set."""

import lagebild


def _sources(text: str, root: str) -> set[str | None]:
    events = lagebild.analyze(text, date="2026-11-01", lang="de").events
    return {e.source.country if e.source else None for e in events if e.code.startswith(root)}


def test_fronted_von_phrase_is_the_agent():
    text = "Von Außenministerin Annalena Baerbock wurde der Schritt Teherans als „völlig inakzeptabel“ kritisiert."
    assert "DEU" in _sources(text, "11")


def test_von_phrase_on_a_pronoun_subject_is_the_agent():
    text = "Die japanischen Gäste kamen am Montag an. Empfangen wurden sie von Präsident Emmanuel Macron, nicht vom Premier."
    assert "FRA" in _sources(text, "04")
