"""Among the states the sentence before a bare body names equally often, one named as an actor weighs
more than one only named by the adjective of a place ("an die libysche Grenze"): that adjective says
where something happened, not who the passage is about."""

from __future__ import annotations

from tests.entity_mentions import mentioned_state


def test_government_is_the_acting_forces_not_the_border_they_drove_people_to():
    text = (
        "Hilfswerke kritisierten die Abschiebungen scharf. Im Juli wurden nach Angaben von Helfern "
        "Dutzende Migranten von marokkanischen Soldaten an die algerische Grenze gebracht. "
        "Die Regierung wies die Vorwürfe zurück."
    )
    assert mentioned_state(text, "Die Regierung") == "MAR"


def test_the_adjective_of_a_counterpart_names_who_acts_not_where():
    # of two states named once each, the party that called the talks off outweighs their venue
    text = (
        "Die Gespräche in Kiew wurden von der russischen Gegenseite abgesagt. "
        "Das Außenministerium nannte keine Gründe."
    )
    assert mentioned_state(text, "Das Außenministerium") == "RUS"


def test_the_adjective_of_a_capital_names_where_not_who():
    # "Hauptstadt" ends in "stadt": a place, which an actor named as often outweighs
    text = "Die Flüchtlinge aus Tunesien erreichten die libysche Hauptstadt. Die Polizei nahm mehrere fest."
    assert mentioned_state(text, "Die Polizei") == "TUN"
