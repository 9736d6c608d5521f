"""Cooperation that is pledged or decided, not yet done, is an expressed intent (CAMEO 03): "beschlossen,
Beitrittsverhandlungen aufzunehmen" (036), "sagte zu, die Ukraine zu unterstützen" (03x), "kündigte ein
Rüstungspaket an" (0332), and so is cooperation in general a source wants, will give or announces
("wolle die Zusammenarbeit ausbauen", 032). The pledge or decision is what happened: it is asserted as
its verb is.
Acts held out are coded by `prospects.py`; cooperation a source will not give is refused
(`refusals.refusals_of_unwilling`), cooperation it no longer gives halted (`halted_acts.py`), and so is cooperation it announces or decides
not to give ("kündigte an, keine Waffen zu liefern", 162x); other acts so negated stay negated acts."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from lagebild.events.arguments import is_zu_infinitive, same_actor
from lagebild.events.codebook import CONCLUDED_AGREEMENT
from lagebild.events.event_clauses import NOMINAL_POS, REPORTED_CLAUSE_DEPS, VERBAL_POS, clause_verb
from lagebild.events.halted_acts import as_halted, halted_code, halts_aid
from lagebild.events.lexicon import VerbSet, german_lexicon
from lagebild.events.modality import modality_of
from lagebild.events.modality_words import FUTURE_AUX, NEGATING_WORDS
from lagebild.events.pledge_verbs import OFFERING, PROMISING
from lagebild.events.pledged_acts import without_pledged_acts
from lagebild.events.prospects import INTENT_OF, coded_prospects, prospect_intent
from lagebild.events.ready_acts import as_ready_acts
from lagebild.events.refusals import WILL_FORMS, as_standing_refusals, refusals_of_unwilling
from lagebild.pipeline.annotations import EventInfo

# verbs by which a source decides or agrees on an act, or instructs its people to carry it out: talks
# decided on or commissioned ("beauftragten ihre Teams, die Gespräche fortzusetzen") are an intent
DECIDING = VerbSet({
    "beschließen": "beschließt;beschloss;beschlossen", "vereinbaren": "vereinbart;vereinbarte;vereinbart",
    "übereinkommen": "kommt;kam;übereingekommen", "beauftragen": "beauftragt;beauftragte;beauftragt",
    "anweisen": "weist;wies;angewiesen",
})  # fmt: skip
PROMISED_ROOTS = ("05", "07", "08")
# attitudes that are given by declaring them, so that a pledging verb over them pledges nothing to come:
# "sicherte Estland ihre Anteilnahme zu" expresses sympathy now (051, the row of "zusichern" in the 05
# table, as the banks code it), where "sicherte Israel Unterstützung zu" pledges support (03x). Without
# this list the 051 row would be turned into a pledge like any cooperation under "zusichern".
# "Solidarität" is not among them: most banks code "sicherte Estland ihre Solidarität zu" a pledge (032)
DECLARED_ATTITUDES = {"verbundenheit", "anteilnahme", "mitgefühl"}
ATTITUDE_DEPS = ("obj", "iobj", "nsubj", "flat:name", "appos", "conj")
OFFERED_ROOTS = ("04",)
# a de-escalation agreed or decided on is declared by that very decision: "vereinbarten eine Waffenruhe",
# "vereinbarten eine Einstellung der Kämpfe" is the ceasefire (0871/087), as the banks code it
DECLARED_BY_DECIDING = "087"
# aid announced in a "zu" clause is the aid to come, no pledge ("kündigte an, Kiew Waffen zu liefern":
# 07x future, as the banks code it by a wide margin, and as they code other announced acts); announced
# not to be given it is the stop of that aid (16x). So is aid decided ("hat beschlossen, der Ukraine
# Panzer zu liefern": the delivery to come, as the banks code it, no intent)
ANNOUNCING = VerbSet({"ankündigen": "kündigt;kündigte;angekündigt"})
AID_ROOT = "07"
# a visit one side decides on is the visit to come as well ("beschloss, eine Delegation nach Kairo zu
# schicken": 042 future, as the banks code it); visits both sides agree on ("vereinbarten, einander zu
# besuchen") stay their intent to meet
VISIT = "042"
# cooperation in general that a source wants, will give or announces is an intent to cooperate (CAMEO
# 03): "werde weiter mit dem Tribunal zusammenarbeiten", "wolle die Zusammenarbeit ausbauen",
# "kündigte an, eng mit der Armee zusammenzuarbeiten"; a specific act to come (signing, 057) stays
# "zusammenarbeiten" is material cooperation (060, as the banks code it) but as general as "die
# Zusammenarbeit ausbauen" (050): wanted or announced, both are an intent; the noun row "nahm die
# Zusammenarbeit auf" (060) names the act itself, to come
GENERIC_COOPERATION, COOPERATING = "050", "060"
INTENT_TO_COOPERATE = "032"
# standing by a side ("zur Seite stehen", "an der Seite stehen", the 051 row of "stehen") is backing
# given now ("steht fest an der Seite Kiews", 051) but, still to come, a pledge of support: "werde Moldau
# weiter zur Seite stehen", "kündigte an, Gambia zur Seite zu stehen" (03x, as the banks code it)
STANDING_BY, STANDING = "051", "stehen"
# by surface form: the lemmatizer misses Konjunktiv I ("wolle" → "woll")
WANTING_OR_FUTURE = WILL_FORMS | FUTURE_AUX
MEDIATION, INTENT_TO_MEDIATE = "045", "039"
# talks a source is reported to want ("erklärte, er wolle mit Moskau reden", "man wolle den Dialog
# fortsetzen"): the reported wish is its stated intent to negotiate (036, asserted), as the banks code
# it; a meeting it plans in its own words ("will am Montag mit Macron beraten") stays the talks to come.
# Konjunktiv I "wolle" marks the report; "wollten" only where its clause is said (also a plain past)
TALKS, INTENT_TO_NEGOTIATE = ("040", "046"), "036"
REPORTED_WISH, REPORTED_WISH_PLURAL = "wolle", "wollten"
# how far above the act's clause its binding verb may hang in a weak parse ("verpflichtet sich, die
# Ukraine militärisch … zu unterstützen", the infinitive under "militärisch" under "sich")
GOVERNOR_STEPS = 3


def as_intents(events: list[EventInfo], sentence: Span) -> list[EventInfo]:
    intents = as_ready_acts([_as_intent(event, sentence, events) for event in events])
    coded = as_standing_refusals(coded_prospects(intents, german_lexicon()))
    unwilling = refusals_of_unwilling([e for e in coded if not halts_aid(e)])
    return without_pledged_acts(as_halted(coded + unwilling))


def _as_intent(event: EventInfo, sentence: Span, events: list[EventInfo]) -> EventInfo:
    if _mediation_to_come(event):
        return replace(event, code=INTENT_TO_MEDIATE, modality="asserted")
    if _talks_wanted(event):
        return replace(event, code=INTENT_TO_NEGOTIATE, modality="asserted")
    root = event.code[:2]
    if root not in INTENT_OF:
        return event
    if _cooperation_to_come(event) and not _mutual(event, events):
        return replace(event, code=INTENT_TO_COOPERATE, modality="asserted")
    binding = (
        [DECIDING]
        + ([PROMISING] if root in PROMISED_ROOTS else [])
        + ([OFFERING] if root in OFFERED_ROOTS else [])
        + ([ANNOUNCING] if root == AID_ROOT else [])
    )
    governor = _binding_verb(event.trigger.root, binding)
    if governor is None or _declared_attitude(event, governor) or _declared_de_escalation(event, governor):
        return event
    # an agreement the deciding verb itself codes is concluded by agreeing: "vereinbarten einen
    # Gefangenenaustausch" (the row of "vereinbaren" for a concrete deal), no intent
    if event.code == CONCLUDED_AGREEMENT and governor.i == event.trigger.root.i:
        return event
    article_date = sentence.doc._.article_date
    date = event.date if event.date != article_date else None
    modality = modality_of(governor, sentence, date, article_date, made_by_saying=True)
    if _negated_in_own_clause(event, governor):
        halted = halted_code(event.code)
        return replace(event, code=halted, modality=modality) if halted else event
    decided_visit = event.code == VISIT and not _mutual(event, events)
    if governor in ANNOUNCING or ((root == AID_ROOT or decided_visit) and governor in DECIDING):
        return replace(event, modality="future" if modality == "asserted" else modality)
    return replace(event, code=_intent_code(event.code), modality=modality)


def _declared_attitude(event: EventInfo, governor: Token) -> bool:
    """What is pledged is an attitude, which the pledge declares ("sicherte … Anteilnahme zu"): the act's
    noun or a noun on the pledging verb, also one the parse hung on its dative ("sicherten Arce
    Anteilnahme zu", "Anteilnahme" a name part of "Arce")."""
    objects = [c for c in governor.children if c.dep_ in ATTITUDE_DEPS]
    nouns = [
        event.trigger.root,
        *objects,
        *(g for c in objects for g in c.children if g.dep_ in ATTITUDE_DEPS),
    ]
    return any(n.lemma_.lower() in DECLARED_ATTITUDES for n in nouns)


def _declared_de_escalation(event: EventInfo, governor: Token) -> bool:
    return event.code.startswith(DECLARED_BY_DECIDING) and governor in DECIDING


def _negated_in_own_clause(event: EventInfo, governor: Token) -> bool:
    """ "kündigte an, keine Munition mehr zu liefern", "beschloss, keine Rüstungsexporte zu genehmigen":
    no pledge, the announced or decided stop of that cooperation, as the gold banks code it (16x). A
    negation over the binding verb ("sagte die Waffen nicht zu") is the pledge's, which stays one."""
    if event.modality != "negated" or governor.i == event.trigger.root.i:
        return False
    return any(t.lower_ in NEGATING_WORDS for t in event.trigger.root.subtree)


def _cooperation_to_come(event: EventInfo) -> bool:
    """Cooperation in general, wanted, announced or to come: "wolle … ausbauen", "werde …
    zusammenarbeiten", "kündigte an, … zusammenzuarbeiten", "werde … zur Seite stehen". Asked or
    possible cooperation is the appeal's or the speculation's, no intent."""
    verb = event.trigger.root
    cooperating = event.code == COOPERATING and verb.pos_ not in NOMINAL_POS
    standing_by = event.code == STANDING_BY and verb.lemma_ == STANDING
    if (
        event.code != GENERIC_COOPERATION
        and not (cooperating or standing_by)
        or event.modality == "hypothetical"
    ):
        return False
    return event.modality == "future" or any(
        c.dep_ == "aux" and c.lower_ in WANTING_OR_FUTURE for c in verb.children
    )


def _mediation_to_come(event: EventInfo) -> bool:
    """Mediation a source wants or will take on is its stated intent to mediate (039, asserted), as the
    banks code it: "Taschkent wolle zwischen Kabul und … vermitteln", "will weiter vermitteln"."""
    verb = event.trigger.root
    if event.code != MEDIATION or verb.pos_ in NOMINAL_POS or event.modality == "hypothetical":
        return False
    return any(c.dep_ == "aux" and c.lower_ in WANTING_OR_FUTURE for c in verb.children)


def _talks_wanted(event: EventInfo) -> bool:
    """Talks a source is reported to want: "erklärte, Peking und Washington wollten ihre Gespräche
    fortsetzen" (036 asserted), not the meeting a source says it will hold ("will … beraten")."""
    verb = event.trigger.root
    if event.code not in TALKS or verb.pos_ in NOMINAL_POS or event.modality != "future":
        return False
    wishes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return REPORTED_WISH in wishes or (REPORTED_WISH_PLURAL in wishes and verb.dep_ in REPORTED_CLAUSE_DEPS)


def _mutual(event: EventInfo, events: list[EventInfo]) -> bool:
    """Both sides of the act as its subjects ("Deutschland und Frankreich wollen ihre Zusammenarbeit
    stärken"): a joint aim, coded as the cooperation itself, to come."""
    return any(
        other.trigger.start == event.trigger.start
        and other.source is not None
        and event.target is not None
        and same_actor(other.source, event.target)
        for other in events
        if other is not event
    )


def _intent_code(code: str) -> str:
    if code == MEDIATION:
        return INTENT_TO_MEDIATE
    return prospect_intent(code)


def _binding_verb(trigger: Token, verbs: list[VerbSet]) -> Token | None:
    """The verb that binds the source to the act: the trigger itself, the verb whose object is the act's
    noun ("sagte Militärhilfe zu"), or the one over the act's "zu" infinitive ("beschlossen, …
    aufzunehmen")."""
    if any(trigger in v for v in verbs):
        return trigger  # a lexicon row that codes the act by the pledging verb ("kündigte Waffen an")
    clause = clause_verb(trigger)
    if clause.i != trigger.i:
        if trigger.dep_ == "obj" and trigger.head.i == clause.i and any(clause in v for v in verbs):
            return clause
        if not is_zu_infinitive(clause):
            return None
    elif not is_zu_infinitive(trigger):
        return None
    token = clause
    for _ in range(GOVERNOR_STEPS):
        if token.head.i == token.i or token.head.i > token.i and token.dep_ != "conj":
            return None  # a binding verb comes before its infinitive in news German
        token = token.head
        if token.pos_ in VERBAL_POS:
            return token if any(token in v for v in verbs) else None
    return None
