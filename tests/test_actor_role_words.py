from lagebild.pipeline.actor_lexicon import INFLECTED_ROLE_NOUNS_DE, parse_role_de


def test_inflected_role_nouns_read_as_their_base_gender_and_number():
    # the forms are built once from the role nouns; the noun itself wins over a shorter base + ending
    assert INFLECTED_ROLE_NOUNS_DE["Außenministerinnen"] == ("Außenminister", "f", True)
    assert INFLECTED_ROLE_NOUNS_DE["Außenministerin"] == ("Außenminister", "f", False)
    assert INFLECTED_ROLE_NOUNS_DE["Außenministers"] == ("Außenminister", "m", False)
    assert INFLECTED_ROLE_NOUNS_DE["Ministerpräsident"] == ("Ministerpräsident", "m", False)
    assert "Ministerr" not in INFLECTED_ROLE_NOUNS_DE  # "-r" follows only an "-e"


def test_role_words_with_and_without_an_owner_prefix():
    minister = parse_role_de("Verteidigungsministerin")
    assert (minister.role, minister.gender, minister.owner) == ("defence minister", "f", None)
    envoy = parse_role_de("US-Außenministers")
    assert (envoy.role, envoy.owner, envoy.base) == ("foreign minister", "USA", "Außenminister")
    office = parse_role_de("UN-Armeesprecher")
    assert (office.role, office.owner) == ("spokesperson", "igo:un")
    assert parse_role_de("Konzernchef") is None
    assert parse_role_de("Wetterbericht") is None
