"""An actor of another predicate in the sentence is that predicate's party, not a guess for this one:
"geißelte die Luftangriffe und ersuchte den UN-Sicherheitsrat um eine Sitzung" (the Council is addressed
by the request, not by the condemnation), "Paris verurteilte die Angriffe, während Washington die Regierung
aufforderte, …" (Washington acts in a clause of its own). A clause opened by "während" or
"wohingegen" holds its own parties; so does a verb coordinated after a judgement, which is about
what it judges ("nannte den Beschluss politisch motiviert und sagte, die Ukraine …"). An act's
coordinated verb often goes on with the same counterpart ("schickte Drohnen und ließ Haftars
Offensive auf Tripolis scheitern"), so there it stays a guess."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import children, preposition_of
from lagebild.events.event_clauses import VERBAL_POS
from lagebild.events.targets_judged_patients import judges
from lagebild.events.triggers import Trigger

# contrasting or temporal clauses beside the main clause: their actors do their own thing
BESIDE_MARKERS = {"während", "wohingegen", "indes", "indessen"}
CHARGE_PREPOSITION = "von"  # "sprach von einer Provokation"


def in_another_predicate(span: Span, trigger: Trigger) -> bool:
    """The span belongs to a verb coordinated after the trigger verb, or to a "während" clause on it."""
    verb = trigger.token
    if trigger.entry.kind != "V":
        return False
    for word in span.root.ancestors:
        if word == verb:
            return False
        if word.pos_ not in VERBAL_POS:
            continue
        if word.dep_ == "conj" and word.head == verb and word.i > verb.i and _judges_something(trigger):
            return True
        if _beside(word) and verb in word.ancestors:
            return True
    return False


def _judges_something(trigger: Trigger) -> bool:
    """A judgement with a thing judged of its own: an object besides the row's own noun ("nannte den
    Beschluss …", "lobte die Vermittler") or the charge with "von" ("sprach von Einmischung"). A bare
    protest ("legte Protest ein und kündigte Gegenmaßnahmen gegen Tokio an") is addressed to the
    party the next verb names."""
    verb = trigger.token
    judged = [c for c in children(verb, "obj") if c != trigger.object_noun]
    judged += [c for c in children(verb, "obl", "obl:arg") if preposition_of(c) == CHARGE_PREPOSITION]
    return judges(trigger) and bool(judged)


def _beside(verb: Token) -> bool:
    return verb.dep_ in ("advcl", "conj", "parataxis") and any(
        c.dep_ == "mark" and c.lower_ in BESIDE_MARKERS for c in verb.children
    )
