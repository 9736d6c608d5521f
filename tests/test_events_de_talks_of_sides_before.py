"""Talks a sentence schedules without naming anyone ("Weitere Gespräche sollen … folgen") are held by
the two sides of the latest act both of them did before (`talks_of_sides_before.py`)."""

import pytest

from tests.event_tuples import coded_events, events_of

AGREEMENT = "Indien und die Malediven unterzeichneten am Sonntag ein Abkommen über die Fischerei."


def _meetings(text: str) -> set[tuple]:
    return {event for event in coded_events(text, "2024-05-01") if event[0].startswith("04")}


@pytest.mark.parametrize(
    "scheduled",
    [
        "Weitere Gespräche sollen am kommenden Wochenende folgen.",
        "Am Freitag soll eine weitere Verhandlungsrunde beginnen.",
        "Die Gespräche sollen Anfang Oktober fortgesetzt werden.",
    ],
)
def test_scheduled_talks_are_held_by_the_two_sides_before(scheduled):
    meetings = _meetings(f"{AGREEMENT} {scheduled}")
    assert {(s, t, m) for _, s, t, m in meetings} == {("IND", "MDV", "future"), ("MDV", "IND", "future")}


@pytest.mark.parametrize(
    "scheduled",
    [
        "Die Gespräche sollen im Juni fortgesetzt werden; ob Modi dann selbst anreist, ist offen.",
        "Das Treffen dauerte drei Stunden und wurde von Sri Lankas Präsident eröffnet.",
    ],
)
def test_an_actor_outside_the_talks_clause_is_no_party_of_them(scheduled):
    meetings = _meetings(f"{AGREEMENT} {scheduled}")
    assert {(s, t) for _, s, t, _ in meetings} == {("IND", "MDV"), ("MDV", "IND")}


@pytest.mark.parametrize(
    "sentence",
    [
        # what the talks achieve or whether they fail is no talks taking place
        "Scheitern die Gespräche, droht eine neue Krise.",
        # a summit gathers many, not the two sides of the agreement
        "Der nächste Gipfel soll im kommenden Jahr stattfinden.",
        # a sentence that names an actor leaves the parties to the meeting rows
        "Weitere Gespräche mit Sri Lanka sollen am Wochenende folgen.",
    ],
)
def test_talks_not_scheduled_between_the_two_sides_before(sentence):
    meetings = _meetings(f"{AGREEMENT} {sentence}")
    assert not any({s, t} == {"IND", "MDV"} for _, s, t, _ in meetings)


def test_a_scheduled_ceasefire_is_kept_by_the_two_sides_before():
    text = "Armenien und Aserbaidschan einigten sich in Genf auf einen Austausch von Gefangenen. "
    text += "Die Waffenruhe soll am Donnerstagmorgen beginnen."
    ceasefires = {event for event in coded_events(text, "2024-05-01") if event[0] == "0871"}
    assert ceasefires == {("0871", "ARM", "AZE", "future"), ("0871", "AZE", "ARM", "future")}


FIGHTING = "Pakistan und Afghanistan lieferten sich tagelang Gefechte an der Grenze."


@pytest.mark.parametrize(
    "agreed",
    [
        "Am Abend wurde eine Feuerpause vereinbart.",
        "Eine Waffenruhe wurde am Abend vereinbart, teilte Katar mit.",
        "Erst Katar brachte beide Seiten in Doha an einen Tisch, wo eine Waffenruhe vereinbart wurde.",
        "Am Mittwoch trat eine Waffenruhe in Kraft, die auf Drängen Katars zustande gekommen war.",
        # the parse cuts the article off a noun with attributes and takes it for the subject
        "Am Mittwoch trat eine zunächst auf drei Tage befristete Waffenruhe in Kraft.",
    ],
)
def test_a_ceasefire_agreed_without_agent_is_kept_by_the_two_sides_before(agreed):
    ceasefires = {event for event in coded_events(f"{FIGHTING} {agreed}", "2024-05-01") if event[0] == "0871"}
    assert ceasefires == {("0871", "PAK", "AFG", "asserted"), ("0871", "AFG", "PAK", "asserted")}


def test_a_ceasefire_announced_by_someone_named_is_not_the_sides_before():
    text = f"{FIGHTING} Eine Waffenruhe wurde von Katar verkündet."
    ceasefires = {event for event in coded_events(text, "2024-05-01") if event[0] == "0871"}
    assert not any({s, t} == {"PAK", "AFG"} for _, s, t, _ in ceasefires)


# two sentences of detail between the agreement and the talks: more than a reaction's context
DETAIL = "Der Vertrag umfasst zwölf Artikel. Die Fangquoten sollen jährlich überprüft werden."


def test_the_talks_told_of_before_go_on_between_the_sides_a_paragraph_back():
    meetings = _meetings(f"{AGREEMENT} {DETAIL} Die Gespräche sollen im Herbst fortgesetzt werden.")
    assert {(s, t, m) for _, s, t, m in meetings} == {("IND", "MDV", "future"), ("MDV", "IND", "future")}


def test_further_talks_go_on_only_from_the_act_just_reported():
    meetings = _meetings(f"{AGREEMENT} {DETAIL} Weitere Gespräche sollen im Herbst folgen.")
    assert not any({s, t} == {"IND", "MDV"} for _, s, t, _ in meetings)


@pytest.mark.parametrize(
    ("scheduled", "modality"),
    [
        ("Ein weiteres Treffen ist für Mittwoch geplant.", "future"),
        ("Weitere Verhandlungen sind vorerst nicht angesetzt.", "negated"),
        ("Die Gespräche sollen im Herbst nachgeholt werden.", "future"),
        # talks that "es gibt" and talks that came to an end took place
        ("Gespräche darüber soll es schon seit Monaten geben.", "asserted"),
        ("Weitere Gespräche wird es vorerst nicht geben.", "negated"),
        ("Die Gespräche sind nach fünf Stunden zu Ende gegangen.", "asserted"),
    ],
)
def test_talks_planned_or_made_up_for_are_held_by_the_two_sides_before(scheduled, modality):
    meetings = _meetings(f"{AGREEMENT} {scheduled}")
    assert {(s, t, m) for _, s, t, m in meetings} == {("IND", "MDV", modality), ("MDV", "IND", modality)}


@pytest.mark.parametrize(
    ("visit", "signed", "modality"),
    [
        (
            "Der polnische Präsident Andrzej Duda besuchte am Montag Litauen.",
            "Nach den Gesprächen wurden zwölf Abkommen unterzeichnet.",
            "asserted",
        ),
        (
            "Litauens Präsident Gitanas Nausėda empfing am Montag seinen polnischen Amtskollegen Andrzej Duda.",
            "Ein Abkommen über die Grenze wurde nicht unterzeichnet.",
            "negated",
        ),
    ],
)
def test_an_agreement_signed_without_agent_after_a_visit_binds_guest_and_host(visit, signed, modality):
    text = f"{visit} {signed}"
    signings = {event for event in coded_events(text, "2024-05-01") if event[0].startswith("05")}
    assert {(s, t, m) for _, s, t, m in signings} == {("POL", "LTU", modality), ("LTU", "POL", modality)}


FISHERY_TALKS = "Indien und die Malediven führten am Sonntag Gespräche über die Fischerei."


@pytest.mark.parametrize(
    "reported",
    [
        "Ein Sprecher in Neu-Delhi sagte, es seien noch keine Abkommen unterzeichnet worden.",
        "Maledivische Diplomaten wiesen Berichte zurück, wonach dabei Abkommen unterzeichnet worden seien.",
    ],
)
def test_a_signing_without_agent_reported_by_one_side_binds_the_two_sides_before(reported):
    signings = {e for e in coded_events(f"{FISHERY_TALKS} {reported}", "2024-05-01") if e[0].startswith("05")}
    assert signings == {("057", "IND", "MDV", "negated"), ("057", "MDV", "IND", "negated")}


def test_a_signing_without_agent_in_the_condition_of_a_third_side_is_not_the_sides_before():
    text = f"{FISHERY_TALKS} Sollte ein Abkommen unterzeichnet werden, fühle sich Sri Lanka nicht gebunden."
    signings = {e for e in coded_events(text, "2024-05-01") if e[0].startswith("05")}
    assert not any({s, t} == {"IND", "MDV"} for _, s, t, _ in signings)


STORY_OF_A_PAIR = (
    "Armenien und Aserbaidschan haben am Freitag in Washington eine Friedenserklärung paraphiert. "
    "Eriwan warf Baku zuvor jahrelang Angriffe auf sein Grenzgebiet vor. "
    "Die Grenze ist bis heute nicht markiert. "
    "In der Region leben Tausende Vertriebene in Notunterkünften. "
    "Der Winter in den Bergen ist hart. "
)


def _signings_in(text: str, word: str) -> set[tuple]:
    return {
        (e.source.country, e.target.country)
        for e in events_of(text, "2024-05-01", keep_implausible=True)
        if e.code == "057" and word in e.evidence.text and e.target is not None
    }


def test_a_signing_without_agent_long_after_the_sides_acted_binds_the_story_s_pair():
    text = f"{STORY_OF_A_PAIR}Ob der Vertrag je unterzeichnet wird, ist offen."
    assert _signings_in(text, "offen") == {("ARM", "AZE"), ("AZE", "ARM")}


def test_a_treaty_taken_up_by_a_pronoun_was_signed_by_no_pair_of_the_story():
    text = f"{STORY_OF_A_PAIR}Der Grenzvertrag der Sowjetzeit gilt als überholt. Er war 1991 unterzeichnet worden."
    assert not _signings_in(text, "1991")


# the pair coded in three sentences, then three sentences of no act
STORY_OF_A_DISPUTE = (
    "Armenien und Aserbaidschan haben am Freitag in Washington eine Friedenserklärung paraphiert. "
    "Eriwan warf Baku zuvor jahrelang Angriffe auf sein Grenzgebiet vor. "
    "Baku beschuldigte Eriwan seinerseits der Provokation. "
    "Die Grenze ist bis heute nicht markiert. "
    "In der Region leben Tausende Vertriebene in Notunterkünften. "
    "Der Winter in den Bergen ist hart. "
)


@pytest.mark.parametrize(
    ("scheduled", "modality"),
    [
        ("Gespräche über den Grenzverlauf sind derzeit nicht geplant.", "negated"),
        ("Neue Verhandlungen sollen im Herbst beginnen.", "future"),
    ],
)
def test_talks_long_after_the_sides_acted_are_held_by_the_story_s_pair(scheduled, modality):
    meetings = _meetings(f"{STORY_OF_A_DISPUTE}{scheduled}")
    assert {(s, t, m) for _, s, t, m in meetings} == {("ARM", "AZE", modality), ("AZE", "ARM", modality)}


@pytest.mark.parametrize(
    "scheduled",
    [
        # one talk is one just told of, not talks of the story's pair
        "Ein Gespräch auf Ministerebene ist für Mai geplant.",
        # talks with the article are those told of before: none were, a paragraph back
        "Die Gespräche sollen im Mai beginnen.",
    ],
)
def test_talks_long_after_the_sides_acted_that_are_not_the_story_s_pair_s(scheduled):
    assert not _meetings(f"{STORY_OF_A_DISPUTE}{scheduled}")


def test_talks_after_a_pair_coded_in_two_sentences_only_are_not_the_pair_s():
    assert not _meetings(f"{STORY_OF_A_PAIR}Neue Verhandlungen sollen im Herbst beginnen.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the partner in the "mit" phrase, the holder the subject of the sentence before
        (
            "Die slowakische Außenministerin reiste am Montag nach Wien. Ein Treffen mit Bundeskanzler "
            "Karl Nehammer sei nicht geplant, hieß es aus ihrem Ministerium.",
            {("040", "SVK", "AUT", "negated")},
        ),
        # … or the speaker of the talks' own sentence
        (
            "Der kenianische Präsident William Ruto will den Handel mit Asien ausbauen. Die Verhandlungen "
            "mit Tokio und Seoul seien weit gediehen, sagte er.",
            {("046", "KEN", "JPN", "asserted"), ("046", "KEN", "KOR", "asserted")},
        ),
    ],
)
def test_talks_with_a_named_partner_are_held_by_the_text_s_topic(text, expected):
    assert expected <= _meetings(text)


@pytest.mark.parametrize(
    "text",
    [
        # talks that do not take place
        "Der Präsident Ghanas warb in Accra für mehr Zusammenarbeit. Ohne Absprache mit Togo werde es an "
        "der Grenze keine Fortschritte geben.",
        # a holder the noun names, whom the actor stage did not resolve
        "China bestellte den US-Botschafter ein. Anlass war die Begegnung von Präsidentin Hsiao mit dem "
        "Sprecher des US-Senats.",
        "China bestellte den US-Botschafter ein. Anlass war die Begegnung der Vizepräsidentin mit dem "
        "Sprecher des US-Senats.",
        # the subject of a clause the talks are no part of
        "Die Gespräche mit der EU könnten bald beginnen, wenn Ungarn nicht bremst.",
        # talks that frame another act, whose subject the parse lost: not the sentence before's topic
        "Die Vereinten Nationen riefen zur Mäßigung auf. Im Gespräch mit dem griechischen "
        "Staatspräsidenten Prokopis Pavlopoulos betonte Avramopoulos griechischen Medienberichten zufolge, "
        "die Lage bleibe schwierig.",
    ],
)
def test_talks_with_a_partner_not_held_or_held_by_another_are_not_the_topic_s(text):
    assert not _meetings(text)
