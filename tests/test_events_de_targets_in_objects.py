"""Targets named inside the object phrase: a state abbreviated in the compound of the object's own noun
owns the base, firm or measure it names, whatever place an attribute names where it lies; help "für"
a named state is given to that state, not to an actor merely named nearby; sanctions on things a
genitive assigns to a state by its adjective are aimed at that state; a sovereignty recognised is its
holder's, not the land's it is held over. New sentences, not from any gold set."""

from tests.event_tuples import coded_dyads


def _targets_of(text: str, root: str, source: str) -> set:
    return {t for c, s, t in coded_dyads(text, "2024-05-01") if c[:2] == root and s == source}


def test_missiles_fired_at_a_foreign_base_target_its_owner_not_the_host():
    text = "Iran feuerte in der Nacht Raketen auf einen US-Stützpunkt in Syrien."
    assert _targets_of(text, "19", "IRN") == {"USA"}


def test_a_base_without_a_named_host_still_targets_its_owner():
    text = "Die Regierung in Teheran feuerte Raketen auf einen US-Stützpunkt im Irak."
    assert "IRQ" not in _targets_of(text, "19", "IRN")


def test_help_for_a_named_state_goes_to_it_not_to_the_leader_met_before():
    text = (
        "Orbán empfing Putin in Budapest und versprach, Ungarn werde sich an der Finanzierung von "
        "Munition für Kiew nicht beteiligen."
    )
    assert _targets_of(text, "07", "HUN") == {"UKR"}


def test_sanctions_on_things_of_a_fleet_named_by_nationality_target_its_state():
    text = (
        "Nach einem Telefonat mit Scholz kündigte Washington an, die Tanker der iranischen Handelsflotte "
        "mit Sanktionen zu belegen."
    )
    assert _targets_of(text, "16", "USA") == {"IRN"}


def test_recognised_sovereignty_targets_its_holder_not_the_land_it_is_held_over():
    # the owner named by adjective or genitive, not the territory of "über" / "auf"
    assert _targets_of(
        "Kenia hat die marokkanische Souveränität über die Westsahara anerkannt.", "05", "KEN"
    ) == {"MAR"}
    assert _targets_of("Ghana erkannte Marokkos Anspruch auf die Westsahara an.", "05", "GHA") == {"MAR"}


def test_tariffs_aimed_at_goods_through_their_rate_target_the_goods_state():
    # the new parser hangs "auf amerikanische Waren" on the rate ("Prozent"), not on the tariffs
    text = "Kanada verhängte Zölle von zehn Prozent auf amerikanische Waren."
    assert _targets_of(text, "16", "CAN") == {"USA"}
