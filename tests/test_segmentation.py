import pytest

from lagebild import analyze
from lagebild.ingest import read_inputs
from lagebild.pipeline import get_pipeline
from lagebild.pipeline.segmentation import segment_sentences, sentence_starts


def _seed_sentences(seed_article):
    (item,) = read_inputs([seed_article])
    analysis = analyze(item.text, date=item.date)
    return analysis, [s.text for s in analysis.sentences]


def test_seed_article_sentences(seed_article):
    analysis, sentences = _seed_sentences(seed_article)
    assert len(sentences) == 27
    assert sentences[0].startswith("In einem spöttischen Ton")
    assert sentences[0].endswith("zwischen Russland und Belgien zuständig ist.")
    # headings separated by blank lines are sentences of their own
    assert "Ein neuer Tiefpunkt" in sentences
    assert "Putins Ass im Ärmel" in sentences
    # a closing quotation mark stays with the sentence it closes
    assert any(s.endswith('"keine Probleme verursacht."') for s in sentences)
    assert any(s.startswith('"Sie sind ein vernünftiges Land", sagte er') for s in sentences)
    assert "Wie könnte eine weitere Eskalation aussehen?" in sentences
    text = analysis.article.text
    for s in analysis.sentences:
        assert text[s.start : s.end] == s.text


def test_years_end_sentences_but_ordinals_do_not():
    sentences = [
        s.text
        for s in analyze(
            "Der Konflikt begann im Jahr 2014. Am 18. Oktober 2021 kam Dr. Müller z.B. nach Genf. "
            "Er sagte: „Nein.“ Dann ging er.",
            lang="de",
        ).sentences
    ]
    assert sentences == [
        "Der Konflikt begann im Jahr 2014.",
        "Am 18. Oktober 2021 kam Dr. Müller z.B. nach Genf.",
        "Er sagte: „Nein.“",
        "Dann ging er.",
    ]


def test_english_sentences():
    sentences = [
        s.text
        for s in analyze(
            "Mr. Smith left the U.S. on Monday. “We will return,” he said. Nobody believed him!",
            lang="en",
        ).sentences
    ]
    assert sentences == [
        "Mr. Smith left the U.S. on Monday.",
        "“We will return,” he said.",
        "Nobody believed him!",
    ]


def test_a_sentence_can_end_on_a_capital_letter_but_an_initial_continues_the_name():
    sentences = [
        s.text
        for s in analyze(
            "Petro schrieb auf der Plattform X. Die Regierung in Bogotá protestierte. "
            "Später traf Donald J. Trump den Präsidenten. Zeugen sagten, G. habe gelogen.",
            lang="de",
        ).sentences
    ]
    assert sentences == [
        "Petro schrieb auf der Plattform X.",
        "Die Regierung in Bogotá protestierte.",
        "Später traf Donald J. Trump den Präsidenten.",
        "Zeugen sagten, G. habe gelogen.",
    ]


def test_a_paragraph_opens_at_the_blank_line_before_it():
    import spacy

    from lagebild.pipeline.segmentation import paragraph_opening

    doc = spacy.blank("de")(
        "Kiew meldete Angriffe.\n\nIn Belgrad protestierten Tausende.\nDie Polizei griff ein."
    )
    second = doc.text.index("Die Polizei")
    assert paragraph_opening(doc, second) == doc.text.index("\n\n")  # a single line break opens none
    assert paragraph_opening(doc, doc.text.index("meldete")) == -1


def test_a_line_holding_only_spaces_is_a_blank_line_too():
    import spacy

    from lagebild.pipeline.segmentation import paragraph_opening

    doc = spacy.blank("de")("Kiew meldete Angriffe.\n  \nIn Belgrad protestierten Tausende.")
    assert paragraph_opening(doc, doc.text.index("In Belgrad")) == doc.text.index("\n")


def test_a_sentence_s_paragraph_runs_from_blank_line_to_blank_line():
    from lagebild.pipeline import get_pipeline
    from lagebild.pipeline.segmentation import paragraph_of

    doc = get_pipeline("de")(
        "Polen schloss die Grenze.\n\nDie EU kritisierte das.\nUngarn schwieg dazu.\n\nKiew dankte."
    )
    paragraphs = [paragraph_of(s).text for s in doc.sents]
    # a single line break only wraps a line: both its sentences stand in one paragraph
    assert paragraphs == [
        "Polen schloss die Grenze.",
        "Die EU kritisierte das.\nUngarn schwieg dazu.",
        "Die EU kritisierte das.\nUngarn schwieg dazu.",
        "Kiew dankte.",
    ]


def test_the_segmenter_marks_every_token_start_or_not_as_the_token_setter_would():
    # the component writes the starts as one array; every token must still read True or False (never
    # None, unknown), and a doc already parsed is refused as `token.is_sent_start = …` refuses it
    nlp = get_pipeline("de")
    doc = nlp.make_doc(
        "Der Minister reiste ab. „Wir kommen wieder.“ Danach schwieg er.\n\nNeue Runde\n\nGespräche in Wien."
    )
    segment_sentences(doc)
    assert [t.is_sent_start for t in doc] == sentence_starts(doc)
    assert [s.text for s in doc.sents][:2] == ["Der Minister reiste ab.", "„Wir kommen wieder.“"]
    assert segment_sentences(nlp.make_doc("")).text == ""
    with pytest.raises(ValueError):
        segment_sentences(nlp("Der Kanzler sprach."))
