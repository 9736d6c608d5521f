"""Targets the clause does not name: the counterpart in the sentences just before, an actor nearby,
or nobody. A weak parser leaves many targets unattached, and a reaction often names only its source
("Moskau bestreitet das."); these rules guess carefully and prefer no target to a wrong one."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from lagebild.events.arguments import (
    DATIVE_OBJECT_DEPS,
    ActorIndex,
    act_agent,
    actor_in_compound,
    actor_of,
    actor_or_place,
    adjective_actor,
    children,
    clause_tokens,
    entity_at,
    first_conjunct,
    is_act_noun,
    is_definite,
    misparsed_as_attribute,
    names_an_event,
    nominative_actor,
    passive_agents,
    preposition_of,
    same_actor,
    side_of,
    subject_after_the_verb,
    subject_of,
    with_preposition,
)
from lagebild.events.codebook import (
    APPEAL_ROOT,
    DENIAL_CODES,
    EUROPEAN_UNION,
    FORCE_ROOTS,
    HOSTILE_ROOTS,
    JUDGING_ROOTS,
    NATO,
    PRAISE,
    REDUCING_ROOT,
    REJECTION_ROOT,
    STATEMENT_ROOT,
    VIOLENCE_ON_PEOPLE_ROOTS,
    codebook,
)
from lagebild.events.event_clauses import NOMINAL_POS, VERBAL_POS
from lagebild.events.lexicon import german_lexicon, target_prepositions
from lagebild.events.story_pairs import without_mediators
from lagebild.events.targets_accusers import claimant, named_accuser
from lagebild.events.targets_addressed_before import addressee_named_before
from lagebild.events.targets_asked_at_home import asked_at_home
from lagebild.events.targets_at_home import addressee_at_home
from lagebild.events.targets_authors import author_of_earlier_mention
from lagebild.events.targets_both_sides import addresses_both_sides
from lagebild.events.targets_by_nationality import state_by_nationality
from lagebild.events.targets_camps import camp_of, other_camp
from lagebild.events.targets_co_agents import co_agent_as_target, co_agent_sides, named_alongside
from lagebild.events.targets_country_nouns import country_noun_in_clause
from lagebild.events.targets_described import in_characterisation, thing_called
from lagebild.events.targets_directed import RECIPROCAL_PRONOUNS, reciprocal_verb
from lagebild.events.targets_domestic import domestic_target
from lagebild.events.targets_forums import forum_of_complaint
from lagebild.events.targets_meeting_venues import venue_of_meeting
from lagebild.events.targets_other_predicates import in_another_predicate
from lagebild.events.targets_parallel_clauses import opens_a_parallel_clause, subject_of_a_parallel_clause
from lagebild.events.targets_proposals import proposer
from lagebild.events.targets_protests import protest_target
from lagebild.events.targets_public_calls import calls_on_no_one
from lagebild.events.targets_referred_acts import referred_act_performer
from lagebild.events.targets_rejected_offers import rejecting_clause_subject
from lagebild.events.targets_roundup import starts_roundup_item
from lagebild.events.targets_statements import statement_topic
from lagebild.events.targets_states_named_here import other_states_named
from lagebild.events.targets_third_parties import other_side_addressed, third_parties
from lagebild.events.targets_topic_owners import topic_owner
from lagebild.events.targets_verdicts import court_state
from lagebild.events.triggers import Trigger, noun_or_light_verb_phrases
from lagebild.pipeline.annotations import EventInfo

# determiners and pronouns of an object that refers back to something said before
ANAPHORIC = {"der", "die", "das", "den", "dem", "des", "dies", "diese", "dieser", "diesen", "dieses",
             "solche", "es"}  # fmt: skip

CONTEXT_SENTENCES = 2  # how far back a reaction's target is looked for
ACT_SENTENCES = 3  # how far back the act a judgement names by a noun ("die Hinrichtung") may be
INVESTIGATION_ROOT = "09"
# raising alert or mobilising names no target ("versetzte die Armee in Alarmbereitschaft", "berief die
# Reservisten ein") but is shown to an adversary: one named nearby or just before, as for acts that
# take a target. Not a weapons test or show of force (150): the gold mostly gives those no target
ALERT_CODES = ("152", "154")
# coercion (ban, arrest, repress, seize) and assault are done to people the clause names: where it
# names none, the counterpart of the diplomacy just before is not the victim (measured on the tuning
# sets: no such guess was right, most gold events have no target)
UNGUESSED_ROOTS = ("17", "18")
# optimistic comments (013) and admissions (015), which the lexicon lets take a partner their object or
# phrase names ("von einem neuen Kapitel in den Beziehungen zu Washington", "bekannte sich zu dem
# Anschlag auf Israel"): with none named there, no guess from before was right on the tuning sets
UNADDRESSED_STATEMENTS = ("013", "015")
# accusations (112x: "warf Manila Provokationen vor"), whose objects name the conduct charged
ACCUSATION_ROOT = "112"
# nouns that name a phase of another act, named in their genitive, and share its doer: its end, halt,
# continuation or widening ("ein Ende der israelischen Angriffe" is Israel's to make, "die Ausweitung
# der russischen Offensive" is Russia's doing)
PHASE_NOUNS = {"ende", "einstellung", "beendigung", "stopp", "fortsetzung", "ausweitung", "eskalation",
               "verschärfung", "wiederaufnahme", "intensivierung"}  # fmt: skip

CRITICISM_NOUNS = {
    "kritik",
    "vorwurf",
    "anschuldigung",
    "beschuldigung",
    "vorhaltung",
    "anwurf",
    "tadel",
    "rüge",
    # warnings, concerns, appeals and remarks rejected are criticism too: the rejection is aimed at
    # whoever voiced them only where the sentence names them ("wies die Warnungen als Einmischung
    # zurück" has no target, "wies die Warnungen aus Tokio zurück" targets Japan)
    "warnung",
    "mahnung",
    "sorge",
    "bedenken",
    "appell",
    "äußerung",
    "behauptung",
    "unterstellung",
    "verdächtigung",
    "protest",
    # so is a demand: "wies die Forderung zurück" answers the one who made it only where it is named
    "forderung",
}
# "verurteilte jeden Angriff auf Zivilisten": acts of a kind in general, by no one in particular
GENERIC_DETERMINERS = {"jeder", "jede", "jeden", "jedem", "jedes", "alle", "allen", "aller", "jegliche",
                       "jeglichen", "jeglicher", "jegliches", "sämtliche", "sämtlichen"}  # fmt: skip
# "der Status quo um Taiwan", "die Debatte über Israel": an actor talked about is no addressee
TOPIC_PREPOSITIONS = {"um", "über"}
AIMED_PREPOSITIONS = {"gegen", "auf", "für"}
PARTNER_PREPOSITIONS = {"mit"}
# second parts of a compound naming a gathering an actor hosts ("Nato-Gipfel", "EU-Sondertreffen")
GATHERINGS = ("gipfel", "sondergipfel", "treffen", "sondertreffen", "tagung", "konferenz", "ratstreffen")
# "Auch die Litauer verstärkten ihre Grenztruppen": the same act as another's just before
PARALLEL_ADVERBS = {"auch", "ebenfalls", "ebenso", "gleichfalls"}
JOINING_VERBS = {"anschließen"}  # reflexive: "schloss sich den Sanktionen an"
# requests, offers and cooperation go to a partner (a concession, 08, answers a conflict)
COOPERATION_ROOTS = {"02", "03", "04", "05", "06", "07"}
CONFLICT_QUADS = {3, 4}
# demands and disapproval answer someone's conduct
CRITICISM_ROOTS = {"10", "11"}
# a member giving way ("machte den Weg frei", "stellte seine Bedenken zurück") yields within its union
# or alliance: there the union is a counterpart to guess. Not a member's refusal: "werde sich nicht
# einschüchtern lassen" answers an adversary
MEMBER_TO_UNION_ROOTS = {"08"}
# an alliance and its members are one side for a guess: a member state reacting to events is not
# answering the union or alliance it belongs to, nor is the alliance's official addressing a member
MEMBERS = {
    EUROPEAN_UNION: {"AUT", "BEL", "BGR", "HRV", "CYP", "CZE", "DNK", "EST", "FIN", "FRA", "DEU", "GRC",
                  "HUN", "IRL", "ITA", "LVA", "LTU", "LUX", "MLT", "NLD", "POL", "PRT", "ROU", "SVK",
                  "SVN", "ESP", "SWE"},
    NATO: {"ALB", "BEL", "BGR", "CAN", "HRV", "CZE", "DNK", "EST", "FIN", "FRA", "DEU", "GRC",
                  "HUN", "ISL", "ITA", "LVA", "LTU", "LUX", "MNE", "NLD", "MKD", "NOR", "POL", "PRT",
                  "ROU", "SVK", "SVN", "ESP", "SWE", "TUR", "GBR", "USA"},
}  # fmt: skip


# the doc's memo of the sentence before each sentence while the coder runs: every sentence asks where
# its context begins, for two windows, and each asking walked back over the sentences before it
SENTENCES_BEFORE = "lagebild_event_sentences_before"


def context_start(sentence: Span, sentences: int = CONTEXT_SENTENCES) -> int:
    """Where the context of a sentence begins: the start of the sentence `sentences` before it."""
    start = sentence
    for _ in range(sentences):
        before = _sentence_before(start)
        if before is None:
            break
        start = before
    return start.start


def _sentence_before(sentence: Span) -> Span | None:
    """The sentence before this one in its context; None at the text's start and for a roundup's item
    ("Kuba: …"), which shares no counterparts with the item before it."""
    memo = sentence.doc.user_data.get(SENTENCES_BEFORE)
    if memo is not None and sentence.start in memo:
        return memo[sentence.start]
    before = None
    if sentence.start > 0 and not starts_roundup_item(sentence):
        before = sentence.doc[sentence.start - 1].sent
    if memo is not None:
        memo[sentence.start] = before
    return before


def context_target(source: Span, context: list[EventInfo]) -> Span | None:
    """A reaction may name only its source ("Moskau bestreitet das.", "Stoltenberg bedauerte den
    Schritt."): its target is then the counterpart of that source in the latest event just before."""
    for earlier in reversed(context):
        if earlier.source is None or earlier.target is None:
            continue
        # within one state its camps: a rebel group's counterpart is the government it fought just
        # before; abroad the group stands for its state ("Israel griff den Libanon an. Die Hisbollah
        # feuerte Raketen ab")
        at_home = side_of(earlier.source) == side_of(earlier.target)
        side_in = camp_of if at_home else side_of
        side, earlier_source, earlier_target = (
            side_in(source),
            side_in(earlier.source),
            side_in(earlier.target),
        )
        if side is None or earlier_source == earlier_target:
            continue
        if earlier_source == side:
            return earlier.target
        if earlier_target == side:
            # a mediator's or appealer's other addressee is the counterpart, not the third party
            return other_side_addressed(earlier, side_of(source), context) or earlier.source
    return None


def _target_from_context(
    trigger: Trigger, source: Span, sentence: Span, actors: ActorIndex, context: list[EventInfo]
) -> Span | None:
    """A construction that takes a target but names none here gets the counterpart from just before;
    one without a target slot (statements, appeals) only when it reacts to an event coded there."""
    if trigger.entry.code[:2] in (INVESTIGATION_ROOT, *UNGUESSED_ROOTS):
        # done to whom its clause names: the counterpart of the diplomacy just before is no suspect
        # ("Seitdem ermittelt die Staatsanwaltschaft", "die Polizei räumte das Lager")
        return None
    code, root = trigger.entry.code, trigger.entry.code[:2]
    if root == STATEMENT_ROOT and code not in DENIAL_CODES and trigger.entry.target == "none":
        # a warning or comment without a target slot ("warnte er", "äußerte sich nicht") is no reply
        return None
    if code in UNADDRESSED_STATEMENTS:
        # nor is a comment on an outcome or an admission ("sprach von einem Meilenstein", "hat sich nicht
        # dazu bekannt"): the gold codes it without a target
        return None
    known = _home_counterpart(source, context) or _parallel_target(trigger, source, context)
    if known is not None:
        return known
    # requests and offers go to a partner ("bat um Marschflugkörper" after "machte Moskau
    # verantwortlich"), threats to an adversary ("traf den US-Außenminister. Ein Treffer hätte Folgen,
    # warnte Grossi"): the counterpart of the other kind of exchange just before is no guess
    cooperative = root in COOPERATION_ROOTS
    hostile = root in HOSTILE_ROOTS and root not in FORCE_ROOTS
    same_kind = [e for e in context if _conflictual(e) != cooperative] if cooperative or hostile else context
    if trigger.entry.target == "none" and not code.startswith(ALERT_CODES):
        return context_target(source, same_kind)
    if _own_representatives(trigger) and root not in MEMBER_TO_UNION_ROOTS:
        # "rief seinen Botschafter zurück": from where only an earlier exchange can tell; giving way
        # with what is one's own ("zog seine Soldaten ab", "stellte seine Bedenken zurück") yields to
        # whoever was named just before, as any concession does
        return context_target(source, same_kind)
    if root in FORCE_ROOTS:
        # force goes against an adversary: the partner of a talk or deal before is no guess for it
        return context_target(source, [e for e in context if e.code[:2] in HOSTILE_ROOTS])
    other_kind = _counterparts(source, context, conflictual=cooperative) if cooperative or hostile else set()
    other_kind |= third_parties(source, context)
    to_union = root in MEMBER_TO_UNION_ROOTS
    guessed = context_target(source, same_kind) or _mentioned_counterpart(
        source, sentence, actors, other_kind, to_union
    )
    if guessed is not None and root in CRITICISM_ROOTS:
        guessed = _criticised_by(guessed, source, context, other_kind) or guessed
    if guessed is None:
        return None
    # a state named in what the act is called ("als Verletzung der Souveränität Jemens") is no counterpart,
    # nor the forum a complaint is lodged with ("drohte, die WTO anzurufen")
    named_here = {
        side: span
        for side, span in other_states_named(sentence, source, actors).items()
        if not in_characterisation(span, trigger.token) and not forum_of_complaint(span, code)
    }
    # a sentence about another state ("dankte für die Hilfe aus Washington") has its counterpart there,
    # not among the actors only named before it
    if named_here and side_of(guessed) not in named_here:
        return next(iter(named_here.values())) if len(named_here) == 1 else None
    return guessed


def _parallel_target(trigger: Trigger, source: Span, context: list[EventInfo]) -> Span | None:
    """ "Die Polen verlegten Soldaten an die Grenze. Auch die Litauer verstärkten ihre Einheiten": an
    act marked as the same as another's just before ("auch", "ebenfalls") has that act's target; so
    has joining it ("Japan schloss sich den Beschränkungen an": those of the USA against China)."""
    marked = any(t.lower_ in PARALLEL_ADVERBS for t in (*trigger.token.children, *source.root.children))
    if not marked and trigger.entry.lemma not in JOINING_VERBS:
        return None
    side = side_of(source)
    for earlier in reversed(context):
        if earlier.code[:2] != trigger.entry.code[:2] or earlier.source is None or earlier.target is None:
            continue
        target_side = side_of(earlier.target)
        if side_of(earlier.source) not in (None, side) and target_side not in (None, side):
            # "Iran warf Deutschland vor. Borrell verurteilte die Hinrichtung ebenfalls": no act of
            # the EU's against its own member
            return None if _allied(side, target_side) else earlier.target
    return None


def _conflictual(event: EventInfo) -> bool:
    return codebook()[event.code].quad_class in CONFLICT_QUADS


def _home_counterpart(source: Span, context: list[EventInfo]) -> Span | None:
    """The source's side was last in conflict at home ("Kobachidse warf der Opposition vor"): what it
    does next answers that domestic counterpart ("Einen Kurswechsel schloss er aus"), not a foreign
    actor named before."""
    side = side_of(source)
    for earlier in reversed(context):
        if earlier.code[:2] in VIOLENCE_ON_PEOPLE_ROOTS:
            continue  # the people killed or assaulted are victims, not a party the next act answers
        if earlier.source is not None and side is not None and side_of(earlier.source) == side:
            at_home = earlier.target is not None and side_of(earlier.target) == side
            return earlier.target if at_home and not same_actor(earlier.target, source) else None
    return None


def _counterparts(source: Span, context: list[EventInfo], conflictual: bool) -> set[str]:
    """The sides the source was in conflict (else cooperating) with just before, either way round."""
    side, found = side_of(source), set()
    for earlier in context:
        if earlier.source is None or earlier.target is None or _conflictual(earlier) != conflictual:
            continue
        sides = (side_of(earlier.source), side_of(earlier.target))
        if side in sides:
            found |= set(sides) - {side, None}
    return found


def _allied(side: str | None, other: str | None) -> bool:
    """One is an alliance or union the other belongs to (Poland and the EU, NATO and Norway)."""
    return other in MEMBERS.get(side or "", ()) or side in MEMBERS.get(other or "", ())


def _own_representatives(trigger: Trigger) -> bool:
    """The object is the source's own people, with a possessive ("seinen Botschafter", "ihre
    Diplomaten")."""
    noun = trigger.object_noun
    return noun is not None and any(c.dep_ == "det:poss" for c in noun.children)


def _criticised_by(critic: Span, source: Span, context: list[EventInfo], excluded: set[str]) -> Span | None:
    """Criticism guessed to answer the actor of the latest event just before, where that event was
    itself criticism of a third side, joins it ("Guterres verurteilte den Raketentest. Tokio
    protestierte."): it is aimed at whom the critic criticised, not at the critic, who was merely
    the last actor named."""
    latest = next((e for e in reversed(context) if e.source is not None), None)
    if latest is None or latest.target is None or latest.code[:2] not in CRITICISM_ROOTS:
        return None
    side, criticised = side_of(source), latest.target
    if side is None or side_of(latest.source) != side_of(critic) or not other_camp(criticised, source):
        return None
    if side_of(criticised) in excluded or _is_region(criticised) or _allied(side, side_of(criticised)):
        return None
    return criticised


def _mentioned_counterpart(
    source: Span, sentence: Span, actors: ActorIndex, excluded: set[str], to_union: bool = False
) -> Span | None:
    """Else the latest actor of another side named in the sentences just before. A region ("der
    Westen") is too vague to be guessed as a counterpart: only a clause that names it targets it.
    Neither is an alliance of the source's own (Poland and the EU) unless the member gives way
    within it (`to_union`), nor one of the `excluded` sides (for a request, an adversary just
    before; for a threat, a partner)."""
    side = side_of(source)
    for i in range(sentence.start - 1, context_start(sentence) - 1, -1):
        span = actors.by_token.get(i)
        if (
            span is not None
            and side is not None
            and other_camp(span, source)
            and side_of(span) not in excluded
            and (not _allied(side, side_of(span)) or to_union and side in MEMBERS.get(side_of(span), ()))
            and not _is_region(span)
            and not _named_in_passing(span, None)
        ):
            return span
    return None


def _is_region(span: Span) -> bool:
    actor = actor_of(span)
    return actor is not None and (actor.kb_id or "").startswith("region:")


def last_two_sides(context: list[EventInfo]) -> list[Span]:
    """ "beide Seiten", "die beiden Präsidenten": the source and target of the latest event before, not
    a mediator's with one of the sides (`story_pairs.without_mediators`)."""
    for earlier in reversed(without_mediators(context)):
        sides = (earlier.source, earlier.target)
        if None not in sides and side_of(earlier.source) not in (None, side_of(earlier.target)):
            return list(sides)
    return []


def _nearest_actor(trigger: Trigger, sentence: Span, actors: ActorIndex, source: Span) -> Span | None:
    """The actor closest after the trigger (else before it) on another side than the source: a
    fallback where the parse finds none ("Scholz kündigte an, Deutschland werde Sanktionen
    beschließen" must not make Scholz the target of Germany's sanctions)."""
    token = trigger.token
    after = [actors.by_token[i] for i in range(token.i + 1, sentence.end) if i in actors.by_token]
    before = [actors.by_token[i] for i in range(token.i - 1, sentence.start - 1, -1) if i in actors.by_token]
    # an actor of a verb's own clause first, not one of the clause around it or embedded in it; one of a
    # clause coordinated with a clause it governs last ("versprach, mit Selenskyj zu telefonieren und die
    # Bundesregierung … zu unterrichten" promises the call); else a bare noun phrase before one in a
    # prepositional phrase ("Russland zur Deeskalation im Konflikt um die Ukraine aufgefordert" addresses
    # Russia)
    clause = {t.i for t in clause_tokens(token)} if trigger.entry.kind == "V" else set()
    governed = children(token, "ccomp", "xcomp") if clause else []
    coordinated = {
        t.i
        for c in governed
        for verb in children(c, "conj")
        if verb.pos_ in VERBAL_POS
        for t in clause_tokens(verb)
    }
    # "Die Außenminister Frankreichs und Deutschlands geißelten …, Heiko Maas kündigte an": the German
    # acts alongside the French; a reciprocal verb's co-agent is its target ("trafen sich")
    co_agents = set() if reciprocal_verb(trigger) else co_agent_sides(source, token, actors)
    ranked = sorted(
        after + before,
        key=lambda s: (s.root.i not in clause, s.root.i in coordinated, in_prepositional_phrase(s)),
    )
    for span in ranked:
        if _in_topic_phrase(span) or _named_in_passing(span, trigger) or _alongside(span, source, trigger):
            continue
        if _names_an_occasion(span):
            continue  # "lenkte am Vorabend des Nato-Gipfels ein": a time, not a counterpart
        if _in_a_vor_phrase(span, trigger) or forum_of_complaint(span, trigger.entry.code):
            continue  # "verklagte X vor dem Gerichtshof": where the act is done, not to whom
        if in_another_predicate(span, trigger):
            continue  # "geißelte die Luftangriffe und ersuchte den UN-Sicherheitsrat um …"
        if (
            co_agent_as_target(span, trigger)
            or in_characterisation(span, token)
            or side_of(span) in co_agents
        ):
            continue  # "Neben Russland lehnten …ab", "verurteilte X als Verletzung der Souveränität Jemens"
        if subject_of_a_parallel_clause(span, token) or opens_a_parallel_clause(span, token):
            continue  # "Mexiko bot Hilfe an, Moskau warnte vor Einmischung"
        apart = span.start >= source.end or span.end <= source.start
        # a guessed target must stand for a state or IGO: a name the KB does not know could be anyone's;
        # rebels or protesters may guess their own government, and it them (`targets_camps`)
        if apart and other_camp(span, source):
            return span
    return None


def _in_a_vor_phrase(span: Span, trigger: Trigger) -> bool:
    """An actor in a "vor" phrase, or the genitive attribute of its noun, names the forum of the act
    ("vor dem Gerichtshof anfechten", "vor dem Sicherheitsrat verlangen"), a place ("Bohrungen vor
    Zypern") or what someone is kept from ("vor Chinas Einfluss schützen"), not whom the act is done
    to; on the tuning banks such guesses were nearly all wrong. A row that takes its target with "vor"
    ("verneigte sich vor den Opfern") reads it from the parse, and may still guess it here."""
    if "vor" in target_prepositions(trigger.entry.target):
        return False
    root = first_conjunct(span.root)
    phrase = root.head if root.dep_ in ("nmod", "nmod:poss") else root
    return preposition_of(phrase) == "vor"


def _names_an_occasion(span: Span) -> bool:
    """An actor named only as the host of a gathering ("des EU-Gipfels", "beim Nato-Treffen"): the
    compound names when or where something happened; whoever yields or asks there addresses others."""
    root = span.root
    _, hyphen, rest = root.text.partition("-")
    return (
        bool(hyphen)
        and span.start == root.i
        and span.end == root.i + 1
        and rest.lower().startswith(GATHERINGS)
    )


def _alongside(span: Span, source: Span, trigger: Trigger) -> bool:
    """ "auch Dänemark und Schweden schlossen sich an": an actor coordinated with the source acts
    alongside it, not on it, unless the verb is reciprocal ("Israel und die Hamas einigten sich"):
    a reflexive verb without "auch"."""
    a, b = span.root, source.root
    if not ((a.dep_ == "conj" and a.head == b) or (b.dep_ == "conj" and b.head in (a, a.head))):
        return False
    nearby = {t.lower_ for t in (*trigger.token.children, *a.children, *b.children, *a.head.children)}
    reciprocal = nearby & RECIPROCAL_PRONOUNS and reciprocal_verb(trigger)
    return bool(nearby & PARALLEL_ADVERBS) or not reciprocal


def _in_topic_phrase(span: Span) -> bool:
    """ "der Status quo um Taiwan", also where the parse hung the preposition elsewhere."""
    previous = span.doc[span.start - 1] if span.start > span.sent.start else None
    return preposition_of(span.root) in TOPIC_PREPOSITIONS or (
        previous is not None and previous.lower_ in TOPIC_PREPOSITIONS
    )


def _named_in_passing(span: Span, trigger: Trigger | None) -> bool:
    """An actor an act is aimed at or meant for, named as part of a noun phrase other than the
    event's own ("sein Veto gegen ein Hilfspaket für die Ukraine", "Unterstützer des Kriegs gegen die
    Ukraine"): a party described, not one addressed."""
    root = span.root
    while root.dep_ == "conj" and root.head != root:  # "mit der Ukraine und der Republik Moldau"
        root = root.head
    head = root.head
    if trigger is None:
        # a guess from the sentences before: a partner in a noun phrase ("Beitrittsverhandlungen mit
        # der Republik Moldau") is described there, not addressed; the parse often hangs the phrase
        # on the verb, so a noun right before the preposition counts as its head too
        if preposition_of(root) not in AIMED_PREPOSITIONS | PARTNER_PREPOSITIONS:
            return False
        before = _word_before_preposition(root)
        return head.pos_ == "NOUN" or (before is not None and before.pos_ == "NOUN")
    if preposition_of(root) not in AIMED_PREPOSITIONS or head.pos_ != "NOUN":
        return False
    # not the event's own nouns, nor a bare object of its verb: a weak parse hangs "auf Israel" on
    # "Raketen" in "feuerte Raketen auf Israel ab"
    bare_object = head.head == trigger.token and preposition_of(head) is None
    return head not in (trigger.token, trigger.object_noun) and not bare_object


def _word_before_preposition(noun: Token) -> Token | None:
    case = next((c for c in noun.children if c.dep_ == "case"), None)
    return noun.doc[case.i - 1] if case is not None and case.i > noun.sent.start else None


def in_prepositional_phrase(span: Span) -> bool:
    """The span follows a preposition, or is listed after the object of one ("über die Ecowas und
    Nachbarn wie Senegal": Senegal is in the phrase too)."""
    previous = next((t for t in reversed(span.doc[span.sent.start : span.start]) if t.pos_ != "DET"), None)
    first = first_conjunct(span.root)
    return previous is not None and previous.pos_ == "ADP" or any(c.dep_ == "case" for c in first.children)


def fallback_target(
    trigger: Trigger, source: Span, sentence: Span, actors: ActorIndex, context: list[EventInfo]
) -> Span | None:
    """`_fallback_target`, unless it guessed the venue of a meeting ("zu Konsultationen nach New York")."""
    guess = _fallback_target(trigger, source, sentence, actors, context)
    return None if guess is not None and venue_of_meeting(trigger, guess) else guess


def _fallback_target(
    trigger: Trigger, source: Span, sentence: Span, actors: ActorIndex, context: list[EventInfo]
) -> Span | None:
    """Where the parse yields no target: an actor nearby in the sentence, else one from just before.
    A denial, or a rejection of criticism, is aimed at the accuser only where the sentence names one
    (gold guidelines): "wies die Vorwürfe aus Minsk zurück" has a target, "wies die Vorwürfe zurück"
    and "bestritt jegliche Angriffsabsichten" have none."""
    if trigger.entry.code in DENIAL_CODES and not _refers_back(trigger):
        # "bestritt, dass …" answers only an accuser named in the clause it answers, "bestritt Berichte
        # der Koalition" the one whose claim it denies
        return claimant(trigger, actors, source)
    if answers_accusation(trigger):
        return named_accuser(trigger, actors, source)
    if addresses_both_sides(trigger.token, actors):
        # "rief beide Seiten zur Zurückhaltung auf" where the two sides are not known: no single guess
        return None
    at_home = (
        protest_target(trigger, source, actors)  # protesters answer their own government
        or domestic_target(trigger, source)
        or addressee_at_home(trigger, source, actors)
        or asked_at_home(trigger, source)  # "forderte Belgrad auf, die Gewalt aufzuklären": within Serbia
    )
    if at_home is not None:
        return at_home
    referred = country_noun_in_clause(trigger, source, actors)  # "Sanktionen gegen das Land"
    if referred is not None:
        return referred
    rejected = rejecting_clause_subject(trigger, source, actors)  # "X bot an, doch Minsk lehnte ab": to Minsk
    if rejected is not None:
        return rejected
    addressed, actor = _addressee(trigger, actors)
    if addressed and actor is None and addressee_named_before(trigger, _names_an_act):
        # "sagten dem Gremium Hilfe zu", "hielt der Gegenseite vor": the addressee was named before
        return _guess_from_context(trigger, source, sentence, actors, context)
    if addressed:
        return actor
    recipient = _object_it_was_hung_on(trigger, actors, source)
    if recipient is not None:
        return recipient
    # what the statement is about: the clause it governs, else the owner of the noun it names
    topic = statement_topic(trigger, source, actors) or topic_owner(trigger, source, actors)
    if topic is not None:
        return topic
    if trigger.entry.target != "none" or trigger.entry.code.startswith(ALERT_CODES):
        # "ließ estnische Fischer festsetzen": the state of whom the act is done to, before any other
        # actor nearby
        victim = state_by_nationality(trigger, source)
        if victim is not None:
            return victim
        # "die Finanzierung von Waffen für Kiew": whom the help is for, before any actor merely nearby
        beneficiary = _beneficiary(trigger, source, actors)
        if beneficiary is not None:
            return beneficiary
        nearby = _nearest_actor(trigger, sentence, actors, source)
        if nearby is not None and not _acts_on_the_noun(nearby, trigger, actors):
            return nearby
        beneficiary = _beneficiary_by_adjective(trigger, source) or _counterpart_in_compound(trigger, source)
        if beneficiary is not None:
            return beneficiary
    if calls_on_no_one(trigger):  # "rief zur Zurückhaltung auf": to everyone, not to a state from before
        return None
    return _guess_from_context(trigger, source, sentence, actors, context)


def _guess_from_context(
    trigger: Trigger, source: Span, sentence: Span, actors: ActorIndex, context: list[EventInfo]
) -> Span | None:
    guess = _target_from_context(trigger, source, sentence, actors, context)
    if guess is None or reciprocal_verb(trigger):  # "ein Treffen von Kurti und Vučić": each other
        return guess
    # the source's partner in the act ("Kiew und Ankara drängten") is not its target
    return None if side_of(guess) in co_agent_sides(source, trigger.token, actors) else guess


def answers_accusation(trigger: Trigger) -> bool:
    """A denial, or a rejection of criticism: aimed at the accuser only where the sentence names one."""
    return trigger.entry.code in DENIAL_CODES or rejects_criticism(
        trigger.entry.code, trigger.token, trigger.object_noun
    )


def rejects_criticism(code: str, verb: Token, object_noun: Token | None = None) -> bool:
    """ "wies die Kritik zurück", "wies den Vorwurf zurück": a rejection (12) whose object is criticism."""
    if code[:2] != REJECTION_ROOT:
        return False
    obj = object_noun or next(iter(children(verb, "obj")), None)
    return obj is not None and obj.lemma_.lower() in CRITICISM_NOUNS


def _object_it_was_hung_on(trigger: Trigger, actors: ActorIndex, source: Span) -> Span | None:
    """A verb the parse hung on its object as an attribute ("Pjöngjang liefere Moskau Granaten",
    "liefere" ← "Moskau"; "Die Kommission verklagte Ungarn"): that noun is its object, an actor or a
    place standing for its state."""
    verb = trigger.token
    if trigger.entry.kind != "V" or not misparsed_as_attribute(verb):
        return None
    named = actor_or_place(verb.head, actors)
    return named if named is not None and side_of(named) not in (None, side_of(source)) else None


def _beneficiary(trigger: Trigger, source: Span, actors: ActorIndex) -> Span | None:
    """ "an der Finanzierung von Waffen für Kiew beteiligen", "sagte Geld für die Ukraine zu": help or a
    promise for an actor or place its "für" phrase names is given to it. Cooperation only, as for
    `_beneficiary_by_adjective`; not an appeal, which is addressed to whom it asks ("appellierte an die
    Regierungschefs, die Hilfe für Kiew freizugeben")."""
    if trigger.entry.code[:2] not in COOPERATION_ROOTS - {APPEAL_ROOT}:
        return None
    side = side_of(source)
    for token in trigger.token.subtree:
        if token.pos_ not in NOMINAL_POS or preposition_of(token) != "für":
            continue
        named = actor_or_place(token, actors)
        if named is not None and side_of(named) not in (None, side):
            return named
    return None


def _beneficiary_by_adjective(trigger: Trigger, source: Span) -> Span | None:
    """ "sicherte zu, den Markt für deutsche Unternehmen zu öffnen": an offer or promise made for the
    people or firms of a state named only by an adjective is made to that state. Cooperation only: a
    hostile act "für russische Diplomaten" says nothing about whom it is aimed at."""
    if trigger.entry.code[:2] not in COOPERATION_ROOTS:
        return None
    side = side_of(source)
    for token in trigger.token.subtree:
        if token.pos_ != "NOUN" or preposition_of(token) != "für":
            continue
        state = adjective_actor(token)
        if state is not None and side_of(state) not in (None, side):
            return state
    return None


def _counterpart_in_compound(trigger: Trigger, source: Span) -> Span | None:
    """A state or union named only inside a compound of the clause's object ("die Verhandlungen
    über einen NATO-Beitritt abzubrechen", "die Russland-Sanktionen zu verlängern") is the counterpart
    of the act. Not the trigger's own compound: "EU-Sanktionen" names who imposes them. Only for acts
    done with or to a partner (cooperation, reducing relations): what a rejection or criticism
    concerns is its topic ("die Verlängerung der Russland-Sanktionen blockieren" is aimed at the EU)."""
    if trigger.entry.code[:2] not in COOPERATION_ROOTS | {REDUCING_ROOT}:
        return None
    for token in clause_tokens(trigger.token):
        if token == trigger.token or token.i < trigger.token.i and trigger.entry.kind == "N":
            continue
        # an office named alongside the source ("gemeinsam mit EU-Kommissionspräsidentin …") acts with it
        if named_alongside(token.doc[token.i : token.i + 1]):
            continue
        actor = actor_in_compound(token)
        if actor is not None and side_of(actor) not in (None, side_of(source)):
            return actor
    return None


def _addressee(trigger: Trigger, actors: ActorIndex) -> tuple[bool, Span | None]:
    """The party a dative verb addresses where the parse gave it another label ("warf der Opposition
    vor", the dative taken for a genitive): whether the clause names one, and the actor it is. Where
    it names no actor we know, the target is that unknown party: any actor guessed nearby or from
    the sentences before would be the wrong one."""
    if trigger.entry.target != "dat":
        return False, None
    bare = [
        c
        for c in trigger.token.children
        if c.dep_ in ("obj", "iobj", "obl:arg", "obl")
        and c.pos_ in NOMINAL_POS
        and preposition_of(c) is None
        and c.i > trigger.token.i
        and c != trigger.object_noun  # the construction's own noun ("stärkte … den Rücken")
        and not _names_an_act(c)
    ]
    named = next(filter(None, (actors.of_phrase(c) for c in bare)), None)
    dative = [c for c in bare if c.dep_ in ("iobj", "obl:arg") or {"Dat", "Gen"} & set(c.morph.get("Case"))]
    return named is not None or bool(dative), named


def _names_an_act(noun: Token) -> bool:
    """ "Erpressung", "Hilfe": what is charged or granted, not whom ("Opposition" is no act)."""
    return bool(_act_codes(noun)) or noun.lower_.endswith(("ung", "ungen"))


def _acts_on_the_noun(span: Span, trigger: Trigger, actors: ActorIndex) -> bool:
    """For a nominal event, the actor who does something about it ("Der iranische Angriff wurde von
    Deutschland verurteilt", "Deutschland verurteilte den Angriff", "An einem Gegenschlag würden sich die
    USA nicht beteiligen" with "USA" parsed as an object) is not its target."""
    verb = trigger.token.head
    if trigger.entry.kind != "N" or verb.pos_ not in VERBAL_POS or verb == trigger.token:
        return False
    subject = subject_of(verb)
    if subject in (None, trigger.token) and _judges(verb):
        # the act in front of a verb of judging, parsed as its subject: the judge follows the verb
        # ("Die israelischen Luftangriffe kritisierte die Türkei")
        subject = subject_after_the_verb(verb)
    agents = [subject] if subject is not None else []
    agents += with_preposition(verb, "von") + with_preposition(verb, "durch") + passive_agents(verb)
    actors_of_verb = [actor for agent in agents for actor in actors.of_phrases(agent)]
    if subject is None:
        actors_of_verb += filter(None, [nominative_actor(verb, actors, {trigger.token.i})])
    return any(same_actor(span, actor) for actor in actors_of_verb)


def _judges(verb: Token) -> bool:
    """A verb of a judging row of the lexicon ("kritisierte", "verurteilte", "begrüßte")."""
    entries = german_lexicon().verbs_by_form.get(verb.lower_, ())
    return any(e.code[:2] in JUDGING_ROOTS or e.code == PRAISE for e in entries)


def _refers_back(trigger: Trigger) -> bool:
    """The trigger's object is a pronoun or a definite noun phrase ("das", "die Vorwürfe")."""
    obj = trigger.object_noun or next(iter(children(trigger.token, "obj")), None)
    if obj is None:
        return False
    if obj.pos_ == "PRON":
        return obj.lower_ in ANAPHORIC
    return any(c.dep_ == "det" and c.lower_ in ANAPHORIC for c in obj.children)


def judged_act_performer(
    trigger: Trigger,
    source: Span,
    actors: ActorIndex,
    recent: list[EventInfo],
    before: list[EventInfo],
) -> Span | None:
    """The target of a judgement on an act named by a noun is whoever performed the act: the noun's
    own agent ("den iranischen Angriff", "die Freilassung der Geiseln durch die Hamas"), else, for a
    definite noun without one ("Borrell verurteilte die Hinrichtung"), the source of the latest event
    of the noun's kind just before. Never the judge's own side: that is no target but a misreading."""
    if not (trigger.entry.code[:2] in JUDGING_ROOTS or trigger.entry.code == PRAISE):
        return None
    if trigger.entry.lemma in JOINING_VERBS:
        # "schloss sich der Kritik an": the judgement joined is aimed where the earlier one was, not at its judge
        return _parallel_target(trigger, source, recent)
    court = court_state(trigger, actors)  # a ruling is its court's act, also a court of the judge's state
    # no court judges itself: the court the parse took for the object is the judge ("verurteilte ihn ein
    # Gericht in Moskau zu zehn Jahren Haft"), whose verdict is on the one it sentences
    if court is not None and not source.start <= court.start < source.end:
        return court
    referred = referred_act_performer(trigger, source, recent)
    if referred is not None:
        return referred
    offered = proposer(trigger, source, actors, recent)  # "wies das Angebot zurück": who made it
    if offered is not None:
        return offered
    noun = _judged_noun(trigger)
    if noun is None:
        author = author_of_earlier_mention(trigger, actors)
        return author if author is not None and side_of(author) not in (None, side_of(source)) else None
    noun = phased_act(noun)
    codes = _act_codes(noun)
    performer = act_agent(noun, actors, patient_in_genitive=_patient_in_genitive(noun))
    if rejects_criticism(trigger.entry.code, trigger.token, trigger.object_noun):
        # "wies die Kritik zurück": the critic only where the sentence names one ("die Kritik aus Paris")
        return (
            performer if performer is not None and side_of(performer) not in (None, side_of(source)) else None
        )
    if performer is None and not is_definite(noun) and _charges(trigger) and not _accused_addressed(trigger):
        # "sprach von einem Vertragsbruch": a charge of some act against the judge's side, made
        # without naming who committed it, answers the latest conflict brought on that side
        performer = _offender_before(source, before)
    if performer is None and codes and is_definite(noun):
        performer = (
            _latest_performer(codes, recent)
            or _judged_before(noun, source, recent)
            or _agent_of_earlier_mention(noun, codes, actors)
        )
    performer = performer or author_of_earlier_mention(trigger, actors)
    return performer if other_camp(performer, source) else None


def _charges(trigger: Trigger) -> bool:
    """A charge (112 "sprach von einer Provokation", 1123 "warf ihm Aggression vor"), not praise or
    a rejection: only a charge implies an offender."""
    return trigger.entry.code.startswith("112")


def _accused_addressed(trigger: Trigger) -> bool:
    """ "warf dem Kreml einen Angriff vor", "beschuldigte Moskau": the charge's dative or object names the
    accused, who is the target."""
    return any(
        child.dep_ in DATIVE_OBJECT_DEPS
        and preposition_of(child) is None
        and (entity := entity_at(child)) is not None
        and actor_of(entity) is not None
        for child in trigger.token.children
    )


def _offender_before(source: Span, before: list[EventInfo]) -> Span | None:
    side = side_of(source)
    for event in reversed(before):
        if event.source is None or event.target is None or event.modality != "asserted":
            continue
        if _conflictual(event) and side_of(event.target) == side and side_of(event.source) != side:
            return event.source
    return None


def judges_acts_in_general(trigger: Trigger) -> bool:
    """A judgement on any act of a kind ("verurteilte jeden Angriff auf Zivilisten") has no target to
    guess from the sentences before."""
    if not (trigger.entry.code[:2] in JUDGING_ROOTS or trigger.entry.code == PRAISE):
        return False
    noun = _judged_noun(trigger)
    return noun is not None and any(c.lower_ in GENERIC_DETERMINERS for c in children(noun, "det"))


def _judged_noun(trigger: Trigger) -> Token | None:
    """The act noun the judgement is about: its object ("verurteilte die Hinrichtung"), the subject of
    its passive ("die Ausweisung wurde kritisiert") or its prepositional object ("Kritik an der
    Ausweisung", "empörte sich über die Hinrichtung")."""
    token, spec = trigger.token, trigger.entry.target
    # "nannte die Entscheidung eine Verletzung …": the thing called so, not what it is called
    candidates = [c for c in (thing_called(trigger), trigger.object_noun) if c is not None]
    candidates += children(token, "obj", "nsubj:pass")
    candidates += [c for c in children(token, "nsubj") if judged_act_in_front(trigger, c)]
    if spec.startswith("pp:"):
        candidates += [
            p for prep in target_prepositions(spec) for p in noun_or_light_verb_phrases(trigger, prep)
        ]
    return next((c for c in candidates if is_act_noun(c) or _act_codes(c) or phased_act(c) != c), None)


def phased_act(noun: Token) -> Token:
    """The act a phase noun names a phase of, by its genitive ("ein Ende der Angriffe": "Angriffe"),
    else the noun itself. A bare phrase after a phase noun is its genitive, whatever case the tagger
    guessed for the act noun ("der israelischen Angriffe" tagged accusative)."""
    if noun.lower_ not in PHASE_NOUNS:
        return noun
    attributes = [c for c in children(noun, "nmod") if c.i > noun.i and preposition_of(c) is None]
    return next((a for a in attributes if names_an_event(a)), noun)


def act_doer(noun: Token, actors: ActorIndex) -> Span | None:
    """Who performs the act a noun names, also through a phase noun ("die israelischen Angriffe", "ein
    Ende der russischen Angriffe", "die Festnahme des Journalisten durch Belarus"); None where the noun
    names no act or no doer."""
    act = phased_act(noun)
    if not names_an_event(act):
        return None
    return act_agent(act, actors, patient_in_genitive=_patient_in_genitive(act))


def judged_act_in_front(trigger: Trigger, subject: Token) -> bool:
    """An act named before a verb of judging, parsed as its subject, is its fronted object: acts do
    not judge ("Die iranischen Drohungen gegen Israel wies Washington zurück")."""
    judging = trigger.entry.code[:2] in JUDGING_ROOTS or trigger.entry.code == PRAISE
    verb = trigger.token
    return (
        judging
        and trigger.entry.kind == "V"
        and subject.head == verb
        and subject.i < verb.i
        and subject.pos_ == "NOUN"
        and bool(_act_codes(subject))  # a noun the lexicon codes as an act: "Opposition" is none
    )


def _act_codes(noun: Token) -> set[str]:
    """The CAMEO codes of the lexicon's noun rows for this word ("Hinrichtung" → 1823)."""
    return {e.code for e in german_lexicon().nouns_by_form.get(noun.lower_, ()) if e.kind == "N"}


def _patient_in_genitive(noun: Token) -> bool:
    """Whether the lexicon row takes the noun's patient in the genitive ("die Ausweisung der
    Diplomaten"): its genitive then names no agent. A noun without a row: assume so, to be safe,
    unless it names conduct one is charged with ("jede Einmischung Moskaus", "die Aggression
    Russlands"): conduct has no patient, its genitive is who engaged in it."""
    specs = {e.target for e in german_lexicon().nouns_by_form.get(noun.lower_, ()) if e.kind == "N"}
    if not specs:
        return noun.lower_ not in _charged_conduct()
    return "gen" in specs


@cache
def _charged_conduct() -> frozenset[str]:
    """The nouns the lexicon's accusations take as the conduct charged ("warf Manila Provokationen
    vor", "sprach von Einmischung")."""
    return frozenset(
        word for e in german_lexicon().entries if e.code.startswith(ACCUSATION_ROOT) for word in e.objects
    )


def _latest_performer(codes: set[str], recent: list[EventInfo]) -> Span | None:
    """The source of the latest asserted event the noun can name: one of the same CAMEO code family
    (its first three digits, "Ausweisung" 161 ↔ "wies … aus" 161), any use of force for a generic
    force noun ("Angriff" 190 ↔ "beschoss" 194)."""
    for event in reversed(recent):
        if event.source is None or event.modality != "asserted":
            continue
        if any(_same_family(event.code, code) for code in codes):
            return event.source
    return None


def _judged_before(noun: Token, source: Span, recent: list[EventInfo]) -> Span | None:
    """ "Die G7 verurteilten den iranischen Angriff. Auch Scholz verurteilte den Angriff": the same act
    judged by another just before has the performer that judgement found."""
    for event in reversed(recent):
        judging = event.code[:2] in JUDGING_ROOTS or event.code == PRAISE
        if not judging or event.target is None or event.modality != "asserted":
            continue
        if side_of(event.source) == side_of(source):
            continue
        if any(t.lemma_ == noun.lemma_ and t.pos_ == "NOUN" for t in event.trigger.sent):
            return event.target
    return None


def _agent_of_earlier_mention(noun: Token, codes: set[str], actors: ActorIndex) -> Span | None:
    """ "Im Mittelpunkt stand der russische Krieg gegen die Ukraine. [...] China hat den Angriff nicht
    verurteilt": a definite act noun points back to the act the article named before, however far;
    whoever that earlier noun phrase names as its agent performed it. The latest such mention counts."""
    doc = noun.doc
    for i in range(noun.sent.start - 1, -1, -1):
        earlier = doc[i]
        if earlier.pos_ != "NOUN":
            continue
        earlier_codes = _act_codes(earlier)
        if not any(_same_family(e, c) for e in earlier_codes for c in codes):
            continue
        agent = act_agent(earlier, actors, patient_in_genitive=_patient_in_genitive(earlier))
        if agent is not None:
            return agent
    return None


def _same_family(code: str, act_code: str) -> bool:
    if act_code[:2] in FORCE_ROOTS and act_code[2:3] == "0":
        return code[:2] in FORCE_ROOTS
    return code.startswith(act_code[:3])
