"""'schützen' gives military protection (074) to states, peoples and missions; shielding farmers,
an industry or the climate is economic or environmental policy, no event (issue 7; sentences written
for this test)."""

import pytest

from tests.event_tuples import coded_codes

DATE = "2024-03-05"


def codes(text: str) -> set[str]:
    return coded_codes(text, DATE)


@pytest.mark.parametrize(
    "text",
    [
        "Paris kündigte an, die französischen Landwirte vor billigen Importen aus Brasilien zu schützen.",
        "Die Regierung in Jakarta will die heimische Industrie vor chinesischer Konkurrenz schützen.",
        "Brasilien müsse den Regenwald besser schützen, verlangte Norwegen.",
    ],
)
def test_shielding_an_economy_or_nature_is_no_military_protection(text):
    assert "074" not in codes(text)


def test_protecting_a_state_is_still_protection():
    assert "074" in codes("Die Vereinigten Staaten werden Taiwan im Fall eines Angriffs schützen.")
