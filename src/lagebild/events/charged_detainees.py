"""People a state arrests, expels or hands over, charged in a relative clause: "Berlin wies 20 russische
Diplomaten aus, denen Spionage vorgeworfen wurde", "Die Junta ließ vier Franzosen festnehmen, denen
Spionage vorgeworfen wird". The passive names no accuser: the state that acts on them raises the charge,
and the state of the charged is accused, as the banks code it (DEU → RUS)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import (
    DATIVE_OBJECT_DEPS,
    RELATIVE_PRONOUNS,
    ActorIndex,
    agrees_with_relative,
    children,
    first_of_two_objects,
    is_passive,
    passive_agents,
    same_actor,
    side_of,
    subject_of,
)
from lagebild.events.event_clauses import NOMINAL_POS
from lagebild.events.reported_acts import ACCUSATION
from lagebild.events.triggers import Trigger


def charged_detainees(trigger: Trigger, actors: ActorIndex) -> list[tuple[Span, Span]]:
    """The state acting on the people a passive charge in their relative clause names, with their state;
    nothing for any other trigger, a charge with an agent ("von Kiew") or where either side is unknown."""
    verb = trigger.token
    if not trigger.entry.code.startswith(ACCUSATION) or trigger.entry.kind != "V":
        return []
    if not is_passive(verb) or passive_agents(verb):
        return []
    pronoun = next(
        (
            c
            for c in children(verb, *DATIVE_OBJECT_DEPS)
            if c.lower_ in RELATIVE_PRONOUNS and c.pos_ == "PRON"
        ),
        None,
    )
    if pronoun is None:
        return []
    # the antecedent, where the parse hung the clause on a verb ("festnehmen lassen, denen …") or on a
    # noun the pronoun does not agree with ("hat Prag fünf Diplomaten ausgewiesen, denen …" on "Prag"):
    # the last object before the clause that agrees
    antecedent = verb.head
    agreeing = antecedent.pos_ in NOMINAL_POS and agrees_with_relative(pronoun, antecedent)
    charged = antecedent if agreeing else _last_object_before(pronoun)
    if charged is None:
        return []
    acting = charged.head
    if charged.dep_ not in DATIVE_OBJECT_DEPS or acting.pos_ != "VERB":
        return []
    subject = subject_of(acting) or first_of_two_objects(acting)
    accuser = actors.of_phrase(subject) if subject is not None else None
    accused = actors.of_phrase(charged)
    if accuser is None or accused is None or side_of(accuser) is None or same_actor(accuser, accused):
        return []
    return [(accuser, accused)]


def _last_object_before(pronoun: Token) -> Token | None:
    """The nearest noun before the relative pronoun that a verb of the sentence has as its object, in
    the pronoun's gender or number."""
    for token in reversed(pronoun.doc[pronoun.sent.start : pronoun.i]):
        if (
            token.dep_ in DATIVE_OBJECT_DEPS
            and token.pos_ in NOMINAL_POS
            and agrees_with_relative(pronoun, token)
        ):
            return token
    return None
