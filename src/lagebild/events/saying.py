"""The verbs of saying that report the speaker's own statement, one set for the coder's rules, taken
from the quote stage's lexicon (`pipeline.quotes.lexicon.GERMAN_VERBS`): those of its verbs with a
reported clause that neither demand, warn, charge, deny nor judge ("sagte", "erklärte", "kündigte
an", "ließ verlauten"). A clause under them is what the speaker's side holds or will do; one under
"forderte" or "bestritt" is not."""

from __future__ import annotations

from spacy.tokens import Token

from lagebild.pipeline.quotes.lexicon import GERMAN_VERBS

# the quote lexicon's verbs of a statement of one's own (its lemmas; "verlauten lassen" by its first word)
STATEMENTS = {
    "sagen", "erklären", "betonen", "versichern", "bekräftigen", "äußern", "bestätigen", "verkünden",
    "beteuern", "ergänzen", "unterstreichen", "versprechen", "heißen", "mitteilen", "ankündigen",
    "hinzufügen", "klarstellen", "bekanntgeben", "zusichern", "wissen lassen", "ausrichten lassen",
    "verlauten lassen",
}  # fmt: skip
_LEMMAS = [v.lemma for v in GERMAN_VERBS if v.clause and v.lemma in STATEMENTS]
SAYING = frozenset(lemma for lemma in _LEMMAS if " " not in lemma)
# "wissen lassen", "ausrichten lassen": their first word says something only with "lassen" ("Wir
# wissen, dass …" is no statement, "richtete die Gespräche aus" none either)
WITH_LASSEN = frozenset(lemma.split()[0] for lemma in _LEMMAS if lemma.endswith(" lassen"))
LASSEN = "lassen"
# the label of a separated particle ("kündigte … an": lemma "kündigen", particle "an")
PARTICLE = "compound:prt"


def says(verb: Token) -> bool:
    """Whether a verb is one of saying a statement, also with its particle split off ("teilte … mit")."""
    lemma = verb.lemma_.lower()
    particles = [c.lower_ for c in verb.children if c.dep_ == PARTICLE]
    if lemma in SAYING or any(p + lemma in SAYING for p in particles):
        return True
    if lemma not in WITH_LASSEN and not any(p + lemma in WITH_LASSEN for p in particles):
        return False
    return any(t.lemma_.lower() == LASSEN for t in (verb.head, *verb.children))
