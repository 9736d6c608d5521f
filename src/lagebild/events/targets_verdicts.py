"""Judgements on a court's ruling: "Belgrad begrüßte das Urteil", "Washington lobte die Richter",
"die Opposition kritisierte den Richterspruch". The ruling is the court's act, so the judgement targets
the court's state (the gold codes SRB → XKX for a ruling of the Kosovo tribunal, USA → SEN for the
Senegalese constitutional council), also where the judge is of that state itself (ROU → ROU). The actor
stage knows no courts: the court's state comes from how the article names the court, its adjective
("der senegalesische Verfassungsrat"), compound ("das Kosovo-Sondertribunal"), genitive or seat ("das
Verfassungsgericht in Bukarest")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import (
    ActorIndex,
    actor_in_compound,
    actor_of,
    actor_or_place,
    adjective_actor,
    children,
    genitive_attributes,
    preposition_of,
    side_of,
    stand_in,
    start_of_sentences_before,
    state_ref,
)
from lagebild.events.event_clauses import NOMINAL_POS
from lagebild.events.lexicon import target_prepositions
from lagebild.events.targets_camps import AT_HOME
from lagebild.events.triggers import Trigger, noun_or_light_verb_phrases
from lagebild.pipeline.word_classes import COURT_NOUNS_DE, JUDGE_NOUNS_DE, SEAT_PREPOSITIONS_DE

# the ruling ("Urteil", "Richterspruch", "Schuldspruch", "Gerichtsentscheidung") and the court or its
# judges ("Verfassungsgericht", "Sondertribunal", "Verfassungsrichter"): word endings, for compounds
RULING_ENDINGS = ("urteil", "urteile", "urteils", "richterspruch", "urteilsspruch", "schuldspruch",
                  "freispruch", "schiedsspruch", "gerichtsentscheid", "gerichtsentscheidung", "gerichtsbeschluss",
                  "verdikt")  # fmt: skip
# "Anspruch", "Widerspruch": only the bare word of the compounds above is a ruling
BARE_RULINGS = ("spruch",)
# a decision of anyone ("lobte die Entscheidung"): a ruling only right after a court was named
DECISIONS = ("entscheidung", "beschluss")
COURT_CONTEXT_SENTENCES = 3
COURT_ENDINGS = COURT_NOUNS_DE + JUDGE_NOUNS_DE
# "Vorurteil" is no ruling; "ins Gericht gehen" is an idiom of criticism, not a court
NOT_RULINGS = ("vorurteil", "vorurteile")
IDIOM_PREPOSITIONS = ("ins",)
JUDICIARY = "JUD"


def court_state(trigger: Trigger, actors: ActorIndex) -> Span | None:
    """The state of the court whose ruling or judges the trigger judges, as a stand-in on the court's
    word; None where the judged thing is no ruling or the article names no state for the court."""
    judged = _judged_nouns(trigger)
    ruling = next((n for n in judged if _is_ruling(n) or _is_court(n) or _court_decision(n)), None)
    if ruling is None:
        return None
    for noun in [ruling, *_earlier_courts(ruling)]:
        state = _state_of_court(noun, actors)
        if state is not None:
            return _as_judiciary(state, ruling)
    return None


def _judged_nouns(trigger: Trigger) -> list[Token]:
    """What the judgement is about: its object ("begrüßte das Urteil"), the subject of its passive, or
    its prepositional object ("Kritik am Urteil", "stellte sich hinter das Urteil")."""
    token, spec = trigger.token, trigger.entry.target
    nouns = children(token, "obj", "nsubj:pass")
    if spec.startswith("pp:"):
        nouns += [p for prep in target_prepositions(spec) for p in noun_or_light_verb_phrases(trigger, prep)]
    return [n for n in nouns if n != trigger.object_noun and preposition_of(n) not in IDIOM_PREPOSITIONS]


def _is_ruling(noun: Token) -> bool:
    word = noun.lower_
    return word.endswith(RULING_ENDINGS) and word not in NOT_RULINGS or word in BARE_RULINGS


def _court_decision(noun: Token) -> bool:
    """ "die Entscheidung des Gerichts", or a decision judged just after the article named a court or
    its ruling ("Die Richterin verlas das Urteil. [...] Washington lobte die Entscheidung")."""
    if noun.lower_ not in DECISIONS:
        return False
    if any(_is_court(a) for a in genitive_attributes(noun)):
        return True
    doc = noun.doc
    start = start_of_sentences_before(noun, COURT_CONTEXT_SENTENCES)
    return any((_is_court(t) or _is_ruling(t)) and not _in_idiom(t) for t in doc[start : noun.i])


def _is_court(noun: Token) -> bool:
    return noun.pos_ in NOMINAL_POS and noun.lower_.endswith(COURT_ENDINGS)


def _earlier_courts(noun: Token) -> list[Token]:
    """The court named in the ruling's own attributes ("das Urteil des Verfassungsgerichts"), then the
    courts and rulings named before it in the article, latest first."""
    attributes = [a for a in genitive_attributes(noun) if _is_court(a) or _is_ruling(a)]
    doc = noun.doc
    before = [doc[i] for i in range(noun.i - 1, -1, -1) if doc[i].pos_ in NOMINAL_POS]
    return attributes + [t for t in before if (_is_court(t) or _is_ruling(t)) and not _in_idiom(t)]


def _in_idiom(noun: Token) -> bool:
    return noun.i > 0 and noun.doc[noun.i - 1].lower_ in IDIOM_PREPOSITIONS


def _state_of_court(noun: Token, actors: ActorIndex) -> Span | None:
    """A court the actor stage knows ("der Internationale Strafgerichtshof"), else the state its
    compound, adjective, genitive or seat names."""
    named = actors.of_phrase(noun)
    if named is not None and named.start <= noun.i < named.end:
        return named
    found = actor_in_compound(noun) or adjective_actor(noun)
    if found is not None:
        return found
    for attribute in genitive_attributes(noun):
        if not (_is_court(attribute) or _is_ruling(attribute)):
            found = actors.of_phrase(attribute)
            if found is not None:
                return found
    seats = [c for c in noun.children if preposition_of(c) in SEAT_PREPOSITIONS_DE]
    # the parse often hangs the seat on the verb: the words right after the noun
    following = noun.doc[noun.i + 1 : min(noun.i + 4, noun.sent.end)]
    if len(following) > 1 and following[0].lower_ in SEAT_PREPOSITIONS_DE:
        seats.append(following[1] if following[1].pos_ == "PROPN" else following[-1])
    return next(filter(None, (actor_or_place(s, actors) for s in seats)), None)


def _as_judiciary(state: Span, ruling: Token) -> Span:
    """A court of a state is its judiciary: a stand-in that survives the coder's check against the
    source's own state (the Romanian president welcoming a Romanian ruling); an international court
    keeps its own actor."""
    actor, side = actor_of(state), side_of(state)
    if actor is None or not actor.country or actor.actor_code != side:
        return state  # an international court, or one the actor stage coded with its own role
    country = actor.country
    judiciary = state_ref(ruling.text, country, JUDICIARY, role=AT_HOME)
    return stand_in(ruling.doc, ruling.i, ruling.i + 1, judiciary) or state
