"""A participle before a noun names the state the noun is in ("die inhaftierten Seeleute", "gegen
bewaffnete Banden"), no act; with its agent ("die von Iran unterstützten Milizen") it still tells one
(issue 7; sentences written for this test)."""

import pytest

from tests.event_tuples import coded_codes, coded_events

DATE = "2024-03-05"


def codes(text: str) -> set[str]:
    return coded_codes(text, DATE)


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Die Regierung in Manila ließ am Abend zwölf inhaftierte Seeleute frei.", "17"),
        ("Peru und Ecuador wollen gemeinsam gegen bewaffnete Banden im Grenzgebiet vorgehen.", "07"),
    ],
)
def test_a_participle_before_a_noun_is_no_act(text, root):
    assert not {c for c in codes(text) if c.startswith(root)}


def test_a_participle_with_its_agent_still_tells_the_act():
    assert "072" in codes("Die von Iran unterstützten Milizen griffen den Stützpunkt an.")


@pytest.mark.parametrize(
    ("text", "root"),
    [
        # after a preposition, an adjective of a verb's stem ("verdächtig", not "verdächtigen") is no charge
        ("Russland und China einigten sich auf Kontrollen für verdächtige Frachter im Hafen.", "11"),
        # a finite verb is never followed by a second one: what follows "schützt" opens a noun phrase
        ("Brasilien schützt bedrohte Arten.", "13"),
        # the second of two joined attributes, which the parse hangs on the first as a verb
        ("Bangladesch und Myanmar verhandeln über eine sichere und würdige Rückkehr der Flüchtlinge.", "05"),
    ],
)
def test_an_attribute_anywhere_in_a_noun_phrase_is_no_act(text, root):
    assert not [e for e in coded_events(text, DATE, keep_implausible=True) if e[0].startswith(root)]


def test_a_finite_verb_after_und_stays_a_verb_though_tagged_an_adjective():
    assert "080" in codes("Niger warnte Frankreich und erlaubte Truppen aus Mali, im Ernstfall einzugreifen.")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Der Minister verlangte die Freilassung aller in Russland inhaftierten Franzosen.", ("RUS", "FRA")),
        (
            "Die Regierung in Tokio bemüht sich um die Rückkehr der in China inhaftierten Japaner.",
            ("CHN", "JPN"),
        ),
    ],
)
def test_a_state_only_act_placed_before_its_participle_is_the_place_states(text, pair):
    """ "die in Iran inhaftierten Deutschen": no agent is named, but only a state arrests, and the phrase
    in front of the participle says which; not the subject of the clause that mentions the prisoners."""
    assert pair in {
        (s, t) for code, s, t, _ in coded_events(text, DATE, keep_implausible=True) if code == "173"
    }
