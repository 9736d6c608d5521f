"""Claims denied. A rejection that points back with "das" or "dies" at a claim reported just before
denies it (016), as one pointing back at a charge does (`refusals.py`): "Krasnoselski erklärte, die
Spuren der Angreifer führten in die Ukraine. Kiew wies das zurück." What is rejected there is something
said, not an act asked or offered; after a demand, an appeal or a proposal ("…, verlangt er von Kurti.
Kurti weist das zurück.") the rejection stays a 12x."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import preposition_of
from lagebild.events.saying import says
from lagebild.pipeline.annotations import EventInfo

# verbs that report what someone holds true without it being a statement of the speaker's own side
CLAIMING = {"behaupten", "befürchten", "vermuten", "mutmaßen"}
# "sprach von einem Sieg", "spricht von Diskriminierung": the noun is the claim
SPEAKING, OF = "sprechen", "von"
# statements that announce or promise an act: what they hold out is rejected, not denied
ANNOUNCING = {"ankündigen", "versprechen", "zusichern"}
CONTENT_CLAUSES = ("ccomp", "parataxis")
# appeals, offers and proposals, demands: an act asked or offered, which a rejection turns down
ASKED_OR_OFFERED = ("02", "03", "10")


def reports_a_claim(sentence: Span, events: list[EventInfo]) -> bool:
    """The sentence reports what someone claims and asks or offers nothing (no appeal, offer or demand
    was coded in it)."""
    if any(
        sentence.start <= e.trigger.start < sentence.end and e.code[:2] in ASKED_OR_OFFERED for e in events
    ):
        return False
    return any(_claims(token) for token in sentence)


def _claims(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if lemma == SPEAKING:
        return any(preposition_of(c) == OF for c in verb.children)
    if lemma in CLAIMING:
        return True
    particles = [c.lower_ for c in verb.children if c.dep_ == "compound:prt"]
    announcing = lemma in ANNOUNCING or any(p + lemma in ANNOUNCING for p in particles)
    return says(verb) and not announcing and any(c.dep_ in CONTENT_CLAUSES for c in verb.children)
