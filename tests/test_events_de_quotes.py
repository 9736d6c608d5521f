"""Events stated inside quotations: first-person words stand for the speaker, a named third party
stays the source, and a quoted speaker's words about a charge or a threat are the speaker's act."""

from lagebild import analyze


def events_in(text: str, date: str = "2022-04-05") -> list[tuple]:
    """(code, source state, target state, modality) of the events read from `text`."""
    return [
        (e.code, e.source and e.source.country, e.target and e.target.country, e.modality)
        for e in analyze(text, date=date, lang="de").events
    ]


def test_we_in_a_direct_quote_is_the_speaker():
    found = events_in("„Wir werden mit Gegenmaßnahmen antworten“, sagte Außenamtssprecherin Maria Sacharowa.")
    assert found == [("160", "RUS", None, "future")]


def test_i_in_a_direct_quote_is_the_speaker():
    found = events_in(
        "„Ich verurteile diesen Angriff aufs Schärfste“, erklärte Außenministerin Annalena Baerbock."
    )
    assert [(code[:2], source) for code, source, *_ in found] == [("11", "DEU")]


def test_a_pronoun_speaker_lends_its_antecedent():
    text = "Lawrow traf am Abend in Genf ein. „Wir haben die Ukraine mehrfach gewarnt“, sagte er."
    warnings = [(source, target) for code, source, target, _ in events_in(text) if code.startswith("13")]
    assert warnings == [("RUS", "UKR")]


def test_a_third_party_named_in_the_quote_stays_the_source_and_us_is_the_speakers_side():
    found = events_in("„Russland hat uns in der Nacht angegriffen“, sagte Präsident Wolodymyr Selenskyj.")
    assert found == [("190", "RUS", "UKR", "asserted")]


def test_our_country_as_object_is_the_speakers_side():
    found = events_in(
        "„Moskau bedroht unser Land seit Monaten“, sagte der polnische Regierungschef Mateusz Morawiecki."
    )
    assert [(code[:2], source, target) for code, source, target, _ in found] == [("13", "RUS", "POL")]


def test_we_without_a_known_speaker_yields_nothing():
    assert events_in("„Wir verurteilen den Angriff“, sagte eine Anwohnerin.") == []
    assert events_in("Wir verurteilen den Angriff.") == []  # no quotation: no speaker to stand for


def test_refusing_to_be_blackmailed_is_a_refusal_by_the_one_threatened():
    found = events_in("„Wir lassen uns nicht von Moskau erpressen“, sagte Mateusz Morawiecki.")
    assert found == [("124", "POL", "RUS", "asserted")]


def test_being_blackmailed_and_causing_an_act_are_not_refusals():
    found = events_in("Polen lässt sich von Moskau erpressen.")
    assert [(code[:2], source, target) for code, source, target, _ in found] == [("17", "RUS", "POL")]
    found = events_in("Moskau lässt das deutsche Generalkonsulat schließen.")
    assert [(code[:2], source) for code, source, *_ in found] == [("16", "RUS")]


def test_a_quoted_speaker_calling_a_charge_baseless_denies_it_towards_the_accuser():
    text = (
        "Die Bundesregierung wirft Russland Kriegsverbrechen vor. "
        "Die Vorwürfe seien haltlos, erklärte Kremlsprecher Dmitri Peskow."
    )
    assert ("016", "RUS", "DEU", "asserted") in events_in(text)


def test_the_accuser_named_with_the_charge_is_the_target_of_the_denial():
    found = events_in("Die Vorwürfe der Bundesregierung seien völlig unbegründet, sagte Maria Sacharowa.")
    assert found == [("016", "RUS", "DEU", "asserted")]


def test_a_charge_conceded_or_merely_weighed_is_no_denial():
    assert events_in("Die Vorwürfe seien nicht haltlos, sagte Annalena Baerbock.") == []
    assert events_in("Die Vorwürfe gegen Moskau wiegen schwer, sagte Annalena Baerbock.") == []


def test_an_object_pronoun_parsed_as_subject_leaves_the_named_actor_the_source():
    found = events_in("Gestern warnte uns Moskau erneut, sagte Präsident Wolodymyr Selenskyj.")
    assert [(code[:2], source, target) for code, source, target, _ in found] == [("13", "RUS", "UKR")]


def test_words_the_speaker_cites_from_someone_else_are_not_the_speakers():
    text = "Scholz sagte: „Putin hat mir versichert: ‚Wir greifen die Ukraine nicht an.‘ Das war gelogen.“"
    assert not [code for code, source, *_ in events_in(text) if code.startswith("19") and source == "DEU"]


def test_an_accuser_named_with_aus_is_the_target_of_the_denial():
    text = "„Die Vorwürfe aus Washington sind absurd“, sagte der chinesische Außenamtssprecher Wang Wenbin."
    assert events_in(text) == [("016", "CHN", "USA", "asserted")]
