"""The addressee of a dative verb read from the middle field where the parse lost it: a bare name
after the subject ("warf Minsk … vor", "hat Warschau … zugesagt") is the dative; an accusative
phrase before any dative means no guess from the word order."""

from tests.event_tuples import events_of


def _targets(text: str, root: str) -> set[str | None]:
    events = events_of(text, "2024-05-01")
    return {e.target.actor_code[:3] if e.target is not None else None for e in events if e.root == root}


def test_capital_after_the_subject_is_the_accused() -> None:
    text = "Polens Außenminister Radosław Sikorski warf Minsk am Montag gezielte Provokationen an der Grenze vor."
    assert _targets(text, "11") == {"BLR"}


def test_capital_after_the_subject_is_promised_help() -> None:
    text = "Am Dienstag hat Bundeskanzler Olaf Scholz Warschau weitere Luftabwehrsysteme zugesagt."
    assert _targets(text, "03") == {"POL"}


def test_state_before_the_thing_promised_is_the_recipient() -> None:
    text = "Nach dem Treffen hat Kommissionspräsidentin Ursula von der Leyen Moldau neue Kredite zugesagt."
    assert _targets(text, "03") == {"MDA"}


def test_title_before_the_name_is_part_of_the_subject() -> None:
    text = "In Berlin hielt Außenministerin Annalena Baerbock Peking vor, die Sanktionen zu umgehen."
    assert _targets(text, "11") == {"CHN"}


def test_feminine_dative_read_as_genitive_is_the_accused() -> None:
    # the plural subject is tagged a dative and "der Regierung" a genitive: the subject is no target,
    # and the feminine noun hanging on the verb is its dative
    text = "In Brasilien werfen Umweltverbände und Opposition der Regierung vor, die Rodungen zu dulden."
    assert _targets(text, "11") == {"BRA"}
