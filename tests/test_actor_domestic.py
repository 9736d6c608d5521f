"""A state's domestic institutions and protesters named without the state, and people introduced by
a nationality: our own sentences through `lagebild.analyze`."""

import pytest

from tests.entity_mentions import mention_codes

# A capital read as the place, then institutions only: the chain of sentences keeps the state.
PROTEST_REPORT = (
    "In Jerewan ging die Polizei in der dritten Nacht mit Schlagstöcken gegen Demonstranten vor. "
    "Hunderte hatten sich am Abend vor dem Regierungssitz versammelt. "
    "Einige Teilnehmer bewarfen die Sicherheitskräfte mit Flaschen. "
    "Nach Angaben der Staatsanwaltschaft wurden mehr als 80 Menschen in Gewahrsam genommen. "
    "Die staatliche Ombudsstelle forderte eine Untersuchung."
)


@pytest.mark.parametrize(
    ("mention", "code"),
    [
        ("die Polizei", "ARMCOP"),  # "in der dritten Nacht" names no owner of the police
        ("Demonstranten", "ARMOPP"),
        ("die Sicherheitskräfte", "ARMCOP"),
        # three sentences after the capital: the institution before it carries the state on
        ("der Staatsanwaltschaft", "ARMJUD"),
        ("Die staatliche Ombudsstelle", "ARMGOV"),
    ],
)
def test_institutions_of_the_state_a_report_is_about(mention, code):
    assert mention_codes(PROTEST_REPORT, "2024-12-03")[mention] == code


def test_a_dominant_state_owns_institutions_far_from_its_name():
    text = (
        "Serbien erwägt neue Regeln für Versammlungen. "
        "Präsident Aleksandar Vučić verteidigte die Pläne. "
        "Am Wochenende wurde in mehreren Städten demonstriert. "
        "Viele Geschäfte blieben am Montag geschlossen. "
        "Die Schulen öffneten erst am Mittag. "
        "Das Innenministerium sprach von friedlichen Kundgebungen."
    )
    assert mention_codes(text, "2025-02-03")["Das Innenministerium"] == "SRBGOV"


def test_no_state_no_institution_actor():
    text = "Die Polizei sperrte am Sonntag die Innenstadt. Die Feuerwehr löschte den Brand."
    assert "Die Polizei" not in mention_codes(text, "2024-12-03")


def test_protesters_belong_where_they_are_not_to_who_speaks_of_them():
    text = (
        "In Tiflis gingen erneut Tausende auf die Straße. "
        "Das Innenministerium meldete Festnahmen. "
        "US-Außenamtssprecher Matthew Miller kritisierte die Gewalt gegen Demonstranten."
    )
    assert mention_codes(text, "2024-12-03")["Demonstranten"] == "GEOOPP"


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # a double nationality: the state named first, as the gold guidelines code a dual national
        (
            "Das Urteil gegen den deutsch-türkischen Staatsbürger Emre Kaya empörte Berlin.",
            "Emre Kaya",
            "DEUCVL",
        ),
        ("Der französische Journalist Luc Bernard wurde in Minsk festgehalten.", "Luc Bernard", "FRAMED"),
        (
            "Die britische Staatsbürgerin Anne Whitfield kam nach zwei Jahren frei.",
            "Anne Whitfield",
            "GBRCVL",
        ),
    ],
)
def test_a_nationality_introduces_a_person(text, mention, code):
    assert mention_codes(text, "2024-12-03")[mention] == code


def test_a_compound_of_non_states_is_no_nationality():
    text = "Die georgisch-orthodoxe Kirche rief zur Ruhe auf."
    codes = mention_codes(text, "2024-12-03")
    assert not any(code and code.startswith("GEO") for code in codes.values())
