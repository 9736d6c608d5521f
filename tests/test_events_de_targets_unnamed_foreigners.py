"""Acts aimed at foreigners nobody names ("ausländische Kräfte", "Ausländer") get no target: the speaker
leaves the other side unnamed, and a state guessed from the sentences before would name it for him."""

from tests.event_tuples import root_targets

DATE = "2024-05-01"


def test_blaming_unnamed_foreign_extremists_has_no_target() -> None:
    text = (
        "Die USA kritisierten das harte Vorgehen. "
        "Präsident Tokajew macht ausländische Extremisten für die Unruhen verantwortlich."
    )
    assert root_targets(text, DATE, "11") == {None}


def test_rejecting_unnamed_foreign_soldiers_has_no_target() -> None:
    text = "Die USA boten Hilfe an. Präsident Nyusi lehnt ausländische Soldaten jedoch weiterhin ab."
    assert root_targets(text, DATE, "12") == {None}


def test_a_named_state_is_still_the_target() -> None:
    assert root_targets("Präsident Tokajew macht Russland für die Unruhen verantwortlich.", DATE, "11") == {
        "RUS"
    }


def test_quotation_marks_between_adjective_and_noun_do_not_hide_the_foreigners() -> None:
    text = "Die USA kritisierten das Vorgehen. Tokajew macht ausländische „Terroristen“ für die Gewalt verantwortlich."
    assert root_targets(text, DATE, "11") == {None}


def test_foreigners_named_only_as_what_others_are_called_keep_the_target() -> None:
    text = "Mexiko protestierte. Washington stuft sechs Kartelle als ausländische Terrororganisationen ein."
    assert None not in root_targets(text, DATE, "17")
