"""Sources of acts a subject renounces ("verzichtete auf …") and of subjects listed after the verb:
through the real pipeline."""

from lagebild import analyze

DATE = "2024-05-01"


def _events(text: str) -> set[tuple[str | None, str, str | None, str]]:
    result = analyze(text, date=DATE, lang="de")
    return {
        (
            e.source.country if e.source is not None else None,
            e.root,
            e.target.country if e.target is not None else None,
            e.modality,
        )
        for e in result.events
    }


def test_renounced_sanctions_are_the_renouncing_state_s_and_negated():
    assert ("TUR", "16", "SYR", "negated") in _events("Die Türkei verzichtete auf Sanktionen gegen Syrien.")


def test_renounced_expulsion_keeps_its_source():
    events = _events("Spanien verzichtet vorerst auf eine Ausweisung russischer Diplomaten.")
    assert ("ESP", "16", "RUS", "negated") in events


def test_renounced_criticism_is_each_listed_state_s():
    events = _events("Frankreich und Italien verzichteten auf Kritik an Ägypten.")
    assert ("FRA", "11", "EGY", "negated") in events
    assert ("ITA", "11", "EGY", "negated") in events


def test_demanded_sanctions_are_not_the_demander_s():
    # the sanctions asked for are coded apart, hypothetical and without a source (`demanded_sanctions.py`)
    events = _events("Polen forderte Sanktionen gegen Belarus.")
    assert not any(root == "16" and source == "POL" for source, root, _, _ in events)


def test_both_names_after_the_verb_cast_the_veto():
    events = _events(
        "Im Sicherheitsrat legten China und Russland am Freitag ihr Veto gegen die Resolution ein."
    )
    sources = {source for source, root, _, _ in events if root == "12"}
    assert sources == {"CHN", "RUS"}
