"""Acts a state is asked to do at home: "rief die Regierung in Colombo auf, die Täter vor Gericht zu
stellen", "forderte Belgrad auf, die Gewalt gegen Studierende aufzuklären", "verlangte, dass Peking
den Vorfall untersuche". An inquiry (09), a prosecution or arrest (173) and a lawsuit (115) are done
within the jurisdiction of the state asked: where the sentence names no one besides the addressee and
the one who asks, the gold codes the addressee's own state as the target (LKA → LKA). The one who asks,
named nearby, is no party to the act it asks for; a third state named ("lobte, dass Putin nicht
komme, und rief Pretoria auf, den Haftbefehl zu vollstrecken") may be the one the act is aimed at."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import (
    ACTOR_REF_SPANS,
    actor_in_compound,
    actor_of,
    children,
    own_state,
    side_of,
    stand_in,
    state_ref,
)
from lagebild.events.asking_verbs import ASKING_VERBS
from lagebild.events.event_clauses import VERBAL_POS, clause_verb
from lagebild.events.targets_camps import AT_HOME
from lagebild.events.targets_domestic import names_a_foreigner
from lagebild.events.trigger_particles import light_verb_lemma
from lagebild.events.triggers import Trigger

# investigate (09), arrest or prosecute (173), sue (115): acts of a state's own authorities
DONE_AT_HOME = ("09", "173", "115")
GOVERNMENT = "GOV"


def asked_at_home(trigger: Trigger, source: Span) -> Span | None:
    """The source's own state (a stand-in on the trigger) where the act is asked of the source by
    someone else and the sentence names no third side; None otherwise."""
    if not trigger.entry.code.startswith(DONE_AT_HOME):
        return None
    state = own_state(source)  # an international body has no jurisdiction of its own
    if state is None or names_a_foreigner(trigger.token, source):
        return None
    asking = _asking_verb(clause_verb(trigger.token))
    if asking is None or _asks_itself(asking, source):
        return None
    others = _sides_named(trigger.token.sent) - {side_of(source), None}
    if len(others) > 1:
        return None  # besides the one who asks, a third side the act may be aimed at
    home = state_ref(trigger.token.text, state, GOVERNMENT, role=AT_HOME)
    return stand_in(trigger.token.doc, trigger.token.i, trigger.token.i + 1, home)


def _asking_verb(verb: Token) -> Token | None:
    """The verb above the act's clause, where it is one of asking someone to act ("rief … auf",
    "forderte", "verlangte"); the weak parse may hang the clause on the addressee first."""
    above = next((t for t in verb.ancestors if t.pos_ in VERBAL_POS), None)
    return above if above is not None and light_verb_lemma(above) in ASKING_VERBS else None


def _asks_itself(asking: Token, source: Span) -> bool:
    """The source is the subject of the asking verb: what it demands is its own act ("Berlin
    forderte, den Fall zu untersuchen" reads Berlin as the one who would investigate)."""
    return any(source.start <= t.i < source.end for s in children(asking, "nsubj") for t in s.subtree)


def _sides_named(sentence: Span) -> set[str | None]:
    """The states and organisations the sentence names, also as the first part of a compound."""
    spans = [*sentence.doc.ents, *sentence.doc.spans.get(ACTOR_REF_SPANS, [])]
    named = [s for s in spans if sentence.start <= s.start < sentence.end and actor_of(s) is not None]
    named += filter(None, (actor_in_compound(t) for t in sentence))
    return {side_of(s) for s in named}
