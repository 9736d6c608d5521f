"""Agentless passives of acts only a state does take the state's police, courts or government as the
source; people acted on by coercion or assault are that state's civilians. New sentences, not from
any gold set."""

import lagebild


def _events(text: str):
    return lagebild.analyze(text, date="2026-11-01", lang="de").events


def _pairs(text: str) -> set[tuple[str | None, str, str | None]]:
    return {
        (e.source.actor_code if e.source else None, e.code, e.target.country if e.target else None)
        for e in _events(text)
    }


def test_arrest_without_agent_is_the_police_of_the_place():
    text = (
        "Die Proteste in Belarus dauern an. Präsident Lukaschenko ließ die Armee aufmarschieren. "
        "Hunderte Demonstranten wurden in Minsk festgenommen."
    )
    assert ("BLRCOP", "173", "BLR") in _pairs(text)


def test_execution_without_agent_is_the_government_acting_on_its_people():
    pairs = _pairs("In Ägypten wurden drei Regierungskritiker hingerichtet.")
    assert ("EGYGOV", "1823", "EGY") in pairs


def test_no_state_source_for_an_abduction():
    events = _events("In Äthiopien wurden zwei Journalisten entführt.")
    assert not any(e.source is not None and e.source.country == "ETH" for e in events)


def test_no_state_source_for_an_arrest_at_the_border():
    events = _events("Die Migranten wurden an der Grenze zu Polen festgenommen.")
    assert not any(e.source is not None and (e.source.actor_code or "").endswith("COP") for e in events)


def test_a_named_agent_keeps_the_source():
    pairs = _pairs(
        "In Minsk wurden Dutzende Studenten von Präsident Lukaschenkos Sicherheitsdienst festgenommen."
    )
    assert not any(source == "BLRCOP" for source, _, _ in pairs)


def test_dispersal_takes_the_state_of_the_story():
    text = "In Simbabwe gingen Tausende auf die Straße. Die Kundgebung wurde am Abend aufgelöst."
    assert ("ZWECOP", "175", "ZWE") in _pairs(text)


def test_curfew_is_imposed_by_the_government_on_the_population():
    pairs = _pairs("Nach den Unruhen in Kasachstan wurde eine Ausgangssperre verhängt.")
    assert ("KAZGOV", "1723", "KAZ") in pairs


def test_coordinated_participle_shares_the_passive():
    pairs = _pairs("In Teheran wurden mehrere Studentinnen verprügelt und festgenommen.")
    assert ("IRNCOP", "173", "IRN") in pairs


def test_a_perfect_with_sein_gets_no_guessed_source():
    text = (
        "Russland verlegt Truppen, Moskau schweigt. Aus Jerewan kommen neue Bilder. "
        "Die Sicherheitskräfte waren brutal gegen die Menge vorgegangen."
    )
    repression = [e for e in _events(text) if e.code == "175"]
    assert not any(e.source is not None and e.source.country == "RUS" for e in repression)


def test_the_latest_place_wins_over_the_most_named_state():
    text = (
        "Russland droht der Ukraine. Moskau verlegt Truppen, der Kreml schweigt. "
        "Tausende protestierten am Sonntag in Chişinău gegen die Regierung. "
        "Dutzende Demonstranten wurden festgenommen."
    )
    assert ("MDACOP", "173", "MDA") in _pairs(text)


def test_a_sentence_without_a_court_named_is_the_court_of_the_place_on_its_people():
    pairs = _pairs("Der Oppositionsführer wurde in Teheran zu zwölf Jahren Haft verurteilt.")
    assert ("IRNJUD", "116", "IRN") in pairs


def test_a_court_trying_a_foreigner_does_not_try_its_own_people():
    pairs = _pairs("Ein Gericht in Moskau verurteilte den US-Journalisten zu 16 Jahren Haft.")
    assert not any(target == "RUS" for _, code, target in pairs if code == "116")


def test_arrest_noun_reported_with_the_police_is_the_police_of_the_story():
    text = (
        "In Minsk gingen Tausende auf die Straße. Die Polizei hielt sich zurück, doch die Festnahme "
        "des Bloggers löste neue Proteste aus."
    )
    assert ("BLRCOP", "173", "BLR") in _pairs(text)


def test_arrest_noun_placed_in_its_phrase_is_the_police_of_the_place():
    pairs = _pairs("Die Festnahme der Managerin in Vancouver belastete die Beziehungen schwer.")
    assert any(source == "CANCOP" and code == "173" for source, code, _ in pairs)


def test_arrest_noun_judged_by_another_state_gets_no_police_source():
    text = "In Ankara wurde der Bürgermeister abgesetzt. Berlin rügte die Festnahme des Politikers scharf."
    assert not any((source or "").endswith("COP") for source, code, _ in _pairs(text) if code == "173")


def test_arrest_noun_of_a_ruler_is_no_arrest_by_his_own_police():
    text = "In Moskau ist die Polizei überall, doch eine Festnahme Putins gilt als ausgeschlossen."
    assert not any(source == "RUSCOP" for source, _, _ in _pairs(text))


def test_arrest_noun_of_a_former_ruler_is_the_police_at_home():
    text = "In Seoul scheiterte die Festnahme des früheren Präsidenten Yoon, die Ermittler zogen wieder ab."
    assert ("KORCOP", "173", "KOR") in _pairs(text)


def test_trial_noun_in_a_named_town_is_held_by_the_courts_there():
    pairs = _pairs("Am Montag beginnt in Ankara der Prozess gegen zwei deutsche Journalisten.")
    assert ("TURJUD", "173", "DEU") in pairs


def test_trial_noun_without_a_place_gets_no_court_source():
    pairs = _pairs("Der Prozess gegen zwei deutsche Journalisten beginnt am Montag.")
    assert not any((source or "").endswith("JUD") for source, _, _ in pairs)


def test_an_extradition_in_the_passive_is_by_the_courts_where_the_one_extradited_was_held():
    pairs = _pairs("Der Clanchef wurde im Mai in Abu Dhabi festgenommen und später an Belgien ausgeliefert.")
    assert ("AREJUD", "063", "BEL") in pairs


def test_an_extradition_in_the_passive_names_no_source_where_only_its_destination_is_known():
    pairs = _pairs("Der Geschäftsmann wurde an Kanada ausgeliefert.")
    assert not any(code == "063" for _, code, _ in pairs)


def test_an_extradition_into_a_state_in_the_accusative_is_not_by_that_state():
    pairs = _pairs("Der Geschäftsmann soll in die Slowakei überstellt werden.")
    assert not any(code == "063" and (source or "").startswith("SVK") for source, code, _ in pairs)
