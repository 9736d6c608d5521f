"""A second clause sharing the first one's subject that the parse hung on the first verb as an adverbial
or attributive clause (`shared_subjects._misread_conjunct`): a participle after a comma and a contrast
under the first verb's perfect auxiliary, or one with its own auxiliary after ", und" that follows an
embedded clause. Through the real pipeline."""

import pytest

from tests.event_tuples import source_root_targets

DATE = "2024-05-01"


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Serbien hat auf das Angebot der EU reagiert, zugleich aber neue Bedingungen gestellt.",
            ("SRB", "10", "IGOEUREEC"),
        ),
        (
            "Die Türkei hat den Plan begrüßt, gleichzeitig aber Garantien von Griechenland verlangt.",
            ("TUR", "10", "GRC"),
        ),
        # the parse hangs "einbestellt" on "bleibe", the verb of the reported clause before the comma
        (
            "Ankara betonte, die Grenze bleibe offen, und hat den syrischen Botschafter einbestellt.",
            ("TUR", "11", "SYR"),
        ),
    ],
)
def test_a_misread_second_clause_shares_the_first_clauses_subject(text, event):
    assert event in source_root_targets(text, DATE)


def test_a_participle_with_an_agent_of_its_own_stays_a_passive_adjunct():
    events = source_root_targets(
        "Russland und die Ukraine haben am Mittwoch Gefangene ausgetauscht, vermittelt von den "
        "Vereinigten Arabischen Emiraten.",
        DATE,
    )
    assert ("RUS", "04", "UKR") not in events
    assert ("ARE", "04", "UKR") in events
