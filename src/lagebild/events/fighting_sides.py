"""Who fights whom in a fight the news names as mutual: "Gefechte zwischen Armee und Rebellen",
"ein Schusswechsel zwischen iranischen Grenzschützern und Taliban-Kämpfern", "Armee und Miliz
lieferten sich Gefechte", "die Polizei lieferte sich Feuergefechte mit der Bande". Neither side is
the attacker: the banks code such a fight in both directions. The sides are often no named actor but
a force of a state ("die Armee", "Regierungstruppen", "Polizisten") or a unit with a nationality
adjective; `meetings.mutual_sides` only pairs two named actors, and the plain source-target search
gives one direction at most."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import (
    ActorIndex,
    actor_of,
    adjective_actor,
    preposition_of,
    same_actor,
    side_of,
    stand_in,
    state_of_adjective,
    with_preposition,
)
from lagebild.events.crowd_sources import CLAUSE_MARKS
from lagebild.events.event_clauses import NOMINAL_POS
from lagebild.events.implicit_sources import group_sources
from lagebild.events.targets_camps import CHALLENGER, camp_of
from lagebild.events.targets_domestic import FIGHTING_ROOT, state_where
from lagebild.events.triggers import Trigger
from lagebild.pipeline.annotations import ActorRef

# nouns (also ending compounds: "Feuergefechte", "Grenzgefechte", "Straßenkämpfe") that name a fight
# of two sides, unlike "Angriff" or "Beschuss", which one side does to the other
FIGHT_ENDINGS = (
    "gefecht", "gefechte", "gefechten", "gefechts", "kämpfe", "kämpfen", "schusswechsel", "schusswechseln",
    "zusammenstoß", "zusammenstöße", "zusammenstößen", "scharmützel", "scharmützeln", "artillerieduell",
    "artillerieduelle", "schlacht", "schlachten", "handgemenge",
)  # fmt: skip
# "sich Gefechte liefern": the verb by which the two sides carry the fight out
FIGHTING_VERBS = ("liefern",)
# a state's own forces named by their kind ("die Armee", "Regierungstruppen", "Polizisten"): they fight
# for the state where the fight takes place
STATE_FORCE_ENDINGS = (
    "armee", "regierungstruppen", "regierungseinheiten", "regierungssoldaten", "regierungskräfte",
    "streitkräfte", "sicherheitskräfte", "polizei", "polizisten", "gendarmen", "gendarmerie", "militär",
)  # fmt: skip
MILITARY, POLICE = "MIL", "COP"
# gangs, militias and rebels no actor names: they fight the state where they fight from within it
ARMED_GROUP_ENDINGS = (
    "bande", "banden", "bandenmitglieder", "miliz", "milizen", "rebellen", "aufständische", "aufständischen",
    "kartell", "kartells", "bewaffnete", "bewaffneten", "kämpfer", "dschihadisten", "islamisten",
)  # fmt: skip
REBELS = "REB"
# what a fight is "mit" besides the other side: its toll and its weapons ("Gefechte mit rund hundert
# Toten", "mit schwerer Artillerie")
NO_PARTNERS = frozenset({
    "tote", "toter", "toten", "tot", "verletzte", "verletzter", "verletzten", "verwundete", "verwundeten",
    "opfer", "todesopfer", "waffe", "waffen", "artillerie", "panzer", "granate", "granaten", "rakete",
    "raketen", "drohne", "drohnen", "mörser",
})  # fmt: skip
# a time named without a preposition is no fighter ("lieferten sich tagelang … ", "diese Woche")
TIME_NOUNS = frozenset(
    {"nacht", "tag", "tage", "morgen", "abend", "woche", "wochen", "wochenende", "monat", "jahr"}
)


def fighting_sides(trigger: Trigger, actors: ActorIndex) -> list[tuple[Span, Span]]:
    """Both directions between each fighter of one side and each of the other; none where a fighter
    names no actor or the two sides are one."""
    if trigger.entry.code[:2] != FIGHTING_ROOT:
        return []
    fight = _fight_noun(trigger.token)
    if fight is None:
        return []
    left, right = _two_sides(trigger.token, fight, actors)
    if not left or not right:
        return []
    phrases = left + right
    named = [_named(p, actors) or _army_before(trigger, p, actors) for p in phrases]
    home = state_where(trigger) or _challenged_state(named)
    sides = [
        side or _force_named_before(p, actors) or _unnamed_force(p, home)
        for side, p in zip(named, phrases, strict=True)
    ]
    if None in sides:
        return []
    pairs = []
    for first in sides[: len(left)]:
        for second in sides[len(left) :]:
            if not _opponents(first, second):
                continue
            # a fight within one state ("Armee und Rebellen") is one event between the state and itself
            country = actor_of(first).country
            domestic = country is not None and country == actor_of(second).country
            pairs += [(first, second)] if domestic else [(first, second), (second, first)]
    return pairs


def _opponents(first: Span, second: Span) -> bool:
    """Two actors of their own, also of one state ("Armee und Kartell"), not one actor twice."""
    codes = [(actor_of(s).actor_code if actor_of(s) is not None else None) for s in (first, second)]
    return None not in codes and codes[0] != codes[1] and not same_actor(first, second)


def _fight_noun(token: Token) -> Token | None:
    """The fight noun: the trigger itself, or the fight noun "sich liefern" carries out, found in its
    clause by its form (the parse often hangs it anywhere: "… Feuergefechte", flat)."""
    if token.pos_ in NOMINAL_POS:
        return token if token.lower_.endswith(FIGHT_ENDINGS) else None
    if token.lemma_.lower() not in FIGHTING_VERBS:
        return None
    return next((t for t in _clause(token) if t.pos_ == "NOUN" and t.lower_.endswith(FIGHT_ENDINGS)), None)


def _clause(verb: Token) -> list[Token]:
    """The tokens of the verb's sentence between the clause marks around it."""
    sentence = verb.sent
    start = max(
        (t.i + 1 for t in sentence if t.i < verb.i and t.text in CLAUSE_MARKS), default=sentence.start
    )
    end = min((t.i for t in sentence if t.i > verb.i and t.text in CLAUSE_MARKS), default=sentence.end)
    return list(verb.doc[start:end])


def _two_sides(trigger: Token, fight: Token, actors: ActorIndex) -> tuple[list[Token], list[Token]]:
    """ "zwischen X und Y" on the noun or its verb; else the fighters of "sich liefern": its two
    coordinated subjects ("X und Y lieferten sich Gefechte", "lieferten sich X und Y Gefechte"), or
    its subjects and the partner it takes with "mit" ("X lieferte sich Gefechte mit Y")."""
    # the parse often hangs the "zwischen" phrase on the verb ("kam es zu Gefechten zwischen …")
    verb = fight.head if fight.dep_ in ("obj", "nsubj", "nsubj:pass", "obl") else None
    between = with_preposition(fight, "zwischen") or (with_preposition(verb, "zwischen") if verb else [])
    if between:
        listed = _listed(between[0])
        # "zwischen thailändischen und kambodschanischen Truppen": two sides in the adjectives
        listed = _two_adjectives(listed[0], actors) if len(listed) == 1 else listed
        return (listed[:1], listed[1:]) if len(listed) == 2 else ([], [])
    if trigger.lemma_.lower() not in FIGHTING_VERBS:
        return [], []
    clause = _clause(trigger)
    fighters = _noun_phrase_heads([t for t in clause if t.i < fight.i])
    fighters = _two_adjectives(fighters[0], actors) if len(fighters) == 1 else fighters
    partners = [
        t
        for t in clause
        if t.i > fight.i
        and t.pos_ in NOMINAL_POS
        and preposition_of(t) == "mit"
        and t.lemma_.lower() not in NO_PARTNERS
    ]
    if partners:
        return fighters, partners[:1]
    return (fighters[:1], fighters[1:]) if len(fighters) == 2 else ([], [])


def _noun_phrase_heads(tokens: list[Token]) -> list[Token]:
    """The heads of the noun phrases among `tokens` that are no prepositional phrase or verb part,
    read by their form: the parse of "lieferten sich Bandenmitglieder und Polizisten im Viertel
    Feuergefechte" is too weak to trust. A name right after a noun belongs to it ("im Viertel
    Delmas"); a time noun is no fighter ("lieferten sich die ganze Nacht …")."""
    heads, in_phrase, last_noun = [], False, -2
    for token in tokens:
        if token.pos_ == "ADP":
            in_phrase = True
        elif token.pos_ in NOMINAL_POS:
            # a name or a genitive right after a noun belongs to it ("im Viertel Delmas", "im Norden
            # Myanmars"), unlike a noun opening the next phrase ("im Mai Regierungseinheiten")
            genitive = token.dep_ == "nmod" and token.head.i == last_noun and token.lower_.endswith("s")
            glued = token.i == last_noun + 1 and (token.pos_ == "PROPN" or genitive)
            if not in_phrase and not glued and token.lower_ not in TIME_NOUNS:
                heads.append(token)
            in_phrase, last_noun = False, token.i
        elif token.pos_ in ("VERB", "AUX", "PRON", "SCONJ", "PUNCT"):
            in_phrase, heads = False, ([] if token.pos_ == "SCONJ" else heads)
    return heads


def _listed(head: Token) -> list[Token]:
    return [head, *(c for c in head.conjuncts if c.i > head.i)]


def _two_adjectives(head: Token, actors: ActorIndex) -> list[Token]:
    """ "thailändische und kambodschanische Truppen": one noun, two sides in the nationality
    adjectives coordinated before it (read by their form: the parse often hangs the first elsewhere)."""
    adjectives, i = [], head.i - 1
    while i >= head.sent.start and head.doc[i].pos_ in ("ADJ", "CCONJ", "DET"):
        if head.doc[i].pos_ == "ADJ" and _named(head.doc[i], actors) is not None:
            adjectives.insert(0, head.doc[i])
        i -= 1
    return adjectives if len(adjectives) == 2 else []


def _named(phrase: Token, actors: ActorIndex) -> Span | None:
    """The actor a side's phrase or adjective names ("iranische Grenzschützer", "kambodschanische")."""
    return (
        actors.of_phrase(phrase)
        or actors.by_token.get(phrase.i)
        or state_of_adjective(phrase)
        or adjective_actor(phrase)
    )


def _army_before(trigger: Trigger, phrase: Token, actors: ActorIndex) -> Span | None:
    """A unit standing for the army named just before ("Israels Armee rückte vor. … Kämpfe zwischen
    Armee und Hamas"), as `implicit_sources` reads it."""
    army = group_sources(trigger, phrase, actors)
    return army[0] if len(army) == 1 else None


def _challenged_state(sides: list[Span | None]) -> str | None:
    """Rebels or a militia fight their own state's forces ("Armee und Rebellen im Norden
    Myanmars"): the state a named challenger side belongs to."""
    challengers = [s for s in sides if s is not None and (camp_of(s) or "").endswith(CHALLENGER)]
    return side_of(challengers[0]) if challengers else None


def _force_named_before(phrase: Token, actors: ActorIndex) -> Span | None:
    """ "die Armee", "die Polizei" refer back to the state force of that kind the article named last
    ("Pretoria wirft der israelischen Armee vor … Die Kämpfe zwischen Armee und Hamas"): where the
    fight takes place may be the other side's land."""
    role = _role_of(phrase)
    if role is None or role == REBELS:
        return None
    for i in range(phrase.i - 1, -1, -1):
        span = actors.by_token.get(i)
        actor = actor_of(span) if span is not None else None
        if actor is not None and actor.country and actor.actor_code == actor.country + role:
            return span
    return None


def _role_of(phrase: Token) -> str | None:
    word = phrase.lower_
    if word.endswith(ARMED_GROUP_ENDINGS):
        return REBELS
    if not word.endswith(STATE_FORCE_ENDINGS):
        return None
    return POLICE if word.startswith(("polizei", "polizist", "gendarm")) else MILITARY


def _unnamed_force(phrase: Token, state: str | None) -> Span | None:
    """A state's force named by its kind ("die Armee", "Polizisten"), or a gang or militia no actor
    names ("die Bande", "Bewaffnete"), for the state where the fight takes place."""
    role = _role_of(phrase)
    if state is None or role is None:
        return None
    force = ActorRef(name=phrase.text, country=state, actor_code=state + role)
    return stand_in(phrase.doc, phrase.i, phrase.i + 1, force)
