"""Sources named by the seat a reaction was voiced in: "In Ottawa zeigte man sich …", "In Rom wurde … begrüßt"
with no agent is that state's government reacting (`seat_sources`)."""

import pytest

from tests.event_tuples import coded_dyads, root_pairs


def _pairs(text: str, root: str) -> set[tuple]:
    return root_pairs(text, "2024-05-02", root)


@pytest.mark.parametrize(
    ("text", "root", "pairs"),
    [
        ("In Madrid zeigte man sich enttäuscht über die Zölle Chinas.", "11", {("ESP", "CHN")}),
        ("In Rom und Athen wurde die Einigung Ankaras begrüßt.", "05", {("ITA", "TUR"), ("GRC", "TUR")}),
        ("Marokko sperrte die Grenze, was in Algier als Provokation gewertet wurde.", "11", {("DZA", "MAR")}),
        ("In Schweden wurde der Beschluss Ungarns scharf kritisiert.", "11", {("SWE", "HUN")}),
        # the parse hangs the place on the adverb before it
        ("Auch in Rom wurde die Einigung Ankaras begrüßt.", "05", {("ITA", "TUR")}),
        # a seat of government named by its building
        ("Im Weißen Haus zeigte man sich enttäuscht über die Entscheidung Pekings.", "11", {("USA", "CHN")}),
        ("Im Kreml wurde der Schritt Finnlands scharf kritisiert.", "11", {("RUS", "FIN")}),
    ],
)
def test_impersonal_or_agentless_reaction_in_a_capital_is_its_governments(text, root, pairs):
    assert _pairs(text, root) == pairs


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("In Brüssel zeigte man sich enttäuscht über die Entscheidung Ankaras.", "IGOEUREEC"),
        ("Bei der NATO in Brüssel wurde der Schritt Moskaus scharf kritisiert.", "IGOWSTNAT"),
    ],
)
def test_reaction_voiced_in_brussels_is_the_eus_or_where_named_natos(text, source):
    # Brussels seats the EU, NATO and Belgium; the gold never codes such a reaction as Belgium's
    assert {s for code, s, _ in coded_dyads(text, "2024-05-02") if code.startswith("11")} == {source}


def test_a_seat_named_on_a_venue_is_no_source():
    # "bei der NATO in Brüssel" names the body the reaction was voiced at; a summit only hosts one
    text = "Beim Gipfel in Astana wurde die Drohung Teherans verurteilt."
    assert not {s for code, s, _ in coded_dyads(text, "2024-05-02") if code.startswith("11")}


def test_reaction_in_a_capital_answers_the_state_the_text_was_talking_about():
    # who reacted is the place's government; to what, the sentence before says
    text = "Spanien hat die Grenze zu Portugal geschlossen. In Lissabon zeigte man sich enttäuscht."
    assert ("PRT", "ESP") in _pairs(text, "11")


def test_reaction_in_a_capital_is_aimed_at_the_doer_of_the_act_just_reported():
    # disappointment is with whoever acted, not with whom the act was done to
    text = "Litauen schloss die Grenze. Polen kritisierte Belarus. In Moskau zeigte man sich enttäuscht."
    assert {pair for pair in _pairs(text, "11") if pair[0] == "RUS"} == {("RUS", "POL")}


def test_reaction_in_a_capital_after_no_act_has_no_target():
    assert coded_dyads("In Lissabon zeigte man sich enttäuscht.", "2024-05-02") == {("110", "PRT", None)}


def test_reaction_in_a_capital_after_a_state_named_but_no_act_has_no_target():
    # a state named only in a report of the situation did nothing the reaction could answer
    text = "Die Lage in Griechenland ist angespannt. In Rom zeigte man sich enttäuscht."
    assert coded_dyads(text, "2024-05-02") == {("110", "ITA", None)}


def test_reaction_in_a_capital_answers_an_act_reported_further_back():
    # three sentences without an act of another side lie between the act and the reaction to it
    text = (
        "Indien hat Zölle auf australische Kohle erhoben. Das Ministerium in Neu-Delhi begründete den "
        "Schritt mit Handelsregeln. Die Maßnahme sei legitim, hieß es. Australien hatte sich eng mit "
        "Japan abgestimmt. In Canberra zeigte man sich enttäuscht."
    )
    assert ("AUS", "IND") in _pairs(text, "11")


def test_agreement_signed_in_a_capital_is_not_its_governments():
    # the capital is the venue of others' signing
    assert ("AUT", "IRN") not in _pairs("In Wien wurde das Abkommen mit Iran unterzeichnet.", "05")


def test_passive_with_an_agent_hung_elsewhere_is_not_the_seats():
    # "von Frankreich" parsed onto "Ankaras": the agent is named, the capital is only the place
    assert ("ITA", "TUR") not in _pairs("In Rom wurde der Beschluss Ankaras von Frankreich begrüßt.", "05")


@pytest.mark.parametrize(
    "text",
    [
        "In Kiew übte man scharfe Kritik an Ungarn.",
        # the expletive "es" names no one either
        "In Kiew gab es scharfe Kritik an Ungarn.",
    ],
)
def test_reaction_noun_of_an_impersonal_light_verb_in_a_capital_is_its_governments(text):
    assert _pairs(text, "11") == {("UKR", "HUN")}


def test_reaction_noun_in_another_phrase_is_no_act_of_the_place():
    # the appeals are made from abroad; the fighting only happens in Sudan
    assert not _pairs("Im Sudan dauern die Kämpfe trotz internationaler Appelle an Khartum an.", "02")
