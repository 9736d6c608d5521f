"""An adjective in "-isch" ("britische", "politisch") is no compound of a lexicon noun such as "Tisch":
"an einen Tisch holen/bringen" mediates (045), the police of a state or a political embarrassment does
not (`object_matching.isch_adjective`)."""

import pytest

from tests.event_tuples import coded_dyads


@pytest.mark.parametrize(
    "text",
    [
        "Die britische Polizei holte den Dissidenten aus der Botschaft Ecuadors.",
        "Politisch könnte Warschau die Regierung in Prag damit in Verlegenheit bringen.",
    ],
)
def test_an_isch_adjective_is_no_table(text):
    assert not any(code == "045" for code, _, _ in coded_dyads(text, date="2024-05-02"))


def test_the_table_itself_still_brings_the_sides_together():
    dyads = coded_dyads("Katar brachte Israel und die Hamas an einen Tisch.", date="2024-05-02")
    assert any(code == "045" for code, _, _ in dyads)
