"""States a sentence names itself. A clause that names no target but talks about another state ("Noboa
dankte für die Hilfe aus Washington", "drohte für den Fall amerikanischer Zölle mit Gegenzöllen", "wirbt
um US-Truppen") is about that state: an actor only mentioned in the sentences before is then no
counterpart to guess. Where the sentence names one such state, it is the counterpart; where it names
several, none of them is sure (`context_targets`)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import (
    IGO_PREFIX,
    ActorIndex,
    actor_in_compound,
    actor_or_place,
    first_conjunct,
    preposition_of,
    side_of,
    state_of_adjective,
)

# a place of the setting, or a partner acting alongside ("gemeinsam mit den USA")
SETTING_PREPOSITIONS = {"in", "im", "bei", "beim", "mit"}
# on a noun, a topic ("der Status quo um Taiwan"); on a verb an argument ("wirbt um US-Truppen")
TOPIC_PREPOSITIONS = {"um", "über"}
# a group of states called after the place it first met ("die Lima-Gruppe", "das Normandie-Format")
GROUPINGS = ("-gruppe", "-format", "-runde")


def other_states_named(sentence: Span, source: Span, actors: ActorIndex) -> dict[str, Span]:
    """The sides other than the source's that the sentence names by an actor, a place, a nationality
    adjective or a compound ("US-Truppen"), other than as a subject: a subject acts on its own
    ("Tokio und Washington stellten Nothilfe in Aussicht, das Welternährungsprogramm verteilt …")."""
    own = side_of(source)
    alongside = {side_of(span) for span in actors.listed_with(source)}  # "aus Brüssel und Washington"
    found: dict[str, Span] = {}
    for token in sentence:
        if source.start <= token.i < source.end:
            continue
        if _setting_or_topic(_list_head(token)):
            continue
        span = actors.by_token.get(token.i)
        if span is None and token.pos_ == "PROPN":
            span = actor_or_place(token, actors)
        if span is None:
            span = state_of_adjective(token) or _state_in_compound(token)
        side = side_of(span) if span is not None else None
        if side is not None and side != own and side not in alongside and not _an_agent(span):
            found.setdefault(side, span)
    return found


def _an_agent(span: Span) -> bool:
    return _list_head(span.root).dep_.startswith("nsubj")


def _list_head(token: Token) -> Token:
    """The first item of a list the token is in ("Kanada und Norwegen", "in Riad und Maskat"), however long."""
    return first_conjunct(token, head_pos=None, steps=len(token.sent))


def _state_in_compound(token: Token) -> Span | None:
    """A state named in a compound ("US-Truppen"); not a union or alliance, whose compounds mostly
    name a topic ("EU-Beitritt", "Nato-Gipfel"), nor a group called after a place ("der Lima-Gruppe")."""
    span = actor_in_compound(token)
    if span is None or token.lower_.endswith(GROUPINGS):
        return None
    return None if (side_of(span) or "").startswith(IGO_PREFIX) else span


def _setting_or_topic(token: Token) -> bool:
    """Where it happened ("bei der Abstimmung in Brüssel"), who joined in, or what a noun is about."""
    preposition = preposition_of(token)
    return preposition in SETTING_PREPOSITIONS or (
        preposition in TOPIC_PREPOSITIONS and token.head.pos_ == "NOUN"
    )
