"""Casualties and damage reported without the attacker: "Russland griff Kiew mit Drohnen an. Dabei wurden
zwölf Menschen getötet", "… kamen dabei drei Kinder ums Leben", "Bei dem Raketenangriff auf das Rathaus
wurden zwanzig Menschen verletzt", "Dabei wurde das Kraftwerk zerstört". News report the toll of an attack
in a sentence of its own, in the passive or with an intransitive verb of dying, and point back to the
attack by "dabei" or by naming it in a "bei" phrase. The banks code such a sentence as the attack again,
by the side that attacked: the toll is the attack's, not a killing by nobody.

Precision first: only where the attack is pointed back to, the sentence codes no act of violence of its
own, and the sentences before name exactly one attacking side. A fight of two sides ("bei den Kämpfen",
"bei dem Zusammenstoß") names no one attacker: its toll is coded as the fight, by both sides in both
directions, only where the dead are of exactly two named states ("zwei indische und drei chinesische
Soldaten"). A terror attack named as a death toll's occasion with no attacker here or before ("Bei dem
Anschlag auf einen Markt in Kabul wurden zwanzig Menschen getötet") is coded with no source, and so is a
person shot or stabbed in a passive that names no agent ("Der Abgeordnete wird vor seinem Haus in Baku
angeschossen"), and a thing of a state struck in a passive that names no one but the weapon ("Port Sudan
ist von Drohnen angegriffen worden") where the article has told of no force against that state."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import (
    ActorIndex,
    actor_or_place,
    adjective_actor,
    children,
    clause_tokens,
    genitive_attributes,
    preposition_of,
    same_side,
    side_of,
    stand_in,
    state_adjectives,
    state_of_adjective,
)
from lagebild.events.codebook import ASSAULT_ROOT, COERCION_ROOT, FORCE_ROOTS
from lagebild.events.conflict_tolls import OCCASION, among_the_dead, fight_noun, tolls_of_the_conflict
from lagebild.events.context_targets import context_start
from lagebild.events.fighting_sides import FIGHT_ENDINGS
from lagebild.events.lexicon import Lexicon
from lagebild.events.one_side_acts import latest_by_one_side
from lagebild.events.passive_sources import AGENT_WORDS, PASSIVE_AUXILIARY, agentless_passive, werden_passive
from lagebild.events.struck_places import struck_place
from lagebild.events.triggers import Trigger, noun_trigger, verb_trigger
from lagebild.events.word_events import word_event
from lagebild.pipeline.annotations import EventInfo
from lagebild.pipeline.word_classes import RELATIVE_CLAUSES

# what an attack does to people and things, said in the passive without the attacker ("wurden getötet")
PASSIVE_TOLL = frozenset({"töten", "verletzen", "verwunden", "zerstören", "beschädigen", "treffen"})
# dying, said of the victims themselves ("starben", "kamen ums Leben")
DYING = frozenset({"sterben"})
LIFE, LOSING_ONES_LIFE = "leben", "kommen"
# the tolls of deaths, for an attack by no one known
KILLING = frozenset({"töten", *DYING, LOSING_ONES_LIFE})
# a person shot or stabbed: an assault on one victim, which news reports in the passive when the killer is unknown
SHOOTING_OR_STABBING = frozenset(
    {"erschießen", "anschießen", "niederschießen", "ermorden", "erstechen", "niederstechen"}
)
# strikes of conventional force (190, 193-195): not a blockade, an occupation or a broken truce
STRIKES = ("190", "193", "194", "195")
# the weapons that strike, named as the agent of a passive that names no one who fired them
WEAPONS = ("rakete", "raketen", "drohne", "drohnen", "geschoss", "geschossen", "granate", "granaten", "bombe", "bomben",
           "marschflugkörper", "marschflugkörpern")  # fmt: skip
# the scene of such a killing ("in Baku")
SCENE_PREPOSITIONS = ("in", "im")
# the dependency of a passive's agent phrase ("von einem Rentner")
AGENT = "obl:agent"
# adverbs that point back to the act of the sentence before ("Dabei wurden …", "wobei …")
POINTING_BACK = frozenset({"dabei", "wobei"})
# the one sentence "dabei" points back to; an attack named again may have been reported a little earlier
BACK_SENTENCES = 1
CONFIDENCE = 0.6


def casualties_of_attacks(
    sentence: Span, acts: list[EventInfo], before: list[EventInfo], actors: ActorIndex, lexicon: Lexicon
) -> list[EventInfo]:
    """The attack again, by the one attacking side of the sentences before, for a toll that points back
    to it; else the fight of the dead's two states; else the toll of the article's conflict
    (`conflict_tolls`). Nothing where the sentence codes violence itself. `before`: the article's events
    so far."""
    if any(e.code[:2] in FORCE_ROOTS for e in acts):
        return []
    tolls = [verb for verb in sentence if _reports_toll(verb)]
    for verb in tolls:
        # the parse may hang "dabei" on a word of the clause ("kamen dabei zwei Kinder ums Leben": on "zwei")
        if any(t.lower_ in POINTING_BACK for t in clause_tokens(verb)):
            attack = _one_attacker(before, context_start(sentence, BACK_SENTENCES))
            if attack is not None:
                return [word_event(verb, attack.code, CONFIDENCE, attack.source, attack.target)]
        for noun in _occasions(verb):
            found = _attack_named(noun, before, sentence, actors, lexicon)
            if found is not None:
                return [found]
    if tolls:
        found = (
            _fight_between_the_dead(sentence, tolls, lexicon)
            or tolls_of_the_conflict(sentence, tolls, before, actors, lexicon)
            or _attacks_by_no_one_known(tolls, actors, lexicon)
        )
        if found:
            return found
    # the sentence's verb rows, read once for both passives that name no one
    verb_acts = [trigger for verb in sentence if (trigger := verb_trigger(verb, sentence, lexicon))]
    return _victims_of_no_one_known(acts, verb_acts, actors) or _strikes_by_no_one_known(
        sentence, verb_acts, before, actors
    )


def _fight_between_the_dead(sentence: Span, tolls: list[Token], lexicon: Lexicon) -> list[EventInfo]:
    """A fight named as the occasion of a toll with the dead or wounded of two states ("Bei dem Gefecht waren zwei
    indische und drei chinesische Soldaten getötet worden"): fought by both, in both directions, as a fight
    between named sides is. Where the parse hangs the "bei" phrase is too loose to ask: any fight noun in
    a "bei" phrase of the sentence; the states are those of the nationality adjectives of the dead (not
    of those they fought with: "in einem Handgemenge mit chinesischen Truppen", nor of a source of the
    report: "nach indischen Angaben")."""
    fights = [t for t in sentence if preposition_of(t) in OCCASION and fight_noun(t, lexicon)]
    states: dict[str, Span] = {}
    for word in sentence:
        state = (_counted_nationality(word) if _outside_phrases(word, tolls) else None) or (
            state_of_adjective(word) if among_the_dead(word, tolls) else None
        )
        if state is not None:
            states.setdefault(side_of(state), state)
    if len(fights) != 1 or len(states) != 2 or None in states:
        return []
    code = noun_trigger(fights[0], lexicon).entry.code
    first, second = states.values()
    return [word_event(fights[0], code, CONFIDENCE, a, b) for a, b in ((first, second), (second, first))]


def _outside_phrases(word: Token, tolls: list[Token]) -> bool:
    """Whether a word hangs below no prepositional phrase up to a toll or the root: a counted nationality
    the parse misplaces ("zwei indische und drei chinesische Soldaten", "indische" made the root) is
    still among the dead, while those met or fought with are not ("als sie auf drei chinesische
    trafen")."""
    token = word
    while preposition_of(token) is None:
        if token.head.i == token.i or token.head in tolls:
            return True
        token = token.head
    return False


def _counted_nationality(word: Token) -> Span | None:
    """A nationality adjective counted with its noun left out: "zwei indische und drei chinesische
    Soldaten", where the parse makes "indische" no attribute."""
    actor = state_adjectives().get(word.lower_) if word.tag_ == "ADJA" and word.dep_ != "amod" else None
    if actor is None or not children(word, "nummod"):
        return None
    return stand_in(word.doc, word.i, word.i + 1, actor)


def _reports_toll(verb: Token) -> bool:
    """A passive of harm ("wurden getötet", "wurde zerstört") or a verb of dying ("starben", "kamen
    ums Leben"), finite or with its auxiliary, not an attribute ("getötete Zivilisten")."""
    lemma = verb.lemma_.lower()
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ in ("amod", "nmod"):
        return False
    if lemma in PASSIVE_TOLL:
        return werden_passive(verb)
    if lemma in DYING:
        return True
    return lemma == LOSING_ONES_LIFE and any(c.lower_ == LIFE for c in children(verb, "obl", "obj"))


def _occasions(verb: Token) -> list[Token]:
    """The nouns a toll names as its occasion: a "bei" phrase on the verb ("Bei dem Angriff wurden …"),
    or the noun a relative clause opened by "bei dem/der" describes ("die Bombardierung, bei der …")."""
    nouns = [c for c in verb.children if preposition_of(c) in OCCASION]
    relative = verb.dep_ in RELATIVE_CLAUSES and any(
        preposition_of(c) in OCCASION and c.tag_ == "PRELS" for c in verb.children
    )
    return nouns + ([verb.head] if relative else [])


def _attack_named(
    noun: Token, context: list[EventInfo], sentence: Span, actors: ActorIndex, lexicon: Lexicon
) -> EventInfo | None:
    """The attack a "bei" phrase names, by the one side that attacked in the sentences before, when the
    phrase names no attacker of its own ("bei einem russischen Angriff" is coded as any attack noun)."""
    trigger = noun_trigger(noun, lexicon)
    if trigger is None or trigger.entry.code[:2] not in FORCE_ROOTS or noun.lower_.endswith(FIGHT_ENDINGS):
        return None
    if adjective_actor(noun) is not None or any(actors.of_phrase(c) for c in children(noun, "nmod")):
        return None
    attack = _one_attacker(context, context_start(sentence))
    if attack is None:
        return None
    target = struck_place(trigger, actors, attack.source) or attack.target
    if side_of(target) == side_of(attack.source):
        return None
    return word_event(noun, trigger.entry.code, CONFIDENCE, attack.source, target)


def _attacks_by_no_one_known(tolls: list[Token], actors: ActorIndex, lexicon: Lexicon) -> list[EventInfo]:
    """A terror attack named as a death toll's occasion whose attacker neither the sentence nor the
    sentences before name ("Bei einem Anschlag auf einen Markt in Kabul wurden zwanzig Menschen
    getötet"): the banks code it with no source, against the state struck or of the dead. Only an
    assault (18: "Anschlag", "Selbstmordanschlag"): an air strike or shelling with no attacker named is the
    article's war, whose attacker the banks take from the context, and an attacker in the genitive
    ("eines Selbstmordattentäters der Shabaab-Miliz") is a side of its own."""
    for verb in tolls:
        if verb.lemma_.lower() not in KILLING:
            continue
        for noun in _occasions(verb):
            trigger = noun_trigger(noun, lexicon)
            if trigger is None or trigger.entry.code[:2] != ASSAULT_ROOT:
                continue
            if adjective_actor(noun) is not None or genitive_attributes(noun):
                continue
            target = struck_place(trigger, actors, None) or _state_of_the_dead(verb)
            if target is not None:
                return [word_event(noun, trigger.entry.code, CONFIDENCE, None, target)]
    return []


def _victims_of_no_one_known(
    acts: list[EventInfo], verb_acts: list[Trigger], actors: ActorIndex
) -> list[EventInfo]:
    """A person shot or stabbed, said in the passive with no agent ("Der Sikh-Aktivist wird vor einem Gurdwara
    im kanadischen Surrey erschossen", "Der Abgeordnete wird vor seinem Haus in Baku angeschossen"): the
    banks code the assault with no source, against the state of the victim or of the place. Reached only
    where the sentence codes no violence of its own and its tolls were read as no one's attack before; not
    where it codes an arrest, whose police did the shooting ("wurde bei seiner Festnahme erschossen")."""
    if any(e.code.startswith(COERCION_ROOT) for e in acts):
        return []
    for trigger in verb_acts:
        verb = trigger.token
        if trigger.entry.lemma not in SHOOTING_OR_STABBING or not _passive_without_agent(verb):
            continue
        target = _victim_or_scene(verb, actors)
        if target is not None:
            return [word_event(verb, trigger.entry.code, CONFIDENCE, None, target)]
    return []


def _strikes_by_no_one_known(
    sentence: Span, verb_acts: list[Trigger], before: list[EventInfo], actors: ActorIndex
) -> list[EventInfo]:
    """A thing of a state attacked, shelled or hit, said in the passive with no one as its agent or only
    the weapon ("Port Sudan ist von Drohnen angegriffen worden", "wurde ein iranischer Öltanker von zwei
    Raketen getroffen", "ist ein Hubschrauber der Vereinten Nationen beschossen worden"): the banks code
    the strike with no source, against the state struck, as they code a person shot by no one known.
    Not where the article has told of force against that state before, nor of any attack in the
    sentence before ("Zudem seien Stellungen … getroffen worden"): that is the article's war, whose
    attacker the banks take from the context."""
    if any(
        e.code[:2] in FORCE_ROOTS
        for e in before
        if e.trigger.start >= context_start(sentence, BACK_SENTENCES)
    ):
        return []
    for trigger in verb_acts:
        verb = trigger.token
        if trigger.entry.code[:3] not in STRIKES or not _struck_by_no_one(verb, actors):
            continue
        # the thing struck named by its owner's adjective ("ein iranischer Öltanker")
        owners = (adjective_actor(struck) for struck in children(verb, "nsubj:pass"))
        target = struck_place(trigger, actors, None) or next(filter(None, owners), None)
        if target is not None and not _attacked_before(target, before):
            return [word_event(verb, trigger.entry.code, CONFIDENCE, None, target)]
    return []


def _struck_by_no_one(verb: Token, actors: ActorIndex) -> bool:
    """A passive whose agent, if any, is the weapon that struck ("von zwei Raketen getroffen"), not one
    that names whose it is ("von einer Buk-Rakete aus russischen Armeebeständen")."""
    agents = [c for c in clause_tokens(verb) if c.dep_ == AGENT or preposition_of(c) in AGENT_WORDS]
    owned = any(t.i in actors.by_token or state_of_adjective(t) for a in agents for t in a.subtree)
    return werden_passive(verb) and all(a.lower_.endswith(WEAPONS) for a in agents) and not owned


def _attacked_before(side: Span, before: list[EventInfo]) -> bool:
    """Whether the article has told of force against the side before, by whomever."""
    return any(e.code[:2] in FORCE_ROOTS and same_side(e.target, side) for e in before)


def _passive_without_agent(verb: Token) -> bool:
    """A passive with "werden" and no "von"/"durch" agent, also where the parse takes the present "wird"
    for a future's auxiliary ("Der Abgeordnete wird vor seinem Haus angeschossen": its passive subject
    gives it away). The agent may hang anywhere in the clause: on the participle before a trailing
    auxiliary ("ist von einem Rentner niedergeschossen worden") or on a place before it ("im Norden des
    Westjordanlandes von der Armee erschossen")."""
    present = children(verb, "nsubj:pass") and any(
        a.lemma_.lower() == PASSIVE_AUXILIARY for a in children(verb, "aux")
    )
    agent = any(c.dep_ == AGENT or preposition_of(c) in AGENT_WORDS for c in clause_tokens(verb))
    return (agentless_passive(verb) or bool(present)) and not agent


def _victim_or_scene(verb: Token, actors: ActorIndex) -> Span | None:
    """The state of the victim ("ein kanadischer Journalist"), else of the place the clause names ("in
    Baku", "im kanadischen Surrey")."""
    victims = children(verb, "nsubj:pass")
    # not a town hung on another place ("Im Kleinen Tiergarten in Berlin wird der Georgier erschossen": the
    # banks take the victim's state, which the sentence names by a noun the actors do not read)
    scenes = [phrase for phrase in children(verb, "obl") if preposition_of(phrase) in SCENE_PREPOSITIONS]
    states = (
        *(actors.of_phrase(victim) or adjective_actor(victim) for victim in victims),
        *(actor_or_place(scene, actors) or adjective_actor(scene) for scene in scenes),
    )
    return next((state for state in states if side_of(state) is not None), None)


def _state_of_the_dead(toll: Token) -> Span | None:
    """The state of the first nationality adjective on those a toll says died ("kamen vier französische
    Soldaten ums Leben"), whom `struck_place` finds only as the subject of a passive."""
    dead = (state_of_adjective(word) for word in toll.sent if among_the_dead(word, [toll]))
    return next((state for state in dead if state is not None), None)


def _one_attacker(context: list[EventInfo], start: int) -> EventInfo | None:
    """The latest act of violence reported as done since `start`, where all of them were done by one
    side; None where none was, two sides attacked, or the latest attack hit no one known (whom its
    toll belongs to is then unknown too)."""
    latest = latest_by_one_side(context, start, FORCE_ROOTS, ("asserted",))
    return latest if latest is not None and side_of(latest.target) is not None else None
