"""An embassy named again without its state: "Das Auswärtige Amt bestellte den chinesischen Botschafter
ein. … Die Botschaft wies die Vorwürfe als haltlos zurück" is China's embassy. A bare "die Botschaft"
names no institution of the passage's state (`actor_lexicon.STATE_INSTITUTIONS_DE`): it is the mission
or the envoy the article named before with its state. Only a subject counts ("Die Botschaft lautet …",
"über die Botschaft des Gipfels" are messages), and only where no owner follows it ("die Botschaft
Frankreichs", "die Botschaft aus Riad"); a seat after it ("die Botschaft in Ottawa") is where the
mission is posted, not whose it is."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from lagebild.pipeline.actor_passage import StateClue
from lagebild.pipeline.actor_references import Reference, nearest_mention
from lagebild.pipeline.word_classes import SUBJECT_DEPS

EMBASSY = "Botschaft"
EMBASSY_ARTICLES = {"die", "Die"}
# the mentions that name a state's mission abroad: the embassy itself or its envoys
MISSION_HEADS = {"Botschaft", "Botschafter", "Botschafterin", "Botschaftssprecher", "Botschaftssprecherin"}
# words after it that name its owner or where its message comes from
OWNER_WORDS = {"der", "des", "aus", "von"}
# an embassy is taken up further on than a bare group ("die Diplomaten": three sentences): reports give
# the host's steps first and the mission's answer after them
EMBASSY_SENTENCE_WINDOW = 6


def embassies_named_again(
    doc: Doc, in_entity: set[int], mentions: list, sentence_of: list[int]
) -> list[Reference]:
    # the envoy is often an entity of his office only ("den chinesischen Botschafter"), no mention
    clues = [*mentions, *(StateClue(e, e._.actor) for e in doc.ents if e._.actor is not None)]
    missions = [c for c in clues if c.span[-1].text in MISSION_HEADS and c.actor.country is not None]
    refs = []
    for i in _bare_embassy_subjects(doc, in_entity):
        antecedent = nearest_mention(
            missions,
            i - 1,
            lambda m, i=i: sentence_of[i] - sentence_of[m.span.start] <= EMBASSY_SENTENCE_WINDOW,
        )
        if antecedent:
            refs.append(Reference(Span(doc, i - 1, i + 1), antecedent.actor, antecedent.span, None))
    return refs


def _bare_embassy_subjects(doc: Doc, in_entity: set[int]) -> list[int]:
    """The positions of "Botschaft" as the subject "die Botschaft", with no owner after it."""
    return [
        i
        for i, token in enumerate(doc)
        if token.text == EMBASSY
        and i not in in_entity
        and i > 0
        and doc[i - 1].text in EMBASSY_ARTICLES
        and token.dep_ in SUBJECT_DEPS
        and not (i + 1 < len(doc) and doc[i + 1].text in OWNER_WORDS)
    ]
