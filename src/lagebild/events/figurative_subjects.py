"""A thing standing for its owner's stance: "Die Tür für Gespräche bleibe offen, sagte der Minister",
"Die Regierung erklärte, ihre Tür stehe weiter offen". The door the lexicon row asks for is the clause's
subject (or, where the parse took it for the object, stands before a verb with no subject), so no actor
performs the act; the speaker of the reported clause, whose side's door it is, does. Only the door: other
rows whose noun is the subject ("Eine Drohne habe den Flugplatz getroffen", "die Antwort werde härter
ausfallen") name a thing that acts for someone else than the one who reports it."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import ActorIndex, side_of
from lagebild.events.triggers import Trigger

FIGURES = {"tür", "türen"}


def speaker_for_figure(trigger: Trigger, subject: Token | None, actors: ActorIndex) -> Span | None:
    """The speaker who stands behind the door that is the clause's `subject` (or its misparsed object), if
    the speaker names a side; else None."""
    noun = trigger.object_noun
    if noun is None or noun.lower_ not in FIGURES or noun.i in actors.by_token:
        return None
    verb = trigger.token
    misparsed = subject is None and noun.head.i == verb.i and noun.dep_ == "obj" and noun.i < verb.i
    if (subject is None or noun.i != subject.i) and not misparsed:
        return None
    speaker = actors.speakers.get(verb.i)
    return speaker if speaker is not None and side_of(speaker) is not None else None
