"""A complaint or lawsuit is brought before a forum, not against it: "will beim UN-Sicherheitsrat
Beschwerde gegen die Türkei einlegen", "sich beim UN-Sicherheitsrat über die Ukraine beschweren",
"brachte den Streit vor den Internationalen Gerichtshof", "reichte bei der WTO Klage gegen China ein".
The UN body, international court or trade organisation the complaint is lodged with is where it is
heard; the side complained of is its target (on the tuning banks the forum was the gold target of a
complaint or lawsuit only where it was complained of, with "gegen"). A complaint lodged with a state
("beschwerte sich bei Brüssel") still addresses it."""

from __future__ import annotations

from spacy.tokens import Span

from lagebild.events.arguments import first_conjunct, preposition_of, side_of
from lagebild.events.triggers import Trigger

COMPLAINT_CODES = ("114", "115")
UN_BODIES, JUDICIARY = "IGOUNO", "JUD"
# the WTO settles its members' trade disputes: the banks code it as a side only where it rules
TRADE_DISPUTES = "IGOBUSWTO"
# "beim Sicherheitsrat", "vor den Gerichtshof", "ein Schreiben an den Sicherheitsrat"
LODGED_WITH = ("bei", "beim", "vor", "an")
# "zog seine Beschwerde bei der WTO zurück": a complaint named by its noun is heard by the forum
# whatever the act done with it
COMPLAINT_NOUNS = ("Beschwerde", "Klage", "Verfahren", "Einspruch")
# "rief den Internationalen Gerichtshof an", "die WTO anrufen": the forum appealed to is the object
APPEALED_TO = "anrufen"


def forum_of_complaint(span: Span | None, code: str) -> bool:
    """The actor is the UN body, international court or the WTO a complaint or lawsuit (by its CAMEO
    code, or its noun) is lodged with."""
    if span is None:
        return False
    side = side_of(span) or ""
    if not side.startswith((UN_BODIES, TRADE_DISPUTES)) and JUDICIARY not in side:
        return False
    phrase = first_conjunct(span.root)
    # "vor den Internationalen Gerichtshof (IGH)": the short name beside the forum's is the forum too
    phrase = phrase.head if phrase.dep_ == "appos" else phrase
    complaint = code.startswith(COMPLAINT_CODES)
    if preposition_of(phrase) in LODGED_WITH:
        return complaint or phrase.head.lemma_ in COMPLAINT_NOUNS
    return complaint and phrase.dep_ == "obj" and phrase.head.lemma_ == APPEALED_TO


def not_a_forum(span: Span | None, trigger: Trigger) -> Span | None:
    """The parsed target, unless it is the forum of the complaint: the side complained of is guessed."""
    return None if forum_of_complaint(span, trigger.entry.code) else span
