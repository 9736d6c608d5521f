"""Rules over all the events the coder found in one sentence: coordinated verbs share their
counterpart, a hypothetical act named as the consequence of a condition is an asserted threat, a fear
of a development and a doubt whether one happens are no events, and statements or announcements that only frame another act are dropped,
as are participles of comparison ("wie angekündigt"), the charge of an accusation, the restraint an
appeal asks of both sides towards each other and an optimistic comment beside another act of its
speaker. A promise stays beside the act it promises."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Span, Token

from lagebild.events.announced_threats import threat_code
from lagebild.events.arguments import (
    BY_PREPOSITIONS,
    in_subjunctive,
    is_finite,
    is_zu_infinitive,
    party_of,
    preposition_of,
    same_actor,
    side_of,
)
from lagebild.events.codebook import (
    APPEAL_ROOT,
    DENIAL,
    DENIAL_CODES,
    DISAPPROVAL_ROOT,
    INTENT_ROOT,
    MEETING_ROOT,
    REDUCING_ROOT,
    STATEMENT_ROOT,
    THREAT_ROOT,
)
from lagebild.events.conditions import is_conditional_consequence
from lagebild.events.event_clauses import (
    COORDINATORS,
    NOMINAL_POS,
    REPORTED_CLAUSE_DEPS,
    VERBAL_POS,
    clause_verb,
    surface_clause,
)
from lagebild.events.gatherings import is_gathering
from lagebild.events.meeting_words import MEETING_SETTINGS
from lagebild.events.modality_words import DOUBT_STEMS, FUTURE_AUX, POSSIBILITY, SUBJUNCTIVE_II, THAT_MARKS
from lagebild.events.pledge_verbs import PROMISING
from lagebild.events.silence_so_far import left_unconfirmed, silent_so_far
from lagebild.events.speculation import POSSIBILITY_MODALS
from lagebild.events.targets_forums import forum_of_complaint
from lagebild.events.targets_topic_owners import owns_topic
from lagebild.events.warned_consequences import foretells
from lagebild.pipeline.annotations import EventInfo
from lagebild.pipeline.word_classes import PARTICLE_DEPS

# Plain statements are quotations (the quote stage records them), not events.
STATEMENT_CODES = {"010"}
# a statement not made ("äußerte sich nicht", "wollte sich nicht äußern") is declining to comment
DECLINE_COMMENT = "011"
# Saying or announcing that something will be done: the announced act is the event.
FRAMING_ROOTS = {"01", "03"}
PESSIMISTIC_WARNING = "012"
# an optimistic comment ("sprach von einem historischen Tag") beside another act of its speaker
# ("… und versprach, …", "dankte … und sprach von …") only gives that act's tone
OPTIMISTIC_COMMENT = "013"
FRAMING_KEEP = {
    DENIAL,
    DECLINE_COMMENT,
}  # a denial is an event of its own, as is declining to say ("ließ offen, ob …")
ACCUSING_VERBS = re.compile(
    r"^(warf|wirft|werfen|warfen|vorwarf|vorwerf|vorgeworfen|vorzuwerfen|beschuldig|bezichtig)", re.IGNORECASE
)
# the clause of the charge, as the parse hangs it ("überschritten … zu haben" as a relative clause)
CHARGE_CLAUSES = {"ccomp", "xcomp", "advcl", "acl", "acl:relcl", "parataxis"}
# "kündigte an, … zu": announcing is coded 030 by the lexicon; the announced act is the event
GENERIC_INTENT = "030"
ANNOUNCING_VERB = re.compile(r"^(kündig|angekündigt|ankündig)", re.IGNORECASE)
COMPARISON_WORDS = {"wie", "als"}  # "wie angekündigt", "anders als erwartet"
# what an appeal for moderation asks of its addressees: to de-escalate in general (087); a ceasefire
# or a withdrawal asked of both (0871, 0874) is a concrete act the banks code both ways
RESTRAINT = "087"


def conditional_threats(events: list[EventInfo]) -> list[EventInfo]:
    """ "Sollte die EU weitere Sanktionen verhängen, könne Belarus die Durchleitung unterbrechen":
    the interruption stays hypothetical; threatening it is an asserted 13x event of the same dyad, unless
    the sentence makes that threat already ("droht Damaskus mit Schlägen, sollten …")."""
    threats: list[EventInfo] = []
    for event in events:
        code = threat_code(event.code)
        if not code or event.modality != "hypothetical" or _threat_of_dyad(event, events + threats):
            continue
        if is_conditional_consequence(event.trigger.root):
            threats.append(replace(event, code=code, modality="asserted"))
    return threats


def _threat_of_dyad(event: EventInfo, events: list[EventInfo]) -> bool:
    dyad = (party_of(event.source), party_of(event.target))
    return any(
        e.code.startswith(THREAT_ROOT) and (party_of(e.source), party_of(e.target)) == dyad for e in events
    )


# fearing a possible development is a state of mind, no act: "fürchtet, Deutschland könnte in den Krieg
# hineingezogen werden" (gold: a fear of a possible development is no event). A warning is said and
# stays (gold: "hätte unabsehbare Folgen, warnte er" = 012), as does a fear of what is happening.
FEAR_HEADS = re.compile(r"^(befürcht|fürcht|sorg)", re.IGNORECASE)
SPECULATION_WORDS = SUBJUNCTIVE_II | POSSIBILITY | POSSIBILITY_MODALS | FUTURE_AUX


# doubting whether something will happen is a state of mind too: "Ob die Wahlen stattfinden, bezweifeln
# viele Libyer" (gold: no event); a doubt aimed at an actor stays ("Ob Lukaschenko einlenkt, bezweifelt
# Landsbergis": 012 towards Belarus)
DOUBT_HEADS = re.compile(rf"^({DOUBT_STEMS})", re.IGNORECASE)
WHETHER = "ob"


def without_feared_developments(events: list[EventInfo]) -> list[EventInfo]:
    """Drop a fear aimed at nobody whose content is a clause about what could or will happen ("Polen
    fürchtet, der Konflikt könnte übergreifen"), and a doubt aimed at nobody whether something happens.
    A fear of a named act ("befürchtet eine Blockade durch China") stays a pessimistic comment, and a
    feared act the coder found is dropped as framing anyway."""
    return [
        e
        for e in events
        if not _aimless_statement(e, FEAR_HEADS, _clause_of_what_may_happen)
        and not _aimless_statement(e, DOUBT_HEADS, _whether_clause)
    ]


def _aimless_statement(event: EventInfo, heads: re.Pattern, about: Callable[[Token], bool]) -> bool:
    """A statement of the fear or doubt family aimed at nobody whose clause is `about` a development."""
    token = event.trigger.root
    return (
        event.code.startswith(STATEMENT_ROOT)
        and event.target is None
        and heads.match(token.text) is not None
        and any(about(c) for c in token.children)
    )


def _whether_clause(child: Token) -> bool:
    return any(m.dep_ == "mark" and m.lower_ == WHETHER for m in child.children)


def _clause_of_what_may_happen(child: Token) -> bool:
    """A content clause on the verb that says what may or will happen; the parser also hangs one on the
    verb as an adverbial clause, unmarked ("fürchtet, der Krieg könnte …") or with "dass"."""
    marks = {m.lower_ for m in child.children if m.dep_ == "mark"}
    content = child.dep_ in REPORTED_CLAUSE_DEPS or (child.dep_ == "advcl" and marks <= THAT_MARKS)
    return content and speculative(child)


def speculative(clause: Token) -> bool:
    """ "könnte", "würde", "werde", "möglicherweise": the clause says what may or will happen."""
    return any(t.lower_ in SPECULATION_WORDS for t in (clause, *clause.children))


def shared_counterparts(events: list[EventInfo]) -> list[EventInfo]:
    """Coordinated verbs share their counterpart as they share their subject: "Er wies die Vorwürfe
    zurück und sprach von einem unbegründeten Schritt" is aimed at the accuser both times. Not a denial
    (as in `counterparts_of_next_clauses`): it is aimed at an accuser only where it names one ("nannte
    die Abstimmung einen Witz und bestritt, dass …" denies nothing the voters said)."""
    by_trigger = {e.trigger.start: e for e in events if e.target is not None}
    shared = []
    for event in events:
        token = event.trigger.root
        receives = event.target is None and event.code not in DENIAL_CODES
        first = by_trigger.get(_coordinated_with(token)) if receives else None
        # "wandte sich an den Sicherheitsrat und beschwerte sich": a forum shared on is no one complained of
        if first is not None and forum_of_complaint(first.target, event.code):
            first = None
        if first is not None and event.source is not None and same_actor(first.source, event.source):
            event = replace(event, target=first.target)
        shared.append(event)
    return shared


def _coordinated_with(verb: Token) -> int | None:
    """The verb this one is coordinated with: its head, or the verb of the clause the parse hung it in
    ("ging mit Minsk ins Gericht und stellte Sanktionen in Aussicht", "stellte" on "Sanktionen")."""
    if verb.dep_ == "conj":
        return verb.head.i
    return clause_verb(verb.head).i if _coordinated_clause(verb) else None


def _pessimistic_warning(event: EventInfo) -> bool:
    """A warning of what another side will do is said and stays beside the act it foretells (gold:
    "warnte, der Kreml werde noch mehr Ausländer festnehmen" = 012 and the arrests); one of what could
    happen ("warnen, Pjöngjang könnte …") only frames a feared development. So does a doubt whether the
    other side acts ("Ob Lukaschenko einlenkt, bezweifelt Landsbergis": 012 and the yielding)."""
    verb = event.trigger.root
    doubted = DOUBT_HEADS.match(verb.text) is not None and any(_whether_clause(c) for c in verb.children)
    return event.code == PESSIMISTIC_WARNING and (foretells(verb) or doubted)


def without_framing(events: list[EventInfo]) -> list[EventInfo]:
    """Drop statements, announcements whose announced act is itself coded, the charge inside an
    accusation ("warf Russland Erpressung vor": the accusation is the event, not the blackmail). The
    accused's denial the parse hung inside the accusation ("Rom macht Tunis verantwortlich, Tunesien
    weist das zurück", "…, was der Kreml bestreitet") answers the charge and is no part of it. A
    negated statement stays, as what it asserts: a comment declined (011), unless it only reports
    silence so far (`silence_so_far`): then it stays a statement not made (010, negated); a claim left
    unconfirmed is no event at all."""
    charges = {
        other.trigger.start
        for event in events
        # what an accusation charges is its content, not a second event
        if event.code[:2] == DISAPPROVAL_ROOT
        for other in events
        if other is not event
        and other.trigger.start in _embedded(event)
        and other.code not in DENIAL_CODES
        and not _condemned_violence(event, other)
        and not _own_act(event, other)
        and not _meeting_as_setting(other)
    }
    charges |= _charged_infinitives(events)
    kept = []
    for event in events:
        if event.code in STATEMENT_CODES and event.modality == "negated":
            if silent_so_far(event.trigger.root):
                kept.append(replace(event, target=None))
                continue
            if left_unconfirmed(event.trigger.root):
                continue
            # aimed at no one, like a comment declined outright (`targets_statements.UNAIMED`), unless
            # what it declines to comment on is named as the target's ("die Darstellung Moskaus")
            owner = event.target if owns_topic(event.trigger.root, event.target) else None
            event = replace(event, code=DECLINE_COMMENT, modality="asserted", target=owner)
        if event.code in STATEMENT_CODES or event.trigger.start in charges:
            continue
        if event.code == OPTIMISTIC_COMMENT and _beside_own_act(event, events):
            continue
        if (
            _comparison(event.trigger.root)
            or _announces_a_clause(event)
            or _between_addressees(event, events)
        ):
            continue
        if event.code[:2] in FRAMING_ROOTS and event.code not in FRAMING_KEEP:
            inside = _embedded(event) - _next_statement(event)
            embedded = [o for o in events if o is not event and o.trigger.start in inside]
            if (
                embedded
                and not _pledged(event, embedded)
                and not _judged_by_adjective(event)
                and not _pessimistic_warning(event)
            ):
                continue
        # an appeal or proposal still to be made ("will vorschlagen, … einzufrieren") only announces its act
        if (
            event.code.startswith(APPEAL_ROOT)
            and event.modality == "future"
            and _announces_an_act(event, events)
        ):
            continue
        kept.append(event)
    return kept


def _beside_own_act(comment: EventInfo, events: list[EventInfo]) -> bool:
    """Another act of the comment's speaker whose verb is coordinated with the comment's ("sprach von
    einem historischen Tag und versprach, …"), either way round."""
    verb = comment.trigger.root
    return any(
        other.code[:2] != comment.code[:2]
        and other.source is not None
        and comment.source is not None
        and same_actor(other.source, comment.source)
        and (
            _coordinated_with(verb) == other.trigger.root.i or _coordinated_with(other.trigger.root) == verb.i
        )
        for other in events
    )


def _judged_by_adjective(event: EventInfo) -> bool:
    """A comment that judges the act it names by a predicative adjective ("nannte das Treffen
    konstruktiv", which the news parser hangs on the verb) is a comment of its own, not a frame."""
    verb = event.trigger.root
    return event.code[:2] == "01" and any(
        c.tag_ == "ADJD" and c.dep_ in ("xcomp", "advmod") and c.i > verb.i for c in verb.children
    )


def _between_addressees(demanded: EventInfo, events: list[EventInfo]) -> bool:
    """ "rief beide Seiten zur Mäßigung auf": the appeal to each side is the event; the restraint it
    asks of the two towards each other is no act of its own (the tuning banks; DEV and blind coded
    it). Restraint asked of one addressee towards a named other stays ("rief Israel zur Zurückhaltung
    auf"), as do talks and a ceasefire asked of both sides ("zu Gesprächen", "zu einer Waffenruhe"),
    which gold codes both ways."""
    if demanded.modality != "hypothetical" or demanded.code != RESTRAINT:
        return False
    if demanded.source is None or demanded.target is None:
        return False
    sides = {side_of(demanded.source), side_of(demanded.target)}
    if None in sides or len(sides) < 2:
        return False
    addressed = {
        side_of(e.target)
        for e in events
        if e is not demanded and e.trigger.start == demanded.trigger.start and e.target is not None
    }
    return sides <= addressed


def _announces_an_act(appeal: EventInfo, events: list[EventInfo]) -> bool:
    """Another event is the clause the appeal governs (the parse hangs a "zu" clause as advcl too)."""
    verb = appeal.trigger.root
    return any(
        e.trigger.root.head.i == verb.i and e.trigger.root.dep_ in ("ccomp", "xcomp", "advcl")
        for e in events
        if e is not appeal
    )


def _comparison(trigger: Token) -> bool:
    """ "wie angekündigt", "anders als geplant", "wie erwartet": a participle compared with, no act."""
    before = trigger.doc[trigger.i - 1].lower_ if trigger.i > trigger.sent.start else ""
    return before in COMPARISON_WORDS and trigger.pos_ != "NOUN" and trigger.lower_.endswith(("t", "en"))


def _announces_a_clause(event: EventInfo) -> bool:
    """ "kündigten an, Israel werde Iran einen Preis zahlen lassen": announcing is no act of its own
    (gold: the announced act is the event, future); only a pledge of something named stays (03x)."""
    token = event.trigger.root
    if event.code != GENERIC_INTENT or not ANNOUNCING_VERB.match(token.text):
        return False
    clause = surface_clause(token)
    # "kündigte an, … zu …" before the clause, or "…, kündigte London an" after it
    opens_clause = clause.end + 1 < token.sent.end and token.doc[clause.end].text == ","
    closes_clause = clause.start > token.sent.start and clause.start == token.i
    return opens_clause or closes_clause or any(c.dep_ in REPORTED_CLAUSE_DEPS for c in token.children)


def _condemned_violence(judgement: EventInfo, act: EventInfo) -> bool:
    """ "verurteilten den iranischen Angriff": violence condemned is a fact reported, not a charge; it
    stays an event of its own where the noun names its performer. So does a cut in relations whose
    noun phrase names who made it ("kritisierte die Ausweisung deutscher Diplomaten durch Russland")."""
    noun = act.trigger.root
    if noun.pos_ != "NOUN":
        return False
    if judgement.code == "111" and act.code[:2] in ("17", "18", "19", "20"):
        return True
    return act.code[:2] == REDUCING_ROOT and _named_in_phrase(act.source, noun)


def _named_in_phrase(actor: Span | None, noun: Token) -> bool:
    phrase = {t.i for t in noun.subtree}
    # an agent phrase after the noun names who made it, also where the parse hung it on the verb
    agent = actor is not None and actor.start > noun.i and preposition_of(actor.root) in BY_PREPOSITIONS
    return actor is not None and (actor.start in phrase and actor.end - 1 in phrase or agent)


def _meeting_as_setting(act: EventInfo) -> bool:
    """A call or a talk named as where the accusation was made ("legte in einem Telefonat mit Wang Yi
    Protest ein", the parse hanging the phrase inside "Protest") is when it was made, not what it
    charges: the meeting took place beside the protest (`setting_meetings`)."""
    noun = act.trigger.root
    return (
        act.code.startswith(MEETING_ROOT)
        and noun.pos_ in NOMINAL_POS
        and preposition_of(noun) in MEETING_SETTINGS
        and not is_gathering(noun)
    )


def _own_act(accusation: EventInfo, act: EventInfo) -> bool:
    """What the accuser does itself is no charge: a clause of its own, with a finite verb, whose actor
    is the accuser's side ("Paris verurteilte die Angriffe und drohte, …", "reagierte verstimmt: Polen
    liefere keine Waffen mehr"). An infinitive under the accusation ("warf Minsk vor, Migranten zu
    schleusen") is done by the accused, whoever the parse lent it to."""
    verb = act.trigger.root
    if verb.pos_ in NOMINAL_POS or accusation.source is None or act.source is None:
        return False
    finite = any(is_finite(v) for v in (verb, *(c for c in verb.children if c.dep_ in ("aux", "aux:pass"))))
    own = side_of(accusation.source) is not None and side_of(accusation.source) == side_of(act.source)
    return finite and own and not _under_infinitive(verb, accusation.trigger.root)


def _pledged(event: EventInfo, embedded: list[EventInfo]) -> bool:
    """ "sagte zu, eine Delegation zu empfangen", "verpflichtete sich, … vorzugehen": the promise binds
    its source and is coded beside the promised act, to come (the gold banks code both). Where the act
    itself became the pledge (`intentions.py`: "sagte zu, Kiew zu unterstützen", 03x; "bot an, zu
    vermitteln", 039) it is coded once."""
    promise = event.trigger.root
    return (
        event.code[:2] == INTENT_ROOT
        and promise in PROMISING
        and not any(e.code.startswith(INTENT_ROOT) for e in embedded)
    )


def _charged_infinitives(events: list[EventInfo]) -> set[int]:
    """Acts named by the "zu" infinitive of an accusing verb ("warf den USA vor, Oppositionelle zu
    finanzieren", "… die Grenze überschritten und Personal angegriffen zu haben"): the charge, what
    the accuser says the accused did, whether or not the accusation itself was coded and however the
    parse hung the infinitive (as a relative clause, or with its "zu" on the last conjunct only)."""
    sentences = {e.trigger.sent.start: e.trigger.sent for e in events}.values()
    charged = {
        t.i
        for sentence in sentences
        for verb in sentence
        if ACCUSING_VERBS.match(verb.text) and _accusing(verb)
        for c in verb.children
        if c.i > verb.i and c.dep_ in CHARGE_CLAUSES and _zu_clause(c)
        for t in _governed(c)
    }
    return {e.trigger.start for e in events if e.trigger.start in charged}


def _accusing(verb: Token) -> bool:
    """ "warf … vor", "vorwerfen", "beschuldigte", "bezichtigte" (not "warf Steine")."""
    if not verb.lower_.startswith(("warf", "wirf", "werf")):
        return True
    return any(c.dep_ in PARTICLE_DEPS and c.lower_ == "vor" for c in verb.children)


def _zu_clause(clause: Token) -> bool:
    """An infinitive with "zu", on its own verb or on a verb coordinated with it."""
    verbs = [clause, *(c for c in clause.children if c.dep_ == "conj")]
    return any(
        is_zu_infinitive(v) or any(m.dep_ == "mark" and m.lower_ == "zu" for m in v.children) for v in verbs
    )


def _under_infinitive(verb: Token, top: Token) -> bool:
    """The verb or a clause between it and `top` has an infinitive's "zu" (which the tagger may call
    finite: "… Häfen vermint zu haben", "vermint"/Fin)."""
    token = verb
    while token.i != top.i and token.head.i != token.i:
        if is_zu_infinitive(token) or any(c.dep_ == "mark" and c.lower_ == "zu" for c in token.children):
            return True
        token = token.head
    return False


def _embedded(event: EventInfo) -> set[int]:
    """Tokens of the clauses and objects the event's trigger governs, without a clause coordinated with
    the trigger that the parse hung inside them."""
    return {
        t.i
        for c in event.trigger.root.children
        if c.dep_ in ("ccomp", "xcomp", "parataxis", "obj") or _infinitive_conjunct(c)
        for t in _governed(c)
    }


def _next_statement(event: EventInfo) -> set[int]:
    """The tokens of an indicative main clause the parse hung on a pledge after a comma ("Tokio stellte
    Nothilfe in Aussicht, das Welternährungsprogramm verteilt bereits Reis"): what is pledged is said in
    a "zu" infinitive, a "dass" clause or the subjunctive of reported speech ("versprach, Chile werde …"),
    so a clause in the indicative with a subject of its own is the report's next statement."""
    if event.code[:2] != INTENT_ROOT:
        return set()
    pledge = event.trigger.root
    return {
        t.i
        for c in pledge.children
        if c.dep_ == "parataxis"
        and c.i > pledge.i
        and "Ind" in c.morph.get("Mood")
        and not in_subjunctive(c)
        and any(s.dep_ == "nsubj" for s in c.children)
        and any(t.is_punct for t in c.doc[pledge.i : c.left_edge.i + 1])
        for t in c.subtree
    }


def _infinitive_conjunct(child: Token) -> bool:
    """An infinitive clause the parse coordinated with the verb it depends on ("warf Moskau vor,
    Getreidesilos bombardiert und Häfen vermint zu haben"): a coordinated clause of the same actor
    would be finite; one without a finite verb or subject of its own, with its "zu", is the content."""
    if child.dep_ != "conj" or is_finite(child) or any(c.dep_ == "nsubj" for c in child.children):
        return False
    return any(t.dep_ == "mark" and t.lower_ == "zu" for t in child.subtree)


def _governed(top: Token) -> list[Token]:
    """The subtree of `top`, less what `_coordinated_clause` finds outside a content clause: "sprach von
    einem neuen Kapitel und lobte den Plan" parsed with "lobte" as an attribute of "Plan", "verurteilte
    die Angriffe scharf und drohte" with "drohte" coordinated with the adverb."""
    tokens, stack = [], [(top, False)]
    while stack:
        token, in_content = stack.pop()
        in_content = in_content or _opens_content(token)
        if token is not top and not in_content and _coordinated_clause(token):
            continue
        tokens.append(token)
        stack.extend((c, in_content) for c in token.children)
    return tokens


def _opens_content(token: Token) -> bool:
    """A clause with a mark ("dass", "ob", an infinitive's "zu") or in the subjunctive of reported
    speech: all that is coordinated inside it is what is said ("warf ihr vor, sie habe angegriffen und
    geplündert", "warf der Polizei vor, Festgenommene geschlagen und misshandelt zu haben")."""
    marked = any(c.dep_ == "mark" for c in token.children)
    return marked or "Sub" in token.morph.get("Mood")


def _coordinated_clause(token: Token) -> bool:
    """A verb joined by "und" or "aber" that the parse hung as a conjunct, an attribute or a clause of
    a word below the trigger: in the indicative, or tagged as an adjective of a noun ("und stellte
    Sanktionen in Aussicht": "stellte"/ADJ on "Sanktionen"), it continues the main clause."""
    if not any(c.dep_ == "cc" and c.lower_ in COORDINATORS for c in token.children):
        return False
    indicative = token.pos_ in VERBAL_POS and "Ind" in token.morph.get("Mood")
    attribute = token.dep_ in ("amod", "acl") and token.head.pos_ in NOMINAL_POS
    return token.dep_ in ("conj", "amod", "acl") and (indicative or attribute)
