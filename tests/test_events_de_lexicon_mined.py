"""Rows mined from the missed gold events by `benchmarks/mine_triggers_de.py` (session 50): readings of a
trigger lemma that two banks or more code with one root and the lexicon lacked. Cooperating is material
cooperation (060, no longer 050), sides committing themselves to a partnership, a state's unity or a joint
project intend to cooperate (030), leaders who come across each other meet (040), a timetable worked out
with a side is negotiated (046), a success claimed is claimed credit (015), a state's gas banished from a
market is embargoed (163). A responsibility owned ("bekannte sich zu dem Anschlag") stays 015, no intent to
cooperate.
"""

from tests.event_tuples import coded_dyads

MINED = {
    "Die Polizei in Rabat kooperiert seit Jahren eng mit Spanien.": ("060", "MAR", "ESP"),
    "Der Präsident Kenias reklamierte den Erfolg der Gespräche für sich.": ("015", "KEN", None),
    "Paris hat sich erneut zu der Partnerschaft mit Warschau bekannt.": ("030", "FRA", "POL"),
    "Peking bekennt sich zur territorialen Integrität Serbiens.": ("030", "CHN", "SRB"),
    "Moskau und Peking bekannten sich zu dem Vorhaben.": ("030", "RUS", "CHN"),
    "Im Mai sollen sich Erdoğan und Selenskyj in Ankara begegnen.": ("040", "TUR", "UKR"),
    "Die Regierung in Bamako will mit Paris einen Fahrplan für den Abzug ausarbeiten.": ("046", "MLI", "FRA"),
    "Die Europäische Union will russisches Flüssiggas vom Markt verbannen.": ("163", "IGOEUREEC", "RUS"),
}
# the readings the mined rows must not take over
NOT_MINED = {
    "Eine syrische Miliz bekannte sich zu dem Anschlag auf die Botschaft der Türkei.": "030",
    "Die Polizei in Rabat kooperiert seit Jahren eng mit Spanien.": "050",
    # a commitment to a state's integrity or to a joint project claims no responsibility
    "Peking bekennt sich zur territorialen Integrität Serbiens.": "015",
    "Moskau und Peking bekannten sich zu dem Vorhaben.": "015",
}


def test_mined_readings_code_their_events():
    missing = {text: dyad for text, dyad in MINED.items() if dyad not in coded_dyads(text, "2024-06-03")}
    assert not missing


def test_other_readings_keep_their_codes():
    taken = {
        text: code
        for text, code in NOT_MINED.items()
        if code in {c for c, *_ in coded_dyads(text, "2024-06-03")}
    }
    assert not taken
