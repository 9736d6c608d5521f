"""Quotations and their speakers (`lagebild_quotes`), through the real pipeline."""

import pytest
from spacy.tokens import Span

import lagebild
from lagebild.pipeline import build_pipeline
from lagebild.pipeline.annotations import ACTOR_REF_SPANS, QUOTE_SPANS
from lagebild.pipeline.quotes import annotate_quotes
from lagebild.pipeline.quotes.marks import quoted_segments


def quotes(text: str, lang: str = "de", date: str = "2022-03-01"):
    return lagebild.analyze(text, date=date, lang=lang).quotes


def by_text(text: str, lang: str = "de"):
    return {q.text: q for q in quotes(text, lang)}


def seed_text(path) -> str:
    _, _, text = path.read_text(encoding="utf-8").strip().split(" ", 2)
    return text


# --- the seed article -------------------------------------------------------------------------


def test_seed_direct_quotes_are_tokowinins(seed_article):
    found = by_text(seed_text(seed_article))
    reasonable = found["Sie sind ein vernünftiges Land"]  # "…", sagte er
    assert (reasonable.kind, reasonable.cue, reasonable.speaker_name) == (
        "direct",
        "sagte",
        "Alexander Tokowinin",
    )
    problems = found["keine Probleme verursacht."]  # lobte der Diplomat … "…"
    assert (problems.kind, problems.speaker_name) == ("direct", "Alexander Tokowinin")


def test_seed_lawrow_suggestion_is_his_indirect_quote(seed_article):
    (suggestion,) = [
        q for q in quotes(seed_text(seed_article)) if q.kind == "indirect" and "Allianz" in q.text
    ]
    assert suggestion.text.startswith("sich die Allianz")
    assert "an die Moskauer Botschaft in Brüssel wenden solle" in suggestion.text
    assert (suggestion.cue, suggestion.speaker_name) == ("schlug", "Sergej Lawrow")


def test_seed_scare_quotes_are_not_quotations(seed_article):
    texts = {q.text for q in quotes(seed_text(seed_article))}
    assert not texts & {"schwach", "guten", "bösen", "dringende Angelegenheiten"}


def test_speaker_through_hand_set_actor_reference(seed_article):
    """The contract with the actor stage: a pronoun covered by an ACTOR_REF_SPANS span speaks for
    that span's antecedent. The actor stage is taken out so that only the hand-set spans count."""
    nlp = build_pipeline("de")
    if "lagebild_actors" in nlp.pipe_names:
        nlp.remove_pipe("lagebild_actors")
    text = seed_text(seed_article)
    doc = nlp(text)
    name_start = text.index("Alexander Tokowinin")
    envoy = doc.char_span(name_start, name_start + len("Alexander Tokowinin"), label="PER")
    pronoun_start = text.index("sagte er") + len("sagte ")
    pronoun = doc.char_span(pronoun_start, pronoun_start + 2)
    role_start = text.index("der Diplomat")
    role = doc.char_span(role_start, role_start + len("der Diplomat"))
    doc.ents = [envoy]
    for ref in (pronoun, role):
        ref._.antecedent = envoy
    doc.spans[ACTOR_REF_SPANS] = [pronoun, role]
    annotate_quotes(doc)
    found = {span.text: span._.quote for span in doc.spans[QUOTE_SPANS]}
    assert found["Sie sind ein vernünftiges Land"].speaker == envoy
    assert found["keine Probleme verursacht."].speaker == envoy


def test_without_actor_reference_the_pronoun_itself_is_the_speaker(seed_article):
    nlp = build_pipeline("de")
    if "lagebild_actors" in nlp.pipe_names:
        nlp.remove_pipe("lagebild_actors")
    doc = nlp(seed_text(seed_article))
    found = {span.text: span._.quote for span in doc.spans[QUOTE_SPANS]}
    assert found["Sie sind ein vernünftiges Land"].speaker.text == "er"
    assert isinstance(found["Sie sind ein vernünftiges Land"].cue, Span)


# --- quotation marks --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "„Wir bleiben gesprächsbereit“, sagte die Sprecherin der Regierung.",
        '"Wir bleiben gesprächsbereit", sagte die Sprecherin der Regierung.',
        "»Wir bleiben gesprächsbereit«, sagte die Sprecherin der Regierung.",
        "«Wir bleiben gesprächsbereit», sagte die Sprecherin der Regierung.",
    ],
)
def test_german_quotation_styles(text):
    (quote,) = quotes(text)
    assert (quote.kind, quote.text, quote.cue) == ("direct", "Wir bleiben gesprächsbereit", "sagte")
    assert quote.speaker_name == "die Sprecherin der Regierung"


def test_nested_quotes_stay_inside_the_outer_quote():
    text = "„Man redet dort gern von ‚Partnerschaft‘ und meint Kontrolle“, sagte der Abgeordnete."
    (quote,) = quotes(text)
    assert quote.text == "Man redet dort gern von ‚Partnerschaft‘ und meint Kontrolle"


def test_quote_over_several_sentences_is_one_quote():
    text = "„Die Lage ist ernst. Wir brauchen Zeit. Niemand sollte jetzt drohen“, sagte der Vermittler."
    (quote,) = quotes(text)
    assert quote.text == "Die Lage ist ernst. Wir brauchen Zeit. Niemand sollte jetzt drohen"


def test_split_quote_becomes_two_quotes_with_one_cue_and_speaker():
    text = "„Wir verhandeln weiter“, sagte der Gesandte am Abend, „aber nicht um jeden Preis.“"
    first, second = quotes(text)
    assert (first.text, second.text) == ("Wir verhandeln weiter", "aber nicht um jeden Preis.")
    assert first.cue == second.cue == "sagte"
    assert first.speaker_name == second.speaker_name == "der Gesandte"


def test_colon_introduces_a_quote():
    (quote,) = quotes("Der Bürgermeister fügte hinzu: „Die Brücke bleibt gesperrt.“")
    assert (quote.text, quote.cue, quote.speaker_name) == (
        "Die Brücke bleibt gesperrt.",
        "fügte",
        "Der Bürgermeister",
    )


def test_following_quote_continues_the_speaker():
    text = "„Das war knapp“, sagte die Kapitänin. „Beim nächsten Mal sind wir besser vorbereitet.“"
    first, second = quotes(text)
    assert second.text == "Beim nächsten Mal sind wir besser vorbereitet."
    assert second.speaker_name == first.speaker_name == "die Kapitänin"


def test_scare_quotes_are_skipped_but_a_governed_fragment_is_a_quote():
    found = by_text('Die "neue" Linie gilt als umstritten. Der Minister sprach von einem "fatalen Fehler".')
    assert "neue" not in found
    assert found["fatalen Fehler"].kind == "direct"
    assert found["fatalen Fehler"].cue == "sprach"


def test_short_quote_opening_its_sentence_is_speech():
    (quote,) = quotes("„Niemals“, sagte die Ministerin.")
    assert (quote.text, quote.speaker_name) == ("Niemals", "die Ministerin")


def test_english_curly_quotes_and_said():
    text = "“We will not back down,” the spokeswoman said. “The talks are over.”"
    first, second = quotes(text, "en")
    assert (first.text, first.cue, first.speaker_name) == ("We will not back down", "said", "the spokeswoman")
    assert (second.text, second.speaker_name) == ("The talks are over.", "the spokeswoman")


def test_quotation_marks_pair_by_language_convention():
    text = '„deutsch“ »innen« «Schweiz» “English ‘inner’ part” "gerade" it’s'
    inner = [text[s.start : s.end] for s in quoted_segments(text)]
    assert inner == ["deutsch", "innen", "Schweiz", "English ‘inner’ part", "inner", "gerade"]


# --- indirect speech --------------------------------------------------------------------------


def test_reported_clause_after_speech_verb():
    (quote,) = quotes("Der Sprecher des Ministeriums erklärte, die Grenze bleibe vorerst geschlossen.")
    assert (quote.kind, quote.text, quote.cue) == (
        "indirect",
        "die Grenze bleibe vorerst geschlossen",
        "erklärte",
    )
    assert quote.speaker_name == "Der Sprecher des Ministeriums"


def test_dass_clause_and_separable_verb():
    (quote,) = quotes("Zugleich teilte die Behörde mit, dass die Kontrollen verschärft würden.")
    assert (quote.text, quote.cue, quote.speaker_name) == (
        "die Kontrollen verschärft würden",
        "teilte",
        "die Behörde",
    )


def test_reported_clause_before_the_cue_and_its_continuation():
    text = "Die Vorwürfe seien haltlos, sagte der Botschafter, man prüfe rechtliche Schritte."
    first, second = quotes(text)
    assert (first.text, second.text) == ("Die Vorwürfe seien haltlos", "man prüfe rechtliche Schritte")
    assert first.speaker_name == second.speaker_name == "der Botschafter"


def test_reported_clause_ending_in_a_quoted_word_before_the_cue():
    """Words quoted inside a reported clause do not make it a direct quote; a clause quoted whole
    without a speaker of its own stays no one's reported clause."""
    (report,) = quotes("Das Urteil sei „politisch motiviert“, erklärte die Anwältin des Angeklagten.")
    assert (report.kind, report.text, report.speaker_name) == (
        "indirect",
        "Das Urteil sei „politisch motiviert",
        "die Anwältin des Angeklagten",
    )


def test_a_reported_main_clause_opened_by_das_is_no_relative_clause():
    """ "das sei" puts the verb second: a main clause of the report, not a relative clause on the
    subject (whose verb comes last)."""
    (report,) = quotes("Die Regierung breche ihr Wort, das sei ein Skandal, sagte die Oppositionsführerin.")
    assert (report.text, report.speaker_name) == (
        "Die Regierung breche ihr Wort, das sei ein Skandal",
        "die Oppositionsführerin",
    )


def test_konjunktiv_continues_the_previous_speaker():
    text = "Die Ministerin sagte, die Gespräche würden fortgesetzt. Eine Einigung sei aber nicht in Sicht."
    first, second = quotes(text)
    assert second.text == "Eine Einigung sei aber nicht in Sicht"
    assert second.kind == "indirect" and second.cue is None
    assert second.speaker_name == first.speaker_name


@pytest.mark.parametrize(
    ("text", "reported", "cue", "speaker"),
    [
        ("Laut Bundespolizei wurden am Morgen drei Männer festgenommen.", "wurden am Morgen drei Männer festgenommen", "Laut Bundespolizei", "Bundespolizei"),
        ("Dem Gesundheitsamt zufolge sind zwölf Menschen erkrankt.", "sind zwölf Menschen erkrankt", "Dem Gesundheitsamt zufolge", "Gesundheitsamt"),
        ("Der Zug war voll besetzt, wie die Bahn mitteilte.", "Der Zug war voll besetzt", "mitteilte", "Bahn"),
        ("Nach Angaben der Feuerwehr brannte die Halle vollständig aus.", "brannte die Halle vollständig aus", "Nach Angaben der Feuerwehr", "Feuerwehr"),
    ],
)  # fmt: skip
def test_source_phrases(text, reported, cue, speaker):
    """The speaker is the source's phrase, or the entity in it when the NER marks one ("Bahn")."""
    (quote,) = quotes(text)
    assert (quote.kind, quote.text, quote.cue) == ("indirect", reported, cue)
    assert quote.speaker_name.endswith(speaker)


def test_vorwerfen_with_infinitive_and_pronoun_speaker():
    found = quotes("Die Ministerin traf den Botschafter. Sie warf ihm vor, die Lage zu verschleiern.")
    (quote,) = found
    assert (quote.text, quote.cue) == ("die Lage zu verschleiern", "warf")


def test_negated_cue_reports_nothing():
    assert quotes("Welche Folgen das haben werde, sagte er nicht.") == []


def test_speech_act_with_noun_object_is_not_a_quote():
    assert quotes("Der Minister nannte die Vorwürfe absurd und sprach von einer Kampagne.") == []


def test_english_indirect_speech():
    found = quotes(
        "According to the ministry, the bridge will reopen in May. The mayor said that repairs were on schedule.",
        "en",
    )
    first, second = found
    assert (first.text, first.cue, first.speaker_name) == (
        "the bridge will reopen in May",
        "According to the ministry",
        "the ministry",
    )
    assert (second.text, second.cue, second.speaker_name) == ("repairs were on schedule", "said", "The mayor")


# --- unnamed spokespeople: named as written, resolved to the body they speak for ---------------


def spoken_by(text: str, lang: str = "de") -> list[tuple[str | None, str | None]]:
    """Each quote's speaker as the record names it, and the name of the entity it points to."""
    analysis = lagebild.analyze(text, date="2024-05-02", lang=lang)
    names = {entity.id: entity.name for entity in analysis.entities}
    return [(quote.speaker_name, names.get(quote.speaker)) for quote in analysis.quotes]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Eine Sprecherin der EU-Kommission erklärte, die Prüfung der Anträge dauere an.", ("Eine Sprecherin der EU-Kommission", "Europäische Union")),
        ("Die Förderung werde fortgesetzt, sagte ein Sprecher des Pentagons.", ("ein Sprecher des Pentagons", "Pentagon")),
        ("Ein Sprecher des russischen Außenministeriums sagte, man werde die Lieferung prüfen.", ("Ein Sprecher des russischen Außenministeriums", "Regierung (Russland)")),
        ("Nach Angaben eines Sprechers des ukrainischen Verteidigungsministeriums wurde die Brücke gesperrt.", ("eines Sprechers des ukrainischen Verteidigungsministeriums", "Regierung (Ukraine)")),
    ],
)  # fmt: skip
def test_spokesperson_of_a_named_body_is_named_as_written_and_points_to_the_body(text, speaker):
    assert spoken_by(text) == [speaker]


def test_spokesperson_speaking_for_the_body_acting_before_is_named_as_written():
    text = "Das chinesische Handelsministerium kündigte Gegenzölle an. Ein Sprecher sagte, man sei zu Gesprächen bereit."
    assert spoken_by(text) == [("Ein Sprecher", "Regierung (China)")]


def test_named_spokesperson_keeps_the_persons_name():
    text = "Regierungssprecher Steffen Hebestreit sagte, der Kanzler reise am Montag nach Paris."
    assert spoken_by(text) == [("Steffen Hebestreit", "Steffen Hebestreit")]


def test_english_unnamed_spokesman_is_named_as_written():
    text = "A Kremlin spokesman said Moscow would answer the new sanctions."
    assert spoken_by(text, "en") == [("A Kremlin spokesman", "Government of Russia")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Präsident Lula ließ über seinen Sprecher wissen, Brasilien werde keine Truppen schicken.",
            "Luiz Inácio Lula da Silva",
        ),
        (
            "Die Regierung werde das Abkommen nicht unterzeichnen, ließ Präsident Orbán ausrichten.",
            "Viktor Orbán",
        ),
    ],
)
def test_letting_it_be_known_reports_the_speakers_words(text, speaker):
    (quote,) = quotes(text)
    assert (quote.kind, quote.cue, quote.speaker_name) == ("indirect", "ließ", speaker)
