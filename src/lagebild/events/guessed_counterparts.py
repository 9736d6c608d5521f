"""Acts whose counterpart the text does not give are not coded. The target cascade of the coder
(`coder._source_target_pairs`) records how it chose each target (`EventInfo.target_rule`); for these
acts a counterpart guessed nearby or from the sentences before was mostly wrong on the tuning banks,
while the same acts with a counterpart the clause names were mostly right:

- aid whose row expects a recipient, when no rule found one anywhere;
- support, defence, agreements and recognition (05x, not praise) with a partner from the sentences before,
  unless the signer concluded an agreement with a side before: that side is the partner;
- refusals whose row names the one refused in the dative, with that one from the sentences before;
- accord (019) with any guessed counterpart (2 of 16 were right).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Span, Token

from lagebild.events.arguments import children, side_of, state_of_adjective, with_preposition
from lagebild.events.codebook import (
    AID_ROOT,
    CONCLUDED_AGREEMENT,
    COOPERATION_ROOT,
    PRAISE,
    REFUSAL_TO_YIELD,
    REJECTION_ROOT,
)
from lagebild.events.lexicon import target_prepositions
from lagebild.events.triggers import Trigger
from lagebild.pipeline.annotations import (
    ACTOR_REF_SPANS,
    TARGET_CONTEXT,
    TARGET_COUNTERPART,
    TARGET_DERIVED,
    TARGET_FILLED,
    TARGET_NEARBY,
    EventInfo,
)
from lagebild.pipeline.word_classes import NAME_DEPS

# the target rules that take the counterpart from the sentences before, and those that guess it at all
GUESSED_FROM_BEFORE = (TARGET_CONTEXT, TARGET_COUNTERPART)
GUESSED = (TARGET_NEARBY, TARGET_FILLED, *GUESSED_FROM_BEFORE)
ACCORD = "019"
# nouns for the other side's holder of one's own office ("sein Amtskollege", "ihr Gegenüber"): with a
# possessive they name the partner, not one's own person
COUNTERPART_NOUNS = ("amtskolleg", "gegenüber", "counterpart")
# nouns by which one side names another it stands with ("sein Gast", "seine Verbündeten", "ihr
# Partner"): with a possessive they refer to a side named before
PARTNER_NOUNS = (*COUNTERPART_NOUNS, "kolleg", "gast", "gäst", "verbündet", "partner", "nachbar", "freund")
# the rows whose target is the phrase itself, not an attribute of a thing ("verteidigte seinen Kurs")
PHRASE_TARGETS = ("obj", "dat")
# laws and decrees, which a head of state signs at home ("unterzeichnete ein Gesetz"): no agreement
LAWS = ("gesetz", "gesetze", "gesetzes", "dekret", "dekrete", "erlass")


def without_guessed_counterparts(
    found: list[EventInfo], triggers: list[Trigger], before: Sequence[EventInfo]
) -> list[EventInfo]:
    """`before` are the events of the article coded so far."""
    found = [_with_earlier_partner(e, before) for e in _without_aid_to_no_one(found, triggers)]
    found = _without_guessed_partners(found, triggers)
    return _without_guessed_accords(_without_guessed_refused(found, triggers))


def _with_earlier_partner(event: EventInfo, before: Sequence[EventInfo]) -> EventInfo:
    """An agreement acted on again with no partner in the clause ("Das irakische Parlament ratifiziert
    es", "Die Werchowna Rada billigt das Abkommen") is most often the one the text told its signer
    concluded before: the partner of the latest agreement of the signer's side, not whichever state
    the text was just talking about, is the counterpart. A law signed is no agreement (`_signs_a_law`)."""
    if event.code != CONCLUDED_AGREEMENT or event.target_rule not in GUESSED_FROM_BEFORE:
        return event
    if _signs_a_law(event.trigger.root):
        return event
    partner = _latest_agreement_partner(side_of(event.source), before)
    return event if partner is None else replace(event, target=partner, target_rule=TARGET_DERIVED)


def _signs_a_law(verb: Token) -> bool:
    return any(o.lower_.endswith(LAWS) for o in children(verb, "obj"))


def _latest_agreement_partner(side: str | None, before: Sequence[EventInfo]) -> Span | None:
    """The other party of the latest agreement (057) of two different sides that `side` concluded."""
    for earlier in reversed(before):
        if earlier.code != CONCLUDED_AGREEMENT or earlier.source is None or earlier.target is None:
            continue
        sides = side_of(earlier.source), side_of(earlier.target)
        if side is not None and side in sides and None not in sides and sides[0] != sides[1]:
            return earlier.target if sides[0] == side else earlier.source
    return None


def _without_aid_to_no_one(found: list[EventInfo], triggers: list[Trigger]) -> list[EventInfo]:
    """Aid is given to someone: an aid row that names where the recipient stands ("helfen" + dative,
    "liefern an") but for which no rule found one, in the sentence, its next clauses or the sentences
    before, was mostly misread (a fund, a list of goods, "bewaffnete Gruppen"), too little to code. Aid
    re-read as another act keeps its event ("liefert keine Munition mehr": ties cut)."""
    expecting = {
        t.token.i
        for t in triggers
        if t.entry.target not in ("", "none") and t.entry.code.startswith(AID_ROOT)
    }
    return [
        e
        for e in found
        if e.target is not None or e.trigger.start not in expecting or not e.code.startswith(AID_ROOT)
    ]


def _without_guessed_partners(found: list[EventInfo], triggers: list[Trigger]) -> list[EventInfo]:
    """Support, defence, agreements and recognition name their partner in the sentence ("stellte sich
    hinter Kiew", "unterzeichnete mit Ankara"); where only the text before offers one, the state it was
    about is the topic, not the partner ("unterzeichnete ein Gesetz", "verteidigte das Vorgehen"), so the
    act is not coded. Praise keeps its guess: it answers what was just reported. So does a group acting
    among itself ("Die drei unterzeichneten ein Abkommen"): each of its members is the others' partner.
    So does an act whose partner the clause names by a possessive partner noun ("stellte sich hinter
    seinen Gast"): the guess stands for the side named before that it refers to."""
    doers = {(e.trigger.start, side_of(e.source)) for e in found}
    referred = {t.token.i for t in triggers if _partner_referred_to(t)}
    return [
        e
        for e in found
        if e.target_rule not in GUESSED_FROM_BEFORE
        or not e.code.startswith(COOPERATION_ROOT)
        or e.code == PRAISE
        or (e.trigger.start, side_of(e.target)) in doers
        or unnamed_cosignatory(e)
        or e.trigger.start in referred
    ]


def _partner_referred_to(trigger: Trigger) -> bool:
    """The row's target phrase is a partner noun with a possessive ("hinter seinen Gast", "mit ihren
    Verbündeten"), which refers to a side named before."""
    spec, verb = trigger.entry.target, trigger.token
    if spec in PHRASE_TARGETS:
        phrases = children(verb, "obj", "iobj", "obl:arg")
    else:
        phrases = [
            p for preposition in target_prepositions(spec) for p in with_preposition(verb, preposition)
        ]
    return any(
        p.pos_ == "NOUN"
        and p.lower_.startswith(PARTNER_NOUNS)
        and any(c.dep_ == "det:poss" for c in p.children)
        for p in phrases
    )


def unnamed_cosignatory(event: EventInfo) -> bool:
    """An agreement signed with a co-subject that names no side ("Präsident Sisi und der Kronprinz
    unterzeichneten …"): the partner is that co-subject, whom the text before names; the guess stands
    for it, not for the topic. One of the signer's own people ("Präsident Sisi und sein Außenminister",
    "… und der ägyptische Außenminister") signs on the same side, not as the partner."""
    if event.code != CONCLUDED_AGREEMENT or event.source is None:
        return False
    head = event.source.root
    while head.dep_ in NAME_DEPS and head.head.i != head.i:
        head = head.head
    heads = {head, *(t for t in event.source)}
    side = side_of(event.source)
    return any(
        c.dep_ == "conj" and _one_unnamed_person(c) and not _of_the_side(c, side)
        for h in heads
        for c in h.children
    )


def _one_unnamed_person(noun: Token) -> bool:
    """A singular noun naming no one ("der Kronprinz"); a plural group ("verbündete Gruppen") signs among
    the parties, not as the partner the text before names. A possessive's number outweighs the noun's
    own, which the tagger misreads on forms alike in both ("sein Amtskollege")."""
    numbers = [n for c in noun.children if c.dep_ == "det:poss" for n in c.morph.get("Number")]
    plural = numbers[0] == "Plur" if numbers else "Plur" in noun.morph.get("Number")
    return noun.pos_ == "NOUN" and not noun.ent_type_ and not plural


def _of_the_side(noun: Token, side: str | None) -> bool:
    """A possessive ("sein Außenminister", "ihre Stellvertreterin") makes the noun the first
    co-subject's own person; a noun the text named before with its state ("Der ägyptische
    Premierminister empfing ihn. Präsident Sisi und der Premierminister …") is that person, here of
    the signer's own state. A possessive counterpart noun or one with another state's adjective ("sein
    Amtskollege", "sein honduranischer Kollege") is the other side, the partner."""
    if any(c.dep_ == "det:poss" or "Yes" in c.morph.get("Poss") for c in noun.children):
        return not _names_another_side(noun, side)
    doc = noun.doc
    named = [
        s
        for s in [*doc.ents, *doc.spans.get(ACTOR_REF_SPANS, [])]
        if s.end <= noun.i and s[-1].text == noun.text
    ]
    return side is not None and bool(named) and side_of(max(named, key=lambda s: s.end)) == side


def _names_another_side(noun: Token, side: str | None) -> bool:
    """Whether a co-subject is someone else's: a counterpart noun, or one whose adjective names a state
    other than the signer's ("sein honduranischer Kollege", "sein nordsudanesischer Gast"), read as
    everywhere else (`state_of_adjective`: with a compass point, not inside a name)."""
    if noun.lower_.startswith(COUNTERPART_NOUNS):
        return True
    states = {side_of(s) for s in map(state_of_adjective, noun.children) if s is not None}
    return bool(states - {side})


def _without_guessed_refused(found: list[EventInfo], triggers: list[Trigger]) -> list[EventInfo]:
    """A refusal row that names the one refused in the dative ("verweigerte Kiew die Zustimmung",
    "stellte sich dem Antrag Ankaras in den Weg") names them in the clause; where only the text before
    offers one, what is refused is one's own act ("verweigerten ihre Unterschrift", "sagte seine
    Teilnahme ab", "die Überstellung verweigern"), and the state talked about before is the topic, not
    the one refused (2 of 15 such events were right on tuning): the act is not coded."""
    # a refusal to yield names in the dative the pressure it withstands ("sich keinem Diktat beugen"),
    # not the coercer, whom `targets_coercers` finds before
    dative_refusals = {
        t.token.i
        for t in triggers
        if t.entry.target == "dat"
        and t.entry.code.startswith(REJECTION_ROOT)
        and t.entry.code != REFUSAL_TO_YIELD
    }
    return [
        e
        for e in found
        if e.target_rule not in GUESSED_FROM_BEFORE
        or e.trigger.start not in dative_refusals
        or not e.code.startswith(REJECTION_ROOT)
    ]


def _without_guessed_accords(events: list[EventInfo]) -> list[EventInfo]:
    """Accord takes the counterpart the clause itself names ("stimmte dem Plan Ägyptens zu"): what is
    agreed to is mostly a thing of one's own side or a stance of others ("billigte zehn Gesetze",
    "schlossen sich der Kritik an"), so a guessed one is not whose proposal it was. An accord whose
    clause names no counterpart keeps its event without one ("erklärte sich mit dem Zeitplan
    einverstanden")."""
    return [e for e in events if e.code != ACCORD or e.target_rule not in GUESSED]
