"""A holder of a state office whose name the KB does not know ("Justizminister X", "Armeechef X") acts
for the state the sentence right before is about, even where the article names another state as often,
else for the state the article has named most; not a bare "Sprecher" and not an office an organisation
named with it holds."""

from __future__ import annotations

import pytest

from lagebild import analyze
from tests.entity_mentions import entities_mentioned_as


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Litauen und Belarus streiten seit Monaten über die Grenze. Belarus wirft Litauen Provokationen vor. "
            "Litauen reichte am Montag eine Beschwerde ein. "
            "Justizminister Darius Kaunaitis nannte die Vorwürfe aus Minsk haltlos.",
            "Darius Kaunaitis",
            "LTU",
        ),
        (
            "Ghana und Togo streiten über ihre Grenze. Togo warf Ghana Übergriffe vor. "
            "Ghana verlegte daraufhin Soldaten in den Osten. "
            "Armeechef Kwabena Asante kündigte an, die Grenze zu sichern.",
            "Kwabena Asante",
            "GHA",
        ),
        (
            # the story is North Macedonia's; the sentences right before name no state
            "Nordmazedonien und Bulgarien haben ihren Streit beigelegt. Skopje stimmte dem Kompromiss zu, "
            "Sofia hob sein Veto auf. Nordmazedonien hofft nun auf Beitrittsgespräche. "
            "Vor dem Parlament protestierten am Abend mehrere tausend Menschen. Einige warfen Flaschen. "
            "Innenminister Goran Petrevski kündigte an, gegen Randalierer mit aller Härte vorzugehen.",
            "Goran Petrevski",
            "MKD",
        ),
        (
            # two states named as often: no story state to give him
            "Nordmazedonien und Bulgarien haben ihren Streit beigelegt. Skopje und Sofia sprachen von einem "
            "guten Tag. Vor dem Parlament protestierten am Abend mehrere tausend Menschen. Einige warfen "
            "Flaschen. Innenminister Goran Petrevski kündigte an, gegen Randalierer mit aller Härte vorzugehen.",
            "Goran Petrevski",
            None,
        ),
        (
            # a parliament's speaker holds an office of the state too
            "Israel feiert den Besuch. Jerusalem ist geschmückt, Israel zeigt sich dankbar. Die USA schickten "
            "eine große Delegation. Tausende standen am Straßenrand. Parlamentspräsident Yoav Meiri würdigte "
            "den Gast als Freund.",
            "Yoav Meiri",
            "ISR",
        ),
    ],
)
def test_state_office_holder_takes_the_state_the_story_is_about(text, name, country):
    result = analyze(text, date="2024-06-10", lang="de")
    assert entities_mentioned_as(result, name)[0].country == country


@pytest.mark.parametrize(
    "holder",
    [
        "Sprecher Klaus Weinberger",  # a bare spokesperson speaks for anyone
        "Präsident Klaus Weinberger des Roten Kreuzes",  # the office of an organisation named after the holder
    ],
)
def test_no_state_office_takes_no_state_from_the_sentence_before(holder):
    text = (
        "Österreich und Ungarn streiten über Asylquoten. Ungarn warf Österreich Wortbruch vor. "
        f"Österreich kürzte am Montag die Hilfe. {holder} kritisierte die Kürzung scharf."
    )
    result = analyze(text, date="2024-06-10", lang="de")
    assert entities_mentioned_as(result, "Klaus Weinberger")[0].country is None
