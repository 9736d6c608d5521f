"""The subject of a main clause that opens with its finite verb right after "und" or a comma: German
leaves it out there because it is the subject of the clause before ("Merz geißelte die Angriffe, rief
Moskau zu einer Waffenruhe auf und kündigte an, …", "Washington mahnte Peking zur Zurückhaltung und
schickte einen Zerstörer"). The small parser often makes the second verb the root and the first an
attribute, so `shared_subjects` finds no coordination, and labels the object after the verb its
subject. Read here from word order alone: the clause before must be a main clause opening the
sentence with its subject in front of its finite verb. A comma also ends quoted or reported speech
before its speaker ("Die Lage sei ernst, warnte Lawrow") and opens a condition ("…, sollte Israel
angreifen"): after a comma, a clause before in quotation marks or without a full verb in the
indicative, a verb of saying, or a conditional verb leaves the subject after the verb. Where a verb
finds no source at all, `coordinated_clause_sources` reads the clause after "und" by word order alone."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import (
    FINITE_TAGS,
    ActorIndex,
    children,
    is_zu_infinitive,
    opens_relative_clause,
    subject_of,
)
from lagebild.events.codebook import INTENT_ROOT, STATEMENT_ROOT, THREAT_ROOT
from lagebild.events.conditions import CONDITIONAL_AUX
from lagebild.events.context_targets import in_prepositional_phrase
from lagebild.events.initial_subjects import finite_by_mood_or_tag
from lagebild.events.lexicon import german_lexicon
from lagebild.events.speculation import PERFECT_SUBJUNCTIVE
from lagebild.events.subject_repairs import clause_finite
from lagebild.events.triggers import Trigger, verb_trigger

# what joins two main clauses sharing their subject: "…, rief … auf und kündigte … an"
JOINING = {"und", "sowie", "oder", ","}
# unlike geo.context.QUOTE_MARKS, no apostrophe: it stands inside names ("N’Djamena")
QUOTES = {"„", "“", "”", '"', "»", "«", "‚", "‘"}
# a clause opening with one of these after a comma is a condition, its subject after the verb ("…,
# sollte Washington zuschlagen", "…, wäre Kiew bereit"); statements (STATEMENT_ROOT) are what a
# reporting clause after a comma says, their subject after the verb too
CONDITIONAL_VERBS = CONDITIONAL_AUX | PERFECT_SUBJUNCTIVE | {"würde", "würden"}
# a personal pronoun right after the finite verb is that verb's own subject
SUBJECT_PRONOUNS = {"er", "sie", "es"}
# the subject of a "zu" infinitive under a verb of intent or threat ("kündigte an, Kiew Waffen zu
# liefern", "drohte, die Grenze zu schließen") is that verb's; under verbs of demanding or urging
# ("verlangte, die Barrikaden zu räumen") it is the addressee's
COMMITTING_ROOTS = (INTENT_ROOT, THREAT_ROOT)
AUXILIARIES = {"sein", "haben", "werden"}


def verb_first_sources(trigger: Trigger, verb: Token, actors: ActorIndex) -> list[Span]:
    """The actors of the subject of the main clause before, for a clause opening with its finite verb
    after "und" or a comma; none where that is not the case or that subject names no actor."""
    finite = clause_finite(verb)
    if finite is None or finite.i <= finite.sent.start + 1 or finite.i > verb.i:
        return []
    joint = finite.doc[finite.i - 1]
    following = finite.doc[finite.i + 1] if finite.i + 1 < finite.sent.end else None
    if joint.lower_ not in JOINING or following is not None and following.lower_ in SUBJECT_PRONOUNS:
        return []
    if joint.text == "," and (
        trigger.entry.code.startswith(STATEMENT_ROOT) or finite.lower_ in CONDITIONAL_VERBS
    ):
        return []
    first = _main_clause_before(finite)
    if first is None or joint.text == "," and not _full_verb_in_indicative(first):
        return []
    return _subject_actors(first, actors)


def committing_verb(infinitive: Token, controller: Token | None) -> Token | None:
    """The verb of commitment whose subject a "zu" infinitive shares, else None."""
    if not is_zu_infinitive(infinitive) or controller is None:
        return None
    trigger = verb_trigger(controller, controller.sent, german_lexicon())
    return controller if trigger is not None and trigger.entry.code.startswith(COMMITTING_ROOTS) else None


def _full_verb_in_indicative(first: Token) -> bool:
    """A full or modal verb in the indicative acts ("Merz geißelte die Angriffe, rief …", "Teheran will
    … prüfen, beschuldigte …"); reported speech before its speaker is in the subjunctive or built on
    "sein", "haben" or "werden" ("Russland ist bereit, warnte Lawrow")."""
    auxiliary = first.tag_ == "VAFIN" or first.lemma_.lower() in AUXILIARIES
    return not auxiliary and "Sub" not in first.morph.get("Mood")


def _main_clause_before(finite: Token) -> Token | None:
    """The finite verb of the main clause that opens the sentence, when every clause between it and
    this verb opens with its finite verb too ("A geißelte …, rief … auf und kündigte … an"); None
    for a subordinate clause, a quotation or anything else in between."""
    sentence = finite.sent
    stretch = finite.doc[sentence.start : finite.i]
    if any(t.text in QUOTES for t in stretch):
        return None
    # the tagger takes some finite verbs for adjectives ("Washington mahnte/ADJA Peking …"): their mood tells
    finites = [t for t in stretch if finite_by_mood_or_tag(t)]
    if not finites:
        return None
    first = finites[0]
    prefield = finite.doc[sentence.start : first.i]
    # a subordinate or relative clause, or a clause before a colon, in front: not a plain main clause;
    # commas that open no relative clause set off an apposition or a list ("Die Sprecherin, Sana
    # Qureshi, wollte …", "Russland, China und Iran lehnten …")
    if not len(prefield) or any(
        t.pos_ in ("SCONJ", "VERB", "AUX") or t.text in (":", ";") or opens_relative_clause(t)
        for t in prefield
    ):
        return None
    later = finites[1:]
    if any(finite.doc[t.i - 1].lower_ not in JOINING for t in later):
        return None
    return first


def preceding_subjects(verb: Token, actors: ActorIndex) -> list[Span] | None:
    """The first actor before a verb outside a prepositional phrase, with the actors coordinated with it
    ("Estland, Lettland und Litauen"); None where no actor stands there."""
    for token in verb.doc[verb.sent.start : verb.i]:
        span = actors.by_token.get(token.i)
        if span is not None and not in_prepositional_phrase(span):
            return actors.of_phrases(span.root)
    return None


def _subject_actors(first: Token, actors: ActorIndex) -> list[Span]:
    """The actors named before the opening clause's finite verb outside prepositional phrases, with
    those listed with them; the parse's subject of that verb where the phrase before it names none."""
    named = preceding_subjects(first, actors)
    if named is not None:
        return named
    subject = subject_of(first) or next(iter(children(first, "nsubj")), None)
    return actors.of_phrases(subject) if subject is not None and subject.i < first.i else []


# what opens a second clause sharing the first one's subject by word order alone
COORDINATING = {"und", "sowie", "oder"}
# participles; an infinitive is left alone, its modal ("sollte … einfrieren") sets whether it happened
PARTICIPLE_TAGS = {"VVPP", "VAPP", "VMPP"}


def coordinated_clause_sources(verb: Token, actors: ActorIndex) -> list[Span]:
    """The subject of the sentence's opening main clause, for a verb that found no source and opens a
    clause after "und" with its finite verb ("Die Milizen versetzten ihre Kämpfer in Bereitschaft und
    drohten, …") or ends one after "und" as a participle under the first clause's auxiliary ("Die
    Opposition hatte dem Präsidenten vorgeworfen, …, und zu Protesten aufgerufen"). The parse of such
    clauses is often lost (the verb tagged an adjective, hung on a noun or an infinitive before it);
    the word order still says whose clause it is. Only "zu" infinitive clauses may stand between the
    two: a clause of its own ("betonte, der Gestürzte sei eingereist und habe …") has its own subject."""
    if is_zu_infinitive(verb):
        return []
    opener = _coordinator_before(verb)
    first = _opening_finite(verb.sent) if opener is not None else None
    if first is None or first.i >= opener.i or not _only_infinitive_clauses(first, opener):
        return []
    return preceding_subjects(first, actors) or []


def _coordinator_before(verb: Token) -> Token | None:
    """The "und" that opens the verb's clause: right before a finite verb (or its finite auxiliary)
    not followed by its own subject pronoun; for a participle, before the words of its clause, none
    of them a verb, and after the end of the clause before (a verb or a comma: "hatte … verhängt und
    das Internet abschalten lassen"; not "nach Ägypten und Jordanien", a list within the clause)."""
    start = verb.sent.start
    # "… und hatte im Dezember den Notstand ausgerufen": the auxiliary opens the clause
    auxiliary = next((a for a in children(verb, "aux") if a.i < verb.i and finite_by_mood_or_tag(a)), None)
    verb = auxiliary or verb
    if finite_by_mood_or_tag(verb) and verb.tag_ not in PARTICIPLE_TAGS:
        before = verb.doc[verb.i - 1] if verb.i > start else None
        after = verb.doc[verb.i + 1] if verb.i + 1 < verb.sent.end else None
        if after is not None and after.lower_ in SUBJECT_PRONOUNS:
            return None
        return before if before is not None and before.lower_ in COORDINATING else None
    if verb.tag_ not in PARTICIPLE_TAGS or any(c.dep_ in ("aux", "aux:pass") for c in verb.children):
        return None
    for token in reversed(verb.doc[start : verb.i]):
        if token.lower_ in COORDINATING:
            previous = verb.doc[token.i - 1] if token.i > start else None
            ends_clause = previous is not None and (previous.text == "," or previous.tag_.startswith("V"))
            return token if ends_clause else None
        if (
            token.text in (",", ";", ":")
            or token.pos_ in ("VERB", "AUX", "SCONJ")
            or token.tag_ in FINITE_TAGS
        ):
            return None
    return None


def _only_infinitive_clauses(first: Token, opener: Token) -> bool:
    """Between the opening clause and the coordinator, every stretch after a comma is a "zu"
    infinitive's clause ("riefen Iran auf, das Schiff freizugeben, und warnten …")."""
    stretch = first.doc[first.i + 1 : opener.i]
    commas = [t.i for t in stretch if t.text == ","]
    for begin, end in zip(commas, [*commas[1:], opener.i][: len(commas)], strict=True):
        clause = first.doc[begin + 1 : end]
        if not len(clause):
            continue
        if not any(is_zu_infinitive(t) for t in clause) or any(
            finite_by_mood_or_tag(t) and not is_zu_infinitive(t) for t in clause
        ):
            return False
    return True


def _opening_finite(sentence: Span) -> Token | None:
    """The finite verb of a main clause opening the sentence with its subject: nothing before it but
    the subject's words (no subordinate clause, no colon, no quotation)."""
    for token in sentence:
        if token.pos_ == "SCONJ" or token.text in (",", ":", ";") or token.text in QUOTES:
            return None
        if finite_by_mood_or_tag(token) and not is_zu_infinitive(token):
            return token if token.i > sentence.start else None
    return None
