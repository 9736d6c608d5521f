"""Who acts when the subject is a group noun that names no actor but stands for sides named before it:
"beide Länder" or "die drei Staaten" for the states just listed, "Kampfjets" or "Bodentruppen" for
the army just named, "Tausende" or "Gewerkschaften" protesting for the people of the state where they
march. The annotation guidelines take such sources from the sentence or the context just before it."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import (
    IGO_PREFIX,
    SUBJECT_DEPS,
    ActorIndex,
    actor_of,
    children,
    side_of,
    stand_in,
    start_of_sentences_before,
    states_named_by_attributes,
)
from lagebild.events.codebook import FORCE_ROOTS
from lagebild.events.count_words import BOTH, COUNTS, NUMERALS
from lagebild.events.crowd_sites import state_of_the_site
from lagebild.events.targets_domestic import state_where
from lagebild.events.triggers import Trigger
from lagebild.pipeline.actor_lexicon import PEOPLE_GROUPS_DE, lowered
from lagebild.pipeline.annotations import ActorRef

SIDE_NOUNS = ("staaten", "länder", "seiten", "regierungen", "nachbarn", "nachbarländer", "nachbarstaaten",
              "mächte", "hauptstädte", "konfliktparteien", "kriegsparteien")  # fmt: skip
# the article that makes a numeral a group named before ("die drei"; "drei" alone may be anyone)
DEFINITE = {"die", "der", "den"}
# a pair or a list is named in the sentence or the two before it
SIDES_WINDOW = 2
SIDES = "seiten"  # "beide Seiten": whoever the two are, states or not
# units, arms and weapons that stand for the army named before them ("Kampfjets bombardierten …")
UNIT_NOUNS = ("truppen", "soldaten", "einheiten", "streitkräfte", "kampfjets", "kampfflugzeuge", "jets",
              "luftwaffe", "marine", "artillerie", "panzer", "drohnen", "bodentruppen", "spezialkräfte",
              "kriegsschiffe", "bomber", "luftabwehr", "armee", "militär",
              # a weapon that hits stands for the army that fired it ("russische Raketen schlugen ein")
              "rakete", "raketen", "geschoss", "geschosse", "granate", "granaten", "marschflugkörper",
              "drohne", "bombe", "bomben")  # fmt: skip
# force posture (15) and violence (18-20) are what units and weapons do
UNIT_ROOTS = FORCE_ROOTS | {"15"}
ARMED_ROLES = ("MIL", "REB")
UNIT_WINDOW = 2
# people who protest, march or strike at home ("Tausende demonstrierten", "Gewerkschaften riefen
# einen Generalstreik aus"): the protest is their state's people's (14)
CROWD_NOUNS = lowered(PEOPLE_GROUPS_DE)
PROTEST_ROOT = "14"
CIVILIANS = "CVL"


def group_sources(trigger: Trigger, subject: Token, actors: ActorIndex) -> list[Span]:
    """The sides a group noun subject stands for, or none where it stands for no one we can tell."""
    root = trigger.entry.code[:2]
    counted = _count(subject)
    if (counted and subject.lower_ in SIDE_NOUNS) or subject.lower_ in BOTH:
        return _last_sides(subject, counted or 2, actors)
    # a numeral standing alone for the list just named: "Die drei unterzeichneten ein Abkommen"
    if subject.lower_ in NUMERALS and any(c.lower_ in DEFINITE for c in children(subject, "det")):
        return _last_sides(subject, NUMERALS[subject.lower_], actors)
    if root in UNIT_ROOTS and subject.lower_.endswith(UNIT_NOUNS):
        return _army(subject, actors)
    if root == PROTEST_ROOT and subject.lower_ in CROWD_NOUNS:
        crowd = _people_of_the_state(trigger, subject)
        return [crowd] if crowd is not None else []
    return []


def _count(noun: Token) -> int:
    words = [c for c in noun.children if c.dep_ in ("det", "nummod", "amod")]
    return next((COUNTS[w.lower_] for w in words if w.lower_ in COUNTS), 0)


def _last_sides(subject: Token, count: int, actors: ActorIndex) -> list[Span]:
    """The last list of exactly `count` states named before the group noun ("Estland, Lettland und
    Litauen … Die drei Staaten", "nach Polen und Bulgarien …, weil sich beide Länder weigern"); none
    without one: a lone state or a list of another length is no ground to guess."""
    start = start_of_sentences_before(subject, SIDES_WINDOW)
    for i in range(subject.i - 1, start - 1, -1):
        span = actors.by_token.get(i)
        if span is None or span.start != i:
            continue
        listed = [
            a for a in actors.of_phrases(span.root) if not (side_of(a) or IGO_PREFIX).startswith(IGO_PREFIX)
        ]
        sides = {side_of(a) for a in listed}
        if len(sides) == count and len(listed) == count:
            return listed
    return pair_named_before(subject, actors) if count == 2 else []


def pair_named_before(subject: Token, actors: ActorIndex) -> list[Span]:
    """ "Trudeau telefonierte mit Sheinbaum; beide vereinbarten …", "Am Dienstag empfing Onyeama
    seinen Kollegen Agbénonci; beide …": no list, but the clause before "beide" in its sentence names
    exactly two states, the pair it counts. One actor per state, the last named; a third state makes
    the pair unsure."""
    by_side: dict[str, Span] = {}
    for i in range(subject.sent.start, subject.i):
        span = actors.by_token.get(i)
        side = side_of(span) if span is not None and span.start == i else None
        if side is None or side.startswith(IGO_PREFIX) and not _sides_or_both(subject):
            continue
        by_side[side] = span
    return list(by_side.values()) if len(by_side) == 2 else []


def _sides_or_both(group: Token) -> bool:
    """ "beide Seiten", "beide" alone: a pair that may hold an organisation ("Brüssel hatte Kasachstan
    eine Partnerschaft angeboten, beide Seiten unterzeichneten …"); "beide Länder" counts states."""
    return group.lower_ in BOTH or group.lower_.endswith(SIDES)


def _army(unit: Token, actors: ActorIndex) -> list[Span]:
    """The state of a nationality adjective on the unit ("russische Kampfjets"), else the armed actor
    last named as a subject in the sentence or the two before it ("Die Armee griff die Miliz im
    Norden an. Kampfjets bombardierten …": the army, not the militia)."""
    # "amerikanische und britische Kampfflugzeuge": each state named
    states = states_named_by_attributes(unit)
    if states:
        return states
    start = start_of_sentences_before(unit, UNIT_WINDOW)
    for i in range(unit.i - 1, start - 1, -1):
        span = actors.by_token.get(i)
        actor = actor_of(span) if span is not None else None
        armed = actor is not None and (actor.actor_code or "").endswith(ARMED_ROLES)
        if armed and span.root.dep_ in SUBJECT_DEPS and span.start == i:
            return [span]
    return []


def _people_of_the_state(trigger: Trigger, crowd: Token) -> Span | None:
    """The people of the state where the clause places the protest ("In Toronto demonstrierten
    Hunderte", or a site of the town the report is in: `crowd_sites`), as a stand-in span on the crowd
    noun. Without a place the crowd may be anyone's: the last place named or the story's state were as
    often wrong as right on the tuning bank."""
    state = state_where(trigger) or state_of_the_site(trigger)
    if state is None:
        return None
    people = ActorRef(name=crowd.text, country=state, actor_code=state + CIVILIANS)
    return stand_in(crowd.doc, crowd.i, crowd.i + 1, people)
