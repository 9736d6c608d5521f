"""Acts named inside a verb construction that are events of their own.

The coder reads a noun that completes a verb ("übte Kritik", "legte die Gespräche auf Eis") as part of
the verb's act and codes no event for it. Some such nouns name a second act, with a code of its own:

- a measure held out by a threat ("drohte mit Strafmaßnahmen", "warnte vor Gegenmaßnahmen") is the
  threatened act, hypothetical, between the same parties (gold guidelines: a threat is an asserted
  13x event plus the act it holds out);
- a meeting an actor invites to ("lud zu Gesprächen ein") is still to come: `future`, between the
  same parties (gold: an invitation is 036 asserted plus the meeting `future`; other intents to
  meet, as opening accession talks, are the intent alone);
- an act judged, rejected or answered whose performer the noun phrase names ("wies die Forderung Kiews
  zurück", "verurteilte die Festnahme durch die Behörden in Minsk") happened, done by that performer,
  not by the one who judges it. A charge rejected is not (gold guidelines: "wies die Vorwürfe zurück"
  is the denial alone), nor an act the judge takes part in ("sagte ein Treffen mit X ab");
- a meeting called off ("sagte das geplante Treffen mit X ab") is one that will not take place: the
  meeting, `negated`, from the one who calls it off to its partner (gold: the cancelled meeting or visit
  is coded beside the 125 as a negated 04x); a visit whose genitive or "von" phrase names the visitor
  ("sagte den Besuch des schwedischen Ministers ab") is the visitor's, to the host who calls it off;
- talks that name their pair with "zwischen" under a third side's verb of the same root ("richtete
  Gespräche zwischen Moskau und Kiew aus", "soll Verhandlungen zwischen Rabat und der Polisario
  leiten") are the pair's talks, both ways, besides the host's or mediator's act (gold: 046 between
  the pair beside the 043/045);
- talks ruled out ("schloss Verhandlungen mit Moskau aus") are the talks of the one who rules them out
  with the partner the noun names, negated by `ruled_out_acts`, beside the refusal (gold: 125 asserted
  and 046 negated).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span

from lagebild.events.arguments import (
    ATTRIBUTE_PREPOSITIONS,
    genitive_attributes,
    is_zu_infinitive,
    preposition_of,
    same_actor,
)
from lagebild.events.codebook import ASKING_ROOTS, DISAPPROVAL_ROOT, INTENT_ROOT, MEETING_ROOT, THREAT_ROOT
from lagebild.events.meeting_words import is_visit_noun
from lagebild.events.meetings import is_meeting_noun
from lagebild.events.modality_words import FUTURE, HYPOTHETICAL, NEGATED
from lagebild.events.ruled_out_acts import rules_out
from lagebild.events.sentence_rules import shared_counterparts
from lagebild.events.triggers import Trigger
from lagebild.pipeline.annotations import EventInfo, aimed_at

# acts made to someone, who may answer them: appeals and demands, and offers ("ein Gesprächsangebot")
ADDRESSED_ROOTS = (*ASKING_ROOTS, INTENT_ROOT)
# what a threat can hold out: sanctions and cuts, coercion, posture and force (CAMEO 15 … 20)
THREATENED_ROOTS = ("15", "16", "17", "18", "19", "20")
INTENT_TO_MEET = "036"
INVITING = "einladen"
VENUE_PREPOSITIONS = ("nach", "in", "im")
# verbs that cancel a meeting already planned; rejecting talks ("lehnte Verhandlungen ab") only
# turns down a proposal, and breaking them off ("brach die Gespräche ab") ends talks that took place
CALLING_OFF = {"absagen"}
BETWEEN = "zwischen"


def is_second_act(noun: Trigger, verb: Trigger) -> bool:
    """A noun of another CAMEO root than the verb construction it completes: "drohte mit Sanktionen"
    (13 / 16), not "übte Kritik" (the noun is the act) or "verhängte Sanktionen" (one act); or talks
    that name their own pair, whoever hosts, chairs or mediates them (`_talks_of_a_pair`)."""
    return noun.entry.code[:2] != verb.entry.code[:2] or _talks_of_a_pair(noun, verb)


def _talks_of_a_pair(noun: Trigger, verb: Trigger) -> bool:
    """ "richtete Gespräche zwischen Moskau und Kiew aus", "soll Verhandlungen zwischen Rabat und der
    Polisario leiten": the talks are held by the two their "zwischen" phrase names. Not where the verb
    is a "zu" infinitive of an offer or decision ("bot an, Gespräche zwischen … auszurichten"): the
    intent of the one who makes it (`intentions.py`) is the act told."""
    return (
        is_meeting_noun(noun)
        and any(preposition_of(c) == BETWEEN for c in noun.token.children)
        and not is_zu_infinitive(verb.token)
    )


def acts_in_constructions(
    found: list[EventInfo], nouns: list[tuple[Trigger, Trigger, list[EventInfo]]]
) -> list[EventInfo]:
    """The second acts of the sentence: `nouns` pairs each noun with the verb construction it
    completes and the events the noun would code on its own."""
    acts = []
    for noun, verb, noun_events in nouns:
        verb_events = [e for e in found if e.trigger.start == verb.token.i and e.modality != NEGATED]
        if _talks_of_a_pair(noun, verb) and noun.entry.code[:2] == verb.entry.code[:2]:
            acts += _held_by_the_pair(noun, verb_events, noun_events)
        elif verb.entry.code.startswith(THREAT_ROOT):
            acts += _threatened(noun, verb_events, noun_events)
        elif verb.entry.code == INTENT_TO_MEET and verb.entry.lemma == INVITING:
            acts += _meeting_to_come(noun, verb_events)
        elif verb.entry.lemma in CALLING_OFF:
            # "rief seinen Botschafter aus Teheran zurück und sagte alle Besuche ab": the partner of
            # the first verb is the second's too
            shared = [e for e in shared_counterparts(found) if e.trigger.start == verb.token.i]
            acts += _meeting_called_off(noun, [e for e in shared if e.modality != NEGATED], noun_events)
        elif rules_out(verb.token) and noun.entry.code.startswith(MEETING_ROOT):
            # "schloss Verhandlungen mit Moskau aus": the talks ruled out, negated beside the refusal
            # (`ruled_out_acts`), from the one who rules them out to the partner it names
            rulers = [e.source for e in verb_events if e.source is not None]
            acts += [
                e
                for e in noun_events
                if e.source is not None and any(same_actor(e.source, r) for r in rulers)
            ]
        else:
            acts += _performed(noun, verb_events, noun_events)
    return acts


def _threatened(noun: Trigger, threats: list[EventInfo], own: list[EventInfo]) -> list[EventInfo]:
    """The measure a threat holds out, between the threat's parties, as a possibility; done by whom
    the measure's phrase names, if anyone ("stellte Sanktionen der EU in Aussicht")."""
    if not noun.entry.code.startswith(THREATENED_ROOTS):
        return []
    trigger = noun.token.doc[noun.token.i : noun.token.i + 1]
    phrase = {t.i for t in noun.token.subtree}
    performer = next((e.source for e in own if e.source is not None and _within(e.source, phrase)), None)
    return [
        replace(e, code=noun.entry.code, modality=HYPOTHETICAL, trigger=trigger, source=performer or e.source)
        for e in threats
        if e.code.startswith(THREAT_ROOT)
    ]


def _meeting_to_come(noun: Trigger, invitations: list[EventInfo]) -> list[EventInfo]:
    if not noun.entry.code.startswith(MEETING_ROOT):
        return []
    trigger = noun.token.doc[noun.token.i : noun.token.i + 1]
    return [
        replace(e, code=noun.entry.code, modality=FUTURE, trigger=trigger)
        for e in invitations
        if e.code == INTENT_TO_MEET and e.target is not None and not _venue(e.target)
    ]


def _meeting_called_off(
    noun: Trigger, cancellations: list[EventInfo], own: list[EventInfo]
) -> list[EventInfo]:
    """The meeting that will not take place, from the one who calls it off to the partner the verb
    names, else the partner the meeting's own phrase names ("mit seinem japanischen Kollegen"); not
    where neither names one: the partner would only be guessed."""
    if not noun.entry.code.startswith(MEETING_ROOT):
        return []
    trigger = noun.token.doc[noun.token.i : noun.token.i + 1]
    acts = []
    for cancellation in cancellations:
        if cancellation.source is None:
            continue
        partner = cancellation.target or next(
            (e.target for e in own if e.target is not None and not same_actor(e.target, cancellation.source)),
            None,
        )
        if partner is None:
            continue
        if _names_the_visitor(noun, partner):
            acts.append(
                aimed_at(
                    cancellation,
                    cancellation.source,
                    source=partner,
                    code=noun.entry.code,
                    modality=NEGATED,
                    trigger=trigger,
                )
            )
        else:
            acts.append(
                aimed_at(cancellation, partner, code=noun.entry.code, modality=NEGATED, trigger=trigger)
            )
    return acts


def _names_the_visitor(noun: Trigger, partner: Span) -> bool:
    """ "den Besuch des schwedischen Verteidigungsministers", "einen Besuch von Vertretern der
    Kommission": the genitive or "von" attribute of a visit names who comes, not whom he visits."""
    if not is_visit_noun(noun):
        return False
    attributes = [
        *genitive_attributes(noun.token),
        *(c for c in noun.token.children if c.dep_ == "nmod" and preposition_of(c) in ATTRIBUTE_PREPOSITIONS),
    ]
    return any(_within(partner, {t.i for t in a.subtree}) for a in attributes)


def _held_by_the_pair(noun: Trigger, hosts: list[EventInfo], talks: list[EventInfo]) -> list[EventInfo]:
    """The talks between the two sides the noun's phrase names, each way, as the noun codes them; not
    where the verb's own subject is one of them ("Moskau setzte die Gespräche zwischen Russland und der
    Ukraine fort" is one act, coded by the verb)."""
    phrase = {t.i for t in noun.token.subtree}
    pair = [
        e
        for e in talks
        if e.source is not None
        and e.target is not None
        and _within(e.source, phrase)
        and _within(e.target, phrase)
    ]
    if any(h.source is not None and same_actor(h.source, e.source) for h in hosts for e in pair):
        return []
    return pair


def _venue(target: Span) -> bool:
    """ "lud zu Gesprächen nach Nairobi ein": the place is where they meet, not whom they meet."""
    return preposition_of(target.root) in VENUE_PREPOSITIONS


def _performed(noun: Trigger, judgements: list[EventInfo], acts: list[EventInfo]) -> list[EventInfo]:
    """The judged act where its own phrase names who did it, someone other than the judge, and whom it
    was aimed at; where the phrase names nobody the performer would only be guessed (often the judge
    itself). A demand, appeal or offer rejected or answered is aimed at the one who answers it, where
    the parse found no one else or its phrase names no one."""
    judges = [e.source for e in judgements if e.source is not None]
    if not judges or noun.entry.code.startswith(DISAPPROVAL_ROOT):
        return []
    if any(e.source is not None and same_actor(e.source, judge) for e in acts for judge in judges):
        return []  # the judge's own act, or one it shares: a meeting called off
    phrase = {t.i for t in noun.token.subtree}
    addressed = noun.entry.code.startswith(ADDRESSED_ROOTS)
    performed = []
    for e in acts:
        if e.source is None or not _within(e.source, phrase):
            continue
        if e.target is None and addressed:
            # "Die Forderung Kiews wies Lawrow zurück", "Ein Gesprächsangebot Kathmandus schlug Delhi
            # aus": a demand, appeal or offer that names no addressee was made to the one who rejects it
            performed.append(aimed_at(e, judges[0]))
        elif e.target is not None and (
            _within(e.target, phrase) or addressed and any(same_actor(e.target, j) for j in judges)
        ):
            performed.append(e)
    return performed


def _within(span: Span, tokens: set[int]) -> bool:
    return span.start in tokens and span.end - 1 in tokens
