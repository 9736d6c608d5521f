"""A person the KB matches only by the full name is linked by the surname alone once the article
has named them in full, and only after that."""

import lagebild


def _mentions(text: str, date: str) -> dict[str | None, list[str]]:
    """kb_id -> the texts of its mentions."""
    doc = lagebild.analyze(text, date=date, lang="de")
    return {entity.kb_id: [m.text for m in entity.mentions] for entity in doc.entities}


def test_surname_after_full_name_links_to_the_person():
    text = (
        "Pakistans Verteidigungsminister Khawaja Asif traf am Montag in Doha ein. "
        "Asif warnte die Taliban vor neuen Angriffen. Asifs Ministerium bestätigte das Treffen."
    )
    mentions = _mentions(text, "2025-10-20")
    assert mentions["person:khawaja-asif"] == ["Khawaja Asif", "Asif", "Asifs"]


def test_bare_surname_without_full_name_stays_unlinked():
    text = "Asif warnte die Taliban vor neuen Angriffen. Das Ministerium bestätigte das Treffen."
    mentions = _mentions(text, "2025-10-20")
    assert "person:khawaja-asif" not in mentions


def test_surname_before_the_full_name_stays_unlinked():
    text = "Asif hatte schon im Frühjahr gedroht. Nun reiste Verteidigungsminister Khawaja Asif nach Doha."
    mentions = _mentions(text, "2025-10-20")
    assert mentions["person:khawaja-asif"] == ["Khawaja Asif"]


def test_surname_of_another_kb_person_is_the_one_named_in_full():
    # "Lee" alone is Lee Jae-myung for the KB; after "Lee Jong-sup" it is the minister
    named = "Verteidigungsminister Lee Jong-sup besuchte die Truppen. Lee lobte ihre Bereitschaft."
    mentions = _mentions(named, "2023-03-01")
    assert mentions["person:lee-jong-sup"] == ["Lee Jong-sup", "Lee"]
    assert "person:lee-jae-myung" not in mentions
    alone = _mentions("Lee lobte die Bereitschaft der Truppen.", "2025-07-01")
    assert "person:lee-jong-sup" not in alone


def test_common_noun_spelled_like_the_surname_stays_a_noun():
    text = (
        "Luxemburgs Premierminister Luc Frieden reiste nach Paris. "
        "Er warb dort für Frieden in Europa. Den Frieden wolle man gemeinsam sichern."
    )
    mentions = _mentions(text, "2024-05-01")
    assert mentions["person:luc-frieden"] == ["Luc Frieden"]


def test_the_name_reading_is_asked_only_of_a_surname_named_in_full_before(monkeypatch):
    # whether a word reads as a name walks the doc's tags: only a word spelled like the surname of a
    # person named in full before needs the answer
    from lagebild.pipeline import actors

    asked = []
    original = actors.read_as_name
    monkeypatch.setattr(actors, "read_as_name", lambda doc, i: asked.append(doc[i].text) or original(doc, i))
    lagebild.analyze("Die Regierung warb in Paris für Frieden in Europa.", date="2024-05-01", lang="de")
    assert asked == []
    text = "Luxemburgs Premierminister Luc Frieden reiste nach Paris. Er warb dort für Frieden in Europa."
    mentions = _mentions(text, "2024-05-01")
    assert set(asked) == {"Frieden"} and mentions["person:luc-frieden"] == ["Luc Frieden"]
