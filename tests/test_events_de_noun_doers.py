"""Acts named by a noun whose doer is its genitive or a nationality adjective ("der Widerstand Ungarns",
"die Kritik Ankaras"), through the whole pipeline."""

import pytest

from lagebild import analyze


def events(sentence: str) -> list[tuple]:
    """(code, source state, target state, modality) of the events read from one sentence."""
    return [
        (e.code, e.source and e.source.country, e.target and e.target.country, e.modality)
        for e in analyze(sentence, date="2026-11-20", lang="de").events
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Der Kompromiss scheiterte am Widerstand Polens.", ("120", "POL", None, "asserted")),
        ("Gegen den Widerstand Athens verabschiedete die EU das Paket.", ("120", "GRC", None, "asserted")),
    ],
)
def test_opposition_named_by_its_noun_is_a_rejection_by_its_holder(sentence, expected):
    assert expected in events(sentence)


def test_resistance_offered_in_the_field_stays_a_protest():
    codes = [e[0] for e in events("Die Opposition in Belgrad leistet Widerstand gegen die Regierung.")]
    assert "140" in codes and "120" not in codes


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a name in -s right after the act noun is its genitive, though the tagger read it as accusative
        # or nominative
        ("Die Kritik Ankaras an Stockholm wurde lauter.", ("111", "TUR", "SWE", "asserted")),
        ("Das Abkommen scheiterte am Widerstand Budapests.", ("120", "HUN", None, "asserted")),
    ],
)
def test_a_name_in_s_after_the_act_noun_is_its_doer(sentence, expected):
    assert expected in events(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Die Klage Litauens gegen Belarus wird seit Montag verhandelt.", ("115", "LTU", "BLR", "asserted")),
        ("Mit seiner Klage gegen Kolumbien hat Ecuador Recht bekommen.", ("115", "ECU", "COL", "asserted")),
    ],
)
def test_a_lawsuit_named_with_its_plaintiff_needs_no_verb_of_filing(sentence, expected):
    assert expected in events(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Zwei russische Kampfjets verletzten den finnischen Luftraum.", ("150", "RUS", "FIN", "asserted")),
        # the noun with the airspace in the genitive, its doer in the "durch" phrase or the genitive
        (
            "Die Verletzung des litauischen Luftraums durch Belarus wurde gemeldet.",
            ("150", "BLR", "LTU", "asserted"),
        ),
        (
            "Das Eindringen russischer Drohnen in den rumänischen Luftraum alarmierte Bukarest.",
            ("150", "RUS", "ROU", "asserted"),
        ),
    ],
)
def test_airspace_violated_by_verb_or_noun_shows_force(sentence, expected):
    assert expected in events(sentence)


def test_other_violations_stay_a_broken_norm():
    assert ("128", "RUS", "UKR", "asserted") in events("Russland verletzte die Souveränität der Ukraine.")


@pytest.mark.parametrize(
    ("sentence", "handed_over"),
    [
        ("Die Auslieferung Assads an Syrien gilt als unwahrscheinlich.", "SYR"),
        ("Yunus spricht die Auslieferung Hasinas an, Modi mahnt zur Zurückhaltung.", "BGD"),
    ],
)
def test_the_genitive_of_an_extradition_is_the_one_handed_over_not_its_doer(sentence, handed_over):
    assert not any(code == "063" and source == handed_over for code, source, _, _ in events(sentence))
