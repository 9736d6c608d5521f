"""Mechanics of the German event coder that decide which events a sentence yields, through the whole
pipeline (`lagebild.analyze`): one act gives one event, pledged or decided cooperation is an intent,
where nominal words come from, and who speaks in a reporting clause."""

from functools import partial

from tests.event_tuples import coded_events

events = partial(coded_events, date="2024-03-01")


def test_a_visit_named_by_noun_and_verb_is_one_event():
    # "Besuch" and "eingetroffen" both code the visit; the bench counts a second one as a false positive
    visits = [e for e in events("Die französische Außenministerin ist am Montag zu einem zweitägigen Besuch in Warschau eingetroffen.") if e[0].startswith("04")]  # fmt: skip
    assert visits == [("042", "FRA", "POL", "asserted")]


def test_coordinated_verbs_with_the_same_dyad_stay_two_events():
    found = events("Bundeskanzler Olaf Scholz besuchte Paris und sprach dort mit Präsident Emmanuel Macron.")
    assert {("042", "DEU", "FRA", "asserted"), ("040", "DEU", "FRA", "asserted")} <= set(found)


def test_talks_that_are_decided_are_an_intent_to_negotiate():
    assert events("Die Bundesregierung hat beschlossen, mit Kasachstan Verhandlungen aufzunehmen.") == [
        ("036", "DEU", "KAZ", "asserted")
    ]
    agreed = events(
        "Deutschland und Polen vereinbarten, die Verhandlungen über den Grenzverkehr fortzusetzen."
    )
    assert sorted(agreed) == [("036", "DEU", "POL", "asserted"), ("036", "POL", "DEU", "asserted")]


def test_a_deal_agreed_by_name_is_concluded_and_agreed_coordination_an_intent():
    plan = events("Ankara und Bagdad vereinbarten einen Plan für die Rückkehr der Flüchtlinge.")
    assert sorted(plan) == [("057", "IRQ", "TUR", "asserted"), ("057", "TUR", "IRQ", "asserted")]
    # the deal a relative pronoun stands for
    reforms = events("Die Reformen, die Ägypten mit dem IWF vereinbart hat, greifen.")
    assert [e[0] for e in reforms] == ["057", "057"]
    # coordination is no deal, and the parties the parse took for the object of a "zu" clause are none
    assert events("Beide Seiten vereinbarten eine engere Abstimmung.") == []
    build_up = events(
        "Im Januar hatten Niamey und Moskau vereinbart, ihre militärische Zusammenarbeit auszubauen."
    )
    assert {e[0] for e in build_up} == {"0312"}


def test_pledged_aid_is_an_intent_to_provide_it():
    assert ("0332", "JPN", "UKR", "asserted") in events(
        "Japan sicherte zu, der Ukraine weitere Waffen zu liefern."
    )
    assert ("0331", "FRA", "MDA", "asserted") in events(
        "Frankreich verpflichtete sich, Moldau mit Krediten zu unterstützen."
    )


def test_an_announced_aid_package_is_a_pledge_made_now():
    # announcing makes other acts future; announcing aid is the pledge itself, even for next year
    assert ("0332", "GBR", "UKR", "asserted") in events(
        "Großbritannien kündigte für das kommende Jahr ein neues Rüstungspaket für die Ukraine an."
    )


def test_criticism_that_comes_from_a_capital_is_said_there():
    assert [e[:2] for e in events("Aus Peking kam scharfe Kritik.")] == [("111", "CHN")]


def test_speaking_out_against_something_is_no_appeal():
    assert not [e for e in events("Der Kanzler sprach sich gegen neue Zölle auf chinesische Autos aus.") if e[0].startswith("02")]  # fmt: skip
    assert ("020", "FRA", None, "asserted") in events("Frankreich sprach sich für eine Waffenruhe aus.")


def test_the_speaker_of_a_reporting_clause_follows_its_verb():
    found = events(
        "Sollte die Ukraine angreifen, werde die Antwort hart ausfallen, drohte Außenminister Sergej Lawrow."
    )
    threats = [e for e in found if e[0].startswith("13")]
    assert threats and all(source == "RUS" for _, source, _, _ in threats)


def test_a_pronoun_after_the_verb_is_its_subject_not_the_noun_after_it():
    found = events(
        "Die Regierung in Teheran bestellte den Botschafter ein. Zugleich warf es Deutschland vor, Terroristen zu schützen."
    )
    assert not [e for e in found if e[0].startswith("11") and e[1] == "DEU"]


def test_a_group_that_meets_without_a_partner_meets_among_itself():
    found = events(
        "Ungarn blockierte den Beschluss der Europäischen Union. "
        "Die Staats- und Regierungschefs der EU wollen im März zu einem Sondergipfel zusammenkommen."
    )
    assert ("040", "IGOEUREEC", None, "future") in found
    assert not [e for e in found if e[0] == "040" and e[2] == "HUN"]


def test_a_main_clause_whose_title_misleads_the_parse_keeps_its_subject_before_the_verb():
    # "Staats- und Parteichef" is misread (the hyphenated "Staats-" as punctuation): no subject is parsed
    found = events("Staats- und Parteichef Xi Jinping empfing den spanischen Regierungschef in Peking.")
    assert [e[:3] for e in found if e[0].startswith("04")] == [("043", "CHN", "ESP")]


def test_force_one_side_reports_of_another_is_also_the_speakers_accusation():
    found = events(
        "Russland habe in der Nacht Kiew mit Raketen angegriffen, sagte Präsident Wolodymyr Selenskyj."
    )
    assert ("112", "UKR", "RUS", "asserted") in found
    # a fact given with its source is no one's words; one's own side's act is no accusation
    assert "112" not in {e[0] for e in events("Nach Angaben der ukrainischen Armee griff Russland in der Nacht Charkiw mit Raketen an.")}  # fmt: skip
    assert "112" not in {e[0] for e in events("Die russische Armee habe zwei ukrainische Dörfer erobert, sagte Verteidigungsminister Sergej Schoigu.")}  # fmt: skip


def test_a_cut_in_relations_one_side_reports_of_another_is_also_the_speakers_accusation():
    found = events("Moldau habe den russischen Botschafter ausgewiesen, sagte Kremlsprecher Dmitri Peskow.")
    assert ("112", "RUS", "MDA", "asserted") in found
    # the same act told as a fact is no one's charge
    assert "112" not in {e[0] for e in events("Die Regierung in Chisinau wies den russischen Botschafter aus.")}  # fmt: skip


def test_an_appeal_to_both_sides_goes_to_the_two_sides_of_the_conflict_before():
    found = events(
        "Armenien beschoss in der Nacht Stellungen Aserbaidschans. Die Türkei rief beide Seiten zur Zurückhaltung auf."
    )
    appeals = {(source, target) for code, source, target, _ in found if code.startswith("02")}
    assert appeals == {("TUR", "ARM"), ("TUR", "AZE")}


def test_what_an_appeal_asks_for_is_a_hypothetical_event_of_its_own():
    talks = events("Die EU forderte Serbien und Kosovo zu Verhandlungen auf.")
    assert ("108", "IGOEUREEC", "SRB", "asserted") in talks
    assert {("046", "SRB", "XKX", "hypothetical"), ("046", "XKX", "SRB", "hypothetical")} <= set(talks)
    # aid asked for goes from the addressee to the one asking
    aid = events("Präsident Selenskyj bat Frankreich um weitere Luftabwehrsysteme.")
    assert ("0232", "UKR", "FRA", "asserted") in aid
    assert ("072", "FRA", "UKR", "hypothetical") in aid


def test_a_meeting_noun_is_mirrored_only_with_a_partner_the_sentence_names():
    guessed = events(
        "Frankreich kritisierte Italien scharf. Beim Gipfeltreffen von Präsident Emmanuel Macron ging es um Migration."
    )
    assert not [e for e in guessed if e[0].startswith("04") and e[1] == "ITA"]
    # a guest named with "mit" is met one way, as by "X traf Y" (meetings.met_in_return)
    named = events(
        "Das Treffen von Präsident Macron mit Regierungschefin Giorgia Meloni dauerte drei Stunden."
    )
    assert {(e[1], e[2]) for e in named if e[0].startswith("04")} == {("FRA", "ITA")}


def test_a_meeting_between_two_named_with_their_titles_is_mutual():
    # the parse breaks the list up ("Giorgia Meloni" as an apposition of "Präsident")
    found = events(
        "Das Gipfeltreffen zwischen Präsident Emmanuel Macron und Regierungschefin Giorgia Meloni dauerte drei Stunden."
    )
    assert {("040", "FRA", "ITA", "asserted"), ("040", "ITA", "FRA", "asserted")} <= set(found)


def test_restraint_asked_of_one_side_is_towards_its_adversary_before():
    found = events(
        "Aserbaidschan beschoss in der Nacht Stellungen Armeniens. Frankreich rief Armenien zur Zurückhaltung auf."
    )
    assert ("0256", "FRA", "ARM", "asserted") in found
    assert ("087", "ARM", "AZE", "hypothetical") in found
