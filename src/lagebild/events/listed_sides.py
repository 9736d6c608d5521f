"""Items of one list share their role in the clause: "Fidschi, Samoa und Mikronesien wiesen das Angebot
zurück" names three who reject, none of them rejected by the others. A source paired with a target
from its own list is a misreading of the list (a parse that hangs the list off the verb in pieces),
unless the act is one the listed do to each other ("Russland und China vereinbarten …"), which the
reciprocal rows code in both directions on purpose."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import ActorIndex, clause_tokens
from lagebild.events.gapped_clauses import gapped_subjects
from lagebild.events.lexicon import PARTNER_TARGETS
from lagebild.events.targets_directed import (
    RECIPROCAL_PRONOUNS,
    RECIPROCAL_TARGETS,
    RELATION_TARGET,
    reciprocal_verb,
)
from lagebild.events.targets_reciprocal import RECIPROCAL_ADVERBS
from lagebild.events.triggers import Trigger

NOMINAL = ("NOUN", "PROPN", "PRON")
# talks, cooperation, agreement, engagement: relations kept with each other
RELATION_ROOTS = ("03", "04", "05", "06")
RECIPROCAL_WORDS = RECIPROCAL_ADVERBS | RECIPROCAL_PRONOUNS


def done_to_each_other(trigger: Trigger, actors: ActorIndex) -> bool:
    """A verb or noun whose listed agents act on one another: a partner taken with "mit" or "zwischen",
    a relation they keep ("vertieften ihre Partnerschaft"), a reciprocal "sich". A row that names no
    target ("none") says nothing of a partner, and one whose object's attribute is the target ("wiesen
    das Angebot Chinas zurück") names a third party; the names of gapped clauses ("wies drei Diplomaten
    aus, Litauen zwei") each act on their own."""
    entry = trigger.entry
    if gapped_subjects(trigger, actors):
        return False
    if entry.target in PARTNER_TARGETS:
        return True
    if entry.target == RELATION_TARGET:
        return entry.code[:2] in RELATION_ROOTS
    if entry.kind != "V" or entry.target in RECIPROCAL_TARGETS:
        return False
    # "haben sich X und Y beschossen": the "sich" of a verb that is no reflexive row, wherever the
    # parse hung it in the clause (on the surface: since the last comma before the verb)
    return (not entry.reflexive and _marked(trigger)) or reciprocal_verb(trigger)


def _marked(trigger: Trigger) -> bool:
    return any(t.lower_ in RECIPROCAL_WORDS for t in _clause_up_to(trigger))


def listed_pairs(
    source: Span, targets: list[Span | None], mutual: bool, trigger: Trigger, actors: ActorIndex
) -> list[tuple[Span, Span | None]]:
    """(source, target) for each target; one from the source's own list is dropped (a misread list)
    unless the listed act on each other. A transitive verb whose object is a reciprocal "sich" ("haben
    sich thailändische und kambodschanische Truppen beschossen") makes each the other's object: both
    ways."""
    pairs = []
    for target in targets:
        if not on_one_list(source, target, trigger, actors):
            pairs.append((source, target))
        elif mutual:
            pairs += [(source, target)] + ([(target, source)] if _object_is_each_other(trigger) else [])
    return pairs


def on_one_list(source: Span, target: Span | None, trigger: Trigger, actors: ActorIndex) -> bool:
    """Source and target are items of one list: the same first item on the surface ("A, B und C"),
    or conjuncts of one coordination of nouns in the parse. Only names of the trigger's own sentence: a
    counterpart remembered from a list before ("lud Kagame und Tshisekedi ein. … er setze sich mit keinem
    Aggressor an einen Tisch") is no misread list."""
    if (
        target is None
        or not _in_trigger_sentence(source, trigger)
        or not _in_trigger_sentence(target, trigger)
    ):
        return False
    if _first_item(source, actors) == _first_item(target, actors) and source != target:
        return True
    return source.root.pos_ in NOMINAL and target.root in source.root.conjuncts


def _first_item(span: Span, actors: ActorIndex) -> tuple[int, int]:
    first = actors.first_listed(span)
    return first.start, first.end


def _in_trigger_sentence(span: Span, trigger: Trigger) -> bool:
    sentence = trigger.token.sent
    return span.doc is sentence.doc and sentence.start <= span.start < sentence.end


def _clause_up_to(trigger: Trigger) -> list[Token]:
    """The words of the trigger's clause, and those since the last punctuation before it."""
    sentence, verb = trigger.token.sent, trigger.token
    start = max((t.i + 1 for t in sentence if t.i < verb.i and t.is_punct), default=sentence.start)
    return list(sentence.doc[start : verb.i]) + clause_tokens(verb)


def _object_is_each_other(trigger: Trigger) -> bool:
    """A transitive verb row (not a reflexive one) whose clause has a reciprocal "sich" or "einander":
    the object is each of the listed, so the act goes both ways."""
    entry = trigger.entry
    return entry.kind == "V" and entry.target == "obj" and not entry.reflexive and _marked(trigger)
