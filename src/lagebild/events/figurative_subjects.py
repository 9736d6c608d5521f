"""A thing standing for its owner's stance: "Die Tür für Gespräche bleibe offen, sagte der Minister",
"Die Regierung erklärte, ihre Tür stehe weiter offen". The door the lexicon row asks for is the clause's
subject (or, where the parse took it for the object, stands before a verb with no subject), so no actor
performs the act; the speaker of the reported clause, whose side's door it is, does. So does the act that
shall not stay unanswered: "Der Angriff werde nicht unbeantwortet bleiben, sagte die Ministerin" promises
the answer of the speaker's side to the act that is the subject. Only these: other rows whose noun is the
subject ("Eine Drohne habe den Flugplatz getroffen", "die Antwort werde härter ausfallen") name a thing
that acts for someone else than the one who reports it."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import ActorIndex, side_of, subject_of
from lagebild.events.negation_scope import LITOTES
from lagebild.events.reported_acts import REPORTED_CLAUSES
from lagebild.events.triggers import Trigger

FIGURES = {"tür", "türen"}
# the verb of the act left unanswered that is its subject ("nicht ungestraft bleiben")
STAYING = "bleiben"


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


def speaker_of_unanswered_act(trigger: Trigger, actors: ActorIndex) -> Span | None:
    """The speaker whose side answers the act that "werde nicht unbeantwortet bleiben", if the speaker
    names a side; the act is the subject (or, misparsed, the object) of "bleiben", never the answerer."""
    if not staying_unanswered(trigger):
        return None
    speaker = clause_reporter(trigger.token, actors)
    return speaker if speaker is not None and side_of(speaker) is not None else None


def staying_unanswered(trigger: Trigger) -> bool:
    """ "Der Mord werde nicht ungestraft bleiben": the row's predicate is a litotes of "bleiben"."""
    predicate = trigger.object_noun
    return (
        predicate is not None
        and bool(LITOTES.match(predicate.text))
        and trigger.token.lemma_.lower() == STAYING
    )


def clause_reporter(verb: Token, actors: ActorIndex) -> Span | None:
    """Who reports the clause the verb heads: the speaker of its quotation, else, where no quotation names
    one, the subject of the verb whose reported clause it is."""
    return actors.speakers.get(verb.i) or _reporting_subject(verb, actors)


def _reporting_subject(verb: Token, actors: ActorIndex) -> Span | None:
    if verb.dep_ not in REPORTED_CLAUSES or verb.head.i == verb.i:
        return None
    subject = subject_of(verb.head)
    return actors.of_phrase(subject) if subject is not None else None
