"""The press that speaks is no state speaking: in a press review "Litauen und Polen müssten ihre
Luftabwehr verstärken, fordert die Zeitung" and "Von Washington verlangt das Blatt eine Entschuldigung"
the demand is the newspaper's. The coder, finding no actor in the subject, takes a state the clause
names for the speaker; the gold guideline codes political actors only, so the verbal acts (statements,
appeals, demands, criticism, rejections, threats) of a verb whose subject is a newspaper, a magazine or
a commentator are dropped. What is reported ("Moskau habe gewarnt, schreibt die Zeitung") keeps its own
verb and event. State and party papers ("die staatliche chinesische Zeitung", "das nordkoreanische
Parteiblatt", "die Zeitung Nhan Dan", whose name the knowledge base holds as that state's media) speak
for their state, which their phrase names: their acts are that state's."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.codebook import VERBAL_ROOTS
from lagebild.events.news_media import is_state_medium, state_owned
from lagebild.pipeline.annotations import EventInfo

# the press that writes opinion (lowered endings, for compounds: "Tageszeitung", "Boulevardblatt");
# news agencies are left out: a state's agency ("die Staatsagentur KCNA") speaks for its state
OPINION_PRESS = ("zeitung", "blatt", "magazin", "kommentator", "kommentatorin", "leitartikel", "kommentar")
# a subject after the verb that the parse labels as an object keeps its nominative
INVERTED_OBJECT_DEPS = ("obj", "iobj")


def without_press_speakers(events: list[EventInfo]) -> list[EventInfo]:
    """The events but the verbal acts (`VERBAL_ROOTS`) of a verb whose subject is the opinion press."""
    return [e for e in events if not (e.code[:2] in VERBAL_ROOTS and _press_speaks(e))]


def _press_speaks(event: EventInfo) -> bool:
    for child in event.trigger.root.children:
        if child.pos_ != "NOUN" or not child.lower_.endswith(OPINION_PRESS):
            continue
        if child.dep_ == "nsubj" or (child.dep_ in INVERTED_OBJECT_DEPS and "Nom" in child.morph.get("Case")):
            return not _state_paper_of(child, event.source)
    return False


def _state_paper_of(paper: Token, source: Span | None) -> bool:
    """The paper is a state's or party's and the event's source is the state its phrase names; a state
    paper whose state goes unnamed leaves the source a guess from the clause, no speaker."""
    phrase = range(paper.left_edge.i, paper.right_edge.i + 1)
    if source is None or source.start not in phrase or source.end - 1 not in phrase:
        return False
    return state_owned(paper) or is_state_medium(source._.actor)
