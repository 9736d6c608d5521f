"""Subjects German shares across clauses: the names of gapped clauses that keep only their subject and
object ("Estland wies drei Diplomaten aus, Lettland zwei"), and the subject of a clause after "und"
whose parse was lost ("… riefen Teheran auf, den Tanker freizugeben, und warnten …")."""

import pytest

from tests.event_tuples import coded_events


def _events(text: str) -> list[tuple[str | None, str, str | None]]:
    return [(source, code, target) for code, source, target, _ in coded_events(text, "2024-03-01")]


def _sources_of_root(text: str, root: str) -> set[str | None]:
    return {source for source, code, _ in _events(text) if code.startswith(root)}


def test_every_gapped_clause_name_expels_too():
    text = "Estland wies am Montag drei russische Diplomaten aus, Lettland zwei, Litauen und Polen je einen."
    events = _events(text)
    for state in ("EST", "LVA", "LTU", "POL"):
        assert any(s == state and c.startswith("16") and t == "RUS" for s, c, t in events), (state, events)


def test_gapped_clause_with_its_own_object_and_article():
    text = (
        "Frankreich forderte eine Entschuldigung von Moskau, "
        "die Europäische Union eine unabhängige Untersuchung."
    )
    assert {"FRA", "IGOEUREEC"} <= _sources_of_root(text, "10")


def test_apposition_after_the_object_is_no_gapped_clause():
    text = "Russland griff Kiew an, die Hauptstadt der Ukraine."
    assert _sources_of_root(text, "19") <= {"RUS"}


def test_remnant_that_denies_the_act_does_not_share_it():
    text = "Der Kreml verurteilte den Angriff, Präsident Selenskyj dagegen nicht."
    assert "UKR" not in _sources_of_root(text, "11")


def test_names_listed_in_one_clause_are_no_gapped_subjects():
    text = "Ein Sprecher des Kremls sagte Bamako, Ouagadougou und Niamey Unterstützung zu."
    assert _sources_of_root(text, "03") == {"RUS"}


@pytest.mark.parametrize(
    ("text", "root", "sources"),
    [
        # an infinitive clause between the two does not end the shared subject
        (
            "Paris und Berlin riefen Teheran auf, den Tanker freizugeben, und warnten vor einer Eskalation.",
            "01",
            {"FRA", "DEU"},
        ),
        ("Kopenhagen wies das scharf zurück und reiste nach Nuuk.", "04", {"DNK"}),
    ],
)
def test_clause_after_und_shares_the_opening_subject(text, root, sources):
    assert _sources_of_root(text, root) == sources


def test_reported_clause_keeps_its_own_subject():
    # "und habe …" continues the reported clause of "der Gestürzte", not Singapore's
    text = "Singapur betonte, der Gestürzte sei privat eingereist und habe um Asyl gebeten."
    assert "SGP" not in _sources_of_root(text, "02")
