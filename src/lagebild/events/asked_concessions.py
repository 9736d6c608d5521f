"""The concession an appeal or demand asks of its addressee, where the lexicon codes no act for the words
that ask it: "forderte Ankara auf, die Entscheidung zu überdenken", "rief Nordkorea auf, von weiteren
Provokationen abzusehen", "drängte Israel zu Zugeständnissen", "verlangte von Peking den Abzug des
Schiffes". The gold banks code the appeal (02x/10x, asserted) and the act asked for as a hypothetical
event of the addressee's; what an appeal asks back — to reverse a step, lift or suspend a measure, pull
out, release, let in — is yielding (CAMEO 08), whatever the step was. Restraint asked of both sides
("rief zur Zurückhaltung auf") the banks mostly leave uncoded; `demanded_acts.py` reads it off the
appeal's own code where they do not.

The words below are read only in what an appeal asks for: there they name a concession however general
they are ("überdenken", "aussetzen", "Ende"), where on their own they may name anything. A measure of
cooperation suspended or ended ("die Zusammenarbeit aussetzen") is no concession but reduced relations,
and is left to the lexicon."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.addressee_acts import finite_between, in_relative_clause
from lagebild.events.arguments import (
    entity_at,
    genitive_attributes,
    is_organisation,
    is_zu_infinitive,
    preposition_of,
    same_actor,
    same_side,
    side_of,
    state_of_adjective,
)
from lagebild.events.codebook import ASKING_ROOTS, EXTRADITION, YIELD_ROOT
from lagebild.events.demanded_acts import ASKED_CONFIDENCE
from lagebild.events.event_clauses import within
from lagebild.events.lexicon import Lexicon
from lagebild.events.modality_words import HYPOTHETICAL, NEGATING_WORDS
from lagebild.events.negation_scope import has_negation
from lagebild.pipeline.annotations import EventInfo, aimed_at

# the codes of yielding the words below name (CAMEO 08x)
REVERSAL, EASING, RELEASE, RETURN, ACCESS, DE_ESCALATION, CEASEFIRE, RETREAT, GENERIC = (
    "0832", "081", "0841", "0842", "0863", "087", "0871", "0874", "080",
)  # fmt: skip
# an extradition asked for is no release but judicial cooperation (063) with the one who asks: the banks
# code "Bagdad verlangte von Stockholm die Auslieferung des Mannes" as Sweden's towards Iraq
# verbs of yielding by lemma, a separable particle after "|" ("auf|heben": "aufzuheben", "hebt … auf")
YIELDING_VERBS = {
    "zurück|nehmen": REVERSAL, "überdenken": REVERSAL, "revidieren": REVERSAL, "korrigieren": REVERSAL,
    "aus|setzen": REVERSAL, "ein|lösen": REVERSAL, "aus|nehmen": REVERSAL, "ein|lenken": GENERIC,
    "nach|geben": GENERIC, "auf|heben": EASING, "lockern": EASING, "streichen": EASING,
    "frei|lassen": RELEASE, "aus|liefern": EXTRADITION, "frei|geben": RETURN, "zurück|geben": RETURN,
    "zu|lassen": ACCESS, "ermöglichen": ACCESS, "gewähren": ACCESS, "öffnen": ACCESS,
    "ab|sehen": DE_ESCALATION, "zurück|fahren": DE_ESCALATION, "deeskalieren": DE_ESCALATION,
    "ein|stellen": CEASEFIRE, "beenden": CEASEFIRE, "stoppen": CEASEFIRE, "ab|ziehen": RETREAT,
    "zurück|ziehen": RETREAT, "räumen": RETREAT, "verlassen": RETREAT,
}  # fmt: skip
# verbs that end or suspend whatever their object names: a concession only where it is no cooperation
ENDING_VERBS = {"aus|setzen", "ein|stellen", "beenden", "stoppen", "auf|heben"}
# nouns of yielding, as an appeal names them ("zu Zugeständnissen", "die Aufhebung der Sanktionen"), by
# form or lemma
YIELDING_NOUNS = {
    "rücknahme": REVERSAL, "zugeständnis": GENERIC, "einlenken": GENERIC, "aufhebung": EASING,
    "lockerung": EASING, "freilassung": RELEASE, "freigabe": RETURN, "rückgabe": RETURN,
    "auslieferung": EXTRADITION, "öffnung": ACCESS, "zugang": ACCESS, "korridor": ACCESS,
    "deeskalation": DE_ESCALATION, "ende": CEASEFIRE, "stopp": CEASEFIRE, "einstellung": CEASEFIRE,
    "abzug": RETREAT, "rückzug": RETREAT, "truppenabzug": RETREAT, "räumung": RETREAT,
}  # fmt: skip
# "macht den Schritt rückgängig": the adjective makes the light verb a reversal
REVERSING_ADJECTIVES = {"rückgängig"}
# what no concession ends: cooperation, talks, aid (CAMEO 03 … 07); ending them reduces relations
COOPERATIVE_ROOTS = ("03", "04", "05", "06", "07")
# the prepositions by which an appeal names what it asks for: "zu Zugeständnissen", "auf ein Ende"
ASKED_WITH = {"zu", "zum", "zur", "um", "auf"}
# troops a state asks to leave its soil: it ends a presence it had allowed (166, expel or withdraw)
WITHDRAWAL = "166"
# the prepositions of the ground a withdrawal leaves ("aus Gebieten", "von der Grenze")
GROUND_LEFT = {"aus", "von", "vom"}
# the steps a concession takes back: rejections, threats, protests, reduced relations, coercion, force
TAKEN_BACK_ROOTS = ("12", "13", "14", "15", "16", "17", "18", "19", "20")


def with_asked_concessions(
    events: list[EventInfo], lexicon: Lexicon, before: list[EventInfo]
) -> list[EventInfo]:
    """The sentence's events with the concessions its asserted appeals ask of addressees they name:
    those the lexicon coded aimed at whom the concession is for, where they were aimed at no one or at
    an organisation that only asks ("forderte die Taliban auf, die Anordnung zurückzunehmen"), and the
    hypothetical concessions no event of the addressee's codes yet."""
    appeals = [e for e in events if _names_its_addressee(e)]
    events = [_aimed(e, appeals, before + events) for e in events]
    asked = []
    for appeal in appeals:
        addressee = appeal.target
        for word, code in _concessions_asked(appeal, lexicon):
            if _coded_already(addressee, word, events + asked):
                continue
            counterpart = _counterpart(word, code, appeal, before + events)
            if (
                code == RETREAT
                and not is_organisation(appeal.source)
                and not _left_elsewhere(word, appeal.source)
            ):
                # troops a state asks to leave its own soil end a presence it had allowed: reduced
                # relations towards it ("forderte die französischen Truppen zum Abzug auf", 166); troops
                # asked out of ground or another state ("aus Gebieten", "von der Grenze") retreat (0874)
                code, counterpart = WITHDRAWAL, appeal.source
            asked.append(
                aimed_at(
                    appeal,
                    counterpart,
                    code=code,
                    modality=HYPOTHETICAL,
                    trigger=word.doc[word.i : word.i + 1],
                    source=addressee,
                    confidence=ASKED_CONFIDENCE,
                )
            )
    return events + asked


def _aimed(event: EventInfo, appeals: list[EventInfo], before: list[EventInfo]) -> EventInfo:
    """A concession the lexicon coded for an appeal's addressee, aimed at no one or at the organisation
    that asks, aimed at whom it is for."""
    if event.modality != HYPOTHETICAL or not event.code.startswith(YIELD_ROOT) or event.source is None:
        return event
    for appeal in appeals:
        if not same_actor(event.source, appeal.target):
            continue
        broker = (
            event.target is not None
            and same_actor(event.target, appeal.source)
            and is_organisation(appeal.source)
        )
        if event.target is None or broker:
            return aimed_at(event, _counterpart(event.trigger.root, event.code, appeal, before))
    return event


def _names_its_addressee(appeal: EventInfo) -> bool:
    """An asserted appeal of a political actor to a state or organisation named in its sentence."""
    target, verb = appeal.target, appeal.trigger.root
    if not appeal.code.startswith(ASKING_ROOTS) or appeal.modality != "asserted" or appeal.source is None:
        return False
    if target is None or side_of(target) is None or same_actor(target, appeal.source):
        return False
    # "forderte alle Staaten, die Israel Waffen liefern, auf": who the relative clause names is not asked
    return verb.sent.start <= target.start < verb.sent.end and not in_relative_clause(target.root)


def _concessions_asked(appeal: EventInfo, lexicon: Lexicon) -> list[tuple[Token, str]]:
    """The words of yielding in what the appeal asks: its "zu" infinitives after the addressee, its
    object, the nouns it asks for with "zu", "um" or "auf"."""
    verb, addressee = appeal.trigger.root, appeal.target
    infinitives = [
        t
        for t in verb.sent
        if t.i > max(verb.i, addressee.end - 1)
        and is_zu_infinitive(t)
        and not finite_between(verb, t)
        and not has_negation(t, t)
    ]
    # a noun asked for is asked of an addressee of the verb's own ("verlangte von Peking den Abzug"),
    # not of one another clause names ("rief zu einem Ende der Gewalt auf, ohne Russland zu nennen"),
    # or of the one its genitive names as who yields ("verlangte den Abzug der ukrainischen Truppen")
    addressed = addressee.root.head.i == verb.i
    nouns = [
        c
        for c in verb.children
        if (addressed and (c.dep_ == "obj" or preposition_of(c) in ASKED_WITH))
        or (c.dep_ == "obj" and addressee.root in genitive_attributes(c))
    ]
    nouns += [c for n in nouns for c in n.children if c.dep_ == "conj"]
    found = [(t, code) for t in infinitives if (code := _verb_code(t, lexicon))]
    found += [(n, code) for n in nouns if not within(n, addressee) and (code := _noun_code(n, lexicon))]
    return found


def _verb_code(verb: Token, lexicon: Lexicon) -> str | None:
    """The concession a verb names, by its lemma or its "zu" form; one that ends or suspends an act
    of cooperation names none ("die Zusammenarbeit auszusetzen")."""
    if any(c.lower_ in REVERSING_ADJECTIVES for c in verb.children):
        return REVERSAL
    text, lemma = verb.lower_, verb.lemma_.lower()
    for word, code in YIELDING_VERBS.items():
        particle, _, stem = word.rpartition("|")
        if lemma == particle + stem or text == particle + "zu" + stem:
            ended = [c for c in verb.children if c.dep_ == "obj"] if word in ENDING_VERBS else []
            return None if any(_cooperative(c, lexicon) for c in ended) else code
    return None


def _noun_code(noun: Token, lexicon: Lexicon) -> str | None:
    code = YIELDING_NOUNS.get(noun.lower_) or YIELDING_NOUNS.get(noun.lemma_.lower())
    if code is None or any(c.lower_ in NEGATING_WORDS for c in noun.children):
        return None  # "keine Zugeständnisse zu machen" asks that none be made
    # "ein Ende der Zusammenarbeit" reduces relations; "ein Ende der Blockade" yields
    ended = [c for c in noun.children if c.dep_ in ("nmod", "nmod:poss") and "Gen" in c.morph.get("Case")]
    return None if any(_cooperative(n, lexicon) for n in ended) else code


def _cooperative(noun: Token, lexicon: Lexicon) -> bool:
    return any(e.code.startswith(COOPERATIVE_ROOTS) for e in lexicon.nouns_by_form.get(noun.lower_, ()))


def _coded_already(addressee: Span, word: Token, events: list[EventInfo]) -> bool:
    """An event the word triggers already, whoever's, or any yielding of the addressee's the sentence
    codes."""
    sentence = word.sent
    return any(
        e.source is not None
        and sentence.start <= e.trigger.start < sentence.end
        and (e.trigger.start == word.i or (same_actor(e.source, addressee) and e.code.startswith(YIELD_ROOT)))
        for e in events
    )


def _counterpart(word: Token, code: str, appeal: EventInfo, before: list[EventInfo]) -> Span | None:
    """Whom the concession is for: an actor its own phrase names ("die Rückkehr syrischer Flüchtlinge
    zu ermöglichen"); else whom the addressee's latest hostile step was aimed at, the step it is asked
    to take back ("die Entscheidung zu überdenken" after Ankara's trade stop against Israel), abroad
    before at home; prisoners to be released are held at home; else the state that asks, where an
    organisation asking is a broker."""
    named = _named_in_phrase(word, appeal.target)
    if named is not None:
        return named
    steps = [
        e
        for e in before
        if e.trigger.start < appeal.trigger.start
        and e.code.startswith(TAKEN_BACK_ROOTS)
        and e.source is not None
        and e.target is not None
        and same_side(e.source, appeal.target)
    ]
    abroad = [e for e in steps if not same_side(e.target, appeal.target)]
    latest = (abroad or steps or [None])[-1]
    if latest is not None:
        return latest.target
    if code == RELEASE:
        return appeal.target  # prisoners held at home ("alle politischen Gefangenen freizulassen")
    return None if is_organisation(appeal.source) else appeal.source


def _left_elsewhere(word: Token, asker: Span) -> bool:
    """A withdrawal with a phrase of what is left that is not the asker's own country: ground ("aus
    Gebieten", "von der Grenze") or a third state ("aus der Ukraine"), on the word or, as the parse
    often hangs it, on the genitive of who withdraws ("den Abzug der Truppen von der Grenze")."""
    left = [
        c
        for h in (word, *genitive_attributes(word))
        for c in h.children
        if c.dep_ in ("nmod", "obl", "obl:arg") and preposition_of(c) in GROUND_LEFT
    ]
    return any(entity_at(c) is None or not same_side(entity_at(c), asker) for c in left)


def _named_in_phrase(word: Token, addressee: Span) -> Span | None:
    """An actor, or a state by its adjective, in the words that name the concession, not the addressee."""
    doc = word.doc
    phrase = sorted(t.i for t in word.subtree if not within(t, addressee))
    for entity in doc.ents:
        if entity.start in phrase and entity._.actor is not None and side_of(entity) is not None:
            return entity
    return next(filter(None, (state_of_adjective(doc[i]) for i in phrase)), None)
