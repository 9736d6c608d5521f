"""'Brüssel' as an actor is the EU or NATO by the passage around it, then by the article, else the EU.
Our own sentences, through the real pipeline."""

import pytest

from tests.entity_mentions import mention_codes

EU = "IGOEUREEC"
NATO = "IGOWSTNAT"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # the sentence names EU sanctions though the article names NATO elsewhere
        (
            "Die Nato will ihre Luftraumüberwachung verstärken.\n\n"
            "Ich glaube nicht, dass Brüssel neue Strafmaßnahmen gegen Moskau beschließt.",
            EU,
        ),
        # the paragraph names the EU's foreign policy chief, the article NATO's peacekeepers later on
        (
            "Der EU-Außenbeauftragte forderte die Freilassung der Beamten. Brüssel rief beide Seiten zur "
            "Deeskalation auf.\n\nIm Mai waren Soldaten der Nato-Schutztruppe verletzt worden.",
            EU,
        ),
        # nothing around it: the article names the Commission and the member states, not NATO
        (
            "Die Mitgliedstaaten stritten über Geld. Die Kommission mahnte zur Eile.\n\n"
            "Belgrad rief die Schutztruppe an. Washington und Brüssel mahnten beide Seiten zur Ruhe.",
            EU,
        ),
        # the alliance's secretary general in the same sentence
        ("Brüssel verurteilte den Angriff, wie Generalsekretär Rutte mitteilte.", NATO),
        # troops alone do not make it NATO
        ("Brüssel forderte den Abzug der Truppen aus dem Grenzgebiet.", EU),
    ],
)
def test_brussels_is_the_body_its_passage_or_article_names_more(text, code):
    assert mention_codes(text, "2024-05-01")["Brüssel"] == code


@pytest.mark.parametrize(
    "text",
    [
        "Brüssel begrüßte den Beitritt zum Bündnis.",
        "Brüssel begrüßte den Beitritt Finnlands zur Nato.",
        # however many joiners the phrase lists before what they join
        "Brüssel begrüßte den Beitritt Schwedens und Finnlands zur Nato.",
        "Brüssel begrüßte den Beitritt der beiden nordischen Staaten Schweden und Finnland zum Bündnis.",
        "Brüssel sprach sich für die Mitgliedschaft Schwedens in der Allianz aus.",
    ],
)
def test_accession_to_the_alliance_is_no_cue_for_the_eu(text):
    # what is joined decides: the accession names the alliance, not the union
    assert mention_codes(text, "2024-05-01")["Brüssel"] == NATO


def test_accession_naming_nothing_joined_is_the_eus():
    assert mention_codes("Brüssel lobte die Reformen für einen Beitritt.", "2024-05-01")["Brüssel"] == EU


def test_a_line_break_within_a_paragraph_does_not_end_it():
    # the paragraph runs to the blank line: its Commission makes Brussels the EU, the NATO story after it not
    text = (
        "Die Kommission tagte am Morgen.\nBrüssel verurteilte den Angriff.\n\n"
        "Die Nato verlegte Truppen. Die Allianz sprach von Abschreckung."
    )
    assert mention_codes(text, "2024-05-01")["Brüssel"] == EU
