"""Factuality read off the construction rather than off one dependency label (modality.py,
event_clauses.py, negation_scope.py, future_acts.py): a "zu" infinitive labelled a relative clause, a
"was" that refers back to a whole clause, a clause after the second of two coordinated verbs, a
negative pronoun under any label, a clause-final "nicht" the parser makes a clause, a "kein" of the object that leaves the subject's act standing, a
"solange" clause that presupposes its act."""

from functools import partial

from tests.event_tuples import coded_events, root_modalities, rooted_events

DATE = "2024-05-02"
events = partial(rooted_events, date=DATE)


def test_an_announced_zu_infinitive_is_to_come_whatever_its_label():
    text = (
        "Die Regierung in Ankara kündigte an, die Offensive gegen die Kurdenmilizen in Syrien fortzuführen."
    )
    assert root_modalities(text, DATE, "19") == {"future"}


def test_a_was_clause_after_a_demanded_infinitive_tells_a_fact():
    text = "Kiew verlangt seit Wochen, an den Gesprächen beteiligt zu werden, was Moskau ablehnt."
    assert ("12", "RUS", "UKR", "asserted") in events(text)


def test_a_was_clause_hung_on_the_verb_above_the_infinitive_tells_a_fact():
    # the news parser hangs the "was" clause on "fordert", whose object is the infinitive before the comma
    text = "Serbien fordert seit Monaten, in die Beratungen einbezogen zu werden, was Pristina ablehnt."
    assert ("12", "XKX", "SRB", "asserted") in events(text)


def test_a_was_clause_after_a_noun_refers_to_the_whole_demand():
    text = "Die EU verlangte, Serbien müsse die Verantwortlichen bestrafen, was Belgrad sofort zurückwies."
    assert "asserted" in root_modalities(text, DATE, "12")


def test_a_clause_after_the_second_of_two_verbs_is_that_verbs_object():
    text = (
        "Rom hatte um Aufschub gebeten und versichert, die eigene Polizei untersuche die Angriffe auf"
        " Migranten selbst."
    )
    assert root_modalities(text, DATE, "09") == {"asserted"}


def test_a_negative_pronoun_negates_the_reported_act():
    text = "Ein Sprecher wies die Vorwürfe zurück: Minsk habe niemanden bedroht."
    assert root_modalities(text, DATE, "13") == {"negated"}


def test_a_clause_final_nicht_after_an_adverb_negates_the_verb():
    # the news parser makes the "nicht" after "dazu" an xcomp of "äußerte": no comment, declined
    assert ("011", "RUS", None, "asserted") in coded_events("Der Kreml äußerte sich dazu nicht.", DATE)


def test_talks_without_a_result_were_held():
    text = "Die Verhandlungen zwischen Serbien und dem Kosovo haben am Montag in Brüssel keine Einigung gebracht."
    assert root_modalities(text, DATE, "04") == {"asserted"}


def test_the_act_of_a_solange_clause_under_a_threat_goes_on():
    text = "Teheran drohte, man werde die Angriffe ausweiten, solange Israel seinen Krieg im Gazastreifen fortsetze."
    found = events(text)
    assert ("19", "ISR", "PSE", "asserted") in found
    assert ("19", "IRN", "ISR", "hypothetical") in found


def test_a_demand_in_the_konjunktiv_before_its_verb_stays_a_demand():
    text = "Zunächst müsse Serbien seine Truppen abziehen, verlangte der Minister."
    assert root_modalities(text, DATE, "08") == {"hypothetical"}


def test_a_modal_before_a_list_of_places_plans_the_act():
    text = "Finnland will russische Diplomaten aus Helsinki, Turku und Tampere ausweisen."
    assert root_modalities(text, DATE, "16") == {"future"}


def test_a_permitted_delivery_is_not_yet_made():
    text = "Die Regierung gestattete Dänemark, Kampfflugzeuge an Kiew zu liefern."
    assert root_modalities(text, DATE, "07") == {"hypothetical"}


def test_the_plural_haetten_of_reported_speech_tells_a_fact():
    text = "Die Ministerin lobte Ghana und Kenia, die sich hinter den Plan der Afrikanischen Union gestellt hätten."
    assert root_modalities(text, DATE, "05") == {"asserted"}


def test_haetten_after_ohne_stays_counterfactual():
    text = "Ohne die Warnung der USA hätten russische Truppen die Stadt angegriffen."
    assert root_modalities(text, DATE, "19") == {"hypothetical"}


def test_an_invitation_announced_is_still_to_come():
    text = "Zugleich kündigte Macron an, den ägyptischen Präsidenten nach Paris einzuladen."
    assert root_modalities(text, DATE, "03") == {"future"}


def test_a_pledge_someone_is_to_make_is_still_to_come():
    text = "Auf der Konferenz im Mai sollen Frankreich und Spanien der Ukraine weitere Hilfe zusagen."
    assert root_modalities(text, DATE, "03") == {"future"}
