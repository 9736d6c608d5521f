"""Envoys are summoned; they do not summon. In "Kanadas Außenministerium hat Chinas Botschafter
einbestellt" or "bestellte Botschafter Sergej Netschajew ins Auswärtige Amt ein" the small parser often
labels the ambassador the subject, and the ministry or office that summons him ends up as the target. A
summons whose source is named in an envoy's phrase (the envoy himself, his state's genitive before the
title, his name after it) has its two sides the wrong way round: the side that is no envoy summons the
envoy's state.

The protest handed over at a summons is the same act: "bestellte den Botschafter ein und übergab ihm
eine Protestnote", "… ein und legte formell Protest ein" is one 114 (the gold banks code one), and
the protest, whose addressee is often only the pronoun "ihm", would otherwise guess its own target."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span

from lagebild.events.arguments import side_of
from lagebild.events.event_clauses import NOMINAL_POS
from lagebild.pipeline.annotations import EventInfo

SUMMONS = "114"
# the verbs of a summons: "einbestellen" (split "bestellte … ein"), "zitierte … ins Außenministerium"
SUMMONING_FORMS = ("einbestell", "bestell", "zitier")
ENVOYS = ("botschafter", "geschäftsträger", "gesandte", "diplomat", "konsul")
# how the envoy's title may govern the name the source was found in: "Chinas Botschafter", "der
# chinesische Botschafter", "Botschafter Cong Peiwu"
ATTRIBUTE_DEPS = {"nmod:poss", "nmod", "amod", "det", "compound", "appos", "flat", "flat:name"}


def summoner_first(events: list[EventInfo]) -> list[EventInfo]:
    turned = [_turned(e) if _envoy_summons(e) else e for e in events]
    summoners = {side_of(e.source) for e in turned if _summons(e)} - {None}
    return [
        e
        for e in turned
        if _summons(e) or not (e.code.startswith(SUMMONS) and side_of(e.source) in summoners)
    ]


def _summons(event: EventInfo) -> bool:
    return event.code.startswith(SUMMONS) and event.trigger.text.lower().startswith(SUMMONING_FORMS)


def _turned(event: EventInfo) -> EventInfo:
    return replace(event, source=event.target, target=event.source)


def _envoy_summons(event: EventInfo) -> bool:
    if not event.code.startswith(SUMMONS) or event.source is None or event.target is None:
        return False
    if not _summons(event):
        return False
    return _in_envoy_phrase(event.source) and not _in_envoy_phrase(event.target)


def _in_envoy_phrase(span: Span) -> bool:
    """The span names an envoy, stands under an envoy's title, or follows the title as his name."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    head = span.root.head
    words = [t.lower_ for t in span]
    if before is not None and before.pos_ in NOMINAL_POS:
        words.append(before.lower_)  # "Botschafter Sergej Netschajew"
    if span.root.dep_ in ATTRIBUTE_DEPS and head.i >= span.end:
        words.append(head.lower_)  # "Chinas Botschafter"
    return any(envoy in word for word in words for envoy in ENVOYS)
