"""Claims denied. A rejection that points back with "das" or "dies" at a claim reported just before
denies it (016), as one pointing back at a charge does (`refusals.py`): "Krasnoselski erklärte, die
Spuren der Angreifer führten in die Ukraine. Kiew wies das zurück." What is rejected there is something
said, not an act asked or offered; after a demand, an appeal or a proposal ("…, verlangt er von Kurti.
Kurti weist das zurück.") the rejection stays a 12x. And a charge or claim that a judging verb calls
baseless is denied, not criticised: "Peskow nannte die Vorwürfe absurd" (016, as "wies die Vorwürfe
zurück"), where "nannte die Sanktionen absurd" stays criticism (111)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from lagebild.events.arguments import preposition_of
from lagebild.events.codebook import DENIAL, DISAPPROVAL_ROOT
from lagebild.events.reported_verdicts import CHARGES
from lagebild.events.saying import says
from lagebild.events.triggers import Trigger
from lagebild.pipeline.annotations import EventInfo

# verbs that report what someone holds true without it being a statement of the speaker's own side
CLAIMING = {"behaupten", "befürchten", "vermuten", "mutmaßen"}
# "sprach von einem Sieg", "spricht von Diskriminierung", "vom Versagen": the noun is the claim
SPEAKING, OF = "sprechen", ("von", "vom")
# statements that announce or promise an act: what they hold out is rejected, not denied
ANNOUNCING = {"ankündigen", "versprechen", "zusichern"}
CONTENT_CLAUSES = ("ccomp", "parataxis")
# appeals, offers and proposals, demands: an act asked or offered, which a rejection turns down
ASKED_OR_OFFERED = ("02", "03", "10")
# the verbs that call something what it is ("nannte … absurd", "bezeichnete … als unbegründet")
CALLING = {"nennen", "bezeichnen"}
# what they call a charge or claim that denies it: it has no ground ("haltlos", "erlogen" have rows of
# their own under 016; these words judge other things too)
BASELESS = {"absurd", "unbegründet", "grundlos", "unhaltbar", "lächerlich", "falsch", "unwahr"}


def reports_a_claim(sentence: Span, events: list[EventInfo]) -> bool:
    """The sentence reports what someone claims and asks or offers nothing (no appeal, offer or demand
    was coded in it, unless as part of what is claimed: "behauptet, Arce habe ihn um die Aktion gebeten",
    "befürchten, dass Moskau den Nachbarn zu einem Kriegseintritt drängen könnte")."""
    asked = [
        e
        for e in events
        if sentence.start <= e.trigger.start < sentence.end and e.code[:2] in ASKED_OR_OFFERED
    ]
    if any(not _within_a_claim(e.trigger.root) for e in asked):
        return False
    return any(_claims(token) for token in sentence)


def _within_a_claim(token: Token) -> bool:
    """The token stands in the clause a verb of claiming reports, which holds it true of someone else."""
    return any(a.lemma_.lower() in CLAIMING for a in token.ancestors)


def _claims(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if lemma == SPEAKING:
        # the parse may hang "von" on a quoted adjective ("von einem „politisierten“ Vorgehen")
        following = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None
        return any(preposition_of(c) in OF for c in verb.children) or (
            following is not None and following.lower_ in OF
        )
    if lemma in CLAIMING:
        return True
    particles = [c.lower_ for c in verb.children if c.dep_ == "compound:prt"]
    announcing = lemma in ANNOUNCING or any(p + lemma in ANNOUNCING for p in particles)
    return says(verb) and not announcing and any(c.dep_ in CONTENT_CLAUSES for c in verb.children)


def as_charge_called_baseless(trigger: Trigger) -> Trigger:
    """A judging verb's row matched by what it calls its object, where the object is a charge or claim
    called baseless: the denial of the charge, aimed at no one unless the sentence names the accuser."""
    entry, verb, called = trigger.entry, trigger.token, trigger.object_noun
    if entry.kind != "V" or not entry.code.startswith(DISAPPROVAL_ROOT) or entry.lemma not in CALLING:
        return trigger
    if called is None or called.lower_ not in BASELESS:
        return trigger
    # the news parse hangs the object on the predicate as often as on the verb
    if not any(c.dep_ == "obj" and c.text in CHARGES for c in (*verb.children, *called.children)):
        return trigger
    return replace(trigger, entry=replace(entry, code=DENIAL, target="none"))
