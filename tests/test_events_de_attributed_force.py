"""Force nouns whose doer is an adjective, a genitive or a "durch" phrase: aimed at the side the
sentences before talk about where the noun names no one, and at the place named right after the noun
where the parse hung it on the verb. New sentences, not from any gold set."""

from tests.event_tuples import coded_events

FORCE_ROOTS = ("18", "19", "20")


def _force(text: str) -> set:
    return {event for event in coded_events(text, "2024-05-01") if event[0][:2] in FORCE_ROOTS}


def test_an_attack_named_with_the_doer_s_adjective_targets_the_state_talked_about():
    text = "Die Lage in der Ukraine bleibt angespannt. In der Nacht meldete Kiew Dutzende russische Drohnenangriffe."
    assert ("195", "RUS", "UKR", "asserted") in _force(text)


def test_an_invasion_by_troops_named_in_the_genitive_targets_the_state_talked_about():
    text = "Die Lage in Georgien bleibt angespannt. Einen Einmarsch russischer Truppen halten Diplomaten für unwahrscheinlich."
    assert ("192", "RUS", "GEO", "hypothetical") in _force(text)


def test_the_place_right_after_an_attack_noun_is_its_target_where_the_parse_gave_it_to_the_verb():
    text = "Die ukrainische Regierung meldete neue Angriffe Russlands auf Odessa."
    assert ("190", "RUS", "UKR", "asserted") in _force(text)


def test_force_whose_doer_is_the_subject_of_another_verb_is_not_aimed_at_the_state_talked_about():
    text = "Die Lage in Georgien bleibt angespannt. Der Kreml bestritt erneut, einen Angriff zu planen."
    assert not any(target == "GEO" for _, _, target, _ in _force(text))


def test_a_particle_compound_of_a_force_noun_names_no_attack_on_the_state_talked_about():
    text = "Die Lage in Georgien bleibt angespannt. Der russische Haushaltsausschuss billigte am Montag neue Mittel."
    assert not any(target == "GEO" for _, _, target, _ in _force(text))


def test_any_separable_particle_makes_a_noun_of_its_own_out_of_a_force_noun():
    # "frei" is on the lexicon's list of separable particles: "Freischuss" is no shot at anyone
    text = "Die Lage in Georgien bleibt angespannt. Der russische Freischuss sorgte für Spott."
    assert not any(target == "GEO" for _, _, target, _ in _force(text))
