"""Targets named only as places: an attack on a target near a site in a city the parse hung on the verb,
or on a region named by its state's adjective; a city named before the object is the scene of the
clause, not what was struck. New sentences, not from any gold set."""

from tests.event_tuples import coded_dyads


def _targets_of(text: str, root: str, source: str) -> set:
    return {t for c, s, t in coded_dyads(text, "2024-05-01") if c[:2] == root and s == source}


def test_an_attack_near_a_site_in_a_city_targets_the_city_s_state():
    text = "Türkische Kampfjets haben am Sonntag ein Ziel nahe dem Flughafen in Damaskus bombardiert."
    assert _targets_of(text, "19", "TUR") == {"SYR"}


def test_an_attack_in_a_region_named_by_its_state_s_adjective():
    text = "Indische Kampfflugzeuge griffen am Morgen Stellungen im pakistanischen Teil Kaschmirs an."
    assert _targets_of(text, "19", "IND") == {"PAK"}


def test_a_city_before_the_object_is_the_scene_not_the_place_struck():
    text = "Der Minister sagte, Brasilien habe in Addis Abeba niemanden angegriffen."
    assert "ETH" not in _targets_of(text, "19", "BRA")


def test_an_attack_on_a_foreign_base_targets_its_owner_not_the_host():
    text = "Die Miliz griff am Abend den US-Stützpunkt in Syrien an."
    assert _targets_of(text, "19", "SYR") == {"USA"}


def test_a_nominal_attack_on_a_thing_in_a_city_targets_the_city_s_state():
    text = "Anlass waren die britischen Luftangriffe auf die Depots in Basra."
    assert _targets_of(text, "19", "GBR") == {"IRQ"}


def test_a_list_of_places_whose_first_is_unknown_targets_the_state_of_the_others():
    text = "Französische Kampfjets bombardierten Lager in Tessalit, Kidal und Gao."
    assert _targets_of(text, "19", "FRA") == {"MLI"}


def test_a_city_named_beside_its_kind_is_struck_before_the_maker_of_the_weapons():
    text = "In der Nacht griff Russland die Großstadt Charkiw und die Hafenstadt Cherson mit Drohnen nordkoreanischer Bauart an."
    assert _targets_of(text, "19", "RUS") == {"UKR"}
