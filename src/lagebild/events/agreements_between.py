"""An agreement a sentence names with its two parties in "zwischen" was concluded by them: "Spielt das
Abkommen zwischen Riad und Teheran eine Rolle?", "Das Abkommen zwischen der äthiopischen Regierung und
der TPLF verlangt …", "Zwei Wochen nach der Unterzeichnung des Friedensabkommens zwischen Kongo und
Ruanda …", "ein Friedensvertrag zwischen Eriwan und Baku" as a condition. The banks code such an
agreement as signed (057) by each party with the other, in the modality the clause gives it, whatever
else the clause says of it. The lexicon's agreement nouns code it only with a verb of signing
("Friedensabkommen" + "unterzeichnen"), and a bare "Abkommen" row would take any state nearby for its
parties; here only the two the "zwischen" phrase names are.

An agreement that is what another coded act is about ("würdigte das Friedensabkommen zwischen …",
"hält die Vereinbarung zwischen Ankara und Tripolis für nichtig", "den Friedensvertrag zwischen Bamako
und den Rebellen vermittelt") is that act's topic: the banks code the act, not the agreement again."""

from __future__ import annotations

from itertools import permutations

from spacy.tokens import Span, Token

from lagebild.events.arguments import ActorIndex, preposition_of, side_of
from lagebild.events.codebook import CONCLUDED_AGREEMENT
from lagebild.events.event_clauses import NOMINAL_POS
from lagebild.events.modality import modality_of
from lagebild.events.word_events import new_word_events
from lagebild.pipeline.actor_unowned_bodies import INDEFINITE_ARTICLES_DE
from lagebild.pipeline.annotations import EventInfo

# nouns of an agreement concluded, also as the last part of a compound ("Friedensabkommen",
# "Grenzvertrag"); a declaration ("Absichtserklärung") is made, not concluded between two
AGREEMENT_NOUNS = ("abkommen", "abkommens", "vertrag", "vertrags", "vertrages", "verträge", "vereinbarung",
                   "übereinkommen", "übereinkommens", "übereinkunft", "pakt", "pakts", "paktes")  # fmt: skip
BETWEEN = "zwischen"
AGREEMENT_CONFIDENCE = 0.6


def agreements_between(sentence: Span, events: list[EventInfo], actors: ActorIndex) -> list[EventInfo]:
    """057 both ways between the two parties of each agreement noun's "zwischen" phrase, unless the
    noun is the topic of an act the sentence codes or the sentence codes the agreement already."""
    found: list[EventInfo] = []
    topics = {e.trigger.start for e in events}
    for noun in sentence:
        if noun.pos_ not in NOMINAL_POS or not noun.lower_.endswith(AGREEMENT_NOUNS):
            continue
        # the noun in a coded act's own phrase ("würdigte das Abkommen") is what that act is about
        if noun.head.i in topics and noun.head.i != noun.i:
            continue
        parties = _parties(noun, actors)
        if len(parties) != 2:
            continue
        modality = modality_of(noun, sentence, None, noun.doc._.article_date)
        # "macht die Normalisierung von einem Friedensvertrag zwischen Eriwan und Baku abhängig": an
        # agreement with the indefinite article is one still to be made, not one the pair concluded
        if modality == "asserted" and any(
            c.dep_ == "det" and c.lower_ in INDEFINITE_ARTICLES_DE for c in noun.children
        ):
            modality = "hypothetical"
        for source, target in permutations(parties):
            found += new_word_events(
                noun, CONCLUDED_AGREEMENT, AGREEMENT_CONFIDENCE, [source], [target], events + found, modality
            )
    return found


def _parties(noun: Token, actors: ActorIndex) -> list[Span]:
    """The two sides of the noun's own "zwischen" phrase, each a different state or body."""
    between = [c for c in noun.children if preposition_of(c) == BETWEEN]
    parties = actors.of_phrases(between[0]) if between else []
    sides = {side_of(p) for p in parties}
    return parties if len(parties) == 2 and None not in sides and len(sides) == 2 else []
