"""Trigger families that recur across the authors of the five tuning banks, through the whole pipeline
(issue 7, sixth session).

Each family was kept only where the gold of several banks codes it alike: accusations by "sprach von"
(a violation, an attack on, a slap in the face), verdicts by "nannte … falsch / abstoßend", the rebuttal
"hielt dagegen, …", tariffs imposed by "belegte … mit Zöllen", a state of emergency prolonged, beatings
("schlagen" of people), shooting at protesters as repression (175, not small-arms fire 193) and
denying any link or interference ("wies jede Einmischung zurück", 016). The negatives keep the other
senses of "schlagen" (an alarm raised, a proposal made, a match won) from becoming assaults.
"""

from functools import partial

import pytest

from tests.event_tuples import coded_events

events = partial(coded_events, date="2024-06-03")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # accusations and verdicts by a speech verb and the noun or adjective it names
        ("Der brasilianische Präsident sprach von einer schweren Verletzung der Souveränität Venezuelas.",
         ("112", "BRA", "VEN", "asserted")),
        ("Der iranische Außenminister sprach von einer Ohrfeige für Frankreich.", ("111", "IRN", "FRA", "asserted")),
        ("Der polnische Außenminister sprach von einem Anschlag auf die Energiesicherheit Europas durch Russland.",
         ("112", "POL", "RUS", "asserted")),
        ("Der polnische Präsident nannte die Entscheidung Berlins falsch.", ("111", "POL", "DEU", "asserted")),
        ("Die Kanzlerin nannte die Äußerungen des türkischen Präsidenten abstoßend.",
         ("111", "DEU", "TUR", "asserted")),
        # a rebuttal answers the accusation before it
        ("Der russische Botschafter warf der Ukraine Provokationen vor. Die ukrainische Botschafterin hielt "
         "dagegen, Moskau habe den Angriff selbst inszeniert.", ("111", "UKR", "RUS", "asserted")),
        # tariffs as the instrument of "belegen", also as the end of a compound
        ("Die Türkei belegte griechische Stahlprodukte mit Antidumpingzöllen.", ("163", "TUR", "GRC", "asserted")),
        # prolonging a state of emergency imposes it anew
        ("Die Regierung von Ecuador verlängerte den Ausnahmezustand um sechzig Tage.",
         ("1724", "ECU", "ECU", "asserted")),
        # shooting at protesters is repression
        ("Laut Zeugen schossen iranische Sicherheitskräfte auf Demonstranten.", ("175", "IRN", "IRN", "asserted")),
        # denying any interference is a denial, not a rejection
        ("Moskau wies jede Einmischung in die Wahl in Moldau zurück.", ("016", "RUS", None, "asserted")),
    ],
)  # fmt: skip
def test_families_shared_by_the_banks(text, expected):
    assert expected in events(text)


def test_beating_people_is_an_assault():
    text = "Ehemalige Gefangene berichten, russische Wärter hätten die Häftlinge geschlagen."
    # the confidence model, trained on whole articles, scores the lone sentence below the implausible cutoff
    assert ("182", "RUS", None, "asserted") in events(text, keep_implausible=True)


def test_shooting_at_soldiers_stays_small_arms_fire():
    coded = events("Nordkoreanische Soldaten schossen auf eine südkoreanische Grenzpatrouille.")
    assert ("193", "PRK", "KOR", "asserted") in coded
    assert "175" not in {code for code, *_ in coded}


@pytest.mark.parametrize(
    "text",
    [
        "Die Vereinten Nationen schlugen wegen der Hungersnot im Sudan Alarm.",
        "Die Regierung in Paris schlug Italien eine gemeinsame Mission vor.",
        "Frankreich schlug Deutschland im Halbfinale mit zwei zu eins.",
    ],
)
def test_other_senses_of_schlagen_are_no_assault(text):
    assert not any(code.startswith("18") for code, *_ in events(text))
