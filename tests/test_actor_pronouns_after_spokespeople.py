"""A subject pronoun takes up an unnamed spokesperson ("ein Sprecher") who spoke in the sentence before,
and with them the body they speak for (`actor_coref._pronouns_after_spokespeople`)."""

from __future__ import annotations

from tests.entity_mentions import reference_codes


def test_he_after_an_unnamed_spokesman_is_the_body_he_speaks_for():
    text = (
        "Das Außenministerium in Tokio verurteilte den Raketentest scharf. "
        "Ein Sprecher erinnerte daran, dass Japan die Region seit Jahren unterstütze. "
        "Der Norden müsse die Tests sofort einstellen, verlangte er."
    )
    assert reference_codes(text, "2025-06-02")[-2:] == [("Ein Sprecher", "JPNGOV"), ("er", "JPNGOV")]
