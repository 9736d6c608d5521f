"""Talks a sentence schedules without naming who holds them are talks between the two sides the text
was just reporting on: "Serbien und das Kosovo einigten sich auf eine Übergangslösung. Die Gespräche
sollen im Oktober fortgesetzt werden", "Weitere Gespräche sollen am Wochenende folgen", "Am Freitag soll
eine weitere Verhandlungsrunde beginnen", and so is a ceasefire ("Die Waffenruhe soll am Donnerstag
beginnen"). The gold banks code such talks between the two sides of the latest act before that both of
them did (an agreement signed, a meeting held), both ways. Talks named with the definite article ("Die
Gespräche haben begonnen") are the talks the text told of before, often a paragraph back: their sides
are looked for TALKS_SENTENCES back, further than for other talks.

The talks must be what the clause is about: the subject of a verb that says they take place
("beginnen", "folgen", "stattfinden", "zustande kommen"), that they ended ("zu Ende gehen") or that
they are planned, made up for or last ("geplant", "angesetzt", "nachgeholt", "dauern"), or what "es
gibt" says there is ("Gespräche darüber soll es seit Monaten geben"), not of one that says what they
achieve or whether they fail ("Ob der Gipfel die Kämpfe beenden kann", "Scheitern die Gespräche,
…"), or the passive subject of a meeting verb ("Die Gespräche sollen fortgesetzt werden"); or a meeting verb in a
passive with neither subject nor agent ("Über die Grenze wird verhandelt", "Verhandelt wird nicht
mehr"), in a sentence that names no actor at all. So with an agreement
signed in a passive that names no signer ("Der Vertrag soll im Mai unterzeichnet werden", "Ob das
Abkommen je unterzeichnet wird, ist offen"): its parties are the two sides the text was reporting on.
A visit has a direction, traveller to host: "Der Besuch soll im Herbst stattfinden", "Die Reise soll
nachgeholt werden" are the visit the text told of before, with its sides as they were coded there
(`visit_told_of_before`), and so is a visit owned by a possessive that names no one ("Putin ist nach
Belarus gereist. Es ist sein erster Besuch in Minsk seit drei Jahren"). Said of a visit in any other
way ("Der Besuch hat Folgen", "In Berlin wird der Besuch als gutes Zeichen gewertet") it is the topic
of a judgement, which the banks do not code as a visit again (2 of 11 such mentions were on tuning).
And the talks' clause must name no actor at all: where it names one, the rows and repairs of the
meeting words find the parties; an actor named in another clause of the sentence ("Die Gespräche
sollen fortgesetzt werden; ob Vučić dann anreist, ist offen") or in the clause's source phrase ("Die
nächste Runde soll nach Angaben aus Baku im Mai stattfinden") is no party of the talks. An agreement's
sentence must name no actor of a third side anywhere, nor one of the two sides but as who tells of it
("Peskow sagte, es seien keine Abkommen unterzeichnet worden"). Where no act of both sides comes
before, a document signed in a passive is the story's main pair's (`story_pairs.main_pair`), and
talks go on between the two parties of the latest mediation ("Zwei Gesprächsrunden unter
türkischer Vermittlung blieben ohne Ergebnis. Eine dritte Runde ist für September angesetzt"); with
neither, talks in the plural without the article are the story's pair's, its civil conflict's two
camps or its two states ("Gespräche auf Ministerebene sind derzeit nicht geplant" paragraphs after
India and Canada expelled each other's diplomats). An exchange to come is no talks: with no partner
named it is one of prisoners.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import (
    SUBJECT_DEPS,
    ActorIndex,
    clause_tokens,
    impersonal_passive,
    is_definite,
    is_passive,
    passive_agents,
    preposition_of,
    side_of,
)
from lagebild.events.codebook import CEASEFIRE, CONCLUDED_AGREEMENT, MEETING_ROOT
from lagebild.events.conditions import ATTRIBUTING_CASES, ATTRIBUTING_NOUNS
from lagebild.events.context_targets import CONTEXT_SENTENCES, context_start
from lagebild.events.event_clauses import NOMINAL_POS
from lagebild.events.meeting_words import MEDIATION, is_visit_noun
from lagebild.events.meetings import MEETING_NOUN_CODES, is_meeting_noun
from lagebild.events.receptions import RECEPTION, VISIT
from lagebild.events.story_pairs import civil_pair, latest_directions, main_pair
from lagebild.events.triggers import Trigger
from lagebild.pipeline.annotations import EventInfo

CONSULTING = "040"
MET_ELSEWHERE = "044"
# a talk of one guest and one host: a consultation, a reception, or a meeting at a third place
TALK_CODES = {CONSULTING, RECEPTION, MET_ELSEWHERE}
SINGULAR = "Sing"
PLURAL = "Plur"
# a summit gathers many, not the two sides of an act before
SUMMIT = "gipfel"
# the verbs of signing, whose passive with no act of both sides before is signed by the story's pair
SIGNING_VERBS = {"unterzeichnen", "unterschreiben"}
# an exchange to come with no partner named is most often one of prisoners ("Ein weiterer Austausch
# soll im Januar folgen"), not of views
EXCHANGE = ("austausch", "austausche")
# verbs by which talks take place, begin, go on or come about
TAKING_PLACE = {"beginnen", "folgen", "stattfinden", "fortsetzen", "weitergehen", "zusammentreten"}
# verbs of their course: how they went and that they ended ("Das Gespräch verlief herzlich"); not
# "beenden", whose talks end something else ("Ob der Gipfel die Kämpfe beenden kann")
COURSE = {"verlaufen", "enden"}
# verbs by which they are set for a day, taken up again or last: what is planned for talks is talks
# ("Das Treffen ist für Mittwoch geplant", "Die Gespräche werden wieder aufgenommen")
SCHEDULED = {"planen", "ansetzen", "vorsehen", "aufnehmen", "dauern", "nachholen", "hinziehen"}
# the lemmatizer leaves these participles as they are ("nachgeholt", "hingezogen")
LEFT_PARTICIPLES = {"nachgeholt", "hingezogen"}
COMING_ABOUT = ("kommen", "zustande")
# "Die Gespräche sind nach fünf Stunden zu Ende gegangen": they ended, as "enden" says
COMING_TO_AN_END = ("gehen", "ende")
# "trat eine Waffenruhe in Kraft": it begins (the parse may hang "in Kraft" on the noun)
COMING_INTO_FORCE = ("treten", "kraft")
# "soll eine weitere Runde beginnen": the parse takes the subject of a verb without one for its object
MISREAD_SUBJECT = "obj"
# "Es gab Gespräche", "Gespräche soll es geben": talks that there are take place; the parse takes the
# noun or the "es" for the subject, the other for the object or an expletive
EXISTING = "geben"
EXPLETIVE = "es"
# how far back the act of the two sides may be: talks are often reported a paragraph after the sides
TALKS_SENTENCES = 4
# in how many sentences a pair must be coded to be the one a story is about: two may be one exchange
# of words told of in passing
STORY_SENTENCES = 3
# "nach Angaben aus Baku": the "nach" of a source phrase
ACCORDING_TO = "nach"
ADVERBIAL_CLAUSE = "advcl"  # a condition or circumstance of the verb, not what it tells
POSSESSIVE = "det:poss"
# the prepositions by which a visit noun names where it goes ("Besuch in Minsk", "Reise nach Kiew")
DESTINATIONS = ("in", "nach")


def sides_of_talks_before(trigger: Trigger, actors: ActorIndex, before: list[EventInfo]) -> list[Span]:
    """The two sides of the latest mutual act of the sentences before (`before` are the events coded so
    far; the context's two sentences, TALKS_SENTENCES for definite talks and talks in a passive), for
    talks that are the subject of a sentence that names no actor (a source phrase aside) or its verb in
    an impersonal passive; with no such act, for talks, the two parties of the latest mediation, and
    for talks in the plural without the article the story's pair; else none (also for a summit or an
    exchange)."""
    talks = _talks(trigger)
    if talks is None or talks.lower_.endswith((SUMMIT, *EXCHANGE)):
        return []
    meeting = trigger.entry.code.startswith(MEETING_ROOT)
    # a ceasefire, like talks, may come with a mediator or a speaker in another clause ("…, wo eine
    # Waffenruhe vereinbart wurde", "…, die auf Drängen Katars zustande gekommen war"): no party of it
    kept_by_two = meeting or trigger.entry.code == CEASEFIRE
    # talks in a passive that names no one ("Über die Krim wird verhandelt") may be held by anyone the
    # sentence names ("Lula bat darum, die Zölle auszusetzen, solange verhandelt wird")
    passive = impersonal_passive(talks)
    if _names_a_party(talks, actors) or passive and _names_anyone(talks.sent, actors):
        return []
    # talks with the definite article ("Die Gespräche haben begonnen", "Die Verhandlungen werden
    # fortgesetzt") or in such a passive are talks the text told of before, maybe a paragraph back;
    # other talks and a ceasefire go on from the act just reported
    sentences = TALKS_SENTENCES if (is_definite(talks) or passive) and meeting else CONTEXT_SENTENCES
    begins = context_start(talks.sent, sentences)
    context = [e for e in before if e.trigger.start >= begins]
    signed = trigger.entry.code == CONCLUDED_AGREEMENT
    sides = _latest_mutual_pair(context, signed) or (_latest_mediated_pair(context) if meeting else [])
    sides = sides or (main_pair(before) if _signed_anew(trigger) else [])
    sides = sides or (_story_pair(before) if _talks_in_plural(trigger, talks) else [])
    return [] if not kept_by_two and _names_others(talks, actors, sides) else sides


def visit_told_of_before(
    trigger: Trigger, actors: ActorIndex, before: list[EventInfo]
) -> list[tuple[Span, Span]]:
    """The traveller and host of the latest visit TALKS_SENTENCES back, for a visit named with the
    definite article that is the subject of a verb of taking place or scheduling in a clause that names
    no actor, or for one owned by a possessive that names no one (`_owner_unnamed`); else none. Each
    direction the earlier visit was coded in, and no other."""
    if not is_visit_noun(trigger):
        return []
    if _owner_unnamed(trigger.token, actors):
        return _traveller_told_of_before(trigger.token, actors, before, trigger.entry.code)
    return _directions_told_of_before(trigger.token, actors, before, {trigger.entry.code})


def _owner_unnamed(visit: Token, actors: ActorIndex) -> bool:
    """Whether the visit is owned by a possessive that names no one, in a sentence that names no actor
    but where it goes ("Es ist sein erster Besuch in Minsk seit drei Jahren", not "Bei ihrem Besuch in
    Moskau forderte Baerbock …" or "Wang Yi ist zur nächsten Station seiner Reise aufgebrochen")."""
    possessives = [c for c in visit.children if c.dep_ == POSSESSIVE]
    if not possessives or actors.of_phrase(possessives[0]) is not None:
        return False
    destinations = {t.i for c in _destinations(visit) for t in c.subtree}
    sentence = visit.sent
    return not any(
        i in actors.by_token and i not in destinations for i in range(sentence.start, sentence.end)
    )


def _destinations(visit: Token) -> list[Token]:
    return [c for c in visit.children if preposition_of(c) in DESTINATIONS]


def _traveller_told_of_before(
    visit: Token, actors: ActorIndex, before: list[EventInfo], code: str
) -> list[tuple[Span, Span]]:
    """The traveller and host of the latest visit TALKS_SENTENCES back that the possessive points to:
    "Putin ist nach Belarus gereist. Es ist sein erster Besuch in Minsk seit drei Jahren". A destination
    the noun names must be that visit's host."""
    begins = context_start(visit.sent, TALKS_SENTENCES)
    told = latest_directions(
        [e for e in before if e.trigger.start >= begins and e.code == code and _two_sides(e)]
    )
    destinations = {side_of(a) for a in map(actors.of_phrase, _destinations(visit)) if a is not None}
    return [(s, t) for s, t in told if not destinations or side_of(t) in destinations]


def talk_told_of_before(
    trigger: Trigger, actors: ActorIndex, before: list[EventInfo]
) -> list[tuple[Span, Span]]:
    """The sides of the latest meeting TALKS_SENTENCES back, as it was coded, for one talk named with
    the definite article that takes place, lasts or ends in a clause that names no actor: "Maas traf
    Dendias in Athen. Das Gespräch dauerte länger als geplant", "Der Papst empfing Vance. Das Gespräch
    verlief herzlich". Where no act of both sides came before (`sides_of_talks_before`), the talk is
    the one meeting just told of, one way as the banks code a meeting of guest and host. A summit
    gathers many, not the two who met before it ("Am Dienstag beginnt der G20-Gipfel")."""
    talk = trigger.token
    if (
        trigger.entry.code != CONSULTING
        or not is_meeting_noun(trigger)
        or SINGULAR not in talk.morph.get("Number")
        or talk.lower_.endswith(SUMMIT)
    ):
        return []
    return _directions_told_of_before(talk, actors, before, TALK_CODES)


def _directions_told_of_before(
    noun: Token, actors: ActorIndex, before: list[EventInfo], codes: set[str]
) -> list[tuple[Span, Span]]:
    if not is_definite(noun) or not _subject(noun) or not _takes_place(noun.head):
        return []
    if _names_a_party(noun, actors):
        return []
    begins = context_start(noun.sent, TALKS_SENTENCES)
    return latest_directions(
        [e for e in before if e.trigger.start >= begins and e.code in codes and _two_sides(e)]
    )


def is_scheduled(noun: Token) -> bool:
    """Whether the noun is the subject of a verb that says it takes place or is planned ("Die nächste
    Runde soll im Mai stattfinden", "Ein Treffen ist für März geplant")."""
    return _subject(noun) and _takes_place(noun.head) or _there_are(noun)


def _there_are(noun: Token) -> bool:
    """Whether the noun is what "es gibt" says there is ("Es gab 2024 Gespräche darüber")."""
    verb = noun.head
    roles = (*SUBJECT_DEPS, MISREAD_SUBJECT)
    return (
        verb.lemma_.lower() == EXISTING
        and noun.dep_ in roles
        and any(c.lower_ == EXPLETIVE for c in verb.children)
    )


def _names_a_party(talks: Token, actors: ActorIndex) -> bool:
    """Whether the talks' own clause names an actor, who may be their party ("Weitere Gespräche mit
    Sri Lanka sollen folgen"). One named in another clause of the sentence is none ("…, weil Moskau
    Namen gestrichen habe", "…; ob Vučić dann anreist, blieb offen"). An agreement's signing is
    stricter: a state named anywhere in its sentence may be the party ("Sollte dennoch ein Abkommen
    unterzeichnet werden, fühle sich Israel nicht gebunden"), `_names_others`."""
    verb = talks.head if talks.pos_ in NOMINAL_POS else talks
    return any(t.i in actors.by_token and not _in_source_phrase(t, verb) for t in clause_tokens(verb))


def _in_source_phrase(token: Token, verb: Token) -> bool:
    """Whether the token is in the clause's source phrase ("nach Angaben aus Baku", "nach UN-Angaben",
    "laut Kiew"): who tells of the talks, not who holds them."""
    while token.i != verb.i:
        cases = {c.lower_ for c in token.children if c.dep_ == "case"}
        reported = ACCORDING_TO in cases and token.lower_.endswith(tuple(ATTRIBUTING_NOUNS))
        if cases & ATTRIBUTING_CASES or reported:
            return True
        if token.head.i == token.i:
            return False
        token = token.head
    return False


def _names_anyone(sentence: Span, actors: ActorIndex) -> bool:
    return any(i in actors.by_token for i in range(sentence.start, sentence.end))


def _names_others(talks: Token, actors: ActorIndex, sides: list[Span]) -> bool:
    """Whether the agreement's sentence names an actor of neither side, outside the phrase that tells
    who reports it: such a one may be its party ("Sollte dennoch ein Abkommen unterzeichnet werden,
    fühle sich Israel nicht gebunden"). A speaker of one side is none ("Peskow sagte, es seien keine
    Abkommen unterzeichnet worden"), nor is a source ("Unterzeichnet wurden nach Angaben beider
    Regierungen …")."""
    parties = {side_of(side) for side in sides}
    sentence = talks.sent
    named = {actors.by_token[i] for i in range(sentence.start, sentence.end) if i in actors.by_token}
    return any(
        not _in_source_phrase(actor.root, talks)
        and not (side_of(actor) in parties and _reports(actor, talks))
        for actor in named
    )


def _reports(actor: Span, signed: Token) -> bool:
    """Whether the actor is in the subject of a clause the signing is told in ("Kremlsprecher Peskow
    sagte, es seien … unterzeichnet worden", "wies Berichte zurück, wonach … unterzeichnet worden
    seien"): a verb above the signing verb, not one it is a condition or other adverbial clause of
    ("Sollte ein Abkommen unterzeichnet werden, fühle sich Israel nicht gebunden")."""
    token = signed
    while token.head.i != token.i and token.dep_ != ADVERBIAL_CLAUSE:
        token = token.head
        subjects = [c for c in token.children if c.dep_ in SUBJECT_DEPS]
        if any(s.left_edge.i <= actor.root.i <= s.right_edge.i for s in subjects):
            return True
    return False


def _talks(trigger: Trigger) -> Token | None:
    """The talks noun the clause is about: a meeting noun that is the subject of a verb of taking
    place, or the noun a meeting verb's row matched as the verb's subject (its passive); a meeting verb
    in a passive without subject or agent; or the signing verb of an agreement in a passive without
    agent."""
    token, noun = trigger.token, trigger.object_noun
    if trigger.entry.code == CEASEFIRE and _agreed_without_agent(trigger):
        return token
    if is_meeting_noun(trigger) or trigger.entry.code == CEASEFIRE:
        return token if is_scheduled(token) else None
    if trigger.entry.code.startswith(MEETING_ROOT) and noun is not None and noun.head == token:
        return noun if noun.dep_ in SUBJECT_DEPS else None
    if (
        trigger.entry.code.startswith(MEETING_ROOT)
        and trigger.entry.kind == "V"
        and impersonal_passive(token)
    ):
        return token
    if trigger.entry.code == CONCLUDED_AGREEMENT and trigger.entry.kind == "V":
        return token if is_passive(token) and not passive_agents(token) else None
    return None


def _talks_in_plural(trigger: Trigger, talks: Token) -> bool:
    """Talks named by a meeting noun in the plural without the definite article ("Gespräche über die
    Grenze sind nicht zustande gekommen", "Neue Gespräche sind nicht geplant"): the talks of the story's
    pair, where no act of both sides came just before. Talks with the definite article are talks told of
    before, whose sides were looked for a paragraph back ("…, die Gespräche sollten in Luanda beginnen"
    after a paragraph on Sudan's war were Congo's); one talk or meeting ("Das Gespräch verläuft
    angespannt", "Das Treffen hat begonnen") is one just told of, between whom it was told
    (`talk_told_of_before`); and a meeting verb in an impersonal passive may be another sense
    ("Getroffen wurde eine Moschee")."""
    return (
        is_meeting_noun(trigger)
        and talks.i == trigger.token.i
        and PLURAL in talks.morph.get("Number")
        and not is_definite(talks)
    )


def _story_pair(before: list[EventInfo]) -> list[Span]:
    """The pair the story is about: the two camps of its civil conflict ("Ob Gespräche trotzdem
    stattfinden werden, ist offen" after the government and the separatists), else its two states;
    coded with each other in STORY_SENTENCES sentences at least, as one act told a paragraph back is
    no story's pair ("Indien und die Malediven unterzeichneten ein Abkommen. … Weitere Gespräche
    sollen im Herbst folgen" may be anyone's)."""
    pair = civil_pair(before) or main_pair(before)
    sides = {side_of(side) for side in pair}
    told = {e.trigger.sent.start for e in before if e.source and e.target and _sides(e) == sides}
    return pair if len(told) >= STORY_SENTENCES else []


def _sides(event: EventInfo) -> set[str | None]:
    return {side_of(event.source), side_of(event.target)}


def _signed_anew(trigger: Trigger) -> bool:
    """A signing in a passive whose subject is a document, not a pronoun: with no act of both sides
    just before, the pair the story is about signs it ("Nach den Gesprächen wurden 36 Abkommen
    unterzeichnet" after a paragraph on the visit, "Ob der Vertrag je unterzeichnet wird, ist offen").
    A treaty taken up by a pronoun ("Er war 1992 unterzeichnet worden") is the history of one told of
    before, and other verbs of concluding ("vereinbart", "verlängert") go with talks just reported."""
    verb = trigger.token
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    return trigger.entry.lemma in SIGNING_VERBS and not any(s.pos_ == "PRON" for s in subjects)


def _agreed_without_agent(trigger: Trigger) -> bool:
    """A ceasefire agreed, announced or declared in a passive that names no one who did it ("Am Abend
    wurde eine Feuerpause vereinbart"): the verb's own row, or the ceasefire noun as its passive
    subject."""
    token = trigger.token
    verb = token if trigger.entry.kind == "V" else token.head
    if trigger.entry.kind != "V" and token.dep_ not in SUBJECT_DEPS:
        return False
    return is_passive(verb) and not passive_agents(verb)


def _subject(token: Token) -> bool:
    verb = token.head
    return token.dep_ in SUBJECT_DEPS or (
        token.dep_ == MISREAD_SUBJECT
        # the article the parse cut off the noun is no subject of its own ("trat eine … Waffenruhe in Kraft")
        and not any(c.dep_ in SUBJECT_DEPS and c.pos_ != "DET" for c in verb.children)
    )


def _takes_place(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    coming_about = any(
        lemma == verb_lemma and any(t.lower_ == particle for t in clause_tokens(verb))
        for verb_lemma, particle in (COMING_ABOUT, COMING_INTO_FORCE, COMING_TO_AN_END)
    )
    scheduled = lemma in SCHEDULED or verb.lower_ in LEFT_PARTICIPLES
    return lemma in TAKING_PLACE or lemma in COURSE or scheduled or coming_about


def _latest_mutual_pair(context: list[EventInfo], signed: bool = False) -> list[Span]:
    """The source and target of the latest event whose reverse the context holds too: both sides acted.
    Where there is none, of the latest meeting named by a noun: coded one way where it names its
    guest with "mit" ("ein Treffen mit Jonson", `meetings.met_in_return`), yet both sides met. An
    agreement `signed` may also follow the latest visit or reception, coded one way, yet signed by guest
    and host ("Erdoğan reiste in den Irak. … In Bagdad wurden zwanzig Abkommen unterzeichnet"); talks
    after a visit are as often other talks told of (7 wrong, none right on tuning)."""
    directions = {(side_of(e.source), side_of(e.target)) for e in context if e.source and e.target}
    pairs = [e for e in reversed(context) if _two_sides(e)]
    mutual = [e for e in pairs if (side_of(e.target), side_of(e.source)) in directions]
    visits = (VISIT, RECEPTION) if signed else ()
    met = [
        e
        for e in pairs
        if e.code in MEETING_NOUN_CODES and e.trigger.root.pos_ in NOMINAL_POS or e.code in visits
    ]
    latest = (mutual or met)[:1]
    return [latest[0].source, latest[0].target] if latest else []


def _latest_mediated_pair(context: list[EventInfo]) -> list[Span]:
    """The two parties of the latest mediation, one sentence's events from the mediator to each: "Zwei
    Gesprächsrunden unter türkischer Vermittlung sind ohne Ergebnis geblieben. Eine dritte Runde ist für
    September angesetzt" are talks of the two parties, the mediator's own acts coded where told."""
    mediations = [e for e in context if e.code == MEDIATION and _two_sides(e)]
    if not mediations:
        return []
    latest = mediations[-1]
    parties = {
        side_of(e.target): e.target
        for e in mediations
        if e.trigger.sent.start == latest.trigger.sent.start and side_of(e.source) == side_of(latest.source)
    }
    return list(parties.values()) if len(parties) == 2 else []


def _two_sides(event: EventInfo) -> bool:
    if event.source is None or event.target is None:
        return False
    source, target = side_of(event.source), side_of(event.target)
    return source is not None and target is not None and source != target
