"""Round 5 actor fixes: a KB surname inside a longer name the NER missed is another person."""

import lagebild

DATE = "2021-12-15"


def _actors(text: str) -> dict[str, tuple[str | None, str | None]]:
    """Each mention's text -> (KB id, country) of its entity."""
    result = lagebild.analyze(text, date=DATE, lang="de")
    return {m.text: (e.kb_id, e.country) for e in result.entities for m in e.mentions}


def test_known_surname_after_an_unknown_given_name_is_not_the_kb_person():
    # "Abdi" alone is the Syrian SDF commander in the KB; here it ends a Somali politician's name
    actors = _actors("Kenias Präsident traf am Montag den Besucher Muse Bihi Abdi in Nairobi.")
    assert actors.get("Abdi", (None, None))[0] != "person:mazloum-abdi"


def test_known_surname_alone_still_resolves():
    actors = _actors("Die Kurdenmiliz SDF kämpft weiter. Mit Abdi wollte Ankara nicht sprechen.")
    assert actors["Abdi"] == ("person:mazloum-abdi", "SYR")
