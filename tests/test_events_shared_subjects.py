"""A coordinated verb without a subject of its own shares the first verb's: the noun the parse labels
its subject is its object. Through the real pipeline."""

from tests.event_tuples import coded_events

DATE = "2024-05-01"


def _events(text: str) -> set[tuple[str | None, str, str | None]]:
    return {(source, code[:2], target) for code, source, target, _ in coded_events(text, DATE)}


def _sources(events: set, root: str) -> set[str | None]:
    return {source for source, r, _ in events if r == root}


def test_verb_after_und_and_comma_shares_the_subject_not_the_noun_after_it():
    events = _events(
        "Präsident Stubb kündigte an, die Patrouillen auszuweiten, und bat die Nato um weitere "
        "Aufklärungsflugzeuge."
    )
    assert _sources(events, "02") == {"FIN"}


def test_participle_under_the_first_verb_s_haben_is_active():
    events = _events(
        "Die EU-Kommission hat zur Zurückhaltung aufgerufen und die Freilassung des serbischen "
        "Polizisten verlangt."
    )
    assert _sources(events, "10") and all(s.startswith("IGOEU") for s in _sources(events, "10"))


def test_second_finite_verb_keeps_the_first_subject():
    events = _events(
        "Die Europäische Kommission rief beide Länder zur Mäßigung auf und berief ein Treffen der "
        "Innenminister ein."
    )
    assert _sources(events, "04") and all(s.startswith("IGOEU") for s in _sources(events, "04"))


def test_passive_conjuncts_stay_passive():
    events = _events("Drei Oppositionelle wurden in Minsk festgenommen und verhört.")
    assert all(source != "BLR" or root == "17" for source, root, _ in events)


def test_names_before_the_verb_of_a_second_main_clause_are_its_subject():
    events = _events(
        "Aus Brüssel bedauerte der Außenbeauftragte Josep Borrell die Abstimmung, Berlin und Paris "
        "bestellten die georgischen Botschafter ein."
    )
    assert ("DEU", "11", "GEO") in events and ("FRA", "11", "GEO") in events


def test_a_second_clause_with_its_own_name_is_not_the_first_clause_s():
    events = _events(
        "Washington und London kritisierten die Wahl, Peking gratulierte dem Präsidenten Lukaschenko."
    )
    assert ("CHN", "05", "BLR") in events
    assert ("USA", "05", "BLR") not in events


def test_verb_hung_on_a_noun_of_the_first_clause_shares_its_subject():
    events = _events(
        "Der irakische Regierungschef Mohammed al-Sudani telefonierte mit Präsident Recep Tayyip Erdoğan "
        "und mahnte, den Grenzstreit friedlich zu lösen."
    )
    assert ("IRQ", "02", "TUR") in events


def test_first_verb_without_a_parsed_subject_takes_the_name_before_it():
    events = _events(
        "Riga sah darin eine Provokation, bestellte den russischen Botschafter ein und verlangte eine Erklärung."
    )
    assert ("LVA", "10", "RUS") in events
