"""An agreement signed with a partner is signed by the partner too. `meetings.signed_with` pairs the one
signatory and the one partner of a "mit" phrase on the verb; the agreements whose partners stand
elsewhere in the clause were coded in one direction only: several partners ("hatten getrennt
Vereinbarungen mit der Türkei und den Vereinten Nationen unterzeichnet"), a partner on the agreement
noun ("unterzeichnete eine Erklärung mit Präsident X"), on the participle that qualifies it ("das mit
der EU unterzeichnete Memorandum") or on the verb the signing is coordinated with ("hatte gemeinsam mit
seinem Kollegen ein Büro eröffnet und Abkommen unterzeichnet"). The gold banks code such a signing both
ways; the partner's event is added where the coder made none. So it is where the partner is a
co-subject that names no side ("Präsident Sisi und der Kronprinz unterzeichneten …") and was found in
the text before. A "mit" phrase inside a clause of its own ("eine Erklärung, die den Streit mit Katar
beilegen soll") names no partner of the signing. Cooperation agreed with a partner by a reflexive verb
of agreeing ("hat sich mit Washington auf einen Zollsatz geeinigt", 050) is the partner's too, as the
banks code it."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from lagebild.events.arguments import preposition_of, side_of
from lagebild.events.codebook import CONCLUDED_AGREEMENT
from lagebild.events.event_clauses import NOMINAL_POS
from lagebild.events.guessed_counterparts import unnamed_cosignatory
from lagebild.events.targets_directed import settles_with_a_partner
from lagebild.events.trigger_particles import has_reflexive
from lagebild.pipeline.annotations import TARGET_DERIVED, EventInfo
from lagebild.pipeline.word_classes import NAME_DEPS

# cooperation agreed ("einigten sich", "verständigten sich"), the codebook's 050
AGREED_COOPERATION = "050"
# how a partner's name may hang under the noun the "mit" goes with: "mit seinem Kollegen Nasser
# Bourita", "mit der Türkei und den Vereinten Nationen"
PARTNER_NAME_DEPS = {*NAME_DEPS, "conj"}
# how the phrase of the partner may hang on the signing: on the verb, on the agreement (its object or
# passive subject), on a participle qualifying the agreement
PHRASE_DEPS = {"obl", "nmod", "obl:arg"}
AGREEMENT_DEPS = {"obj", "nsubj:pass", "nsubj"}


def countersigned(found: list[EventInfo]) -> list[EventInfo]:
    done = {(e.trigger.start, side_of(e.source), side_of(e.target)) for e in found if _agreed(e)}
    added = []
    for event in found:
        if not _agreed(event) or event.source is None or event.target is None:
            continue
        signer, partner = side_of(event.source), side_of(event.target)
        if signer is None or partner is None or signer == partner:
            continue
        signed_back = _signing_partner(event.target, event.trigger) or unnamed_cosignatory(event)
        if (event.trigger.start, partner, signer) in done or not signed_back:
            continue
        done.add((event.trigger.start, partner, signer))
        added.append(replace(event, source=event.target, target=event.source, target_rule=TARGET_DERIVED))
    return found + added


def _agreed(event: EventInfo) -> bool:
    """An agreement signed, or one reached with a partner by a reflexive verb that takes it with "mit"
    ("hat sich mit Washington auf einen Zollsatz geeinigt"): the partner reached it too (050 both
    ways). Not a plain verb's act with a partner ("koordinierte ihr Vorgehen mit Litauen")."""
    if event.code == CONCLUDED_AGREEMENT:
        return True
    verb = event.trigger.root
    return event.code == AGREED_COOPERATION and has_reflexive(verb) and settles_with_a_partner(verb)


def _signing_partner(target: Span, trigger: Span) -> bool:
    """Whether the target stands in a "mit" phrase of the signing's own clause."""
    phrase = target.root
    while preposition_of(phrase) is None and phrase.dep_ in PARTNER_NAME_DEPS and phrase.head.i != phrase.i:
        phrase = phrase.head
    if preposition_of(phrase) != "mit" or phrase.dep_ not in PHRASE_DEPS:
        return False
    verb = trigger.root
    head = phrase.head
    return head in _signing_heads(verb)


def _signing_heads(verb: Token) -> set[Token]:
    """The verb, the agreement it signs, a verb coordinated with it, and the noun its participle qualifies."""
    heads = {verb}
    heads |= {c for c in verb.children if c.dep_ in AGREEMENT_DEPS and c.pos_ in NOMINAL_POS}
    heads |= {c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")}
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        heads.add(verb.head)
    if verb.dep_ in ("amod", "acl") and verb.head.pos_ in NOMINAL_POS:
        heads.add(verb.head)  # "das mit der EU unterzeichnete Memorandum"
    return heads
