"""The newspaper's own talk that opens an interview: "Wir sprachen mit der Außenministerin", "Über die
Drohungen aus Moskau sprachen wir mit dem Botschafter", "Darüber sprach unsere Korrespondentin mit dem
Minister". The talk is the reporter's, no meeting of states; the topic it names ("die Drohungen aus
Moskau") is what the interview is about, not an act the sentence reports. The gold banks code no event in
such a sentence, so the coder drops all of its events. The line no verb heads that announces an interview
("Ein Gespräch mit der Politologin … über …") is the newspaper's talk as well; only that talk is dropped.

Only where the reporters speak in their own voice: in the lead (the first paragraph), which introduces
the interview, as the sentence's main verb, outside a quotation. Inside a quotation ("Wir haben mit Moskau
gesprochen", sagte der Kanzler) and in the answers after the lead ("Antwort: Darüber reden wir mit der
französischen Seite") "wir" is the speaker's side, whose talks count.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.event_clauses import rest_of_clause
from lagebild.pipeline.annotations import EventInfo, in_quote
from lagebild.pipeline.segmentation import paragraph_opening

TALKING = {"sprechen", "unterhalten", "reden"}
TALK_NOUNS = {"gespräch", "interview", "unterhaltung"}
BETWEEN = "zwischen"
PARTNER = "mit"
# the reporters who speak: "wir", or "unser Korrespondent", "unsere Reporterin", "unsere Redaktion"
REPORTERS = (
    "korrespondent",
    "korrespondentin",
    "reporter",
    "reporterin",
    "redaktion",
    "redakteur",
    "redakteurin",
)
OWN = {"unser", "unsere", "unserer"}
FIRST_PERSON = "wir"


def without_interviewer_framing(events: list[EventInfo]) -> list[EventInfo]:
    """The events but those of a sentence in which the newspaper says whom it talked to."""
    return [e for e in events if not _interview_opening(e.trigger.sent) and not _announced_interview(e)]


def _announced_interview(event: EventInfo) -> bool:
    """ "Ein Gespräch mit der Politologin … über Ängste, Widerstand und die Rolle Moskaus.": a line that no
    verb heads announces the interview by its noun and an indefinite article; the talk is the newspaper's.
    An act its topic names stays ("Ein Gespräch darüber, warum Kinshasa den Botschafter ausgewiesen hat"),
    and a talk "zwischen" two sides is theirs ("Ein Gespräch zwischen Putin und Xi in Peking.")."""
    talk = event.trigger.root
    if talk.i != talk.sent.root.i or talk.lower_ not in TALK_NOUNS:
        return False
    if any(t.lower_ == BETWEEN for t in talk.subtree):
        return False
    return any(c.dep_ == "det" and "Ind" in c.morph.get("Definite") for c in talk.children)


def _interview_opening(sentence: Span) -> bool:
    root = sentence.root
    if root.lemma_.lower() not in TALKING or in_quote(root.i, root.doc) or not _in_lead(sentence):
        return False
    return _partner_follows(root) and any(c.dep_ == "nsubj" and _reporters(c) for c in root.children)


def _partner_follows(verb: Token) -> bool:
    """A "mit" in the verb's clause after it: the parse hangs it on the partner's noun or on a name
    before it ("mit Polens Außenminister", "mit" under "Polens"), so the words tell."""
    return any(token.lower_ == PARTNER for token in rest_of_clause(verb))


def _reporters(subject: Token) -> bool:
    if subject.lower_ == FIRST_PERSON:
        return True
    owned = any(c.lower_ in OWN for c in subject.children)
    return owned and subject.lower_ in REPORTERS


def _in_lead(sentence: Span) -> bool:
    """No paragraph break between the start of the text and the sentence."""
    return paragraph_opening(sentence.doc, sentence.start_char) < 0
