"""Actors German news names without a name of the state: office holders introduced by a role,
compound offices, a state's genitive before an institution, unnamed institutions, counted groups of
people, IGO bodies and the office holders of `kb.curated_officials` - through the real pipeline."""

import lagebild

DATE = "2024-03-12"


def _analyze(text: str, date: str = DATE):
    return lagebild.analyze(text, date=date, lang="de")


def _actor(analysis, mention_text: str):
    """(country, actor code) of the entity with that mention, None if no entity has it."""
    entity = next((e for e in analysis.entities if any(m.text == mention_text for m in e.mentions)), None)
    return (entity.country, entity.actor_code) if entity else None


def test_role_holder_takes_the_state_named_before_in_the_sentence():
    analysis = _analyze(
        "In Lettland trat am Montag Innenministerin Ilze Berzina überraschend zurück. "
        "Berzina sagte, sie übernehme die Verantwortung."
    )
    assert _actor(analysis, "Ilze Berzina") == ("LVA", "LVAGOV")
    assert _actor(analysis, "Berzina") == ("LVA", "LVAGOV")  # the later surname is the same person


def test_role_holder_is_not_given_the_state_named_after_the_name():
    analysis = _analyze("Sprecher Jaroslav Dvorsky warf Polen einen Wortbruch vor.")
    assert _actor(analysis, "Jaroslav Dvorsky")[0] is None


def test_state_prefix_owns_a_compound_office_and_institution():
    analysis = _analyze(
        "US-Handelsministerin Anna Kowalczyk kündigte neue Zölle an. "
        "Das US-Finanzministerium prüft weitere Schritte."
    )
    assert _actor(analysis, "Anna Kowalczyk") == ("USA", "USAGOV")
    assert _actor(analysis, "US-Finanzministerium") == ("USA", "USAGOV")


def test_unnamed_air_defence_and_ministry_belong_to_the_state_of_the_passage():
    analysis = _analyze(
        "Die Lage in Kenia bleibt angespannt. Das Gesundheitsministerium meldete steigende Fallzahlen."
    )
    assert _actor(analysis, "Das Gesundheitsministerium") == ("KEN", "KENGOV")
    analysis = _analyze("Die Ukraine meldete neue Angriffe. Die Luftabwehr fing nachts mehrere Drohnen ab.")
    assert _actor(analysis, "Die Luftabwehr") == ("UKR", "UKRMIL")


def test_counted_group_of_people_belongs_to_where_it_is():
    analysis = _analyze("Bei einer Kundgebung in Bagdad nahm die Polizei mehrere Studenten fest.")
    assert _actor(analysis, "mehrere Studenten") == ("IRQ", "IRQCVL")


def test_one_person_in_the_genitive_is_no_group():
    analysis = _analyze("In Minsk forderte die Opposition die Freilassung des Gefangenen.")
    assert _actor(analysis, "des Gefangenen") is None


def test_army_after_an_armed_group_and_a_state_is_the_states():
    analysis = _analyze(
        "Israel meldete am Abend neuen Beschuss. Die Hisbollah habe Raketen abgefeuert. "
        "Die Armee reagierte mit Luftangriffen."
    )
    assert _actor(analysis, "Die Armee") == ("ISR", "ISRMIL")


def test_curated_officials_are_known_by_name():
    analysis = _analyze("Finanzministerin Janet Yellen reiste nach Peking.", date="2023-07-06")
    assert _actor(analysis, "Janet Yellen") == ("USA", "USAGOV")
    # two ministers share the surname: alone it names the Ukrainian one, the Belarusian by full name
    analysis = _analyze("Die Ukraine setze die Exporte fort, sagte Kubrakow.", date="2023-07-20")
    assert _actor(analysis, "Kubrakow") == ("UKR", "UKRGOV")


def test_igo_bodies_stand_for_their_organisation_once_it_is_named():
    analysis = _analyze(
        "Die IAEA beriet in Wien über Iran. Der Gouverneursrat verabschiedete eine Resolution."
    )
    assert _actor(analysis, "Gouverneursrat")[1] == "IGOUNOIAE"
    analysis = _analyze("Der Gouverneursrat der Stiftung verabschiedete den Haushalt.")
    assert _actor(analysis, "Gouverneursrat") is None
    analysis = _analyze("Soldaten der KFOR sicherten das Rathaus.")
    assert _actor(analysis, "KFOR")[1] == "IGOWSTNAT"


def test_a_states_genitive_owns_the_institution_after_it():
    analysis = _analyze("Chiles Verteidigungsministerium bestätigte die Übung, Perus Armee schwieg.")
    assert _actor(analysis, "Chiles Verteidigungsministerium") == ("CHL", "CHLGOV")
    assert _actor(analysis, "Perus Armee") == ("PER", "PERMIL")


def test_supporters_belong_to_the_state_of_whom_they_back():
    analysis = _analyze(
        "In Mali regiert seit dem Putsch das Militär. Hunderte Anhänger der Junta feierten in Bamako."
    )
    assert _actor(analysis, "Hunderte Anhänger") == ("MLI", "MLICVL")


def test_rioters_are_placed_like_protesters():
    analysis = _analyze("In Tiflis warfen Randalierer Steine auf die Polizei.")
    assert _actor(analysis, "Randalierer")[0] == "GEO"


def test_the_press_names_for_a_state_are_that_state():
    analysis = _analyze("Die Islamische Republik wies die Vorwürfe zurück, die Volksrepublik schwieg.")
    assert _actor(analysis, "Islamische Republik")[0] == "IRN"
    assert _actor(analysis, "Volksrepublik")[0] == "CHN"
