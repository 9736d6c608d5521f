"""Ordinary crime is no political event (`events/private_crime.py`): police and court news about
thieves, smugglers, fraud or a lone gunman codes no arrest, sentence or force; arrests and trials of
opposition figures, journalists, terror suspects and foreigners stay events; in a report of a brawl, an
accident or a bankruptcy that names nothing political, no arrest or sentence at home is."""

from __future__ import annotations

import pytest

from tests.event_tuples import events_of, state_of

DATE = "2024-03-05"
LAW_ENFORCEMENT_CODES = ("116", "17", "18", "19", "02")

# (text, the code the coder gives the act before the filter)
ORDINARY_CRIME = [
    ("In Graz wurden am Montag zwei mutmaßliche Taschendiebe festgenommen.", "173"),
    ("In Wien nahm die Polizei in der Nacht drei Einbrecher fest.", "173"),
    ("Die italienische Polizei hat am Dienstag vier mutmaßliche Schlepper festgenommen.", "173"),
    ("In Madrid wurden fünf Drogenhändler festgenommen.", "173"),
    ("Der Angeklagte wurde in Linz wegen schweren Betrugs zu vier Jahren Haft verurteilt.", "116"),
    ("In Ohio erschoss die Polizei den 34-Jährigen, nachdem er auf Passanten gefeuert hatte.", "175"),
    ("Die Polizei in Texas schoss auf einen 34-Jährigen, der auf Passanten gefeuert hatte.", "175"),
    ("Die Polizei in Innsbruck bittet Zeugen, sich unter der Nummer der Dienststelle zu melden.", "020"),
    ("Zeugen werden von der Polizei in Klagenfurt gebeten, sich zu melden.", "020"),
    # a suspect named only by age or as "Verdächtiger", in a report with no political word
    (
        "In Salzburg hat am Dienstag ein Unbekannter eine Tankstelle überfallen. "
        "Der 23-Jährige wurde am Abend festgenommen.",
        "173",
    ),
    ("In Graz wurde nach einem Überfall auf eine Tankstelle ein Verdächtiger festgenommen.", "173"),
    # a report of a brawl, an accident or a bankruptcy with no political word at all: whoever is arrested,
    # charged or sentenced
    (
        "In Linz kam es am Samstag zu einer Massenschlägerei vor einem Lokal. "
        "Laut Polizei wurden zwölf Beteiligte festgenommen.",
        "173",
    ),
    ("Nach dem Schiffsunglück vor Giglio wurde der Kapitän in Genua zu zwölf Jahren Haft verurteilt.", "116"),
    (
        "In Graz ist eine Baufirma pleite. Gegen den Geschäftsführer erhob die Staatsanwaltschaft Anklage.",
        "173",
    ),
]
# (text, code, source state, target state): the person acted on has a political role or cause
POLITICAL = [
    ("Die Polizei in Minsk nahm am Sonntag mehrere Oppositionelle fest.", "173", "BLR", "BLR"),
    ("Die belgische Polizei hat am Freitag zwei Terrorverdächtige festgenommen.", "173", "BEL", "BEL"),
    (
        "Ein Gericht in Teheran verurteilte einen französischen Staatsbürger wegen Spionage zu acht Jahren Haft.",
        "116",
        "IRN",
        "FRA",
    ),
    ("In Moskau wurden mehrere Journalisten wegen Betrugs festgenommen.", "173", "RUS", "RUS"),
    ("In Ankara wurden zwei Schlepper und ein Oppositionspolitiker festgenommen.", "173", "TUR", "TUR"),
    (
        "In Paris erschoss die Polizei den Attentäter, der zuvor drei Menschen getötet hatte.",
        "175",
        "FRA",
        "FRA",
    ),
    ("Die Polizei setzte in Tiflis Tränengas gegen Demonstranten ein.", "175", "GEO", "GEO"),
    # an article that speaks of the government is no mere crime report
    (
        "Die kenianische Regierung ließ nach den Unruhen in Nairobi laut Polizei zwölf Beteiligte festnehmen.",
        "173",
        "KEN",
        "KEN",
    ),
    # incitement is a political crime, whoever commits it
    (
        "In Dresden wurde ein 30-Jähriger wegen Hetze gegen Flüchtlinge zu einer Geldstrafe verurteilt.",
        "116",
        "DEU",
        None,
    ),
]


def test_a_lone_gunman_in_an_article_about_terror_stays_an_event():
    text = (
        "In Frankreich ist die Terrorwarnstufe erhöht worden. "
        "In Lyon erschoss die Polizei einen 29-Jährigen, der auf Passanten gefeuert hatte."
    )
    assert any(e.code == "175" for e in events_of(text, DATE))


@pytest.mark.parametrize(("text", "code"), ORDINARY_CRIME)
def test_ordinary_crime_codes_no_event(text, code):
    events = events_of(text, DATE)
    assert not [e for e in events if e.code.startswith(LAW_ENFORCEMENT_CODES)]


@pytest.mark.parametrize(("text", "code", "source", "target"), POLITICAL)
def test_arrests_and_trials_of_political_people_are_coded(text, code, source, target):
    events = events_of(text, DATE)
    coded = {(e.code, state_of(e.source), state_of(e.target)) for e in events if e.modality == "asserted"}
    assert (code, source, target) in coded


def test_the_foreigners_of_a_clause_are_looked_for_only_where_it_reads_as_crime(monkeypatch):
    """The search for a foreigner walks the clause and the doc's actors: an event that is no crime at home
    by its words and actors needs none; a crime at home that names one stays an event."""
    import lagebild.events.private_crime as private_crime

    asked, search = [], private_crime.names_a_foreigner

    def counted(trigger, source):
        asked.append(trigger.text)
        return search(trigger, source)

    monkeypatch.setattr(private_crime, "names_a_foreigner", counted)
    events_of("Die Regierung in Prag lobte am Montag die Einigung mit Wien.", DATE)
    assert asked == []
    text = "In Brünn wurden drei Einbrecher mit russischen Pässen festgenommen."
    assert any(e.code == "173" for e in events_of(text, DATE, keep_implausible=True))
    assert asked == ["festgenommen"]
