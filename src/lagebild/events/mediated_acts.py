"""Mediators named beside the act they brought about: "unterzeichneten …, vermittelt von Katar und der
Türkei, eine Vereinbarung", "unter Vermittlung von Erdoğan", "den Austausch vollzogen, vermittelt vom
türkischen Geheimdienst".

German news names the mediator of an agreement, a ceasefire or an exchange in a participle phrase or
a "unter/auf/nach Vermittlung" phrase attached to the clause of the act; the sides it mediated between
are the sides of that act, not a "zwischen" phrase. The gold banks code one 045 from the mediator to
each side. The act itself is not directed at its mediator: the "von" phrase of the participle is no
target of the signing or the exchange.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from lagebild.events.arguments import ActorIndex, same_actor, side_of
from lagebild.pipeline.annotations import EventInfo, aimed_at

MEDIATION = "045"
MEDIATING_PARTICIPLES = {"vermittelt", "vermittelte", "vermittelten"}
MEDIATION_NOUNS = {"vermittlung"}
AGENT_PREPOSITIONS = {"von", "vom"}
FRONTED_AUXILIARIES = {"hat", "hatte", "haben", "hatten"}
# acts whose sides a mediator brings together: intents, talks, cooperation, aid, concessions
MEDIATED_ROOTS = ("03", "04", "05", "06", "07", "08")
# words that may stand inside the mediator's phrase ("von Katar und der Türkei", "vom türkischen
# Geheimdienst MIT"); anything else ends it
PHRASE_TAGS = {"ART", "ADJA", "NN", "NE", "KON", "APPRART", "PPOSAT", "CARD", "TRUNC"}


def mediated_acts(found: list[EventInfo], sentence: Span, actors: ActorIndex) -> list[EventInfo]:
    """The events of a sentence with one 045 per mediator and side of the mediated act."""
    for cue in sentence:
        mediators = _mediators(cue, found, actors)
        if not mediators:
            continue
        acts = [e for e in found if _mediated(e, cue, mediators)]
        found = [_not_at_the_mediator(e, mediators, acts) for e in found]
        found = [e for e in found if e is not None]
        sides = _sides([e for e in found if _mediated(e, cue, mediators)], mediators)
        if not sides:
            continue
        own = [e for e in found if e.code.startswith(MEDIATION) and e.trigger.start == cue.i]
        base = own[0] if own else next(e for e in found if _mediated(e, cue, mediators))
        mediation = replace(
            base,
            code=MEDIATION,
            trigger=sentence.doc[cue.i : cue.i + 1],
            modality=base.modality if own else _mediation_modality(base),
        )
        found = [e for e in found if e not in own] + [
            aimed_at(mediation, side, source=mediator) for mediator in mediators for side in sides
        ]
    return found


def _mediators(cue: Token, found: list[EventInfo], actors: ActorIndex) -> list[Span]:
    """Who mediated: the actors of the "von" phrase (or the genitive) right after the cue; for a
    finite "vermittelte" the source the coder already found for it."""
    word = cue.lower_
    if word in MEDIATING_PARTICIPLES and cue.pos_ in ("VERB", "AUX", "ADJ", "DET"):
        phrase = _phrase_after(cue, need_preposition=True)
    elif word in MEDIATION_NOUNS:
        phrase = _phrase_after(cue, need_preposition=False)
    else:
        return []
    mediators = _actors_in(phrase, actors)
    if not mediators and word in MEDIATING_PARTICIPLES:
        mediators = [e.source for e in found if e.trigger.start == cue.i and e.source is not None]
    return mediators


def _phrase_after(cue: Token, need_preposition: bool) -> list[Token]:
    doc, i = cue.doc, cue.i + 1
    if i < len(doc) and doc[i].lower_ in AGENT_PREPOSITIONS:
        i += 1
    elif (
        i < len(doc)
        and doc[i].lower_ in FRONTED_AUXILIARIES
        and (cue.i == cue.sent.start or cue.nbor(-1).is_punct)
    ):
        i += 1  # the participle fronted, its subject after the auxiliary: "Vermittelt hatten Katar …"
    elif need_preposition:
        return []
    phrase = []
    while i < len(doc) and (doc[i].tag_ in PHRASE_TAGS or doc[i].ent_iob_ == "I"):
        phrase.append(doc[i])
        i += 1
    return phrase


def _actors_in(phrase: list[Token], actors: ActorIndex) -> list[Span]:
    found: list[Span] = []
    for token in phrase:
        actor = actors.by_token.get(token.i)
        if actor is not None and side_of(actor) and not any(same_actor(actor, a) for a in found):
            found.append(actor)
    return found


def _mediated(event: EventInfo, cue: Token, mediators: list[Span]) -> bool:
    """An act of the sentence that a mediator can have brought about (not the mediation itself)."""
    if not event.code.startswith(MEDIATED_ROOTS) or event.code.startswith(MEDIATION):
        return False
    return event.source is not None and not _is_mediator(event.source, mediators)


def _not_at_the_mediator(event: EventInfo, mediators: list[Span], acts: list[EventInfo]) -> EventInfo | None:
    """A mediated act the coder aimed at the mediator goes to the other side of the act, if the
    sentence names one, else it has no target the sentence gives."""
    if event not in acts or event.target is None or not _is_mediator(event.target, mediators):
        return event
    others = [a.source for a in acts if a.source is not None and not same_actor(a.source, event.source)]
    return aimed_at(event, others[0]) if others else None


def _sides(acts: list[EventInfo], mediators: list[Span]) -> list[Span]:
    sides: list[Span] = []
    for act in acts:
        for actor in (act.source, act.target):
            if actor is None or _is_mediator(actor, mediators) or not side_of(actor):
                continue
            if not any(side_of(actor) == side_of(s) for s in sides):
                sides.append(actor)
    return sides


def _is_mediator(actor: Span, mediators: list[Span]) -> bool:
    return any(same_actor(actor, m) or side_of(actor) == side_of(m) for m in mediators)


def _mediation_modality(act: EventInfo) -> str:
    """The mediation took place even where its outcome was not signed ("unterzeichneten … nicht")."""
    return "asserted" if act.modality == "negated" else act.modality
