"""A coordinated verb without a subject of its own shares the first verb's: the noun the parse labels
its subject is its object. Through the real pipeline."""

from tests.event_tuples import source_root_targets, sources_of_root

DATE = "2024-05-01"


def test_verb_after_und_and_comma_shares_the_subject_not_the_noun_after_it():
    events = source_root_targets(
        "Präsident Stubb kündigte an, die Patrouillen auszuweiten, und bat die Nato um weitere "
        "Aufklärungsflugzeuge.",
        DATE,
    )
    assert sources_of_root(events, "02") == {"FIN"}


def test_participle_under_the_first_verb_s_haben_is_active():
    events = source_root_targets(
        "Die EU-Kommission hat zur Zurückhaltung aufgerufen und die Freilassung des serbischen "
        "Polizisten verlangt.",
        DATE,
    )
    assert sources_of_root(events, "10") and all(s.startswith("IGOEU") for s in sources_of_root(events, "10"))


def test_second_finite_verb_keeps_the_first_subject():
    events = source_root_targets(
        "Die Europäische Kommission rief beide Länder zur Mäßigung auf und berief ein Treffen der "
        "Innenminister ein.",
        DATE,
    )
    assert sources_of_root(events, "04") and all(s.startswith("IGOEU") for s in sources_of_root(events, "04"))


def test_passive_conjuncts_stay_passive():
    events = source_root_targets("Drei Oppositionelle wurden in Minsk festgenommen und verhört.", DATE)
    assert all(source != "BLR" or root == "17" for source, root, _ in events)


def test_names_before_the_verb_of_a_second_main_clause_are_its_subject():
    events = source_root_targets(
        "Aus Brüssel bedauerte der Außenbeauftragte Josep Borrell die Abstimmung, Berlin und Paris "
        "bestellten die georgischen Botschafter ein.",
        DATE,
    )
    assert ("DEU", "11", "GEO") in events and ("FRA", "11", "GEO") in events


def test_a_second_clause_with_its_own_name_is_not_the_first_clause_s():
    events = source_root_targets(
        "Washington und London kritisierten die Wahl, Peking gratulierte dem Präsidenten Lukaschenko.", DATE
    )
    assert ("CHN", "05", "BLR") in events
    assert ("USA", "05", "BLR") not in events


def test_verb_hung_on_a_noun_of_the_first_clause_shares_its_subject():
    events = source_root_targets(
        "Der irakische Regierungschef Mohammed al-Sudani telefonierte mit Präsident Recep Tayyip Erdoğan "
        "und mahnte, den Grenzstreit friedlich zu lösen.",
        DATE,
    )
    assert ("IRQ", "02", "TUR") in events


def test_first_verb_without_a_parsed_subject_takes_the_name_before_it():
    events = source_root_targets(
        "Riga sah darin eine Provokation, bestellte den russischen Botschafter ein und verlangte eine Erklärung.",
        DATE,
    )
    assert ("LVA", "10", "RUS") in events


def test_verb_after_comma_shares_a_subject_set_off_by_an_apposition():
    # "Kabul" after "warf" is labelled the subject; the commas of the apposition in front hid the
    # clause before
    events = source_root_targets(
        "Die Sprecherin der Regierung in Islamabad, Sana Qureshi, wollte sich zu dem Anschlag nicht "
        "äußern, warf Kabul aber vor, den Tätern Unterschlupf zu gewähren.",
        DATE,
    )
    assert ("PAK", "11", "AFG") in events
    assert ("AFG", "11", "PAK") not in events


def test_a_relative_clause_in_front_leaves_the_reporting_clause_its_own_subject():
    # "auf dem" after the comma opens a relative clause, its verb "aufgab" no main clause's
    events = source_root_targets(
        "Die Einigung auf dem Gipfel, auf dem Orbán seinen Widerstand aufgab, sei ein fauler Kuhhandel, "
        "monierte Kanzler Olaf Scholz.",
        DATE,
    )
    assert ("DEU", "11", "HUN") in events
    assert "HUN" not in sources_of_root(events, "11")


def test_names_after_the_comma_are_the_subject_of_a_reported_clause_without_one():
    events = source_root_targets(
        "Der Sprecher sagte am Abend in Genf, Russland und die Ukraine hätten sich auf einen Austausch "
        "von Gefangenen geeinigt.",
        DATE,
    )
    assert {("RUS", "05", "UKR"), ("UKR", "05", "RUS")} <= events
