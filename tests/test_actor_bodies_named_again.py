"""A bare body word ("die Polizei", "die Armee") right after the same body was named with its state is
that body, not the body of the crowd's or a place's state named in between; a state its own sentence
names before it still decides first."""

from __future__ import annotations

from tests.entity_mentions import mentioned_state
from tests.event_tuples import source_states


def test_police_named_again_is_the_police_named_with_its_state():
    text = (
        "Am Grenzübergang kam es zu Rangeleien zwischen Kurden und der türkischen Polizei. "
        "Die Polizei setzte Pfefferspray ein."
    )
    assert mentioned_state(text, "Die Polizei") == "TUR"


def test_army_named_again_after_another_state_named_in_between():
    text = (
        "Die indische Armee meldete Schüsse über die Grenze. Pakistanische Medien sprachen von einer "
        "Provokation. Die Armee verlegte Verstärkung in die Region."
    )
    assert mentioned_state(text, "Die Armee") == "IND"


def test_force_used_by_the_police_named_again_comes_from_its_state():
    text = (
        "Auf dem Platz kam es zu Zusammenstößen zwischen der kosovarischen Polizei und serbischen "
        "Demonstranten. Die Polizei setzte Tränengas ein."
    )
    assert source_states(text, "2024-05-02", "17", keep_implausible=True) == {"XKX"}


def test_a_state_named_first_in_the_bodys_sentence_still_decides():
    text = (
        "In Skopje sank die Zustimmung zur nordmazedonischen Regierung. "
        "Bratislava: Der Oppositionsführer warf der Regierung Versagen vor."
    )
    assert mentioned_state(text, "der Regierung") == "SVK"


def test_a_place_of_another_state_in_between_ends_the_reference():
    text = (
        "In Minsk nahm die belarussische Polizei mehrere Oppositionelle fest. In Vilnius protestierten "
        "am Abend Hunderte vor dem Parlament. Die Polizei sperrte die Straße ab."
    )
    assert mentioned_state(text, "Die Polizei") != "BLR"


def test_a_paragraph_moving_to_a_place_of_another_state_ends_the_reference():
    text = (
        "Vor der Botschaft kam es zu Rangeleien mit der armenischen Polizei.\n\n"
        "Tiflis: Am Abend blockierten Bauern eine Autobahn. Die Polizei räumte die Blockade."
    )
    assert mentioned_state(text, "Die Polizei") == "GEO"


def test_a_paragraph_break_alone_keeps_the_reference():
    text = (
        "Im Osten des Landes meldete die kongolesische Armee Gefechte mit Rebellen. Ruanda bestritt jede "
        "Beteiligung.\n\nDie Armee verlegte am Abend weitere Soldaten in die Region."
    )
    assert mentioned_state(text, "Die Armee") == "COD"


def test_a_bare_ministry_names_again_the_ministry_named_before_with_its_state():
    # not the state whose leader spoke in between
    text = (
        "Das Außenministerium in Warschau bestellte den belarussischen Geschäftsträger ein. Lukaschenko "
        "bestritt jede Beteiligung. Das Ministerium kündigte weitere Schritte an."
    )
    assert mentioned_state(text, "Das Ministerium") == "POL"
    text = (
        "Das Innenministerium in Kiew meldete neue Angriffe. Russlands Präsident Putin drohte mit weiteren "
        "Schlägen. Das Ministerium rief die Bevölkerung auf, Schutzräume aufzusuchen."
    )
    assert mentioned_state(text, "Das Ministerium") == "UKR"
