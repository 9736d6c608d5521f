"""Who acts when the subject is a state's court or judges named by their kind alone: "Das
Verwaltungsgericht Berlin wies die Anträge ab", "Die Richter forderten die Behörden auf". The actor
stage reads the police, the army and the ministries so ("die Polizei" is the police of the state the
passage is about) and a court named in full before; a court named without either is left to nobody,
yet German news names the state once and then only its courts. Such a court is the state's: the state
its own phrase names ("das Verwaltungsgericht Berlin", "die Richter in Dakar"), else the one where
the clause places the act, else the state the story is about (`passive_sources`). A court acts on the
parties before it, whom the sentence names; a chamber or investigators named so ("Der Senat will die
Sperre überprüfen", "Ermittler durchsuchten Kasernen") act at home on no one the coder can name yet,
and are left alone, as is an international court ("der Gerichtshof", "das Tribunal"), though not a
state's highest one ("der Oberste Gerichtshof"). A court the NER names but no one places is read so
too (`sources`)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import children, stand_in
from lagebild.events.event_clauses import NOMINAL_POS
from lagebild.events.place_states import story_state
from lagebild.events.targets_domestic import state_where
from lagebild.events.triggers import Trigger
from lagebild.kb.store import load_kb
from lagebild.pipeline.actor_capitals import seated_court
from lagebild.pipeline.annotations import ActorRef

JUDICIARY = "JUD"
# a state's courts by the ending of their compound ("Verfassungsgericht", "Militärgericht"); "das
# Gericht" alone and "der Gerichtshof" are as often the international court in The Hague a story is about
COURT_ENDING = "gericht"
# "der Oberste Gerichtshof" is a state's highest court: the international ones have other names
SUPREME_COURT = "gerichtshof"
SUPREME = ("oberste", "oberster", "obersten", "höchste", "höchster", "höchsten")
# judges and prosecutors as a body
JUDGES = {"richter", "richterinnen", "staatsanwälte", "staatsanwältinnen", "staatsanwaltschaften",
          "strafverfolger", "strafverfolgungsbehörden"}  # fmt: skip
# "der Richter": one judge, a person, whose state the coder cannot tell from the noun; the plural
# counts only with a plural article or none
SINGULAR_ARTICLES = {"der", "ein", "einer", "dem", "des", "eines"}


def court_source(trigger: Trigger, subject: Token) -> Span | None:
    """The state's judiciary a subject noun names by its kind, as a stand-in span on the noun; None for
    any other noun or where no state is known."""
    if not _court(subject):
        return None
    court = _international_seat(subject)
    if court is not None:
        return stand_in(subject.doc, subject.i, subject.i + 1, load_kb().actor_ref(court, None, "de"))
    state = _own_place(subject) or state_where(trigger) or story_state(trigger.token)
    if state is None:
        return None
    judiciary = ActorRef(name="Justiz", country=state, actor_code=state + JUDICIARY)
    return stand_in(subject.doc, subject.i, subject.i + 1, judiciary)


def _court(noun: Token) -> bool:
    if noun.pos_ not in NOMINAL_POS:
        return False
    word = noun.lower_
    if word.endswith(COURT_ENDING) and word != COURT_ENDING:
        return True
    if word.endswith(SUPREME_COURT) and any(a.lower_ in SUPREME for a in children(noun, "amod")):
        return True
    articles = {c.lower_ for c in children(noun, "det")}
    return word in JUDGES and not articles & SINGULAR_ARTICLES


def _international_seat(noun: Token) -> str | None:
    """The international court whose seat the judges' own phrase names ("die Richter in Luxemburg",
    "die Richter in Den Haag" of a story on the ICC)."""
    phrase = {t.i for t in noun.subtree}
    for entity in noun.doc.ents:
        if entity.start in phrase and entity._.place is not None:
            court = seated_court(entity)
            if court is not None:
                return court
    return None


def _own_place(noun: Token) -> str | None:
    """The state of a place inside the court's own phrase ("das Verwaltungsgericht Berlin", "die Richter
    in Dakar")."""
    phrase = {t.i for t in noun.subtree}
    for entity in noun.doc.ents:
        place = entity._.place
        if entity.start in phrase and place is not None and place.country:
            return place.country
    return None
