"""Armed groups, separatists and militias as actors (CAMEO: rebels of the state they fight in): generic
rebel nouns and compounds, the place that says whose they are, conflict regions, definite references
to a group named before, and the armed groups of `kb.curated_news` - through the real pipeline."""

import lagebild

DATE = "2024-03-12"


def _analyze(text: str):
    return lagebild.analyze(text, date=DATE, lang="de")


def _codes(analysis, mention_text: str) -> list[str]:
    """The actor codes of the entities with that mention."""
    return [e.actor_code for e in analysis.entities if any(m.text == mention_text for m in e.mentions)]


def test_separatists_jihadists_and_armed_men_are_rebels_of_the_place():
    analysis = _analyze(
        "In Nigeria überfielen Bewaffnete ein Dorf. In Mali griffen Dschihadisten einen Posten an."
    )
    assert _codes(analysis, "Bewaffnete") == ["NGAREB"]
    assert _codes(analysis, "Dschihadisten") == ["MLIREB"]


def test_compound_of_a_rebel_head_is_an_armed_group():
    analysis = _analyze(
        "In Libyen lieferten sich Soldaten Gefechte mit der Zawiya-Miliz und mit Berber-Rebellen."
    )
    assert _codes(analysis, "der Zawiya-Miliz") == ["LBYREB"]
    assert _codes(analysis, "Berber-Rebellen") == ["LBYREB"]


def test_one_man_is_no_rebel_group():
    analysis = _analyze("Die Polizei in Marokko nahm die Schwester eines gesuchten Islamisten fest.")
    assert _codes(analysis, "Islamisten") == []


def test_conflict_region_places_the_militia():
    analysis = _analyze("In Darfur haben Milizen ein Flüchtlingslager überfallen.")
    assert _codes(analysis, "Milizen") == ["SDNREB"]


def test_new_group_is_not_the_one_named_before():
    analysis = _analyze(
        "Die Huthi-Rebellen feuerten erneut Raketen ab. "
        "Die Regierung in Jaunde machte separatistische Milizen für einen Überfall verantwortlich."
    )
    assert _codes(analysis, "Milizen") == ["CMRREB"]


def test_definite_militia_is_the_group_named_before_not_the_speaker():
    analysis = _analyze(
        "Die Huthis kontrollieren Sanaa. Teheran bestreitet, die Miliz mit Waffen zu beliefern."
    )
    assert _codes(analysis, "die Miliz") == ["YEMREB"]


def test_noun_before_a_known_group_name_leaves_the_actor_to_the_name():
    analysis = _analyze("Im Irak beschoss die Miliz Nudschaba einen Stützpunkt.")
    assert _codes(analysis, "Nudschaba") == ["IRQREB"]
    assert _codes(analysis, "die Miliz") == []


def test_curated_armed_groups():
    analysis = _analyze("Die Bande Tren de Aragua und die Dschandschawid wurden erneut beschuldigt.")
    assert _codes(analysis, "Tren de Aragua") == ["VENREB"]
    assert _codes(analysis, "Dschandschawid") == ["SDNREB"]
