"""A complaint or lawsuit is brought before a forum, not against it: "will beim UN-Sicherheitsrat
Beschwerde gegen die Türkei einlegen", "sich beim UN-Sicherheitsrat über die Ukraine beschweren",
"brachte den Streit vor den Internationalen Gerichtshof". The UN body or international court the
complaint is lodged with is where it is heard; the side complained of is its target (on the tuning
banks the forum was the gold target of a complaint or lawsuit only where it was complained of, with
"gegen"). A complaint lodged with a state ("beschwerte sich bei Brüssel") still addresses it."""

from __future__ import annotations

from spacy.tokens import Span

from lagebild.events.arguments import first_conjunct, preposition_of, side_of
from lagebild.events.triggers import Trigger

COMPLAINT_CODES = ("114", "115")
UN_BODIES, JUDICIARY = "IGOUNO", "JUD"
# "beim Sicherheitsrat", "vor den Gerichtshof", "ein Schreiben an den Sicherheitsrat"
LODGED_WITH = ("bei", "beim", "vor", "an")


def forum_of_complaint(span: Span | None, code: str) -> bool:
    """The actor is the UN body or international court a complaint or lawsuit (by its CAMEO code) is
    lodged with."""
    if span is None or not code.startswith(COMPLAINT_CODES):
        return False
    side = side_of(span) or ""
    if not side.startswith(UN_BODIES) and JUDICIARY not in side:
        return False
    return preposition_of(first_conjunct(span.root)) in LODGED_WITH


def not_a_forum(span: Span | None, trigger: Trigger) -> Span | None:
    """The parsed target, unless it is the forum of the complaint: the side complained of is guessed."""
    return None if forum_of_complaint(span, trigger.entry.code) else span
