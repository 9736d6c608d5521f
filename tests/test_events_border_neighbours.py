"""A show of force at a border faces the neighbour "die Grenze zu …" names, not another state the clause
names (`border_neighbours`). Our own sentences, through the real pipeline."""

import pytest

from tests.event_tuples import coded_dyads, root_pairs


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "Polen verlegt nach Gesprächen mit Litauen weitere Soldaten an die Grenze zu Belarus.",
            {("POL", "BLR")},
        ),
        (
            "Nach einem Treffen mit Japan zog China Truppen an der Grenze zu Indien zusammen.",
            {("CHN", "IND")},
        ),
        ("Russland zog Truppen an der Grenze zur Ukraine zusammen.", {("RUS", "UKR")}),
        # armed forces reinforced at a border are troops too
        (
            "Moskau kündigte an, die Streitkräfte, auch an der Grenze zu Finnland, zu verstärken.",
            {("RUS", "FIN")},
        ),
    ],
)
def test_forces_at_a_border_face_the_neighbour_it_names(text, pairs):
    assert root_pairs(text, "2024-01-01", "15") == pairs


def test_a_border_in_a_clause_of_its_own_is_not_the_one_the_forces_face():
    # the purpose clause's border belongs to another act ("um … zu sichern", `border_neighbours._in_clause_of`)
    text = "Russland verlegte Truppen nach Belarus, um die Grenze zur Ukraine zu sichern."
    assert ("154", "RUS", "BLR") in coded_dyads(text, "2024-01-01")
