"""A member state's veto or blockade is cast in its union: "Budapest blockiert die Freigabe von Geldern
für Kiew", "Ob Ungarn neue Sanktionen gegen Moskau blockiert", "wenn Bratislava sein Veto einlegte" are
aimed at the EU, whose decision is held up, not at the state the blocked aid or sanctions concern nor
at whoever comments on the blockade. A blocked accession or talks ("blockierte die Beitrittsgespräche
mit Skopje", "den Beitritt Schwedens") is aimed at the candidate and keeps the target the clause gives
it. On the 21 tuning splits the gold codes an EU member's veto against the EU 22 times, against a
candidate 5 times (all of them accessions or talks). A member that gives its veto, blockade or resistance up
("Die Slowakei hatte ihre Blockade des Pakets aufgegeben", "verzichtete auf ein Veto") yields to the same union,
not to the state the held-up aid or sanctions concern nor to a speaker: the tuning splits code nine such
concessions against the EU, four against a candidate or a fellow member, whose accession the clause names ("die
Blockade der Beitrittsgespräche") or the sentences before were about.

A member's vote against ("Ungarn stimmte gegen den Kompromiss", "haben gegen die Zölle gestimmt") is cast in
the union as well, where the clause names no one it is aimed at or the target is only a guess from the
sentences before (the state that proposed the tariffs, a candidate named earlier)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from lagebild.events.arguments import ActorIndex, children, preposition_of, side_of
from lagebild.events.codebook import EUROPEAN_UNION
from lagebild.events.context_targets import MEMBERS
from lagebild.events.vote_tallies import VOTING_VERBS
from lagebild.pipeline.annotations import TARGET_CONTEXT, TARGET_DERIVED, EventInfo

VETO = "129"
YIELD = "080"
REJECTION = "120"
# what a member holds out with and gives up: "gab ihre Blockade auf", "verzichtete auf ein Veto"
HOLDOUTS = {"veto", "blockade", "blockadehaltung", "widerstand", "einwand", "einwände", "vorbehalt", "vorbehalte",
            "bedenken", "einspruch"}  # fmt: skip
# what a candidate asks of the union or its members: blocking it is aimed at the candidate
ACCESSION_ENDINGS = ("beitritt", "aufnahme", "gespräche", "verhandlungen", "prozess", "bewerbung",
                     "kandidatur", "mitgliedschaft", "antrag", "annäherung")  # fmt: skip


def vetoes_in_the_union(events: list[EventInfo], actors: ActorIndex) -> list[EventInfo]:
    """Each veto of a member state aimed at the union the article names, nearest to it first."""
    result = []
    for event in events:
        union = None
        if (
            (event.code.startswith(VETO) or _gives_up_a_holdout(event) or _vote_against_no_one(event))
            and side_of(event.source) in MEMBERS[EUROPEAN_UNION]
            and side_of(event.target) != EUROPEAN_UNION
            and not _blocks_accession(event.trigger.root)
        ):
            union = _union_named(event.trigger.root, actors)
        result.append(event if union is None else replace(event, target=union, target_rule=TARGET_DERIVED))
    return result


def _vote_against_no_one(event: EventInfo) -> bool:
    """A vote against whose target the clause does not give: none, or a guess from the sentences before."""
    return (
        event.code == REJECTION
        and event.trigger.root.lemma_.lower() in VOTING_VERBS
        and (event.target is None or event.target_rule == TARGET_CONTEXT)
    )


def _gives_up_a_holdout(event: EventInfo) -> bool:
    """A concession whose object is the veto, blockade or resistance given up. Not where the target is the
    side the sentences before were about: the candidate whose accession the veto held up ("Das bulgarische
    Parlament hob daraufhin sein Veto auf", after the talks with Skopje)."""
    return (
        event.code == YIELD
        and event.target_rule != TARGET_CONTEXT
        and any(c.lower_ in HOLDOUTS for c in event.trigger.root.children)
    )


def _blocks_accession(trigger: Token) -> bool:
    """The blocked object, or what a veto or the blockade given up is cast against, is an accession or
    talks ("gab ihren Widerstand gegen die Aufnahme Finnlands auf")."""
    blocked = children(trigger, "obj", "nsubj:pass")
    # the holdout's genitive or "gegen" phrase: "die Blockade der Beitrittsgespräche", "Widerstand gegen"
    heads = [trigger, *children(trigger, "obj", "obl")]
    blocked += [
        c for head in heads for c in head.children if preposition_of(c) == "gegen" or c.dep_ == "nmod"
    ]
    return any(noun.lower_.endswith(ACCESSION_ENDINGS) for noun in blocked)


def _union_named(trigger: Token, actors: ActorIndex) -> Span | None:
    """The union's mention nearest before the trigger, else the first after it."""
    doc = trigger.doc
    for i in [*range(trigger.i - 1, -1, -1), *range(trigger.i + 1, len(doc))]:
        span = actors.by_token.get(i)
        if span is not None and side_of(span) == EUROPEAN_UNION:
            return span
    return None
