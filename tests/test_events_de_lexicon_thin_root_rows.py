"""Rows for the roots the coder finds least often (06, 07, 15, 17, 18), read off the triggers of missed gold
events (`benchmarks/mine_triggers_de.py`, session 52): a terror alert level
raised or declared is a police alert (151), a credit programme topped up is economic aid (071), a landing
forced on a plane is a hijacking (181), a protest camp cleared is repression (175), forces that drill
with another side's navy, troops or units cooperate militarily (062). A criticism voiced together with another side
or a restraint practised is no exercise.
"""

from tests.event_tuples import coded_dyads

ROWS = {
    "Die Behörden in Kenia riefen die höchste Terrorwarnstufe aus.": ("151", "KEN", None),
    "Der Internationale Währungsfonds hat sein Kreditprogramm für Sambia aufgestockt.": (
        "071",
        "IGOBUSIMF",
        "ZMB",
    ),
    "Die Polizei in Serbien erzwang die Landung eines Flugzeugs aus Litauen.": ("181", "SRB", "LTU"),
    "Nach der Räumung des Protestcamps in Minsk durch die belarussische Polizei kam es zu Festnahmen.": (
        "175",
        "BLR",
        "BLR",
    ),
    "Polnische Kriegsschiffe übten mit den Marinen Lettlands und Estlands.": ("062", "POL", "LVA"),
}
NOT_EXERCISES = (
    "Frankreich übte mit Deutschland scharfe Kritik an Ungarn.",
    "Die Regierung in Rom übte sich in Zurückhaltung.",
)


def test_thin_root_rows_code_their_events():
    missing = {text: dyad for text, dyad in ROWS.items() if dyad not in coded_dyads(text, "2024-06-03")}
    assert not missing


def test_criticism_or_restraint_is_no_exercise():
    drilled = [text for text in NOT_EXERCISES if "062" in {c for c, *_ in coded_dyads(text, "2024-06-03")}]
    assert not drilled
