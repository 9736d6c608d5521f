"""Factuality markers read across clauses and sentences (events/modality.py and its parts): an act a
demand verb takes as its object, what follows "sonst", the act after "sondern" or after the "noch" of a
"weder … noch", the items of a list of options, and the share of a poll that is no actor."""

from functools import partial

import pytest

from tests.event_tuples import modality_events

DATE = "2024-05-10"
_events = partial(modality_events, date=DATE)


@pytest.mark.parametrize(
    ("text", "code_prefix", "modality"),
    [
        pytest.param(
            "Die georgische Opposition verlangt den Rücktritt von Regierungschef Irakli Kobachidse.",
            "083",
            "hypothetical",
            id="an act a demand verb takes as object is asked for, not done",
        ),
        pytest.param(
            "Außenminister Rubio verlangte in einem Telefonat mit Präsident Kagame eine sofortige Waffenruhe.",
            "04",
            "asserted",
            id="the setting of a demand is no act asked for",
        ),
        pytest.param(
            "Bis Montag müsse Minsk die Grenze öffnen, andernfalls werde Litauen den belarussischen Botschafter "
            "ausweisen.",
            "16",
            "hypothetical",
            id="what follows otherwise is hypothetical",
        ),
        pytest.param(
            "Es handle sich nicht um Terror, sondern um Verteidigung gegen die russische Invasion, sagte der "
            "ukrainische Botschafter.",
            "19",
            "asserted",
            id="the act after sondern is not negated by the nicht before it",
        ),
    ],
)
def test_the_acts_of_a_code_get_the_modality_the_marker_gives(text, code_prefix, modality):
    found = [m for code, m, *_ in _events(text) if code.startswith(code_prefix)]
    assert found and all(m == modality for m in found)


def test_the_demand_itself_is_made():
    events = _events("Die georgische Opposition verlangt den Rücktritt von Regierungschef Irakli Kobachidse.")
    assert any(code.startswith("10") and modality == "asserted" for code, modality, *_ in events)


def test_nicht_nur_sondern_auch_stays_asserted_and_kein_still_negates():
    assert ("190", "asserted") in [
        (c, m) for c, m, *_ in _events("Russland habe nicht nur Kiew angegriffen, sondern auch Lwiw.")
    ]
    assert ("163", "negated") in [
        (c, m) for c, m, *_ in _events("Die EU hat keine Sanktionen gegen Russland verhängt.")
    ]


def test_the_act_after_noch_of_weder_noch_is_negated():
    events = _events(
        "Lai versicherte, Taiwan werde weder vor Peking zurückweichen noch die Zusammenarbeit mit Washington beenden."
    )
    ended = [e for e in events if e[3] == "USA"]
    assert ended and all(modality == "negated" for _, modality, *_ in ended)


def test_noch_without_weder_negates_nothing():
    events = _events("Die EU hat noch am Abend Sanktionen gegen Russland verhängt.")
    assert ("163", "asserted", "RUS") in [(c, m, t) for c, m, _, t in events]


def test_the_items_of_a_list_of_options_are_hypothetical():
    events = _events(
        "Für Europa gibt es zwei Möglichkeiten. Erstens: Die EU verhängt weitere Sanktionen gegen Russland. "
        "Zweitens: Brüssel nimmt Gespräche mit Moskau auf."
    )
    assert {code[:2] for code, *_ in events} >= {"16", "04"}
    assert all(modality == "hypothetical" for _, modality, *_ in events)


def test_an_erstens_without_options_lists_facts():
    events = _events("Die Lage ist ernst. Erstens: Die EU verhängt weitere Sanktionen gegen Russland.")
    assert ("163", "asserted") in [(code, modality) for code, modality, *_ in events]


def test_the_share_a_poll_speaks_for_is_no_actor_even_as_parsed_object():
    events = _events(
        "Die polnische Regierung hat die Lieferung von Kampfpanzern an die Ukraine beschlossen. "
        "Laut einer neuen Umfrage befürwortet eine knappe Mehrheit der Polen die Entscheidung."
    )
    assert not any(code.startswith("05") for code, *_ in events)
    # the decided delivery is aid to come
    assert ("07", "future") in {(code[:2], modality) for code, modality, *_ in events}
