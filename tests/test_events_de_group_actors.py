"""Group nouns for states named before, as sources and targets (`events/group_actors.py`): "Beide
Außenminister vereinbarten …", "die Grenzkommissionen beider Länder", "telefonierte mit beiden
Staatschefs", "Die drei Regierungen verurteilten …", through the real pipeline."""

from __future__ import annotations

import pytest

from lagebild import analyze
from tests.event_tuples import events_of

DATE = "2025-05-01"
PEACE_DEAL = (
    "Armenien und Aserbaidschan haben am Montag in Washington ein Friedensabkommen unterzeichnet. "
    "Die Grenze zwischen den Ländern bleibt umstritten. "
)
# the main pair (Armenia, Azerbaijan) in two sentences, then a third state acts just before the group
PEACE_TALKS = (
    "Armenien und Aserbaidschan haben am Montag in Washington ein Friedensabkommen unterzeichnet. "
    "Eriwan und Baku hatten zuvor monatelang verhandelt. Die Türkei begrüßte das Abkommen. "
)
BORDER_TREATY = (
    "Kirgisistan und Tadschikistan haben einen Grenzvertrag unterzeichnet. Der Streit dauerte Jahre. "
)


def _events(text: str, sentence: int) -> set[tuple[str | None, str, str | None]]:
    analysis = analyze(text, date=DATE, lang="de")
    return {
        (e.source.country if e.source else None, e.code, e.target.country if e.target else None)
        for e in analysis.events
        if e.evidence.sentence == sentence and e.modality == "asserted"
    }


def _roots(events: set[tuple[str | None, str, str | None]]) -> set[tuple[str | None, str, str | None]]:
    return {(source, code[:2], target) for source, code, target in events}


def _targets_of(events: set[tuple[str | None, str, str | None]], source: str, root: str) -> set[str | None]:
    """The targets of `source`'s events of `root`."""
    return {target for doer, code, target in events if doer == source and code[:2] == root}


def _pairs_of_any_modality(text: str, sentence: int, root: str = "") -> set[tuple[str | None, str | None]]:
    """(source, target) of the sentence's events of `root` (any root by default), whatever their modality."""
    return {
        (e.source.country if e.source else None, e.target.country if e.target else None)
        for e in analyze(text, date=DATE, lang="de").events
        if e.evidence.sentence == sentence and e.code.startswith(root)
    }


def test_leaders_of_both_states_agree_with_each_other():
    text = PEACE_TALKS + "Beide Außenminister vereinbarten weitere Gespräche."
    roots = _roots(_events(text, 3))
    # the main pair of the article, not the state that spoke last
    assert {("ARM", "03", "AZE"), ("AZE", "03", "ARM")} <= roots
    assert not any("TUR" in (source, target) for source, _, target in roots)


def test_agencies_of_both_states_in_the_genitive_meet():
    text = BORDER_TREATY + "Die Grenzkommissionen beider Länder sollen im Mai wieder zusammentreten."
    analysis = analyze(text, date=DATE, lang="de")
    pairs = {
        (e.source.country, e.code[:2], e.target.country) for e in analysis.events if e.evidence.sentence == 2
    }
    assert pairs == {("KGZ", "04", "TJK"), ("TJK", "04", "KGZ")}


def test_group_pledge_without_other_target_goes_to_each_other():
    text = BORDER_TREATY + "Beide Staatschefs kündigten an, die Grenzübergänge im Frühjahr zu öffnen."
    analysis = analyze(text, date=DATE, lang="de")
    pairs = {(e.source.country, e.target.country) for e in analysis.events if e.evidence.sentence == 2}
    assert pairs == {("KGZ", "TJK"), ("TJK", "KGZ")}


def test_call_with_both_leaders_reaches_each_state():
    text = PEACE_DEAL + "Der iranische Präsident telefonierte am Dienstag mit beiden Staatschefs."
    assert {(s, t) for s, _, t in _events(text, 2)} == {("IRN", "ARM"), ("IRN", "AZE")}


def test_three_states_counted_from_a_list_named_sentences_before():
    text = (
        "Estland, Lettland und Litauen haben am Montag ein Abkommen über den Grenzschutz unterzeichnet. "
        "Die Grenze zu Belarus ist lang. Sie führt durch Wälder und Sümpfe. Im Sommer kamen Tausende "
        "Migranten. Die drei Regierungen verurteilten Minsk scharf."
    )
    roots = _roots(_events(text, 4))
    assert {("EST", "11", "BLR"), ("LVA", "11", "BLR"), ("LTU", "11", "BLR")} <= roots


def test_group_after_a_singular_verb_is_the_addressee_not_the_source():
    text = PEACE_DEAL + "Moskau rief beide Seiten zur Zurückhaltung auf."
    events = _events(text, 2)
    assert {source for source, _, _ in events} == {"RUS"}
    assert {target for _, _, target in events} == {"ARM", "AZE"}


BALTIC_PACT = (
    "Estland, Lettland und Litauen haben am Montag ein Abkommen über den Grenzschutz unterzeichnet. "
    "Die Grenze zu Belarus ist lang. "
)


@pytest.mark.parametrize(
    "text",
    [
        # a numeral without the article counts people not named before, not the three states listed
        BALTIC_PACT + "Am Dienstag kritisierten drei Minister das Abkommen.",
        # "keine der beiden" counts no one who acted (and takes a singular verb)
        PEACE_DEAL + "Mit einem Abbruch der Beziehungen hat bislang keine der beiden Regierungen gedroht.",
    ],
)
def test_no_group_where_the_phrase_counts_no_one_named(text):
    events = _events(text, 2)
    assert not any(source in ("ARM", "AZE", "EST", "LVA", "LTU") for source, _, _ in events)


def test_a_meeting_of_the_ministers_of_both_states_is_held_by_each_of_them():
    # no "zwischen" phrase and no verb with a group subject: the group owns the meeting noun
    text = BORDER_TREATY + "Ein Treffen der Außenminister beider Länder ist für Juni geplant."
    analysis = analyze(text, date=DATE, lang="de")
    meetings = {
        (e.source.country, e.target.country)
        for e in analysis.events
        if e.evidence.sentence == 2 and e.code == "040" and e.source and e.target
    }
    assert meetings == {("KGZ", "TJK"), ("TJK", "KGZ")}


TWO_LEADERS = "Kirgisistans Präsident Dschaparow und Tadschikistans Präsident Rahmon trafen sich in Batken. "
THREE_LEADERS = "Macron, Scholz und Meloni trafen sich am Montag in Rom. "


@pytest.mark.parametrize(
    ("text", "states"),
    [
        # "beiden" after "Die" is no object's article
        (TWO_LEADERS + "Die beiden Regierungschefs unterzeichneten ein Abkommen.", {"KGZ", "TJK"}),
        # a counted group is no single office holder
        (THREE_LEADERS + "Die drei Regierungschefs unterzeichneten ein Abkommen.", {"FRA", "DEU", "ITA"}),
    ],
)
def test_a_counted_group_of_leaders_signs_with_each_other(text, states):
    signed = {(s, t) for s, r, t in _roots(_events(text, 1)) if r == "05"}
    assert signed == {(s, t) for s in states for t in states if s != t}


# a round-up: its first story sets Poland against Belarus in three sentences, the next one is another
ROUND_UP = (
    "Polen hat drei Mitarbeiter der belarussischen Botschaft ausgewiesen. Minsk verurteilte den Schritt und "
    "drohte Warschau mit einer Antwort. Belarus hatte zuvor einen polnischen Journalisten festgenommen.\n\n"
)


@pytest.mark.parametrize(
    ("story", "sentence", "states"),
    [
        # addressed: the two sides of the paragraph's dispute, not the article's most coded pair
        (
            "Die Regierung des Kosovo warf Serbien vor, Unruhen im Norden zu schüren. "
            "Die Europäische Union rief beide Seiten zur Zurückhaltung auf.",
            4,
            {"SRB", "XKX"},
        ),
        # acting among themselves: the two who met in the paragraph
        (
            "In Hanoi ist Japans Außenminister mit seinem vietnamesischen Amtskollegen zusammengetroffen. "
            "Beide Seiten vereinbarten, die Zusammenarbeit bei der Küstenwache auszubauen.",
            4,
            {"JPN", "VNM"},
        ),
    ],
)
def test_both_sides_in_a_paragraph_of_another_story_are_its_pair(story, sentence, states):
    events = _events(ROUND_UP + story, sentence)
    sides = {side for source, _, target in events for side in (source, target) if side is not None}
    assert sides == states


def test_a_paragraph_on_one_side_and_a_mediator_keeps_the_main_pair():
    # Russia talks to Armenia in the paragraph: the two sides appealed to are still those of the conflict
    text = (
        "Aserbaidschan hat armenische Stellungen an der Grenze beschossen. Armenien warf Baku einen Angriff "
        "vor. Aserbaidschan beschuldigte Eriwan der Provokation.\n\n"
        "In der Nacht bat Paschinjan Wladimir Putin um Beistand. Russland vermittelte eine Waffenruhe. "
        "Die Europäische Union rief beide Seiten zur Zurückhaltung auf."
    )
    assert {target for _, _, target in _events(text, 5)} == {"ARM", "AZE"}


@pytest.mark.parametrize(
    "appeal",
    [
        "Brasilien mahnte beide Länder zur Zurückhaltung.",
        "Die Europäische Union rief beide Seiten zur Zurückhaltung auf.",
    ],
)
def test_a_paragraph_naming_two_states_with_no_act_between_them_gives_its_pair(appeal):
    story = (
        "In Guyana fordern Bürger einen Wahlkampf ohne Gewalt. "
        "Die Lage an der Grenze zu Venezuela bleibt angespannt. "
    )
    assert {target for _, _, target in _events(ROUND_UP + story + appeal, 5)} == {"GUY", "VEN"}


@pytest.mark.parametrize(
    "appeal",
    [
        # a bare dative the parse labels obl:arg, its plural in -ern
        "Russland wirft beiden Ländern vor, den Vertrag zu brechen.",
        # the dative plural of a group of leaders
        "Russland drohte den beiden Außenministern mit Konsequenzen.",
    ],
)
def test_a_group_in_the_dative_plural_is_addressed(appeal):
    text = PEACE_DEAL + appeal
    assert {(s, t) for s, _, t in _events(text, 2)} == {("RUS", "ARM"), ("RUS", "AZE")}


def test_a_mediator_between_a_counted_group_goes_to_each_state():
    text = (
        "Estland, Lettland und Litauen streiten seit Monaten über den Grenzschutz. "
        "Der deutsche Kanzler vermittelt zwischen den drei Ländern."
    )
    mediations = {(s, t) for s, code, t in _events(text, 1) if code == "045"}
    assert mediations == {("DEU", "EST"), ("DEU", "LVA"), ("DEU", "LTU")}


def test_a_group_in_the_dative_plural_stands_for_both_states():
    # "Ländern", "Außenministern": the dative plural adds -n to an ending in -er or -e
    for sentence in (
        "Russland warf beiden Ländern Wortbruch vor.",
        "Russland drohte den beiden Außenministern.",
    ):
        roots = _roots(_events(PEACE_DEAL + sentence, 2))
        assert {("RUS", "ARM"), ("RUS", "AZE")} <= {(source, target) for source, _, target in roots}


def test_both_sides_past_a_mediators_tie_are_the_sides_in_conflict():
    # the mediator's calls and praise tie with each side: "beide Seiten" are the two at war all the same
    text = (
        "Russland hat am Montag die Ukraine angegriffen. Trump telefonierte am Dienstag mit Putin. Am Mittwoch "
        "telefonierte Trump mit Selenskyj. Washington lobte Moskau für das Gespräch. Auch Kiew lobte Washington. "
        "Beide Seiten beschossen in der Nacht erneut Städte."
    )
    fights = [e for e in events_of(text, "2024-05-10", keep_implausible=True) if e.code.startswith("19")]
    assert {e.source.country for e in fights if "Seiten" in e.evidence.text} == {"RUS", "UKR"}


def _host_pairs(text: str, sentence: int) -> set[tuple[str, str, str]]:
    return {
        (e.source.country, e.code[:2], e.target.country)
        for e in events_of(text, DATE, keep_implausible=True)
        if e.evidence.sentence == sentence and e.source is not None and e.target is not None
    }


@pytest.mark.parametrize(
    ("text", "sentence", "pairs"),
    [
        # a host receives the delegations of both sides
        (
            "Äthiopien und Eritrea verhandelten am Montag in Nairobi über den Grenzverlauf. "
            "Kenias Präsident William Ruto hatte die Delegationen zuvor empfangen.",
            1,
            {("KEN", "04", "ETH"), ("KEN", "04", "ERI")},
        ),
        # the delegations are those of the talks, not the last pair named
        (
            "Armenien und Aserbaidschan haben zwei Tage lang in Almaty verhandelt. "
            "Frankreich und Russland äußerten sich zurückhaltend. "
            "Kasachstans Außenminister empfing die Delegationen am Freitag in seiner Residenz.",
            2,
            {("KAZ", "04", "ARM"), ("KAZ", "04", "AZE")},
        ),
        # "die beiden Delegationen" too: the talks' sides, not the pair the paragraph names
        (
            "Kim Jong Un traf am Mittwoch Wladimir Putin in Wladiwostok.\n\n"
            "Indien und China äußerten sich besorgt. "
            "Nach Angaben des Kremls dauerten die Gespräche der beiden Delegationen vier Stunden.",
            2,
            {("PRK", "04", "RUS"), ("RUS", "04", "PRK")},
        ),
    ],
)
def test_delegations_stand_for_the_two_sides_of_the_talks(text: str, sentence: int, pairs: set) -> None:
    assert _host_pairs(text, sentence) == pairs


@pytest.mark.parametrize(
    "text",
    [
        # "Immerhin" taken for the subject, "beide" for the object
        "Kenias Präsident William Ruto empfing am Montag den ugandischen Präsidenten Yoweri Museveni in "
        "Nairobi. Immerhin vereinbarten beide, sich in der Grenzfrage enger abzustimmen.",
        # no subject at all, "beide Seiten" the object of the participle
        "Kenia und Uganda wollen ihre Grenzkontrollen verschärfen. Außerdem haben beide Seiten "
        "vereinbart, ihre Zusammenarbeit bei der Luftverteidigung auszubauen.",
    ],
)
def test_a_pair_parsed_as_the_object_of_a_subjectless_verb_agrees_with_each_other(text: str) -> None:
    agreed = {
        (e.source and e.source.country, e.code[:2], e.target and e.target.country)
        for e in events_of(text, DATE, keep_implausible=True)
        if e.evidence.sentence == 1
    }
    assert {("KEN", "03", "UGA"), ("UGA", "03", "KEN")} <= agreed


def test_a_paragraph_pair_sharing_one_state_with_the_main_pair_acts_as_both_sides() -> None:
    # the article sets Serbia against Kosovo; the last paragraph turns to Serbia and Hungary, and Kosovo
    # is not named there: "beide Seiten" who want to talk are Serbia and Hungary
    text = (
        "Serbische Truppen sind an der Grenze zum Kosovo aufmarschiert. Kosovo warf Serbien vor, die Lage "
        "gezielt zu verschärfen. Pristina drohte mit Gegenmaßnahmen. Belgrad wies die Vorwürfe zurück.\n\n"
        "Am Nachmittag empfing Vučić den ungarischen Regierungschef Orbán in Belgrad. Beide Seiten wollen "
        "über engere Zusammenarbeit bei Energie beraten."
    )
    consulted = {
        (e.source and e.source.country, e.target and e.target.country)
        for e in events_of(text, DATE, keep_implausible=True)
        if e.evidence.sentence == 5 and e.code.startswith("04")
    }
    assert ("SRB", "HUN") in consulted and ("HUN", "SRB") in consulted
    assert not any("XKX" in pair for pair in consulted)


def test_a_group_named_as_the_agent_of_a_passive_signs_with_each_other() -> None:
    text = (
        BORDER_TREATY
        + "Das Protokoll wurde am Freitag von den Verteidigungsministern beider Länder unterzeichnet."
    )
    signed = _roots(_events(text, 2))
    assert {("KGZ", "05", "TJK"), ("TJK", "05", "KGZ")} <= signed


def test_a_group_as_the_subject_of_a_passive_is_what_the_act_is_done_to() -> None:
    text = BORDER_TREATY + "Die beiden Regierungen wurden dafür von Russland gelobt."
    praised = _roots(_events(text, 2))
    assert {("RUS", "05", "KGZ"), ("RUS", "05", "TJK")} <= praised
    assert not any(source in ("KGZ", "TJK") for source, _, _ in praised)


def test_commissions_owned_by_both_states_taken_for_the_object_meet():
    # the parse makes the group the object of the intransitive meeting verb after a fronted time
    text = (
        BORDER_TREATY + "Am Montag sollen die Zollbehörden beider Länder in Chudschand erneut zusammentreten."
    )
    analysis = analyze(text, date=DATE, lang="de")
    pairs = {
        (e.source.country, e.target.country)
        for e in analysis.events
        if e.evidence.sentence == 2 and e.code.startswith("04") and e.source and e.target
    }
    assert pairs == {("KGZ", "TJK"), ("TJK", "KGZ")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Außenminister trafen sich am Dienstag in Duschanbe.",
        "Die Regierungschefs kamen am Montag in Osch zusammen.",
        "Die Präsidenten haben am Abend lange miteinander gesprochen.",
    ],
)
def test_uncounted_officials_meeting_each_other_are_the_stories_pair(sentence):
    # no count says how many, but officials who meet each other are two states': the story's pair
    pairs = {(source, target) for source, _, target in _roots(_events(BORDER_TREATY + sentence, 2))}
    assert pairs == {("KGZ", "TJK"), ("TJK", "KGZ")}


def test_uncounted_officials_of_a_named_owner_are_not_the_stories_pair():
    # "die Außenminister der Nato" belong to the alliance, whatever pair the story is about
    text = BORDER_TREATY + "Die Außenminister der Nato trafen sich am Dienstag in Brüssel."
    assert not {("KGZ", "TJK"), ("TJK", "KGZ")} & {(s, t) for s, _, t in _roots(_events(text, 2))}


def test_region_adjective_group_stands_for_each_of_its_states():
    text = (
        "Estland, Lettland und Litauen verlängern ihre Grenzzäune. "
        "Die russische Regierung warf den baltischen Regierungen am Montag Provokationen vor."
    )
    roots = _roots(_events(text, 1))
    assert {("RUS", "11", "EST"), ("RUS", "11", "LVA"), ("RUS", "11", "LTU")} <= roots
    assert ("RUS", "11", None) not in roots


def test_region_group_names_only_the_states_the_article_names():
    text = "Lettland hat den Bahnverkehr eingestellt. Der Kreml kritisierte die baltischen Staaten scharf."
    roots = _roots(_events(text, 1))
    assert ("RUS", "11", "LVA") in roots
    assert not {("RUS", "11", "EST"), ("RUS", "11", "LTU")} & roots


def test_group_pledge_after_mediated_talks_goes_to_each_other_not_the_mediator():
    # the mediator was named just before the pledge, but the pair pledges to each other
    text = (
        "Laos und Vietnam verhandelten am Montag in Bangkok unter Vermittlung Thailands. "
        "Beide Seiten sagten zu, ihre Truppen aus dem Grenzgebiet abzuziehen."
    )
    analysis = analyze(text, date=DATE, lang="de")
    events = {
        (e.source.country, e.code[:2], e.target.country if e.target else None, e.modality)
        for e in analysis.events
        if e.evidence.sentence == 1
    }
    assert events == {("LAO", "03", "VNM", "asserted"), ("VNM", "03", "LAO", "asserted")}


def _side(actor) -> str | None:
    """The state of an actor, else its body's code (the EU has no state)."""
    return actor.country or actor.actor_code if actor is not None else None


def test_both_sides_after_an_eu_summit_are_the_eu_and_its_partner():
    # the EU and Japan are the summit's pair, not Japan and the state it condemned just before
    text = (
        "Die Europäische Union und Japan haben in Tokio ihren jährlichen Gipfel abgehalten. "
        "Von der Leyen forderte Tokio auf, mehr Flüssiggas aus Europa abzunehmen. "
        "Kishida verlangte von der EU mehr Zugang zum europäischen Markt für japanische Autos. "
        "Zugleich verurteilte Kishida die jüngsten Raketentests Nordkoreas scharf. "
        "Beide Seiten unterzeichneten eine gemeinsame Erklärung zum Klimaschutz."
    )
    analysis = analyze(text, date=DATE, lang="de")
    events = {
        (_side(e.source), e.code[:2], _side(e.target), e.modality)
        for e in analysis.events
        if e.evidence.sentence == 4
    }
    assert events == {("IGOEUREEC", "05", "JPN", "asserted"), ("JPN", "05", "IGOEUREEC", "asserted")}


def test_both_sides_adopting_a_joint_declaration_sign_it_with_each_other():
    text = (
        BORDER_TREATY
        + "Beide Seiten verabschiedeten am Freitag eine gemeinsame Erklärung zur Wasserversorgung."
    )
    analysis = analyze(text, date=DATE, lang="de")
    events = {
        (e.source.country, e.code[:2], e.target.country, e.modality)
        for e in analysis.events
        if e.evidence.sentence == 2
    }
    assert events == {("KGZ", "05", "TJK", "asserted"), ("TJK", "05", "KGZ", "asserted")}


@pytest.mark.parametrize(
    "before",
    [
        # no pair coded or listed: the two states the sentences just before name
        "Das ungarische Parlament hob sein Veto gegen den Vertrag auf. Auch das Parlament in Bukarest stimmte"
        " zu. ",
        # a mediator named last is no side of the pair it went between
        "Das ungarische Parlament billigte den Plan. Auch die Regierung in Bukarest stimmte zu. Die Slowakei"
        " hatte vermittelt. ",
    ],
)
def test_a_pair_no_act_has_set_apart_is_the_two_states_named_just_before(before):
    text = before + "Am Montag unterzeichneten die Außenminister beider Länder ein Protokoll über die Grenze."
    sentence = before.count(". ")
    assert _roots(_events(text, sentence)) == {("HUN", "05", "ROU"), ("ROU", "05", "HUN")}


def test_presidents_are_the_two_presidents_named_not_the_last_pair():
    # the sentence before pairs Brazil with Spain's head of government: "Beide Präsidenten" are the two
    # presidents, Lula and Boric
    text = (
        "Brasiliens Präsident Lula wurde am Montag in Santiago von Chiles Präsident Gabriel Boric empfangen. "
        "Zuvor hatte Lula in Madrid mit dem spanischen Regierungschef Pedro Sánchez ein Abkommen unterzeichnet. "
        "Beide Präsidenten vereinbarten, die Zusammenarbeit im Bergbau auszubauen."
    )
    roots = _roots(_events(text, 2))
    assert {("BRA", "03", "CHL"), ("CHL", "03", "BRA")} <= roots
    assert not any("ESP" in (source, target) for source, _, target in roots)


def test_group_moving_troops_with_no_target_aims_at_each_other():
    text = (
        "Eritrea und Äthiopien streiten seit Monaten über den Grenzverlauf. "
        "Beide Armeen haben inzwischen Truppen in die Grenzregion verlegt."
    )
    roots = _roots(_events(text, 1))
    assert {("ERI", "15", "ETH"), ("ETH", "15", "ERI")} <= roots
    assert not any(target is None for _, _, target in roots)


def test_group_moving_troops_toward_a_third_state_keeps_it():
    text = (
        "Polen und Litauen fürchten einen Angriff Russlands. "
        "Beide Länder haben Truppen an die Grenze zu Belarus verlegt."
    )
    roots = _roots(_events(text, 1))
    assert {("POL", "15", "BLR"), ("LTU", "15", "BLR")} <= roots
    assert not {("POL", "15", "LTU"), ("LTU", "15", "POL")} & roots


def test_group_subject_of_a_verb_over_a_talks_noun_meets_each_other():
    # "ein Gespräch beginnen" is no verb row: the group subject of the verb over the talks noun meets
    text = BORDER_TREATY + "Die beiden Präsidenten haben am Abend ein längeres Gespräch begonnen."
    pairs = {(source, root, target) for source, root, target in _roots(_events(text, 2))}
    assert pairs == {("KGZ", "04", "TJK"), ("TJK", "04", "KGZ")}


def test_group_object_of_a_verb_over_a_talks_noun_does_not_meet():
    # the group is addressed: Russia's call is no meeting of the two
    text = BORDER_TREATY + "Russland hat beide Regierungen zu einem Gespräch in Moskau gedrängt."
    assert not any(root == "04" and source != "RUS" for source, root, _ in _roots(_events(text, 2)))


def test_time_hung_on_the_group_owns_nothing():
    # "jedes Jahr" parsed as an attribute of "Regierungen": still the pair of the story meeting each other
    text = BORDER_TREATY + "Künftig wollen sich die Regierungen jedes Jahr zu Konsultationen treffen."
    meetings = [e for e in analyze(text, date=DATE, lang="de").events if e.evidence.sentence == 2]
    assert {(e.source.country, e.code[:2], e.target.country) for e in meetings} == {
        ("KGZ", "04", "TJK"),
        ("TJK", "04", "KGZ"),
    }


def test_ceasefire_kept_by_the_passive_agent():
    text = BORDER_TREATY + "Die Feuerpause werde seither von beiden Seiten eingehalten."
    assert _events(text, 2) >= {("KGZ", "0871", "TJK"), ("TJK", "0871", "KGZ")}


def test_all_with_a_numeral_counts_the_list_before():
    # "alle drei" counts as "die drei" does: the three states listed just before
    text = (
        "Polen, Ungarn und die Slowakei haben eigene Einfuhrverbote erlassen. "
        "Die Ukraine hat daraufhin Beschwerde gegen alle drei eingelegt."
    )
    assert _targets_of(_events(text, 1), "UKR", "11") == {"POL", "HUN", "SVK"}


def test_counted_europeans_are_the_states_listed_before():
    text = (
        "Frankreich, Großbritannien und Deutschland haben Iran eine Frist gesetzt. "
        "Die drei Europäer warfen Teheran vor, das Atomabkommen zu verletzen."
    )
    assert _roots(_events(text, 1)) == {("FRA", "11", "IRN"), ("GBR", "11", "IRN"), ("DEU", "11", "IRN")}


def test_both_allies_addressed_are_the_pair_named_before():
    text = (
        "Japan und Südkorea streiten seit Monaten über Exportkontrollen. "
        "Washington forderte beide Verbündeten auf, den Streit beizulegen."
    )
    assert {("USA", "10", "JPN"), ("USA", "10", "KOR")} <= _roots(_events(text, 1))


def test_uncounted_allies_meeting_are_no_pair_of_states():
    # "die Verbündeten" alone are the alliance's members, not the two states named before
    text = "Polen und Litauen baten die Nato um Hilfe. Die Verbündeten wollen sich am Freitag in Brüssel treffen."
    assert not {("POL", "LTU"), ("LTU", "POL")} & _pairs_of_any_modality(text, 1)


def test_group_of_three_addressed_leaves_out_its_accuser():
    # the three states named just before the group, not the accuser named there too
    text = (
        "Washington hat mit London und Canberra einen Pakt geschlossen. Peking reagierte verärgert. "
        "China warf den drei Staaten vor, das Wettrüsten anzuheizen."
    )
    assert _targets_of(_events(text, 2), "CHN", "11") == {"USA", "GBR", "AUS"}


def test_delegations_of_both_governments_meet_in_a_third_capital():
    # "beider Regierungen in Kuala Lumpur" is the pair's, not Malaysia's government
    text = (
        "Thailand und Kambodscha lieferten sich Gefechte an der Grenze. Malaysia bot Vermittlung an. "
        "Am Montag sollen Delegationen beider Regierungen in Kuala Lumpur zusammenkommen."
    )
    assert _pairs_of_any_modality(text, 2, "04") == {("THA", "KHM"), ("KHM", "THA")}


def test_sides_accusing_each_other_are_the_conflicts_not_the_talks():
    # Washington's talks with Moscow are coded more often than the war: the accusers are its sides
    text = (
        "Russland und die Ukraine liefern sich seit Monaten schwere Gefechte. "
        "Die USA verhandelten in Riad mit Russland über eine Waffenruhe. "
        "Washington und Moskau sprachen am Dienstag erneut miteinander. "
        "Die USA und Russland vereinbarten weitere Gespräche. "
        "Beide Seiten warfen einander Verstöße gegen die Waffenruhe vor."
    )
    assert _roots(_events(text, 4)) == {("RUS", "11", "UKR"), ("UKR", "11", "RUS")}


def test_act_noun_between_both_states_is_done_by_each_to_the_other():
    # "zwischen beiden Regierungen" on a noun that names no meeting: each halts the talks with the other
    text = (
        BORDER_TREATY
        + "Die Verhandlungen zwischen beiden Regierungen über den Wasserstreit scheiterten im Mai."
    )
    assert _roots(_events(text, 2)) == {("KGZ", "16", "TJK"), ("TJK", "16", "KGZ")}


def test_war_between_both_states_is_fought_by_each_against_the_other():
    text = BORDER_TREATY + "Ein Krieg zwischen beiden Staaten galt lange als möglich."
    assert _pairs_of_any_modality(text, 2, "19") == {("KGZ", "TJK"), ("TJK", "KGZ")}


def test_mediation_noun_between_both_states_goes_to_each_of_them():
    # the mediator goes between the pair, which does not mediate between itself
    text = BORDER_TREATY + "Die Vermittlung Katars zwischen beiden Ländern hatte Erfolg."
    assert _roots(_events(text, 2)) == {("QAT", "04", "KGZ"), ("QAT", "04", "TJK")}


@pytest.mark.parametrize(
    ("text", "sentence", "pair"),
    [
        # the pair of the story, named sentences before by its acts, not as a list just before the group
        (
            "Deutschland gibt Nigeria die Benin-Bronzen zurück. Außenministerin Baerbock reiste dafür nach"
            " Abuja. Das Museum in Lagos ist noch nicht fertig. Grundlage der Übergabe ist eine Erklärung,"
            " die beide Regierungen im Juli in Berlin unterzeichnet hatten.",
            3,
            ("DEU", "NGA"),
        ),
        (
            "Kirgisistan und Tadschikistan stritten jahrelang um die Grenze. Es gab Tote. Nun herrscht Ruhe."
            " Die Lage bleibt gespannt. Die Kontrollen verstoßen gegen die Erklärung, die die beiden"
            " Präsidenten 2019 unterzeichnet hatten.",
            4,
            ("KGZ", "TJK"),
        ),
    ],
)
def test_a_group_after_the_relative_pronoun_of_a_document_signs_it_with_each_other(text, sentence, pair):
    # the parse makes the relative pronoun the subject: a declaration signs nothing, the group does
    one, other = pair
    assert _roots(_events(text, sentence)) == {(one, "05", other), (other, "05", one)}
