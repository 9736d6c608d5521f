"""A rejected offer, proposal or request is aimed at whoever made it: "Die G7 hatten Hilfe zugesagt.
Brasília wies das Angebot zurück", "Die Vollversammlung forderte Russland zum Abzug auf. Belarus lehnte
den Text ab". Where the noun names no owner of its own (a genitive, a "von" phrase, a possessive the
actors resolved), a nationality adjective is its owner ("einen deutschen Antrag"); else the noun points
back to the latest offer, proposal, appeal or demand coded in the sentences just before, and that
event's source made it, one addressed to the rejecting side first. On the 21 tuning splits the gold
gives a rejected offer, plan or proposal its maker as target 60 times (30 named in the sentence, 30
only before it) and no target 4 times. A rejected demand ("wies die Forderung zurück") or criticism is
not such a noun: where the sentence does not name the demander the gold gives no target 6 times of 9
(`context_targets.rejects_criticism`)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import (
    ActorIndex,
    adjective_actor,
    children,
    genitive_attributes,
    preposition_of,
)
from lagebild.events.codebook import APPEAL_ROOT, DEMAND_ROOT, INTENT_ROOT, REJECTION_ROOT
from lagebild.events.targets_camps import camp_of, other_camp
from lagebild.events.triggers import Trigger
from lagebild.pipeline.annotations import EventInfo

# what one side puts to another, as the last part of a compound ("Friedensplan", "Hilfsangebot")
PROPOSAL_ENDINGS = ("angebot", "angebote", "vorschlag", "vorschläge", "plan", "pläne", "initiative",
                    "einladung", "vermittlung", "entwurf", "resolution", "ansinnen", "vorstoß", "antrag", "ersuchen",
                    "gesuch", "avancen")  # fmt: skip
# whole words only: "Text" is no ending ("Kontext"), nor is "Bitte"
PROPOSAL_WORDS = {"text", "bitte"}
# offers and pledges, appeals and proposals, demands: the acts that put something to another side
PROPOSING_ROOTS = (INTENT_ROOT, APPEAL_ROOT, DEMAND_ROOT)
OWN_ATTRIBUTES = ("nmod", "nmod:poss", "det:poss", "appos")


def proposer(trigger: Trigger, source: Span, actors: ActorIndex, recent: list[EventInfo]) -> Span | None:
    """The maker of the offer or proposal a rejection turns down, where its noun names no owner."""
    if not trigger.entry.code.startswith(REJECTION_ROOT):
        return None
    noun = _rejected_proposal(trigger)
    if noun is None or _owner_named(noun, actors):
        return None
    owner = adjective_actor(noun)
    if owner is not None:
        return owner if other_camp(owner, source) else None
    # within a state its camps: an opposition turns down the government's offer of talks
    made = [e for e in recent if e.code.startswith(PROPOSING_ROOTS) and other_camp(e.source, source)]
    addressed = [e for e in made if e.target is not None and camp_of(e.target) == camp_of(source)]
    latest = (addressed or made)[-1:]
    return latest[0].source if latest else None


def _rejected_proposal(trigger: Trigger) -> Token | None:
    """The proposal noun the rejecting verb governs, or shares with the verb it is coordinated with
    ("hat den Plan weder angenommen noch abgelehnt"); not one a relative clause of the rejection hangs
    on ("Vorschläge übermittelt, die Moskau zurückwies"), whose maker the sentence itself names."""
    verb = trigger.token
    verbs = (verb, verb.head) if verb.dep_ == "conj" else (verb,)
    candidates = [trigger.object_noun] if trigger.object_noun is not None else []
    candidates += [c for v in verbs for c in children(v, "obj", "nsubj:pass")]
    return next((c for c in candidates if c.pos_ == "NOUN" and c.head in verbs and _is_proposal(c)), None)


def _is_proposal(noun: Token) -> bool:
    word = noun.lower_
    return word in PROPOSAL_WORDS or word.endswith(PROPOSAL_ENDINGS)


def _owner_named(noun: Token, actors: ActorIndex) -> bool:
    """An actor or a name in a genitive, "von" phrase or possessive of the noun: the clause rules read
    that owner ("den Vorschlag Berlins", "seinen Plan" where "seinen" points to an actor). A genitive
    common noun is mostly the content ("das Angebot eines Handelspakts"), and a possessive the actors
    did not resolve ("Dessen Angebot") points back as the bare noun does."""
    attributes = genitive_attributes(noun) + children(noun, *OWN_ATTRIBUTES)
    attributes += [c for c in noun.children if preposition_of(c) in ("von", "vom", "durch")]
    return any(actors.of_phrase(a) is not None or a.pos_ == "PROPN" for a in attributes)
