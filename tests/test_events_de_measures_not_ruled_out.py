"""A hostile measure its own actor does not rule out threatens the side it would hit (13x asserted,
beside the measure, hypothetical); an unspecified step, a measure no one keeps open, or one ruled out
threatens nothing."""

import pytest

from tests.event_tuples import coded_events


@pytest.mark.parametrize(
    ("text", "threat", "measure"),
    [
        ("Die Regierung in Ottawa schließt Sanktionen gegen Teheran nicht aus.",
         ("1312", "CAN", "IRN", "asserted"), ("163", "CAN", "IRN", "hypothetical")),
        # the measure in the "zu" infinitive of "ausschließen"
        ("Litauische Regierungskreise schließen nicht aus, die belarussische Botschaft in Vilnius zu schließen.",
         ("1313", "LTU", "BLR", "asserted"), ("161", "LTU", "BLR", "hypothetical")),
    ],
)  # fmt: skip
def test_a_measure_not_ruled_out_by_its_actor_is_a_threat(text, threat, measure):
    events = coded_events(text, "2024-05-01", keep_implausible=True)
    assert threat in events
    assert measure in events


@pytest.mark.parametrize(
    "text",
    [
        # an unspecified step: the banks code the measure alone
        "Die Bundesregierung schließt weitere Schritte gegen Moskau nicht aus.",
        # the measure is the subject: no one keeps it open
        "Ein Einmarsch türkischer Truppen in Syrien wäre dann nicht mehr ausgeschlossen.",
        # ruled out
        "Ottawa schloss Sanktionen gegen Teheran aus.",
    ],
)
def test_no_threat_where_no_actor_keeps_a_named_measure_open(text):
    events = coded_events(text, "2024-05-01", keep_implausible=True)
    assert not [e for e in events if e[0].startswith("13")]
