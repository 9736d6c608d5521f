"""Triggers whose act the sentence turns round: coercion its target refuses to yield to ("lässt sich
nicht erpressen", CAMEO 124), yielding ruled out ("werde nicht nachgeben", "macht keine
Zugeständnisse", also 124), cooperation a source says it will not give ("Belgrad will den Mann nicht
überstellen", "kündigte an, das Abkommen nicht zu verlängern": the refusal 12x besides the act negated,
aimed at whom it is told to, "ließ Lula wissen, …") and a charge its quoted speaker calls
baseless ("Die Vorwürfe seien haltlos, erklärte Peskow"), which is no accusation but the speaker's
denial (016); so is a rejection that only points back at a charge ("Washington wies das zurück") or at
a claim reported just before (`denied_claims.py`)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from spacy.tokens import Span, Token

from lagebild.events.arguments import (
    ActorIndex,
    actor_of,
    entity_at,
    is_let_passive,
    is_organisation,
    is_zu_infinitive,
    lassen_of,
    objects_of,
    preposition_of,
    same_actor,
    side_of,
    sides_of_event,
)
from lagebild.events.codebook import DENIAL, DENIAL_CODES, REFUSAL_TO_YIELD, REJECTION_ROOT, by_longest_prefix
from lagebild.events.context_targets import context_target
from lagebild.events.denied_claims import reports_a_claim
from lagebild.events.denied_involvement import denied_acts
from lagebild.events.event_clauses import NOMINAL_POS
from lagebild.events.lexicon import LexiconEntry, VerbSet, bare_verb_entry
from lagebild.events.modality_words import NEGATIVE_DETERMINERS
from lagebild.events.row_choice import described_as
from lagebild.events.saying import says
from lagebild.events.targets_coercers import coerced_by_no_one
from lagebild.events.triggers import Trigger
from lagebild.pipeline.annotations import EventInfo, aimed_at
from lagebild.pipeline.segmentation import sentence_before
from lagebild.pipeline.word_classes import PARTICLE_DEPS, STATEMENT_DEMONSTRATIVES_DE

NEGATION_WORDS = {"nicht", "nie", "niemals", "keinesfalls", "keineswegs"}
# "lässt sich nicht erpressen / einschüchtern": refusing to yield to coercion (CAMEO 124) is asserted
COERCION_ROOTS = ("13", "17")
# being impressed, lectured or told what to do is no coercion the lexicon codes ("belehrte die Nachbarn"),
# but refusing to let it be done is the same stand as refusing blackmail: "lasse sich von Brüssel nicht
# vorschreiben, wie es wähle", "werde sich nicht beeindrucken lassen" (124)
UNYIELDING_VERBS = {"beeindrucken", "belehren", "vorschreiben", "bevormunden"}
# giving in as such (080: nachgeben, einlenken, sich beugen, Zugeständnisse): negated, it is the refusal
YIELDING = "080"
# yielding that someone expects not to happen is no stand of the side (the banks: 080 hypothetical or
# negated): "Ein Einlenken erwarten Beobachter nicht", "Ich gehe davon aus, dass Moskau nicht einlenkt"
EXPECTING = {"erwarten", "rechnen", "ausgehen", "glauben", "hoffen", "bezweifeln", "befürchten", "fürchten"}
SUBORDINATORS = {"dass", "ob"}
# the cooperative act a source will not perform → its refusal: meeting 125, material cooperation 121,
# aid 122 (by kind), yielding 124 (a release 1243), other cooperation 120
REFUSAL_OF = {
    "03": "120", "04": "125", "05": "120", "06": "121", "07": "122", "071": "1221", "072": "1222",
    "073": "1223", "074": "1224", "08": "124", "084": "1243", "085": "1244", "087": "1246",
}  # fmt: skip
# a visit a source will not make or host ("werde keinen Vertreter nach Madrid entsenden", "werde ihn nicht
# empfangen") turns down no meeting anyone proposed: the banks code the visit negated, and no 125
VISITS = ("042", "043")
# the pressure or side yielded to, as the parse hangs it on the verb (a bare dative is often "obj" or
# "obl:arg" in the news parse)
YIELDED_TO_DEPS = ("iobj", "obj", "obl:arg", "obl")
# the auxiliaries of a perfect, whose present tense reports the past: "habe sich dem Druck nicht gebeugt"
PERFECT_AUXILIARIES = {"haben", "sein"}
# "will nicht überstellen", and the future a reported speaker commits to: "Man werde Bazoum nicht
# freilassen" (not the plain future "wird … nicht", which only says what will not happen)
WILL_FORMS = {"will", "wolle", "wollen", "wollte", "wollten", "werde"}
# recognition denied in the present is a position held now: "Ankara erkennt die Zone nicht an" rejects
# it (the banks: 120 asserted, no negated recognition), as "werde … nicht anerkennen" does
RECOGNISING = VerbSet({"anerkennen": "erkennt;erkannte;anerkannt"})
# but a state, government or leader not recognised is diplomatic recognition withheld, as the banks code
# it (054 negated, no rejection): "erkennt Maduro nicht als Präsidenten an", "erkenne die Annexion der
# Krim nicht an", "erkennt die Vereidigung Maduros nicht an" (his taking office); the nouns by their last
# part, for compounds ("Taliban-Regierung", "Separatistenrepubliken")
POLITY_NOUN_ENDINGS = (
    "staat", "staatlichkeit", "unabhängigkeit", "souveränität", "regierung", "republik", "regime",
    "annexion", "vereidigung", "amtseinführung",
)  # fmt: skip
# the office someone is not recognised in: "erkenne Maduro nicht als Präsidenten an"
OFFICE_NOUN_ENDINGS = ("präsident", "präsidentin", "staatschef", "staatsoberhaupt", "regierungschef")
# the sectors of an actor recognised as a polity: a state, its government, a rival government or
# separatists claiming one; not a court ("JUD"), whose rulings a state rejects
POLITY_SECTORS = ("", "GOV", "OPP", "REB")
# the act's clause as the parse hangs it on the verb that tells it to someone
TOLD_CLAUSES = ("advcl", "ccomp", "xcomp", "parataxis")
# the news parser labels a bare dative "obl:arg" ("ließ Lula wissen"), a phrase with a preposition too
ADDRESSEE_DEPS = ("obj", "iobj", "obl:arg")
TELLING = VerbSet({
    "mitteilen": "teilt;teilte;mitgeteilt", "sagen": "sagt;sagte;gesagt",
    "versichern": "versichert;versicherte;versichert", "signalisieren": "signalisiert;signalisierte;signalisiert",
})  # fmt: skip
LET_KNOW = {"wissen", "ausrichten", "mitteilen"}  # "ließ Berlin wissen, …"
# verbs by which a source states its own course ("kündigte an / erklärte / bekräftigte, … nicht zu …");
# deciding ("beschloss, … nicht zu …") stops an act (`intentions.py`), it refuses no one
DECLARING = VerbSet({
    "ankündigen": "kündigt;kündigte;angekündigt", "erklären": "erklärt;erklärte;erklärt",
    "bekräftigen": "bekräftigt;bekräftigte;bekräftigt", "versichern": "versichert;versicherte;versichert",
    "betonen": "betont;betonte;betont", "klarstellen": "stellt;stellte;klargestellt",
    "unterstreichen": "unterstreicht;unterstrich;unterstrichen",
})  # fmt: skip
# "Die Vorwürfe seien haltlos", erklärte Peskow: the speaker denies the charge (CAMEO 016)
CHARGE_CODES = ("112",)
DISMISSIVE = {"haltlos", "unbegründet", "grundlos", "gegenstandslos", "unhaltbar", "absurd", "lächerlich",
              "falsch", "unwahr", "erfunden", "erlogen", "konstruiert", "Unsinn", "Lüge", "Lügen",
              "Propaganda", "Verleumdung"}  # fmt: skip
# "wies das zurück": a rejection whose object only points back at what was said before
REJECTING_LEMMAS = {"zurückweisen", "weisen"}
REJECTING_FORMS = re.compile(r"^zurück(ge)?w[ie]")
RELATIVE_POINTERS = {"was"}  # "…, was Athen zurückwies": what the clause before it said
# a fronted "Das wies Washington zurück" is often parsed as the subject, "weist das zurück" as "obl:arg"
OBJECT_DEPS = ("obj", "nsubj", "obl:arg")
# the charge such a pronoun points back at: "vorwerfen" (also split: "warf … vor", "hielt … vor"),
# "beschuldigen", "bezichtigen", "unterstellen", "anlasten", "der Vorwurf"
ACCUSING = re.compile(
    r"^(vorw[aiuü]rf|vorgeworfen|vorhielt|vorgehalten|beschuldig|bezichtig|unterstell|anlast|angelastet)"
)
SPLIT_ACCUSING = {"warf", "wirft", "warfen", "werfen", "hielt", "hält", "hielten", "halten"}
PARTICLE_OF_ACCUSING = "vor"


def as_refusal(trigger: Trigger) -> Trigger:
    """ "Polen werde sich nicht einschüchtern lassen": no threat but its refusal, by the one threatened;
    "Taiwan werde nicht nachgeben": no yielding but the refusal to yield."""
    token = trigger.token
    if trigger.entry.code == YIELDING and _yielding_ruled_out(trigger):
        return replace(trigger, entry=replace(trigger.entry, code=REFUSAL_TO_YIELD))
    if (
        trigger.entry.kind != "V"
        or not trigger.entry.code.startswith(COERCION_ROOTS)
        or not is_let_passive(token)
    ):
        return trigger
    if not _let_passive_denied(token):
        return trigger
    return replace(trigger, entry=replace(trigger.entry, code=REFUSAL_TO_YIELD))


def unyielding_triggers(sentence: Span, triggers: list[Trigger]) -> list[Trigger]:
    """A 124 trigger on each verb of `UNYIELDING_VERBS` in a denied let-passive ("lässt sich nicht
    belehren") that no trigger covers."""
    taken = {t.token.i for t in triggers}
    return [
        Trigger(token=verb, entry=_unyielding_entry(verb.lower_), particle=None, object_noun=None)
        for verb in sentence
        if verb.lower_ in UNYIELDING_VERBS
        and verb.i not in taken
        and is_let_passive(verb)
        and (_let_passive_denied(verb) or coerced_by_no_one(verb) and _declared(verb))
    ]


@cache
def _unyielding_entry(lemma: str) -> LexiconEntry:
    return bare_verb_entry(REFUSAL_TO_YIELD, lemma, "obj", "Ungarn lasse sich nicht belehren.")


def _declared(verb: Token) -> bool:
    """A refusal of no one named ("von niemandem") is a stand only where the sentence reports someone
    declaring it ("erklärte, sein Land lasse sich von niemandem vorschreiben, …", "…, hieß es"); a quote
    going on from before with no verb of saying is a general statement of sovereignty, as the banks read
    it, no act."""
    return any(says(t) for t in verb.sent if t.i != verb.i)


def _let_passive_denied(verb: Token) -> bool:
    """A negation on the verb or on its "lassen": "lässt sich nicht erpressen"."""
    verbs = (verb, lassen_of(verb))
    return any(
        c.lower_ in NEGATION_WORDS for v in verbs if v is not None for c in v.children if c.dep_ == "advmod"
    )


def _yielding_ruled_out(trigger: Trigger) -> bool:
    """ "werde nicht nachgeben", "will niemals einlenken" (the negation on the verb or its modal),
    "macht keine Zugeständnisse" (on the noun, or on the object of the light verb): a stand taken now
    or for the future. A past "gab ihre Blockade nicht auf" only reports that it did not happen."""
    token = trigger.token
    verb = token.head if token.pos_ == "NOUN" else token  # the light verb of "keine Zugeständnisse"
    # the verb and its auxiliaries and modals, not a governing clause ("rechnen nicht damit, dass …")
    verbs = [verb, *(c for c in verb.children if c.dep_ == "aux")]
    if not _stance(verbs) or _expected_of_the_side(verb):
        return False
    if any(c.lower_ in NEGATION_WORDS for v in verbs for c in v.children if c.dep_ == "advmod"):
        return True
    nouns = [n for n in (token if token.pos_ == "NOUN" else None, trigger.object_noun) if n is not None]
    if any(c.lower_ in NEGATIVE_DETERMINERS for n in nouns for c in n.children if c.dep_ == "det"):
        return True
    return any(_negated_phrase(c) for c in verb.children if c.dep_ in YIELDED_TO_DEPS)


def _expected_of_the_side(verb: Token) -> bool:
    """The yielding is what another expects of the side, not its own stand: the verb is one of expecting
    ("erwarten Beobachter nicht"), or its "dass" clause hangs on one ("Ich gehe davon aus, dass …") or on
    a judgement with a copula ("Entscheidend ist, dass Wien nicht einknickt"); "machte klar, dass er nicht
    nachgeben werde" tells the side's own."""
    if _expecting(verb):
        return True
    head = verb.head
    if head.i == verb.i or not any(c.dep_ == "mark" and c.lower_ in SUBORDINATORS for c in verb.children):
        return False
    return _expecting(head) or any(c.dep_ == "cop" for c in head.children)


def _expecting(verb: Token) -> bool:
    """ "erwarten", also with its particle split off ("geht davon aus")."""
    lemma = verb.lemma_.lower()
    particles = [c.lower_ for c in verb.children if c.dep_ in PARTICLE_DEPS]
    return lemma in EXPECTING or any(p + lemma in EXPECTING for p in particles)


def _negated_phrase(noun: Token) -> bool:
    """ "sich keinem Diktat beugen": the pressure yielded to, negated, negates the yielding; so does a
    "niemals" the parse hangs inside the phrase ("sich niemals äußerem Druck beugen")."""
    return noun.pos_ in NOMINAL_POS and any(
        t.lower_ in NEGATIVE_DETERMINERS | NEGATION_WORDS for t in noun.subtree if t.i < noun.i
    )


def _stance(verbs: list[Token]) -> bool:
    """A future or volitional auxiliary, or a finite verb in the present; not the auxiliary of a perfect
    ("habe sich keinem Druck gebeugt" reports the past)."""
    present = any(
        "Pres" in v.morph.get("Tense")
        and "Fin" in v.morph.get("VerbForm")
        and v.lemma_ not in PERFECT_AUXILIARIES
        for v in verbs
    )
    return present or any(v.lower_ in WILL_FORMS for v in verbs)


def as_standing_refusals(events: list[EventInfo]) -> list[EventInfo]:
    """The events, where a recognition its verb denies in the present ("erkennt … nicht an", "dessen
    Zuständigkeit Caracas nicht anerkennt") is the refusal it states; "hat … nie anerkannt" only reports
    the past, and a state or leader not recognised stays recognition negated."""
    return [
        replace(e, code=code, modality="asserted")
        if e.modality == "negated"
        and e.trigger.root in RECOGNISING
        and (code := refusal_code(e.code)) is not None
        and _present(e.trigger.root)
        and not _recognises_a_polity(e.trigger.root)
        else e
        for e in events
    ]


def _recognises_a_polity(verb: Token) -> bool:
    """The verb's object is a state, government or leader, or a claim to statehood or office, or the
    verb names the office or statehood it withholds ("nicht als Präsidenten", "nicht als Staat")."""
    objects = objects_of(verb)
    # the parse hangs the "als" noun on the verb or coordinates it with the object
    roles = [c for head in (verb, *objects) for c in head.children if described_as(c)]
    if any(r.lemma_.lower().endswith(POLITY_NOUN_ENDINGS + OFFICE_NOUN_ENDINGS) for r in roles):
        return True
    for noun in objects:
        if noun.lemma_.lower().endswith(POLITY_NOUN_ENDINGS):
            return True
        entity = entity_at(noun)
        actor = actor_of(entity) if entity is not None else None
        if actor is not None and not is_organisation(entity) and actor.sector in POLITY_SECTORS:
            return True
    return False


def _present(verb: Token) -> bool:
    """A finite verb in the present, without auxiliary (the tagger marks the finite forms by their mood)."""
    return (
        verb.pos_ not in NOMINAL_POS
        and "Pres" in verb.morph.get("Tense")
        and bool(verb.morph.get("Mood"))
        and not any(c.dep_ == "aux" for c in verb.children)
    )


def refusals_of_unwilling(events: list[EventInfo]) -> list[EventInfo]:
    """The refusal (12x, asserted) each negated cooperative act under "will" or a future "werde" makes:
    saying one will not do it is rejecting it now. "Ganz abbrechen will Berlin den Kontakt nicht" is no refusal:
    only cooperation refused is one."""
    refused = [
        aimed_at(event, told_to(event) or event.target, code=code, modality="asserted")
        for event in events
        if event.modality == "negated"
        and not event.code.startswith(VISITS)
        and (code := refusal_code(event.code)) is not None
        and under_will(event.trigger.root)
    ]
    # a rejection the sentence codes already ("wies die Forderungen zurück: Man werde … nicht freilassen")
    return [r for r in _by_the_refusers(refused) if not any(_same_rejection(r, e) for e in events)]


def _by_the_refusers(refused: list[EventInfo]) -> list[EventInfo]:
    """A joint act refused is refused by one side: "erklärte, kein Abkommen mit Kanada zu unterzeichnen"
    codes the signing both ways, the refusal only from the subject who says so (where it is named)."""
    kept = []
    for refusal in refused:
        rivals = [r for r in refused if r.trigger.start == refusal.trigger.start and r is not refusal]
        subject = _refusing_subject(_act_verb(refusal.trigger.root))
        if not rivals or subject is None or _within(refusal.source, subject):
            kept.append(refusal)
        elif not any(_within(r.source, subject) for r in rivals):
            kept.append(refusal)  # the subject is no source of either: nothing to choose by
    return kept


def told_to(event: EventInfo) -> Span | None:
    """Whom the refusal is told to, the side it turns down: "Macron ließ Lula wissen, Paris werde das
    Abkommen nicht unterzeichnen", "teilte Ottawa mit, man werde … nicht verlängern"."""
    verb = _act_verb(event.trigger.root)
    telling = _telling_verb(verb)
    if verb.dep_ not in TOLD_CLAUSES or telling.i == verb.i or not _tells(telling):
        return None
    source_side = side_of(event.source) if event.source is not None else None
    for addressee in (c for c in telling.children if c.dep_ in ADDRESSEE_DEPS and preposition_of(c) is None):
        actor = entity_at(addressee)
        if actor is not None and (side := side_of(actor)) is not None and side != source_side:
            return actor
    return None


def _telling_verb(verb: Token) -> Token:
    """The verb the act's clause hangs on, or the "lassen" above its "wissen": the news treebank hangs
    what is let known on "wissen" ("ließ Lula wissen, Italien werde … unterzeichnen"), the addressee on
    "ließ"."""
    telling = verb.head
    if telling.lower_ in LET_KNOW and telling.dep_ == "xcomp" and telling.head.lemma_ == "lassen":
        return telling.head
    return telling


def _tells(verb: Token) -> bool:
    """ "teilte … mit", "sagte", "ließ … wissen / ausrichten" (the infinitive hangs on "lassen")."""
    if verb in TELLING:
        return True
    return verb.lemma_ == "lassen" and any(c.dep_ == "xcomp" and c.lower_ in LET_KNOW for c in verb.children)


def _refusing_subject(verb: Token) -> Token | None:
    """Who says the act will not be done: the subject of the declaring verb over a "zu" infinitive, else
    the act's own."""
    speaker = verb.head if _declared_not_to_be_done(verb) else verb
    return next((c for c in speaker.children if c.dep_ == "nsubj"), None)


def _within(actor: Span | None, subject: Token) -> bool:
    return actor is not None and any(actor.start <= t.i < actor.end for t in subject.subtree)


def _same_rejection(refusal: EventInfo, event: EventInfo) -> bool:
    return event.code[:2] == REJECTION_ROOT and sides_of_event(event) == sides_of_event(refusal)


def refusal_code(code: str) -> str | None:
    """The refusal (12x) of a cooperative act, by its longest coded prefix; None where none is coded."""
    return by_longest_prefix(code, REFUSAL_OF)


def under_will(trigger: Token) -> bool:
    """The act's verb is willed, committed to or declared not to be done: the trigger itself, or the
    verb whose object its noun is ("werde das Abkommen nicht verlängern")."""
    verb = _act_verb(trigger)
    if verb.pos_ in NOMINAL_POS:
        return False  # "Gespräche werde es nicht geben": no one named refuses
    modals = [c for c in verb.children if c.dep_ == "aux"] + ([verb.head] if verb.dep_ == "xcomp" else [])
    return any(m.lower_ in WILL_FORMS for m in modals) or _declared_not_to_be_done(verb)


def _act_verb(trigger: Token) -> Token:
    """The verb of the act: the trigger, or the verb whose object the act's noun is."""
    return trigger.head if trigger.pos_ in NOMINAL_POS and trigger.dep_ == "obj" else trigger


def _declared_not_to_be_done(verb: Token) -> bool:
    """ "kündigte an, das Abkommen nicht zu verlängern", "bekräftigte, den Vorsitz nicht abzugeben": the
    act's "zu" infinitive under a verb by which its source declares now what it will do (the gold's
    "erklärt, die Vereinbarung nicht zu verlängern": the refusal is asserted)."""
    return is_zu_infinitive(verb) and verb.head.i != verb.i and verb.head in DECLARING


def as_dismissal(trigger: Trigger, actors: ActorIndex) -> Trigger:
    """A charge its quoted speaker calls baseless ("Die Vorwürfe seien haltlos, erklärte Peskow") is
    no accusation by anyone named but the speaker's denial; the predicate is its trigger."""
    charge, predicate = trigger.token, trigger.token.head
    if (
        trigger.entry.kind != "N"
        or not trigger.entry.code.startswith(CHARGE_CODES)
        or charge.dep_ != "nsubj"
        or predicate.text not in DISMISSIVE
        or charge.i not in actors.speakers
        or any(c.lower_ in NEGATION_WORDS for c in predicate.children)  # "nicht haltlos" concedes
    ):
        return trigger
    denial = replace(trigger.entry, code=DENIAL, target="none")
    return Trigger(token=predicate, entry=denial, particle=None, object_noun=charge)


def dismissal_pairs(
    trigger: Trigger, actors: ActorIndex, context: list[EventInfo]
) -> list[tuple[Span, Span | None]]:
    """The speaker denies; the target is whoever made the charge: named with it ("die Vorwürfe
    Berlins", "die Vorwürfe aus Washington") or the counterpart of the speaker's side just before."""
    charge = trigger.object_noun
    speaker = actors.speakers[charge.i]
    phrases = [charge, *(c for c in charge.children if preposition_of(c) == "aus")]  # "aus Washington"
    named = (actors.of_phrase(phrase) for phrase in phrases)
    # the speaker's own side named with the charge is a misparse, not the accuser
    accuser = next((actor for actor in named if actor is not None and not same_actor(actor, speaker)), None)
    return [(speaker, accuser or context_target(speaker, context))]


def is_dismissal(trigger: Trigger) -> bool:
    """A trigger `as_dismissal` made: the predicate with the charge as its noun."""
    return (
        trigger.entry.code in DENIAL_CODES
        and trigger.token.text in DISMISSIVE
        and trigger.object_noun is not None
    )


def denials_of_preceding_charges(found: list[EventInfo], context: list[EventInfo]) -> list[EventInfo]:
    """ "Moskau warf den USA vor, … Washington wies das zurück.": the pronoun stands for the charge just
    made, so rejecting it is denying it (016), and the sentence names no accuser (gold guideline: the
    target is null). "Ankara beschuldigte Athen, …, was Athen zurückwies": the relative pronoun points
    at the charge of the same sentence, whose accuser is named, the target. After a demand ("verlangt er
    von Kurti. Kurti weist das zurück.", "verlangte den Abzug, was Washington zurückwies") the
    rejection stays a 12x. A denial of any part in a deed denies the deed too (`denied_involvement.py`)."""
    denials = [_as_charge_denial(event, found, context) for event in found]
    denials = [_aimed_at_accuser(event, denials) for event in denials]
    return denials + denied_acts(denials, context)


def _aimed_at_accuser(denial: EventInfo, found: list[EventInfo]) -> EventInfo:
    """A denial by the accused of a charge made earlier in its sentence is aimed at the accuser the
    sentence names ("Ankara macht Athen verantwortlich, Athen weist jeden Vorwurf zurück"),
    also where it names what it denies rather than pointing back at the charge."""
    side = side_of(denial.source) if denial.source is not None else None
    if denial.code not in DENIAL_CODES or denial.target is not None or side is None:
        return denial
    charges = [
        e
        for e in found
        if e.code.startswith(CHARGE_CODES)
        and e.trigger.start < denial.trigger.start
        and e.target is not None
        and side_of(e.target) == side
    ]
    # read off the sentence's own charge, a construction: the target ranker leaves it
    return aimed_at(denial, charges[-1].source) if charges else denial


def _as_charge_denial(event: EventInfo, found: list[EventInfo], context: list[EventInfo]) -> EventInfo:
    verb = event.trigger.root
    if not event.code.startswith(REJECTION_ROOT) or not _rejects(verb):
        return event
    pointers = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
    relative = next((c for c in pointers if c.lower_ in RELATIVE_POINTERS), None)
    if relative is not None:
        return _as_denial_of_charge_before(event, relative, found)
    demonstrative = next((c for c in pointers if c.lower_ in STATEMENT_DEMONSTRATIVES_DE), None)
    if demonstrative is None:
        return event
    # "Ankara wirft Athen Spionage vor, die griechische Regierung weist das zurück": the charge the pronoun
    # stands for is in the same sentence, which names the accuser; so may a claim be ("Putin behauptete,
    # die Spur führe nach Kiew; Kiew weist das zurück")
    lead = verb.doc[verb.sent.start : demonstrative.i]
    if any(e.code.startswith(CHARGE_CODES) and e.trigger.start < demonstrative.i for e in found) or (
        reports_a_claim(lead, found)
    ):
        return _as_denial_of_charge_before(event, demonstrative, found)
    before = sentence_before(verb.sent)
    if before is None:
        return event
    charged = any(
        before.start <= e.trigger.start < before.end and e.code.startswith(CHARGE_CODES) for e in context
    )
    denies = charged or _makes_a_charge(before) or reports_a_claim(before, context)
    return replace(event, code=DENIAL, target=None) if denies else event


def _rejects(verb: Token) -> bool:
    # the lemmatizer leaves a clause-final "zurückwies" as it is
    return verb.lemma_ in REJECTING_LEMMAS or REJECTING_FORMS.match(verb.lower_) is not None


def _as_denial_of_charge_before(event: EventInfo, pointer: Token, found: list[EventInfo]) -> EventInfo:
    """The charge the relative or demonstrative pronoun follows, in the same sentence: its accuser is
    the target."""
    charges = [e for e in found if e.code.startswith(CHARGE_CODES) and e.trigger.start < pointer.i]
    if charges:
        return aimed_at(event, charges[-1].source, code=DENIAL)
    lead = pointer.doc[pointer.sent.start : pointer.i]
    return replace(event, code=DENIAL) if _makes_a_charge(lead) or reports_a_claim(lead, found) else event


def _makes_a_charge(sentence: Span) -> bool:
    """The sentence accuses someone, whether or not the coder made an event of it: its accuser may be
    no state ("Ein Abgeordneter warf den USA vor, …") or the charge read as criticism ("Sacharowa, die
    der armenischen Führung vorwarf, …")."""
    words = [t.lower_ for t in sentence]
    # "vor" as a separated particle, not the preposition of "hält die Truppen vor der Stadt"
    particles = {t.i for t in sentence if t.lower_ == PARTICLE_OF_ACCUSING and t.tag_ == "PTKVZ"}
    return any(ACCUSING.match(w) for w in words) or any(
        t.lower_ in SPLIT_ACCUSING and any(i > t.i for i in particles) for t in sentence
    )
