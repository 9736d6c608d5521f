"""An intent told in reported speech under "werde"/"wolle" is the stance its speaker states now
(future_acts.reported_stance): asserted, where "wollen am Mittwoch …" plans it. Sentences written for the
tests."""

import pytest

from tests.event_tuples import code_modalities

ARTICLE_DATE = "2024-05-01"


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Norwegen werde an der Zusammenarbeit mit Russland festhalten, betonte ein Sprecher.", "asserted"),
        ("Berlin werde trotzdem weiter den Dialog mit Moskau suchen, sagte der Sprecher.", "asserted"),
        ("Am Mittwoch wollen die G7-Staaten der Ukraine langfristige Sicherheitszusagen machen.", "future"),
    ],
)
def test_an_intent_reported_under_werde_or_wolle_is_stated_now(text, modality):
    assert code_modalities(text, ARTICLE_DATE, "03", keep_implausible=True) == {modality}
