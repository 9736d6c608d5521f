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
