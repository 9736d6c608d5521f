"""Whose body, when its own sentence names no state: the state the sentence before names most (one
mention of the other side does not outweigh the state the passage is about), the state of the head
named right after it ("die Regierung Netanjahu"), and for a body a speaker appeals to, a state named
after it is what it is asked to deal with, not its owner. States named in a list place no body, a bare
foreign office speaks for the capital acting before it, and a bare ministry is its minister's."""

from __future__ import annotations

from tests.entity_mentions import mentioned_state


def test_cabinet_after_a_sentence_about_its_own_politicians_is_theirs():
    text = (
        "Die Grünen und die FDP mahnten Bundeskanzler Olaf Scholz vor seiner Reise zur Vorsicht gegenüber "
        "China. Am Mittwoch hatte das Kabinett den Verkauf eines Hafenterminals gebilligt."
    )
    assert mentioned_state(text, "das Kabinett") == "DEU"


def test_police_at_a_foreign_embassy_is_the_police_where_the_crowd_protests():
    text = (
        "Vor der Botschaft in Niamey protestierten Tausende gegen Frankreich. Einige bewarfen die "
        "französische Botschaft mit Steinen, die Polizei trieb sie mit Tränengas auseinander."
    )
    assert mentioned_state(text, "die Polizei") == "NER"


def test_nearest_state_still_decides_among_equals():
    text = (
        "Die Armee Russlands verlegte Truppen an die Grenze. In Kiew wuchs die Sorge. "
        "Die Regierung rief die Reservisten ein."
    )
    assert mentioned_state(text, "Die Regierung") == "UKR"


def test_government_named_by_its_head_is_the_heads_state():
    text = "Das Außenministerium in Caracas warf der Regierung Netanjahu eine feindselige Haltung vor."
    assert mentioned_state(text, "der Regierung") == "ISR"


def test_government_under_its_leader_is_the_leaders_state():
    text = (
        "Israelische Kampfflugzeuge griffen ein Ziel in Damaskus an. Benjamin Netanjahu sprach von einer "
        "Warnung an die Übergangsregierung unter Ahmed al-Scharaa."
    )
    assert mentioned_state(text, "die Übergangsregierung") == "SYR"


def test_state_after_an_appealed_body_is_what_it_should_deal_with():
    text = (
        "In Madrid wächst der Streit um die Westsahara. Spaniens Rechte verlangte den Rücktritt des "
        "Außenministers. Der Koalitionspartner Podemos mahnte dagegen zur Mäßigung und rief die Regierung "
        "auf, die Gespräche mit Rabat wieder aufzunehmen."
    )
    assert mentioned_state(text, "die Regierung") == "ESP"


def test_police_in_a_datelined_paragraph_is_the_datelines():
    text = (
        "Tiflis – In Georgien protestieren seit Tagen Tausende. Regierungschef Irakli Kobachidse will die "
        "Beziehungen zu Moskau verbessern und den Handel mit Russland ausbauen. Vor dem Parlament nahm die "
        "Polizei Dutzende Demonstranten fest."
    )
    assert mentioned_state(text, "die Polizei") == "GEO"


def test_police_after_a_named_victim_in_its_sentence_is_the_victims_state():
    text = (
        "Die Wahlkommission in Tripolis schloss einen Kandidaten aus.\n\n"
        "Zwei Wochen nach dem Anschlag auf das Haus von Ministerpräsident Mustafa al-Kadhimi hat die "
        "Polizei drei Verdächtige festgenommen."
    )
    assert mentioned_state(text, "die Polizei") == "IRQ"


def test_police_after_an_effigy_of_a_foreign_leader_stays_where_the_crowd_is():
    text = (
        "In Kathmandu protestierten Hunderte. Vor der indischen Botschaft verbrannten Demonstranten eine "
        "Puppe Modis, die Polizei nahm mehrere fest."
    )
    assert mentioned_state(text, "die Polizei") == "NPL"


def test_states_listed_before_a_body_place_none_of_them():
    text = (
        "In Georgien hat die Regierungspartei die Wahl gewonnen. Ministerpräsident Kobachidse sprach von "
        "einem klaren Auftrag. Die Stimmen aus Frankreich, Polen und Schweden wurden erst am Abend "
        "ausgezählt. Die Behörden wiesen Berichte über Manipulationen zurück."
    )
    assert mentioned_state(text, "Die Behörden") == "GEO"


def test_states_compared_in_its_sentence_do_not_own_the_body():
    text = (
        "Oslo – Nach dem Anschlag auf eine Gasleitung hat Norwegen Russland verantwortlich gemacht. "
        "Ob Norwegen wie zuvor Finnland und Schweden russische Diplomaten ausweisen wird, ließ die "
        "Regierung offen."
    )
    assert mentioned_state(text, "die Regierung") == "NOR"


def test_foreign_office_speaks_for_the_capital_acting_before_it():
    text = (
        "Im Streit um die Zölle hat die Regierung in Brasília Gegenmaßnahmen angekündigt. Die Polizei "
        "verstärkte den Schutz der Botschaft. Washington verhängte am Freitag Sanktionen gegen einen "
        "Richter des Obersten Gerichts. Das Außenministerium entzog ihm zudem das Visum."
    )
    assert mentioned_state(text, "Das Außenministerium") == "USA"


def test_bare_ministry_is_the_one_of_its_minister_named_before():
    text = (
        "Ein türkisches Patrouillenboot hat einen griechischen Fischkutter abgedrängt. Die türkische "
        "Küstenwache blieb in der Nähe. Griechenlands Verteidigungsminister Nikos Dendias nannte das eine "
        "Provokation. Ankara sprach von einer Routinekontrolle. Das Verteidigungsministerium versprach "
        "eine Untersuchung."
    )
    assert mentioned_state(text, "Das Verteidigungsministerium") == "GRC"


def test_foreign_office_is_not_of_the_head_of_government_it_accuses():
    text = (
        "Moskau reagierte empört auf die Ausweisung. Estland hatte am Vortag drei russische Diplomaten "
        "des Landes verwiesen. Das Außenministerium sprach von Willkür und warf "
        "Ministerpräsidentin Kristen Michal vor, die Lage gezielt zu verschärfen."
    )
    assert mentioned_state(text, "Das Außenministerium") == "RUS"
