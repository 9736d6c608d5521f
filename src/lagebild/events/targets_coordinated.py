"""Coordinated clauses share their counterpart both ways. `sentence_rules.shared_counterparts` hands a
first clause's target on to the clause coordinated after it; here a first clause that names none
("Die G7 äußerten Besorgnis und forderten Peking auf, …", "zeigte sich beunruhigt und forderte die
Taliban auf") takes the one its next clause names: one speaker turning to one counterpart. Not a denial
or a rejection of criticism ("wies die Kritik zurück und bot den französischen Behörden Gespräche an"):
its target is the critic, only where the sentence names one (gold guidelines), and whom the next clause
addresses is no critic unless it is charged back ("und hält Washington vor"). Of the 7 tuning
sentences where the next clause handed a rejected criticism its counterpart, the gold gave 5 no target
and the other 2 the side the next clause charges back."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from lagebild.events.arguments import same_actor
from lagebild.events.codebook import DENIAL_CODES, DISAPPROVAL_ROOT
from lagebild.events.context_targets import rejects_criticism
from lagebild.events.event_clauses import clause_verb
from lagebild.events.targets_both_sides import governs_all_parties
from lagebild.events.targets_camps import other_camp
from lagebild.pipeline.annotations import EventInfo


def counterparts_of_next_clauses(events: list[EventInfo]) -> list[EventInfo]:
    """Events without a target take that of an event of the same source in a clause coordinated
    with theirs, where that clause names it. Not a denial: it is aimed at an accuser only where the
    sentence names one. Nor a rejection of criticism, unless the next clause accuses in turn ("weist die
    Kritik zurück und hält Washington vor"): the critic is the one charged back."""
    with_target: dict[int, list[EventInfo]] = {}
    for event in events:
        if event.target is not None and event.source is not None:
            with_target.setdefault(clause_verb(event.trigger.root).i, []).append(event)
    shared = []
    for event in events:
        # "rief beide Seiten zur Mäßigung auf und mahnte Kiew": the appeal to both sides is not one to Kiev
        addressed_to_all = governs_all_parties(event.trigger.root)
        if (
            event.target is None
            and event.source is not None
            and event.code not in DENIAL_CODES
            and not addressed_to_all
        ):
            verb = clause_verb(event.trigger.root)
            rejected_criticism = rejects_criticism(event.code, event.trigger.root)
            later = [
                other
                for conjunct in verb.children
                if conjunct.dep_ == "conj"
                for other in with_target.get(conjunct.i, ())
                if same_actor(other.source, event.source)
                and other_camp(other.target, event.source)
                and _named_in(other.target, conjunct)
                and (not rejected_criticism or other.code.startswith(DISAPPROVAL_ROOT))
            ]
            # found as the next clause's was: a counterpart read from the clause stays read, not one the
            # target ranker may drop as a guess ("äußerten Besorgnis und forderten Peking auf")
            event = (
                replace(event, target=later[0].target, target_rule=later[0].target_rule) if later else event
            )
        shared.append(event)
    return shared


def _named_in(target: Span, verb: Token) -> bool:
    """The target is named within the clause of `verb`, not guessed from elsewhere ("Riad, das mit den
    Huthis verhandelt, äußerte sich besorgt und rief alle Seiten auf": the Houthis are no addressee)."""
    return any(t.i == target.root.i for t in verb.subtree)
