"""A state's inquiry into an incident of unknown cause ("ermittelt wegen möglicher Sabotage",
"untersuchen den Einschlag") asks what happened: its doer is unknown, so the inquiry has no target,
neither the state's own people nor a state named before. An inquiry against named people keeps them.
New sentences, not from any gold set."""

from tests.event_tuples import coded_dyads


def _targets_of(text: str, code: str, source: str) -> set:
    return {t for c, s, t in coded_dyads(text, "2024-05-01") if c == code and s == source}


def test_an_inquiry_on_suspicion_of_sabotage_has_no_target():
    text = "Die norwegische Polizei ermittelt wegen möglicher Sabotage am Stromnetz."
    assert _targets_of(text, "090", "NOR") == {None}


def test_an_inquiry_into_an_incident_takes_no_state_from_before():
    text = (
        "Russland warf Litauen eine Provokation vor. Die litauische Regierung kündigte an, den Absturz "
        "der Drohne gründlich aufklären zu lassen."
    )
    assert _targets_of(text, "090", "LTU") == {None}


def test_an_inquiry_into_an_explosion_has_no_target():
    text = "Die Behörden in Warschau untersuchen die Explosion an der Pipeline."
    assert _targets_of(text, "093", "POL") == {None}


def test_an_inquiry_against_named_people_keeps_its_own_state():
    text = "Die Staatsanwaltschaft in Oslo leitete Ermittlungen gegen mehrere Polizisten ein."
    assert _targets_of(text, "090", "NOR") == {"NOR"}


def test_an_inquiry_into_an_incident_named_in_a_compound_has_no_target():
    text = "Die Behörden in Warschau untersuchen die Gasexplosion an der Pipeline."
    assert _targets_of(text, "093", "POL") == {None}
