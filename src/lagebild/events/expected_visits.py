"""Someone expected in a place is scheduled to visit it: "Im April wird Sánchez in Rabat erwartet", "wenn
Wang Yi im August in Neu-Delhi erwartet wird", "Blinken wird am Mittwoch bei Lula erwartet", also at a
gathering held there ("Für Sonntag ist in Vilnius ein Festakt geplant, zu dem Tusk erwartet wird"). German
announces a visit with the passive of "erwarten" and where ("in") or by whom ("bei") the guest is
expected: a visit (042) to come of the guest's state to the place's or the host's. The active forecasts
("Russland erwartet Zugeständnisse", "man erwartet eine Antwort") and names no guest; the host's
reception (043) is left to the words that say it."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import (
    SENT_FROM_A_CAPITAL,
    SUBJECT_DEPS,
    ActorIndex,
    actor_or_place,
    preposition_of,
    side_of,
)
from lagebild.events.codebook import MEETING_ROOT
from lagebild.events.modality_words import FUTURE
from lagebild.events.receptions import VISIT
from lagebild.events.word_events import coded_between, word_event
from lagebild.pipeline.annotations import EventInfo

EXPECTED = "erwartet"
# present forms only: "wurde in Rabat erwartet" tells of an expectation of the past, kept or not
PASSIVE_AUXILIARIES = {"wird", "werden"}
WHERE_OR_WITH_WHOM = {"in", "im", "bei"}
# "ein Festakt in Vilnius, zu dem Tusk erwartet wird": the guest comes to what the relative pronoun
# stands for, held where the clause it hangs on says
TO_WHICH = {"zu"}
RELATIVE_FORMS = {"dem", "der", "denen"}
WHERE = {"in", "im"}
FROM = "aus"
EXPECTED_VISIT_CONFIDENCE = 0.6


def expected_visits(sentence: Span, events: list[EventInfo], actors: ActorIndex) -> list[EventInfo]:
    """A future 042 from each guest of a passive "erwartet" to the state of its "in"/"bei" phrase, unless
    the sentence codes that visit already ("zu einem Staatsbesuch in Moskau erwartet") or the talks it is
    for ("in Panama erwartet, wo er mit Präsident Mulino sprechen will"): the banks code a visit and its
    talks as one consultation."""
    found = []
    for verb in sentence:
        if verb.lower_ != EXPECTED or not _passive(verb):
            continue
        guests = [
            a
            for s in verb.children
            if s.dep_ in SUBJECT_DEPS
            for a in actors.of_phrases(s)
            if not _sent_from(a, s)
        ]
        phrases = [
            p for p in verb.children if preposition_of(p) in WHERE_OR_WITH_WHOM
        ] or _place_of_gathering(verb)
        places = [actor_or_place(p, actors) for p in phrases]
        for guest in guests:
            for place in places:
                if place is None or side_of(place) in (None, side_of(guest)) or side_of(guest) is None:
                    continue
                if not coded_between(events, MEETING_ROOT, guest, place):
                    found.append(
                        word_event(verb, VISIT, EXPECTED_VISIT_CONFIDENCE, guest, place, modality=FUTURE)
                    )
    return found


def _place_of_gathering(verb: Token) -> list[Token]:
    """The "in" phrase of the gathering a relative clause expects its guests at ("Für Sonntag ist in
    Vilnius ein Festakt geplant, zu dem Tusk erwartet wird", "beginnt im russischen Kasan der Gipfel,
    zu dem auch Modi erwartet wird"): the nearest above the clause, on a word it hangs from or beside
    one. The parse often takes the relative "dem" for the article of the guest, so the clause is told
    by its opening words."""
    opening = [t.lower_ for t in verb.subtree if not t.is_punct][:2]
    if len(opening) < 2 or opening[0] not in TO_WHICH or opening[1] not in RELATIVE_FORMS:
        return []
    clause = {t.i for t in verb.subtree}
    for above in verb.ancestors:
        if preposition_of(above) in WHERE:
            return [above]
        beside = [c for c in above.children if c.i not in clause and preposition_of(c) in WHERE]
        if beside:
            return beside[:1]
    return []


def _sent_from(actor: Span, subject: Token) -> bool:
    """A thing expected from a side is no guest ("eine Antwort aus Moskau wird erwartet"): the side is where
    it comes from, unless the subject names its envoys ("Unterhändler aus Kiew", `arguments._senders`)."""
    origin = actor.root
    return (
        origin.head.i == subject.i
        and preposition_of(origin) == FROM
        and not subject.lower_.endswith(SENT_FROM_A_CAPITAL)
    )


def _passive(verb: Token) -> bool:
    """ "wird … erwartet", "erwartet wird": a form of "werden" with the participle."""
    return any(c.lower_ in PASSIVE_AUXILIARIES for c in verb.children)
