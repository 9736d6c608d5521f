"""Domestic actors of unseen stories: towns as the place a passage is about, bare plural forces,
rebels and rioters of the story's state. Our own sentences through `lagebild.analyze`."""

from tests.entity_mentions import mention_codes


def test_a_town_names_the_state_of_the_next_sentences_police():
    # Canada is never named; the Indian consulate is a mission abroad, not the place
    text = (
        "In Montreal versammelten sich am Samstag Hunderte Exil-Iraner vor dem iranischen Konsulat. "
        "Die Polizei sperrte die Straße ab."
    )
    assert mention_codes(text, "2025-03-10")["Die Polizei"] == "CANCOP"


def test_a_town_in_the_sentence_beats_a_foreign_state_named_before():
    text = (
        "Ägypten und Katar vermitteln seit Wochen. "
        "In Haifa forderten Tausende von der Regierung einen Gefangenenaustausch."
    )
    assert mention_codes(text, "2025-03-10")["der Regierung"] == "ISRGOV"


def test_a_listed_second_town_is_placed_too():
    text = "In Lyon und Marseille blockierten Landwirte die Autobahnen. Die Behörden kündigten Gespräche an."
    assert mention_codes(text, "2025-03-10")["Die Behörden"] == "FRAGOV"


def test_bare_plural_security_forces_belong_to_the_story_state():
    text = "In Mandalay legten Lehrer und Ärzte die Arbeit nieder. Sicherheitskräfte feuerten Warnschüsse ab."
    assert mention_codes(text, "2025-03-10")["Sicherheitskräfte"] == "MMRCOP"


def test_rebels_are_of_the_state_where_they_act():
    text = (
        "In Bunia griffen am Morgen Rebellen ein Lager für Vertriebene an. "
        "Bei Goma beschoss die Miliz einen Konvoi der Armee."
    )
    codes = mention_codes(text, "2025-03-10")
    assert codes["Rebellen"] == "CODREB"
    assert codes["die Miliz"] == "CODREB"


def test_a_town_datelining_the_report_names_the_state_of_its_police():
    # Turkey is never named; the town opens the report as its dateline, with or without an agency
    for dateline in ("Antalya –", "Antalya (dpa) –"):
        text = (
            f"{dateline} Vor dem Rathaus versammelten sich am Sonntag mehrere Hundert Menschen. "
            "Präsident Erdoğan sprach von Provokateuren.\n\n"
            "Die Polizei nahm am Abend zwölf Teilnehmer fest."
        )
        assert mention_codes(text, "2025-03-10")["Die Polizei"] == "TURCOP"


def test_a_town_shared_by_several_states_names_none():
    # "Frankfurt" lies in Germany only, but a bare "Santiago" is in Chile, Spain, Cuba ...: no state
    text = "In Santiago demonstrierten Studenten. Die Polizei setzte Tränengas ein."
    assert mention_codes(text, "2025-03-10").get("Die Polizei") is None


def test_a_destination_is_not_where_the_clause_happens():
    text = "Die Minister reisten nach Toronto. Die Polizei sperrte das Hotel ab."
    assert mention_codes(text, "2025-03-10").get("Die Polizei") is None


def test_a_junta_keeps_its_state_when_a_neighbour_speaks_to_it():
    text = (
        "Nach dem Staatsstreich in Mali hat die Junta den Premierminister abgesetzt. "
        "Auf einem Gipfel in Accra forderte Ghanas Präsident von der Junta die Freilassung der Minister."
    )
    assert mention_codes(text, "2025-03-10")["der Junta"] == "MLIGOV"


def test_the_militia_is_the_named_rebel_group_not_the_capital_speaking_of_it():
    text = (
        "Die Huthi haben erneut einen Tanker im Golf von Aden beschossen. "
        "Teheran bestreitet, die Miliz mit Drohnen auszurüsten."
    )
    assert mention_codes(text, "2025-03-10")["die Miliz"] == "YEMREB"


def test_the_north_in_a_korean_story_is_north_korea_but_not_a_region():
    text = (
        "Seoul will die Gespräche mit Pjöngjang wieder aufnehmen. "
        "Die Regierung bot dem Norden Lebensmittelhilfe an. "
        "Im Norden des Landes kam es zu Überschwemmungen."
    )
    codes = mention_codes(text, "2025-03-10")
    assert codes["dem Norden"] == "PRK"
    assert "Norden" not in codes
