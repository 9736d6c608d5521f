"""Announced retaliation is a threat (CAMEO 13: "any threat, coercive or forceful warning").

"Sacharowa kündigte Gegenmaßnahmen an", "Moskau wird mit Gegenmaßnahmen auf die Entscheidung
reagieren", "will die Ausweisung nicht unbeantwortet lassen": announcing an answer to the target's
conduct threatens it now (asserted 130) while the answer itself is still to come (160 `future`), as
the gold guidelines write it ("Announced retaliation"). A threat announced is made by announcing it:
"kündigte an, gegen die Demonstranten mit aller Härte vorzugehen" is 137 asserted, and "kündigte eine
harte Antwort an" (130) also announces the answer, 160 `future`.

A measure merely scheduled ("kündigte eigene Sanktionen an", "will Sanktionen verhängen") is no
answer and stays the act alone, `future`. The measure a "drohen" threat holds out is coded beside it,
hypothetical (`threatened_measures.py`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Token

from lagebild.events.arguments import party_of, side_of
from lagebild.events.author_forecasts import forecast_by_others
from lagebild.events.codebook import DISAPPROVAL_ROOT, THREAT_ROOT, by_longest_prefix
from lagebild.events.conditional_reactions import reaction_to_a_case
from lagebild.events.event_clauses import clause_verb
from lagebild.events.modality_words import ASSERTED, FUTURE, HYPOTHETICAL
from lagebild.events.threatened_measures import threatened_measures
from lagebild.pipeline.annotations import EventInfo, aimed_at
from lagebild.pipeline.word_classes import PARTICLE_DEPS

THREAT = "130"
# the unspecified answer: the lexicon's rows of "reagieren", "antworten", "unbeantwortet lassen" and
# "ankündigen" + a retaliation noun code it 160 (reduce relations, not specified below)
ANSWER = "160"
# an act → the threat of it, the longest code prefix first; the one table for every threat coded by what
# it threatens (the announced answers here, the acts held out in `prospects.py`). As the gold codes
# them: unspecified countermeasures (160) threaten (130: "kündigte Gegenmaßnahmen an"), another cut
# of relations 131, a named measure as such ("mit der Ausweisung von Diplomaten antworten" 1313,
# "mit Sanktionen reagieren" 1312, force 138 and its kinds); withdrawing (166) threatens to halt
# international involvement (136, as the CAMEO codebook files it)
THREAT_OF = {
    "12": "130", "14": "133", "16": "131", "160": "130", "161": "1313", "162": "1311", "163": "1312",
    "164": "134", "165": "135", "166": "136", "17": "130", "172": "132", "175": "137", "18": "1383",
    "19": "138", "191": "1381", "192": "1382", "195": "1384", "20": "1385",
}  # fmt: skip
CLAUSES = ("ccomp", "parataxis", "advcl")
# the verbs that answer by their meaning ("wird darauf reagieren", "werde entsprechend antworten", "jede
# Provokation zu beantworten")
ANSWERING_VERBS = re.compile(r"^(reagier|antwort|geantwortet|beantwort)", re.IGNORECASE)
# the words that make an announced act an answer: countermeasures, retaliation, a response, an act not
# to be left unanswered ("nicht unbeantwortet lassen"), the steps called for ("werde alle nötigen
# Maßnahmen ergreifen")
ANSWER_WORDS = re.compile(
    r"^(gegenmaßnahm|vergeltung|antwort|reaktion|konsequenz|unbeantwortet|ungesühnt|ungestraft|unerwidert|folgenlos"
    r"|nötig|notwendig|erforderlich)",
    re.IGNORECASE,
)
# "mit aller Konsequenz", "in voller Konsequenz": a manner of acting
WHOLE = {"aller", "voller"}
# an answer by force: "eine militärische Antwort", "die Antwort des Militärs", "militärisch antworten", and
# the formula of military retaliation, "eine Antwort zu einer Zeit und an einem Ort unserer Wahl"; the
# banks code it as force (190 announced, 138 the threat), not as the unspecified answer (160, 130)
FORCE_WORDS = re.compile(r"^(militär|armee|streitkr|waffengewalt)", re.IGNORECASE)
PLACE_OF_CHOICE = re.compile(r"\bort(en|e)? (unserer|ihrer|seiner) wahl\b", re.IGNORECASE)
BY_FORCE = {ANSWER: "190", THREAT: "138"}
# the phrase that names what is answered ("Antwort auf den militärischen Angriff") says nothing of the answer
ANSWERED_WITH = {"auf", "gegen", "für"}


def announced_threats(events: list[EventInfo]) -> list[EventInfo]:
    """The sentence's events with announced threats asserted, plus the threat of each announced answer
    and the answer of each announced threat (unless the sentence codes it already). An answer that
    names no addressee answers the hostile act against its source that the sentence names before it
    ("Nach dem ukrainischen Angriff auf Belgorod kündigte Moskau Vergeltung an"); one in an earlier
    sentence the target stage already gives it as the counterpart of the event before."""
    made = [_by_force(_addressed(_made_by_announcing(e), events)) for e in events]
    threats = [_threat(e) for e in made if _announced_answer(e) and not _has(made, e, THREAT_ROOT)]
    answers = [_answer(e) for e in made if _answer_announced_by_threat(e) and not _has(made, e, ANSWER)]
    return threatened_measures(made) + threats + answers


def _made_by_announcing(event: EventInfo) -> EventInfo:
    """A threat is made when it is announced: its `future` (from the announcing verb) is asserted."""
    if event.code.startswith(THREAT_ROOT) and event.modality == FUTURE:
        return replace(event, modality=ASSERTED)
    return event


def _addressed(event: EventInfo, others: list[EventInfo]) -> EventInfo:
    """An announced answer without a target is addressed to whoever did the act it answers: the source
    of the latest hostile act (roots 11-20) against the answering side, before the answer. So is a
    threat of retaliation ("Nach den israelischen Angriffen droht die Miliz mit Vergeltung"), also
    where the act follows it as what is answered ("behält sich eine Antwort auf den iranischen Angriff
    vor")."""
    if event.target is not None or not _answers(event):
        return event
    threat = event.code.startswith(THREAT_ROOT)
    if threat or _to_come(event) and threat_code(event.code):
        answered = _answered_act(event, others, after_too=threat)
        if answered is not None:
            # read off the sentence, not guessed: the target stage keeps it (a target rule of "none" would
            # let it weigh the answered side against no target at all)
            return aimed_at(event, answered.source)
    return event


def _answered_act(answer: EventInfo, others: list[EventInfo], after_too: bool = False) -> EventInfo | None:
    side = party_of(answer.source)
    if side is None:
        return None
    acts = [
        e
        for e in others
        # acts that call for an answer: disapproval (criticism, accusation) and the roots above it
        if e.code[:2] >= DISAPPROVAL_ROOT
        and e.source is not None
        and party_of(e.target) == side
        and party_of(e.source) != side
    ]
    before = [e for e in acts if e.trigger.start < answer.trigger.start]
    after = [e for e in acts if e.trigger.start > answer.trigger.start] if after_too else []
    return max(before, key=lambda e: e.trigger.start, default=None) or min(
        after, key=lambda e: e.trigger.start, default=None
    )


def _announced_answer(event: EventInfo) -> bool:
    return (
        threat_code(event.code) is not None
        and _to_come(event)
        and event.target is not None
        # an answer is to another side's conduct: one aimed at the answering side's own state (a target
        # guessed from a pair named before, "rief Islamabad und Kabul auf") threatens no one
        and party_of(event.target) != party_of(event.source)
        and _answers(event)
        # "China wird darauf reagieren." in the author's or an analyst's voice: a forecast, no one's threat
        and not forecast_by_others(event.trigger.root, side_of(event.source))
    )


def _to_come(event: EventInfo) -> bool:
    """An answer still to come: announced (`future`), or held out against any case of the other side's
    conduct ("werde auf jede Ausweisung reagieren", hypothetical), which threatens it all the same."""
    if event.modality == FUTURE:
        return True
    return event.modality == HYPOTHETICAL and reaction_to_a_case(clause_verb(event.trigger.root))


def threat_code(act: str) -> str | None:
    """The threat of an act ("163" sanctions → "1312"), None for an act that threatens nothing."""
    return by_longest_prefix(act, THREAT_OF)


def _answer_announced_by_threat(event: EventInfo) -> bool:
    """ "kündigte eine angemessene Antwort an": a 130 whose announcing verb names the answer; a threat
    made by "drohen"/"warnen" holds the act out instead (hypothetical, see `conditional_threats`)."""
    root = event.trigger.root
    announcing = any(p.lower_ == "an" for p in root.children if p.dep_ in PARTICLE_DEPS)
    announcing = announcing or root.lower_.startswith(("angekündigt", "ankündig"))
    threat = event.code in (THREAT, BY_FORCE[THREAT])
    return threat and event.target is not None and announcing and _answers(event)


def _answers(event: EventInfo) -> bool:
    root = event.trigger.root
    return bool(ANSWERING_VERBS.match(root.text)) or any(_answer_word(t) for t in _phrase(root))


def _answer_word(token: Token) -> bool:
    """A word that names an answer; not the manner "mit aller Konsequenz" (with full rigour), which
    says how an act is done, not that it answers anything."""
    return bool(ANSWER_WORDS.match(token.text)) and not any(c.lower_ in WHOLE for c in token.children)


def _phrase(root: Token) -> list[Token]:
    """The trigger and its own dependents (not the clauses hung on it: "…, sagte sie"), and the noun
    the parser hung the verb on ("kündigte" ← amod "Gegenmaßnahmen")."""
    own = [t for c in root.children if c.dep_ not in CLAUSES for t in c.subtree]
    return [root, *own, *([root.head] if root.dep_ in ("amod", "acl") else [])]


def _by_force(event: EventInfo) -> EventInfo:
    """An unspecified answer (160) or its threat (130) that the words give to the military is force."""
    if event.code in BY_FORCE and _answers(event) and _force_named(event.trigger.root):
        return replace(event, code=BY_FORCE[event.code])
    return event


def _force_named(root: Token) -> bool:
    """The answering verb or an answer noun it governs is qualified by the military: an adjective, an
    adverb or a genitive of force, or the formula of the time and place of one's choice."""
    answers = [root, *(t for t in _phrase(root) if _answer_word(t))]
    for head in answers:
        for child in head.children:
            if child.dep_ in CLAUSES or child in answers or _names_the_answered(child):
                continue
            words = list(child.subtree)
            if any(FORCE_WORDS.match(w.text) for w in words):
                return True
            if PLACE_OF_CHOICE.search(" ".join(w.text for w in words)):
                return True
    return False


def _names_the_answered(phrase: Token) -> bool:
    return any(c.dep_ == "case" and c.lower_ in ANSWERED_WITH for c in phrase.children)


def _threat(event: EventInfo) -> EventInfo:
    return replace(event, code=threat_code(event.code), modality=ASSERTED)


def _answer(event: EventInfo) -> EventInfo:
    by_force = event.code == BY_FORCE[THREAT]
    return replace(event, code=BY_FORCE[ANSWER] if by_force else ANSWER, modality=FUTURE)


def _has(events: list[EventInfo], like: EventInfo, code_prefix: str) -> bool:
    """The sentence already codes such an event for the same dyad ("drohte mit Vergeltung; Russland
    werde entsprechend antworten" threatens once)."""
    dyad = (party_of(like.source), party_of(like.target))
    return any(
        e.code.startswith(code_prefix) and (party_of(e.source), party_of(e.target)) == dyad for e in events
    )
