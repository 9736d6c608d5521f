"""Factuality of an event: asserted, negated, future or hypothetical, read off its clause.

A speculative passage ("Möglich wären militärische Aktionen wie die Blockade …") must not yield a
blockade; a demanded action is not a performed one; a denied one did not happen. The parse tree is read
first; as the parser often misattaches clauses, the clauses the commas delimit are read as well: the
clause that frames a "dass" or "zu" clause ("Es ist denkbar, dass …", "weigerte sich, … zu"), a
condition next to the act's clause, a modal before its infinitive, a date ahead of a present tense.

This module decides, in order, which reading wins; the readings live in conditions.py, speculation.py,
listed_options.py, negation_scope.py, framing_clauses.py and future_acts.py, the shared word lists in
modality_words.py and the clause helpers in event_clauses.py.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from lagebild.events.conditional_reactions import reaction_to_a_case
from lagebild.events.conditions import (
    alternative_consequence,
    awaited_act,
    condition_of_another_clause,
    consequence_of_condition,
    is_concessive,
    verb_first_condition,
)
from lagebild.events.dated_acts import (
    dated_by_relative_clause,
    heading_dates,
    past_relative_clause,
    told_as_past,
    under_past_heading,
)
from lagebild.events.event_clauses import (
    NOMINAL_POS,
    VERBAL_POS,
    clause_before,
    clause_verb,
    finite_word,
    governing_verbs,
    has_pair,
    surface_clause,
    within,
)
from lagebild.events.framing_clauses import surface_framing
from lagebild.events.future_acts import (
    INTENT_HEADS,
    announces,
    expected_arrival,
    future_by_verb_or_date,
    intended_by_modal,
    onward_journey,
    planned_proposal,
    purpose_of_act,
    purpose_of_planned_act,
    surface_intent,
    told_in_future,
)
from lagebild.events.invited_meetings import invited_to
from lagebild.events.listed_cases import listed_case_frames_sentence
from lagebild.events.listed_options import listed_option
from lagebild.events.modality_words import (
    ADVOCACY_HEADS,
    BELIEF_HEADS,
    CONDITION_MARKS,
    CONTENT_MARKS,
    DEMAND_HEADS,
    DENIAL_HEADS,
    DOUBT_STEMS,
    NEGATIONS,
    NEGATIVE_DETERMINERS,
    PERMISSION_HEADS,
    POSSIBILITY,
    RULING_OUT,
    RULING_OUT_PAIRS,
    THREAT_HEADS,
)
from lagebild.events.negation_scope import called_off, denied_noun, has_negation, is_litotes, refused
from lagebild.events.rumoured_acts import rumoured
from lagebild.events.speculation import (
    AFTER_WORDS,
    ASKED_WITH,
    REPORTING_HEADS,
    asked_for,
    case_frames_sentence,
    deliberated_topic,
    framed_as_scenario,
    generic_actor,
    habitual,
    hypothetical_subjunctive,
    impersonal_threat,
    possibility_modal,
    possible_from_the_outset,
    reported_future,
    scenario_frames_sentence,
    unconfirmed,
    weighed_act,
    words_in_clause,
)
from lagebild.pipeline.word_classes import PARTICLE_DEPS

# "Von einem Angriff kann keine Rede sein": the act is denied
NO_QUESTION = re.compile(r"\bkeine rede\b", re.IGNORECASE)
# what is expected, hoped for or feared has not happened: "rechnen nicht damit, dass Moskau die
# Entscheidung rückgängig macht", "befürchten, dass Russland die Lieferungen stoppt", also in the
# passive ("In Den Haag wird damit gerechnet, dass Washington neue Forderungen stellt")
EXPECTATION_HEADS = re.compile(
    rf"^(rechne|rechnet|gerechnet|erwart|hoff|gehofft|befürcht|fürcht|{DOUBT_STEMS}|expect|hope|fear|doubt)",
    re.IGNORECASE,
)
# the prepositions that give an act as the cause of another: "wegen des Haftbefehls", "infolge der
# Sanktionen"; "nach" is left out, as it also asks for an act ("die Forderung nach einem Abzug")
CAUSES = {"wegen", "aufgrund", "infolge", "angesichts"}
# a concession or a starting point takes its act as given as well: "trotz wiederholter Aufforderungen aus
# Washington", "seit den Luftangriffen im Juni", whatever the clause denies or asks
GIVEN_BY = CAUSES | {"trotz", "seit"}
# the prepositions of an earlier act that dates a clause's act ("nach dem Treffen kündigte … an")
DATING_PREPOSITIONS = {"nach", "bei", "beim"}
# the conjunctions of temporal, causal and concessive clauses, whose content the sentence takes as given
FACTIVE_MARKS = {"nachdem", "weil", "da", "seit", "seitdem", "obwohl", "obgleich"}
ADVOCATED_WITH = "für"
# "drängte auf Gespräche": pressing for an act asks for it with "auf" (a demand verb's other "auf"
# phrases are its setting: "forderte auf dem Gipfel")
PRESSING_HEADS = re.compile(r"^(dräng|gedrängt)", re.IGNORECASE)
PRESSED_WITH = "auf"
# the words that make a threat hang on what the other side does: a condition, an alternative, any case
UNLESS_WORDS = CONDITION_MARKS | {"sollte", "sollten", "sofern", "sonst", "andernfalls", "solange"}
EVERY_CASE = ("jede", "jegliche", "jedwede")
# "rufen" with these particles recalls, phones, proclaims or summons: no call for an act
OTHER_SENSES_OF_RUFEN = {"zurück", "an", "aus", "ab", "wach", "hervor", "herbei"}
# the words that open a content clause, which a demand or threat does govern
CONTENT_OPENERS = CONTENT_MARKS | {"wonach", "zu"}
# the nouns of a charge or report that a denial rejects
CHARGE_NOUNS = {
    "vorwurf", "vorwürfe", "bericht", "berichte", "behauptung", "behauptungen", "anschuldigung",
    "anschuldigungen",
}  # fmt: skip
JOINING_WORDS = {"und", "sowie", "aber", "doch"}
REJECTING_PAIRS = {("wies", "zurück"), ("weis", "zurück")}
REJECTING_JOINED = re.compile(r"^(zurückgewiesen|zurückweis|zurückzuweisen)", re.IGNORECASE)
# the STTS tag of a relative pronoun: "…, die Moskau ablehnt" is a relative clause, no main clause
RELATIVE_TAG = "PRELS"
# a question for the reason, manner or time of an act takes the act as given
PRESUPPOSING_INTERROGATIVES = {"warum", "weshalb", "wieso", "weswegen", "wie", "wann", "wodurch", "womit"}
BACKGROUND_PARTICLE = "überhaupt"


def modality_of(
    trigger: Token,
    sentence: Span,
    event_date: str | None,
    article_date: str | None,
    made_by_saying: bool = False,
) -> str:
    """`made_by_saying`: the event is a speech act that is done by saying it — a statement of intent
    (CAMEO 03, "sagte Militärhilfe für 2025 zu", "kündigte ein Rüstungspaket an") or an appeal or request
    (02, "hatte seine Auslieferung beantragt"): announcing or dating the act ahead is making it now."""
    if trigger.pos_ == "NOUN" and NO_QUESTION.search(surface_clause(trigger).text):
        return "negated"  # "Von einem Angriff kann keine Rede sein"
    if _named_as_given(trigger) or _occasion_of_past_act(trigger):
        return "asserted"  # "wegen des Haftbefehls": a cause is given, whatever the clause says
    verb = clause_verb(trigger)
    if trigger.pos_ not in NOMINAL_POS and not within(verb, surface_clause(trigger)):
        verb = trigger  # a verb tagged as an adjective ("griff"/ADJ): the parse's clause is not its own
    # "…, wie es Riad verlangte": a comparison clause reports its own demand or statement, not the act it
    # compares to ("Der Roman erzählt, wie China angreift" is a content clause and stays framed)
    saying = DEMAND_HEADS.match(trigger.text) or REPORTING_HEADS.match(trigger.text)
    own = surface_clause(trigger)[0].lower_ == "wie" and verb.i == trigger.i and saying is not None
    governors = [] if own else [g for g in governing_verbs(verb) if not _comparison(g)]
    clause_words = words_in_clause(verb)
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark" and not is_concessive(c)}
    for governor in governors:
        marks |= {c.lower_ for c in governor.children if c.dep_ == "mark" and not is_concessive(c)}
    if past_relative_clause(trigger, verb) and not announces(verb, trigger):
        # a relative clause in the past reports what its noun did, whatever the main clause imagines
        # (an act it announced, "die Paris für Montag angekündigt hat", is still to come)
        return "negated" if has_negation(verb, trigger) and not is_litotes(verb) else "asserted"
    if sentence.text.rstrip().endswith("?") and not _presupposing_question(sentence) and not _given(verb):
        return "hypothetical"
    subjunctive = hypothetical_subjunctive(sentence, verb, trigger, governors)
    if marks & CONDITION_MARKS or clause_words & (subjunctive | POSSIBILITY) or verb_first_condition(verb):
        return "hypothetical"
    if alternative_consequence(trigger) or awaited_act(trigger):
        return "hypothetical"
    # a Konjunktiv II the parser hung on another clause ("die Sorge, Moskau könnte … zudrehen")
    if any(t.lower_ in subjunctive for t in surface_clause(trigger)):
        return "hypothetical"
    if any(g.lower_ in subjunctive for g in governors):
        return "hypothetical"
    if planned_proposal(governors):
        return "future"
    if _threatened_as_coming(verb, governors, sentence):
        return "future"
    if any(_demands_or_threatens(g, verb) for g in governors) or _demanded_noun(trigger, verb):
        return "hypothetical"
    if any(_permits(g, verb) for g in governors):
        return "hypothetical"
    if any(EXPECTATION_HEADS.match(g.text) or _disbelieved(g) for g in governors):
        return "hypothetical"
    if possibility_modal(verb):
        return "hypothetical"
    if weighed_act(trigger, verb, governors) or framed_as_scenario(verb, governors):
        return "hypothetical"
    if (
        scenario_frames_sentence(trigger)
        or listed_case_frames_sentence(trigger)
        or listed_option(trigger)
        or case_frames_sentence(trigger)
        or possible_from_the_outset(trigger)
    ):
        return "hypothetical"
    if deliberated_topic(trigger) or generic_actor(trigger):
        return "hypothetical"
    asked = asked_for(trigger)
    if asked is not None:
        return asked
    if consequence_of_condition(verb, trigger) or impersonal_threat(verb, trigger):
        return "hypothetical"
    if any(habitual(c) for c in verb.children if c.dep_ == "advmod"):
        return "hypothetical"
    if _denied_charge(trigger):
        return "negated"
    framing = surface_framing(trigger)
    if framing == "hypothetical" and not condition_of_another_clause(trigger):
        return "hypothetical"
    negated = has_negation(verb, trigger) and not is_litotes(verb)
    ruling_out = RULING_OUT.match(verb.text) or has_pair(surface_clause(trigger), RULING_OUT_PAIRS)
    if negated and (ruling_out or unconfirmed(trigger, verb)):
        return "hypothetical"
    if negated or framing == "negated" or refused(trigger, verb, governors) or denied_noun(trigger, verb):
        return "negated"
    if called_off(trigger, verb):
        return "negated"
    if reaction_to_a_case(verb):
        return "hypothetical"  # "werde auf jede Ausweisung reagieren": hangs on what may come
    if rumoured(trigger):
        return "hypothetical"  # "die Behauptung, Katar habe … ausgewiesen": a claim, not a report
    if made_by_saying:
        # "auf der Katar Milliarden zusagen soll": a pledge someone wants or is to make is still to come
        # and one a plan or announcement governs ("kündigte an, 500 Offiziere nach China einzuladen")
        to_come = told_in_future(verb) or purpose_of_planned_act(verb) or intended_by_modal(verb)
        to_come = to_come or any(INTENT_HEADS.match(g.text) for g in governors)
        return "future" if to_come else "asserted"
    if invited_to(trigger, verb) or reported_future(verb, trigger, governors):
        return "future"
    if announces(verb, trigger) or framing == "future" or surface_intent(trigger) or expected_arrival(verb):
        return "future"
    if onward_journey(verb):
        return "future"
    if told_as_past(verb) or under_past_heading(sentence, article_date):
        # a past tense or a past chronicle entry tells a done act, whatever date was resolved
        event_date = article_date = None
    elif event_date in heading_dates(sentence) or (event_date and dated_by_relative_clause(verb, event_date)):
        # a chronicle's heading ("Sonntag: Moskau schlägt zurück"), a relative clause's date
        event_date = None
    if future_by_verb_or_date(verb, trigger, governors, event_date, article_date) or purpose_of_act(verb):
        return "future"
    return "asserted"


def _demands_or_threatens(governor: Token, verb: Token) -> bool:
    """A governing verb that demands or threatens what its clause says. Not "rief … zurück" (recalled),
    "rief … an" (phoned), "rief … aus" (proclaimed), nor "schlug" without "vor" (struck back); and not
    over a main clause in the indicative that the parser hung on it from before ("Merz geißelte die
    Angriffe, rief Moskau zu einer Waffenruhe auf": the condemnation is made, not demanded)."""
    if not (THREAT_HEADS.match(governor.text) or DEMAND_HEADS.match(governor.text)):
        return False
    particles = {c.lower_ for c in governor.children if c.dep_ in PARTICLE_DEPS}
    if governor.lower_.startswith(("rief", "ruf")) and particles & OTHER_SENSES_OF_RUFEN:
        return False
    if governor.lower_.startswith(("schlug", "schläg")) and "vor" not in particles:
        return False
    if governor.lower_.startswith("regt") and "an" not in particles:
        return False  # "regte sich auf": no suggestion
    return not _main_clause_before(verb, governor) and not _answering_main_clause(verb, governor)


def _permits(governor: Token, verb: Token) -> bool:
    """ "erlaubte Polen, Panzer an Kiew weiterzugeben": what is permitted is not yet done."""
    return PERMISSION_HEADS.match(governor.text) is not None and not _main_clause_before(verb, governor)


def _threatened_as_coming(verb: Token, governors: list[Token], sentence: Span) -> bool:
    """ "drohte, Russland werde seine Truppen verstärken": a threat told in the future tense, on no
    condition, announces what the speaker will do; "man werde jeden Verstoß beantworten" and "…, falls …"
    hold it out against what the other side may do (hypothetical)."""
    if not any(THREAT_HEADS.match(g.text) for g in governors):
        return False
    if not told_in_future(verb):
        return False
    words = {t.lower_ for t in sentence}
    return not words & UNLESS_WORDS and not any(w.startswith(EVERY_CASE) for w in words)


def _demanded_noun(trigger: Token, verb: Token) -> bool:
    """An act noun a demand verb takes as its object or by "zu", "nach", "um": "verlangt den Rücktritt
    des Ministers", "rief zum Boykott auf" asks for the act; it has not happened. Not the setting of the
    demand ("verlangte in einem Telefonat", "bei ihrem Antrittsbesuch aufgefordert")."""
    if trigger.pos_ != "NOUN" or trigger.head.i != verb.i or trigger.i == verb.i:
        return False
    cases = {c.lower_ for c in trigger.children if c.dep_ == "case"}
    # "warb für Gespräche": an advocated act is asked for with "für"
    asked_with = ASKED_WITH | ({ADVOCATED_WITH} if ADVOCACY_HEADS.match(verb.text) else set())
    asked_with |= {PRESSED_WITH} if PRESSING_HEADS.match(verb.text) else set()
    # a threat holds out its measure with "mit" or as its object; its "nach" phrase dates it ("Nach dem
    # Angriff hat Israel Teheran mit Vergeltung gedroht": the attack is done)
    asked_with -= AFTER_WORDS if THREAT_HEADS.match(verb.text) else set()
    asked = (trigger.dep_ == "obj" and not cases) or (
        trigger.dep_ in ("obl", "obl:arg") and bool(cases & asked_with)
    )
    return asked and _demands_or_threatens(verb, trigger)


def _main_clause_before(verb: Token, governor: Token) -> bool:
    """A finite indicative verb with no conjunction of its own, in a clause ending before the governor's."""
    # the tagger may leave out VerbForm ("geißelte"); a modal or auxiliary is the finite word
    finite = "Ind" in finite_word(verb).morph.get("Mood")
    own_mark = any(c.dep_ == "mark" for c in verb.children)
    clause = surface_clause(verb)
    return finite and not own_mark and clause.end <= governor.i and clause[0].lower_ not in CONTENT_OPENERS


def _answering_main_clause(verb: Token, governor: Token) -> bool:
    """A main clause after the demand with a subject of its own before its finite indicative, which the
    parser hung on the demand: "Die Opposition verlangt Neuwahlen, die Regierung lehnt das ab", "bat um
    Hilfe, und Moskau hat zugesagt". It answers the demand; what a demand asks for is told in a "dass"
    or "zu" clause or in the subjunctive ("verlangte, Berlin müsse …")."""
    finite = finite_word(verb)
    if verb.i < governor.i or "Ind" not in finite.morph.get("Mood"):
        return False
    clause = surface_clause(verb)
    if any(c.dep_ == "mark" for c in verb.children) or clause[0].lower_ in CONTENT_OPENERS:
        return False
    # the finite word second, before the rest of its clause: "was Berlin zugesagt hat" ends with it
    if not any(not t.is_punct for t in clause if t.i > finite.i):
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass") and c.tag_ != RELATIVE_TAG]
    return any(governor.i < s.i < finite.i for s in subjects)


def _denied_charge(trigger: Token) -> bool:
    """ "wies Vorwürfe zurück, das Land habe sich auf Moskaus Seite geschlagen", "dementierte Berichte, es
    habe … geholfen": a charge or report its subject rejects, told in reported speech right after it,
    did not happen for the one who denies it ("dass" and "wonach" clauses are framed as content)."""
    clause = surface_clause(trigger)
    before = clause_before(clause)
    if before is None or "Sub" not in finite_word(clause_verb(trigger)).morph.get("Mood"):
        return False
    # of a frame that joins verbs, the last one frames the clause ("wies … zurück und erklärte, …")
    joins = [t.i for t in before if t.lower_ in JOINING_WORDS]
    before = before.doc[joins[-1] + 1 : before.end] if joins and joins[-1] + 1 < before.end else before
    charged = any(t.lower_ in CHARGE_NOUNS for t in before)
    rejected = has_pair(before, REJECTING_PAIRS) or any(
        DENIAL_HEADS.match(t.text) or REJECTING_JOINED.match(t.text) for t in before
    )
    return charged and rejected


def _presupposing_question(sentence: Span) -> bool:
    """ "Warum hat Berlin die Lieferung gestoppt?": a question for the reason, manner or time of an act
    takes the act as given; a yes-no question ("Verhängt die EU Sanktionen?") leaves it open."""
    first = next((t for t in sentence if not t.is_punct), None)
    # "Warum protestieren die Serben überhaupt?": the explainer's question for the background reports no act
    background = any(t.lower_ == BACKGROUND_PARTICLE for t in sentence)
    return first is not None and first.lower_ in PRESUPPOSING_INTERROGATIVES and not background


def _given(verb: Token) -> bool:
    """An act in a temporal or causal clause is given as a fact, also in a question: "Was hätten sie tun
    sollen, nachdem Teheran den Inspektoren den Zutritt verweigert?" asks about the answer, not the act."""
    return any(c.dep_ == "mark" and c.lower_ in FACTIVE_MARKS for c in verb.children)


def _comparison(governor: Token) -> bool:
    """ "Wie befürchtet hat Russland … angegriffen": a parse that makes the comparison the main verb."""
    return governor.i > 0 and governor.doc[governor.i - 1].lower_ == "wie"


def _named_as_given(trigger: Token) -> bool:
    """An act noun in a causal, concessive or "seit" phrase, unless qualified as possible or denied
    ("wegen eines möglichen Angriffs", "wegen keiner Sanktion")."""
    if trigger.pos_ != "NOUN" or not any(c.dep_ == "case" and c.lower_ in GIVEN_BY for c in trigger.children):
        return False
    qualifiers = {c.lower_ for c in trigger.children if c.dep_ in ("amod", "det", "advmod")}
    return not qualifiers & (POSSIBILITY | NEGATIVE_DETERMINERS) and not any(
        q.startswith(("möglich", "angeblich", "drohend", "befürchtet", "geplant")) for q in qualifiers
    )


def _occasion_of_past_act(trigger: Token) -> bool:
    """An act noun that dates a told act took place before it, whatever that act announces: "Nach einem
    Treffen mit Wang kündigte Lawrow neue Gespräche an" (the talks to come, the meeting held)."""
    if trigger.pos_ != "NOUN" or not any(
        c.dep_ == "case" and c.lower_ in DATING_PREPOSITIONS for c in trigger.children
    ):
        return False
    return trigger.head.pos_ in VERBAL_POS and told_as_past(trigger.head)


def _disbelieved(governor: Token) -> bool:
    """A believing verb its own negation denies: "glaube nicht, dass …", "glauben nicht daran, dass …".
    An unnegated belief may report a charge ("glaubt, dass Moskau dahintersteckt") and is left be."""
    return BELIEF_HEADS.match(governor.text) is not None and any(
        c.dep_ == "advmod" and c.lower_ in NEGATIONS for c in governor.children
    )
