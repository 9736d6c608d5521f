"""Rows whose grammatical subject is the side that receives or suffers the act (lexicon target
`recipient`): "Georgien erhielt den Kandidatenstatus", "Kiew erhält Kampfjets aus den Niederlanden",
"die Mission der NATO verliert ihre Akkreditierung". The subject is the target; the giver is named with
"von"/"aus"/"durch" or by the object's own attribute ("den Status eines EU-Beitrittskandidaten"), else it
is the source of the latest event of the same CAMEO root (else of a kindred one) before, else the
subject's counterpart in the event just before ("Die EU gewährte Moldau den Status. Auch Georgien erhielt ihn.").
Criticism may be received by an act ("Der Test stieß in Tokio auf Kritik"): its performer, the source of
the latest event, is the target where the sentence names the critic, also by the place it was voiced in.

A threat may name the side it aims at as the one that pays the price ("Nordkorea werde einen hohen
Preis zahlen, sagte Sullivan"): the payer is the target, the one who says so the source.

Rows whose subject is the thing given and whose verb only says it moves (lexicon target `destination`:
"Die zweite Tranche fließt im Juni nach Kairo", "Seit Montag fließt kein russisches Gas mehr nach
Bulgarien") code the giving: the recipient is where the thing goes ("nach", "an", "in", or "für" on the
thing), the giver as for a recipient row, or the actor the thing itself names ("russisches Gas"); with
no destination ("Japanische Entwicklungshilfe fließt weiter") the recipient is the giver's counterpart
just before."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import (
    ActorIndex,
    actor_or_place,
    adjective_actor,
    children,
    preposition_of,
    same_actor,
    side_of,
    states_named_by_attributes,
    subject_of,
    with_preposition,
)
from lagebild.events.codebook import DISAPPROVAL_ROOT, THREAT_ROOT
from lagebild.events.context_targets import context_target
from lagebild.events.figurative_subjects import clause_reporter
from lagebild.events.story_pairs import latest_directions
from lagebild.events.triggers import Trigger
from lagebild.pipeline.annotations import EventInfo

RECIPIENT = "recipient"
DESTINATION = "destination"
# where the thing given goes: "fließt nach Kiew", "an die Regierung", "in den Gazastreifen"
DESTINATION_PREPOSITIONS = ("nach", "an", "in")
# whom the thing is for: "Hilfe für den Gazastreifen solle über die Autonomiebehörde fließen"
BENEFICIARY_PREPOSITION = "für"
# the way the thing takes ("fließt durch die Ukraine", "über die Leitung"), no recipient
ROUTE_PREPOSITIONS = ("durch", "über")
GIVER_PREPOSITIONS = ("von", "aus", "durch")
# criticism is also given by the state where it is voiced ("stieß in Kabul auf Empörung"), refuge by the
# one where it is found ("hat in Moskau Zuflucht gefunden", "in der mexikanischen Botschaft")
ASYLUM = "075"
GIVING_PLACES = {DISAPPROVAL_ROOT: ("in", "im"), ASYLUM: ("in", "im", "bei", "beim", "auf")}
# leaving a country is an expulsion only for whom must leave ("40 Diplomaten müssen das Land
# verlassen"); who leaves of their own accord suffers no act
LEAVING = {"verlassen"}
# the modals of a duty: who must leave is compelled; who says aid "solle fließen" asks for it, gives nothing
COMPELLING = {"müssen", "sollen"}
# the auxiliaries of a price still to be paid: the future of reported speech and what must come
TO_BE_PAID = {"werde", "werden", "wird", "würde", "würden", "müsse", "müssen", "muss", "müsste", "müssten"}
# envoys or people expelled before: who "must leave the country" without a name are they
EXPULSIONS = ("161", "174")
COUNTRY_NOUNS = {"land", "bundesrepublik", "staatsgebiet", "hoheitsgebiet", "republik", "königreich"}
# a zu-infinitive of leaving is compelled by the deadline it completes ("gab den Diplomaten 72 Stunden, um
# das Land zu verlassen"): who must leave is the one addressed there, who sets the deadline the giver (an
# ultimatum to leave is coded as such, a demand to leave by `ordered_departures`)
DEADLINE_NOUNS = {"stunde", "stunden", "tag", "tage", "woche", "wochen", "frist", "zeit"}
ADDRESSED_DEPS = ("iobj", "obj", "obl:arg", "obl")
# roots of one kind: something given (03 intent, 05 diplomatic and 06 material cooperation, 07 aid) and
# something taken away (16 reduced relations, 17 coercion); a concession (08) or a meeting (04) before
# names no giver
KINDRED_ROOTS = ({"03", "05", "06", "07"}, {"16", "17"})


def is_recipient_row(trigger: Trigger) -> bool:
    return trigger.entry.target == RECIPIENT


def is_destination_row(trigger: Trigger) -> bool:
    return trigger.entry.target == DESTINATION


def giver_destination_pairs(
    trigger: Trigger, actors: ActorIndex, context: list[EventInfo], recent: list[EventInfo]
) -> list[tuple[Span, Span]]:
    """(giver, recipient) for a thing given whose verb says only that it goes somewhere."""
    recipient = _destination(trigger, actors)
    if recipient is None:
        if any(with_preposition(trigger.token, prep) for prep in ROUTE_PREPOSITIONS):
            return []  # it goes through a state named only as its route: to whom, the text does not say
        giver = _own_giver(trigger, actors)
        recipient = context_target(giver, context) if giver is not None else None
        return [(giver, recipient)] if recipient is not None else []
    giver = _own_giver(trigger, actors) or _named_giver(trigger, actors, recipient)
    giver = giver or _supplier_speaking(trigger, actors, recipient)
    giver = giver or _latest_giver(trigger, recent, recipient) or context_target(recipient, context)
    return [(giver, recipient)] if giver is not None and not same_actor(giver, recipient) else []


def _destination(trigger: Trigger, actors: ActorIndex) -> Span | None:
    verb, noun = trigger.token, trigger.object_noun
    phrases = [p for prep in DESTINATION_PREPOSITIONS for p in with_preposition(verb, prep)]
    if noun is not None:
        phrases += [c for c in noun.children if preposition_of(c) == BENEFICIARY_PREPOSITION]
    for phrase in phrases:
        found = actor_or_place(phrase, actors)
        if found is not None and side_of(found) is not None:
            return found
    return None


def _supplier_speaking(trigger: Trigger, actors: ActorIndex, recipient: Span) -> Span | None:
    """Who reports that the thing goes, or no longer goes, to another side: the one who sends it ("über die
    Leitung fließe kein Gas mehr nach Österreich, erklärte Gazprom")."""
    if any(c.lemma_.lower() in COMPELLING for c in children(trigger.token, "aux")):
        return None  # "Hilfe solle über Ramallah fließen": the speaker asks for it, from whoever gives
    speaker = actors.speakers.get(trigger.token.i)
    return speaker if speaker is not None and side_of(speaker) not in (None, side_of(recipient)) else None


def _own_giver(trigger: Trigger, actors: ActorIndex) -> Span | None:
    """The actor the thing given names itself, by its nationality ("russisches Gas", "Japanische
    Entwicklungshilfe") or by "von"/"aus"."""
    noun = trigger.object_noun
    if noun is None:
        return None
    states = states_named_by_attributes(noun)
    if states:
        return states[0]
    phrases = [noun, *(c for c in noun.children if preposition_of(c) in GIVER_PREPOSITIONS)]
    givers = [actor for actor in map(actors.of_phrase, phrases) if actor is not None and side_of(actor)]
    return givers[0] if givers else None


def giver_recipient_pairs(
    trigger: Trigger, actors: ActorIndex, context: list[EventInfo], recent: list[EventInfo]
) -> list[tuple[Span, Span]]:
    """(giver, recipient) for each recipient the subject names; none where no giver can be found."""
    leaving = trigger.entry.lemma in LEAVING
    # a deadline to leave ("gab ihnen 72 Stunden, um das Land zu verlassen") decides whether the
    # leaving is compelled, who must leave and who gives: found once for all three
    given_deadline = leaving and _given_deadline(trigger.token)
    if leaving and not _compelled_to_leave_a_country(trigger.token, actors, given_deadline):
        return []
    recipients = _recipients(trigger, actors, given_deadline)
    if trigger.entry.code.startswith(THREAT_ROOT):
        setter = _price_setter(trigger, actors, recipients[0]) if recipients else None
        return [(setter, r) for r in recipients if not same_actor(setter, r)] if setter is not None else []
    # the performer of a criticised act is itself a guess: only a critic the sentence names goes with it
    performer = [] if recipients else _performer_of_criticised_act(trigger, recent)
    recipients = recipients or performer
    if not recipients and leaving:
        # "Sie müssen das Land binnen 24 Stunden verlassen": those just expelled, told when to go
        return _expulsion_before(recent)
    if not recipients:
        return []
    giver = _named_giver(trigger, actors, recipients[0])
    if giver is None and given_deadline:
        giver = _deadline_setter(trigger.token, actors, recipients[0])
    if giver is None and (performer or _names_an_unknown_giver(trigger)):
        return []
    giver = giver or _latest_giver(trigger, recent, recipients[0])
    giver = giver or context_target(recipients[0], context)
    if giver is None:
        return []
    return [(giver, recipient) for recipient in recipients if not same_actor(giver, recipient)]


def _price_setter(trigger: Trigger, actors: ActorIndex, recipient: Span) -> Span | None:
    """Who says the side will pay the price ("Nordkorea werde einen hohen Preis zahlen, sagte der
    Berater"): the speaker of the reported clause, on another side; only of a price still to be paid
    (by its future or modal), as a price paid ("Die Ukraine zahlt einen hohen Preis") is no threat."""
    verb = trigger.token
    if not any(a.lower_ in TO_BE_PAID for a in children(verb, "aux")):
        return None
    speaker = clause_reporter(verb, actors)
    return speaker if speaker is not None and side_of(speaker) not in (None, side_of(recipient)) else None


def _recipients(trigger: Trigger, actors: ActorIndex, given_deadline: bool) -> list[Span]:
    """The subject, or whom a deadline to leave is given to. Where the parse made the thing received
    the subject ("Kiew erhält Kampfjets" with "Kampfjets" as nsubj) or found none ("verliert auch die
    Mission der NATO ihre Akkreditierung", the mission read as an object), the first other bare noun
    phrase of the verb that names an actor."""
    verb, noun = trigger.token, trigger.object_noun
    # the subject found for a zu-infinitive is its head's, the one who sets the deadline
    if given_deadline:
        addressed = [c for c in children(verb.head, *ADDRESSED_DEPS) if preposition_of(c) is None]
        return next((found for found in map(actors.of_phrases, addressed) if found), [])
    subject = subject_of(verb)
    if subject is not None and (noun is None or subject.i != noun.i):
        return actors.of_phrases(subject)
    bare = [
        c
        for c in children(verb, "nsubj", "obj", "iobj", "obl")
        if preposition_of(c) is None and (noun is None or c.i != noun.i)
    ]
    return next((found for found in map(actors.of_phrases, bare) if found), [])


def _performer_of_criticised_act(trigger: Trigger, recent: list[EventInfo]) -> list[Span]:
    """Criticism received by an act, not an actor ("Der Test stieß in Tokio auf Kritik"): it is aimed at
    whoever did the act, the source of the latest event before."""
    if not trigger.entry.code.startswith(DISAPPROVAL_ROOT):
        return []
    return next(([e.source] for e in reversed(recent) if e.source is not None and side_of(e.source)), [])


def _expulsion_before(recent: list[EventInfo]) -> list[tuple[Span, Span]]:
    """The (expeller, expelled) pairs of the latest expulsion before, all those its word coded."""
    return latest_directions(
        [e for e in recent if e.code.startswith(EXPULSIONS) and e.source is not None and e.target]
    )


def _named_giver(trigger: Trigger, actors: ActorIndex, recipient: Span) -> Span | None:
    """The giver in a "von"/"aus"/"durch" phrase of the verb or its object, or an actor the object
    itself names ("verlassen die Bundesrepublik", "den Status eines EU-Kandidaten"); for criticism
    and refuge, else the actor or the state of the place where it was voiced or found."""
    verb, noun = trigger.token, trigger.object_noun
    heads = [verb] + ([noun] if noun is not None else [])
    phrases = [p for head in heads for prep in GIVER_PREPOSITIONS for p in with_preposition(head, prep)]
    phrases += [noun] if noun is not None else children(verb, "obj")
    for phrase in phrases:
        actor = actors.of_phrase(phrase)
        if actor is not None and side_of(actor) is not None and side_of(actor) != side_of(recipient):
            return actor
    places = next((p for code, p in GIVING_PLACES.items() if trigger.entry.code.startswith(code)), ())
    # any label: the parse takes a fronted "In Tokio" for the subject
    voiced = [c for c in verb.children if preposition_of(c) in places]
    voiced += [p for prep in places for p in with_preposition(verb, prep)]
    for phrase in voiced:
        # "in der argentinischen Botschaft": a building a nationality names stands for its state
        giver = actor_or_place(phrase, actors) or adjective_actor(phrase)
        if giver is not None and side_of(giver) is not None and side_of(giver) != side_of(recipient):
            return giver
    return None


def _names_an_unknown_giver(trigger: Trigger) -> bool:
    """A name in a "von"/"aus"/"durch" phrase that is no known actor ("erhielt Rückendeckung aus
    Washington", the city read as a place) still says who gave: an earlier giver would be a guess
    against the text."""
    verb, noun = trigger.token, trigger.object_noun
    heads = [verb] + ([noun] if noun is not None else [])
    phrases = [p for head in heads for prep in GIVER_PREPOSITIONS for p in with_preposition(head, prep)]
    return any(p.pos_ == "PROPN" for p in phrases)


def _latest_giver(trigger: Trigger, recent: list[EventInfo], recipient: Span) -> Span | None:
    """The source of the latest event before of the same root, else of a kindred one ("Die EU
    beschloss, Beitrittsgespräche aufzunehmen (036). Auch Georgien erhielt den Kandidatenstatus
    (050)."), on another side than the recipient."""
    root = trigger.entry.code[:2]
    kindred = next((roots for roots in KINDRED_ROOTS if root in roots), {root})
    for roots in ({root}, kindred):
        for event in reversed(recent):
            source = event.source
            if (
                event.code[:2] in roots
                and source is not None
                and side_of(source) not in (None, side_of(recipient))
            ):
                return source
    return None


def _compelled_to_leave_a_country(verb: Token, actors: ActorIndex, given_deadline: bool) -> bool:
    """ "müssen das Land / die Bundesrepublik / Polen verlassen", not "verließ den Saal"."""
    compelled = given_deadline or any(
        t.lemma_.lower() in COMPELLING for t in (*children(verb, "aux"), verb.head) if t.i != verb.i
    )
    places = children(verb, "obj")
    return compelled and any(
        p.lemma_.lower() in COUNTRY_NOUNS or actors.of_phrase(p) is not None for p in places
    )


def _given_deadline(verb: Token) -> bool:
    """A zu-infinitive whose head gives a deadline: "gab ihnen 72 Stunden, um das Land zu verlassen"."""
    if verb.i == verb.head.i or not any(c.lower_ == "zu" for c in children(verb, "mark")):
        return False
    return any(c.lemma_.lower() in DEADLINE_NOUNS or c.lower_ in DEADLINE_NOUNS for c in verb.head.children)


def _deadline_setter(verb: Token, actors: ActorIndex, recipient: Span) -> Span | None:
    """Who gives the deadline to leave: the subject of the infinitive's head."""
    subject = subject_of(verb.head)
    setter = actors.of_phrase(subject) if subject is not None else None
    if setter is None or side_of(setter) is None or side_of(setter) == side_of(recipient):
        return None
    return setter
