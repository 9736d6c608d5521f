"""Acts still to come: announced ("kündigte einen Gegenschlag an"), planned ("Finnland will russische
Diplomaten ausweisen", "Die EU plant neue Sanktionen"), in the future tense, or dated after the article
("Nächsten Monat verhängt die EU …").
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from spacy.tokens import Span, Token

from lagebild.events.dated_acts import told_as_past
from lagebild.events.event_clauses import VERBAL_POS, has_pair, surface_clause
from lagebild.events.lexicon import german_lexicon
from lagebild.events.modality_words import FUTURE_AUX, PLANNING_WORDS
from lagebild.events.negation_scope import has_negation
from lagebild.pipeline.annotations import TIMEX_SPANS
from lagebild.pipeline.word_classes import PARTICLE_DEPS

# announcing or proposing an act named by a noun ("legte Vorschläge für ein Sanktionspaket vor",
# "kündigte Gegenmaßnahmen an"): the act is still to come. Finite forms need their particle.
ANNOUNCING_JOINED = re.compile(
    r"^(ankündig|angekündigt|anzukündig|vorschlag|vorgeschlagen|vorzuschlag|vorleg|vorgelegt|vorzuleg|"
    r"vorbereit|vorzubereit|beantrag|announc|propos)",
    re.IGNORECASE,
)
# a split announcing verb with its own particle: "kündigte … an", "schlug … vor", "legte … vor" (not
# "legte Protest ein und kündigte … an", whose "an" belongs to the next verb)
ANNOUNCING_SPLIT = {
    "an": re.compile(r"^kündig", re.IGNORECASE),
    "vor": re.compile(r"^(schlag|schläg|schlug|leg|bereit)", re.IGNORECASE),
}
# "verkünden" announces a measure still to come ("verkündete neue Zölle gegen Kanada") but proclaims an
# agreement or a cease-fire, which is made by proclaiming it ("verkündete eine Einigung")
PROCLAIMING = re.compile(r"^verkünd", re.IGNORECASE)
MEASURES = ("16", "17")
ANNOUNCING_LEMMA = "ankündigen"
MADE_BY_ANNOUNCING = ("03", "13")
INTENT_HEADS = re.compile(
    r"^(plan|beabsichtig|kündigt|kündigte|angekündigt|ankündig|will|wolle|wollte|vorhab|hat vor|"
    r"soll|sollen|plans|planned|intend|announc|vow|pledg|promis)",
    re.IGNORECASE,
)
# a verb of wanting whose object is the act ("Frankreich will neue Sanktionen", "strebt Gespräche an"):
# the act is the subject's aim, still to come
WANTING = re.compile(r"^(will|wolle|wollen|wollten|wollte|strebt|strebte|strebten|anstreb|angestrebt)$", re.I)
PROPOSING = re.compile(r"^(vorschlag|vorzuschlag|vorleg|vorzuleg|beantrag|propos)", re.IGNORECASE)
# "die geplante Reise", "das angekündigte Treffen"
PLANNED_QUALIFIERS = re.compile(r"^(geplant|angekündigt|bevorstehend|anstehend|vorgesehen)", re.IGNORECASE)
# a finite modal or "werden" before an infinitive: "Finnland will russische Diplomaten ausweisen", in
# reported speech "im Dezember wolle er nach Zagreb reisen"
FUTURE_MODALS = {"wird", "werden", "werde", "will", "wollen", "wolle", "soll", "sollen", "plant", "planen", "plane"}  # fmt: skip
# the modals of intent whose place before an infinitive puts its act ahead wherever the parser hung them
STRAY_MODALS = {"will", "wollen", "wolle", "soll", "sollen", "solle"}
PERFECT_AUX = {"haben", "sein", "worden"}
# the Konjunktiv I of reported speech: "Berlin werde weiter den Dialog suchen", "man wolle die Kanäle
# offenhalten" report the stance the speaker takes now
REPORTED_WILL = {"werde", "wolle"}
# the indicative of obligation, the writer's own voice (the Konjunktiv I "müsse" reports a demand)
OBLIGING = {"muss", "müssen"}
# "muss den Vertrag noch ratifizieren": the step an obligation still leaves open is not taken yet
STILL = "noch"
# travelling on ("reist weiter nach Bali", "fliegt weiter nach Washington") in the present tense gives
# the next leg of an itinerary, not one made; the leg names where it goes and takes no object ("fliegt
# weiter Luftangriffe" goes on with an act)
TRAVEL_LEMMAS = {"reisen", "fliegen", "fahren"}
ONWARD = "weiter"
DESTINATION_CASES = {"nach", "zu", "zum", "zur"}
# any form of the perfect's auxiliary: "habe … bitten wollen" tells a past wish
PERFECT_LEMMAS = {"haben", "sein"}
DEADLINE_WORDS = {"bis", "seit"}
# the TIMEX3 parts of a day that follow the morning a news item is written in: "heute Nachmittag",
# "heute Abend" put a present-tense act ahead ("Heute Abend trifft Scholz Macron"); "heute Nacht" in a
# morning's news is as often the night just past, told in the present ("Heute Nacht greifen Drohnen … an")
LATER_PARTS_OF_DAY = ("TAF", "TEV")
# "ein Besuch ist angekündigt": the state passive of a verb whose perfect takes "haben"
STATIVE_PASSIVE_AUX = "sein"
PAST_AUX = {"hat", "haben", "hatte", "hatten", "ist", "sind", "war", "waren", "wurde", "wurden"}


def announces(verb: Token, trigger: Token) -> bool:
    """The event word is an announcing or proposing verb whose object names the act, or that object
    itself ("Israel kündigte einen Gegenschlag an": the strike is still to come)."""
    if trigger.i != verb.i and not _announced_noun(verb, trigger):
        return False
    particles = {c.lower_ for c in verb.children if c.dep_ in PARTICLE_DEPS}
    following = {t.lower_ for t in _own_stretch(verb, verb.sent.end) if t.pos_ in ("ADP", "ADV", "PART")}
    # the object, also where the parser hung the verb on it ("kündigte" ← amod "Gegenmaßnahmen")
    words = [*verb.subtree, *(verb.head.subtree if verb.dep_ in ("amod", "acl") else ())]
    if ANNOUNCING_JOINED.match(verb.text) or _split_announcing(verb, particles | following):
        return any(_names_an_act(c) for c in words)
    return PROCLAIMING.match(verb.text) is not None and any(_names_a_measure(c) for c in words)


def _announced_noun(verb: Token, trigger: Token) -> bool:
    """The noun the announcing verb acts on: its object ("kündigte einen Besuch an") or the subject of its
    passive, with "werden" or "sein" ("ein Besuch ist angekündigt", which the news treebank makes a plain
    "nsubj": "sein" with the participle of a verb of announcing is no perfect)."""
    if trigger.head.i != verb.i:
        return False
    if trigger.dep_ in ("obj", "nsubj:pass"):
        return True
    return trigger.dep_ == "nsubj" and any(
        c.dep_ == "aux" and c.lemma_ == STATIVE_PASSIVE_AUX for c in verb.children
    )


def _names_an_act(token: Token) -> bool:
    """A noun of the lexicon, or one that "ankündigen" takes as an act to come."""
    nouns = german_lexicon().nouns_by_form
    forms = (token.lower_, token.lemma_.lower())
    return token.pos_ == "NOUN" and any(f in nouns or f in _announced_act_nouns() for f in forms)


def _names_a_measure(token: Token) -> bool:
    """A noun of a lexicon row of sanctions, cuts or coercion ("Zölle", "Sanktionen", "Ausgangssperre")."""
    nouns = german_lexicon().nouns_by_form
    entries = [e for form in (token.lower_, token.lemma_.lower()) for e in nouns.get(form, ())]
    return token.pos_ == "NOUN" and any(e.code.startswith(MEASURES) for e in entries)


@cache
def _announced_act_nouns() -> frozenset[str]:
    """The objects of "ankündigen" that name an act to come though no noun row lists them ("kündigte
    Vergeltung an", "kündigte Einreisesperren an"); announced intents and threats (03, 13) are made by
    announcing them and stay out."""
    lexicon = german_lexicon()
    return frozenset(
        noun
        for entry in lexicon.entries
        if entry.lemma == ANNOUNCING_LEMMA
        and entry.kind == "V"
        and not entry.code.startswith(MADE_BY_ANNOUNCING)
        for noun in entry.objects
    )


def expected_arrival(verb: Token) -> bool:
    """ "Xi wird am Montag zu einem Staatsbesuch in Moskau erwartet": someone expected somewhere is
    scheduled to come, a future act; a forecast takes a clause instead ("man erwartet, dass …")."""
    return verb.lower_ == "erwartet" and any(
        c.dep_ in ("aux", "aux:pass") and c.lower_ in ("wird", "werden") for c in verb.children
    )


def planned_proposal(governors: list[Token]) -> bool:
    """ "Hahn will am Sonntag vorschlagen, Mittel für Ungarn einzufrieren": a proposal still to be
    made puts its act ahead (gold: future), not only in question as a proposal made does."""
    return any(
        PROPOSING.match(g.text) and any(c.lower_ in FUTURE_MODALS for c in g.children if c.dep_ == "aux")
        for g in governors
    )


def surface_intent(trigger: Token) -> bool:
    """A planned act: an infinitive after a finite "will", "wird", "soll" in its clause, not the
    perfect of hearsay ("soll … angegriffen haben"); a noun in a clause that plans or prepares it
    ("Die EU plant neue Sanktionen", "bereitet die Ausweisung … vor", "Der Besuch steht bevor")."""
    clause = surface_clause(trigger)
    if trigger.pos_ == "NOUN":
        heads = [t.text for t in clause]
        planned = any(PLANNED_QUALIFIERS.match(c.text) for c in trigger.children if c.dep_ == "amod")
        return (
            planned
            or (trigger.dep_ == "obj" and WANTING.match(trigger.head.text) is not None)
            or any(PLANNING_WORDS.match(h) for h in heads)
            or has_pair(clause, {("bereit", "vor"), ("steh", "bevor"), ("kündig", "an")})
        )
    if _announcing_in_clause(trigger, clause):
        return True
    after = trigger.doc[trigger.i + 1 : clause.end]
    if not (_infinitive(trigger) or any(t.lower_ == "werden" for t in after)):
        return False  # an infinitive, active or passive ("soll … geschlossen werden")
    if any(t.lower_ in PERFECT_AUX for t in after):
        return False
    return any(t.lower_ in FUTURE_MODALS for t in trigger.doc[clause.start : trigger.i])


def _announcing_in_clause(trigger: Token, clause: Span) -> bool:
    """ "Rom kündigte Sanktionen gegen Russland an", however the parser hung the words: the announcing
    verb, its particle after it and a noun that names an act, in one clause."""
    after = {t.lower_ for t in _own_stretch(trigger, clause.end)}
    if ANNOUNCING_JOINED.match(trigger.text) or _split_announcing(trigger, after):
        return any(_names_an_act(t) for t in clause)
    return PROCLAIMING.match(trigger.text) is not None and any(_names_a_measure(t) for t in clause)


def _split_announcing(verb: Token, particles: set[str]) -> bool:
    return any(ANNOUNCING_SPLIT[p].match(verb.text) for p in particles & ANNOUNCING_SPLIT.keys())


def _own_stretch(verb: Token, end: int) -> list[Token]:
    """The words after a verb up to the next verb or clause, where its particle stands (the tagger
    may take the next verb for an adjective: "kündigte"/ADJ)."""
    words = []
    for token in verb.doc[verb.i + 1 : end]:
        next_verb = token.pos_ in VERBAL_POS or any(s.match(token.text) for s in ANNOUNCING_SPLIT.values())
        if next_verb or token.text in (",", ";", ":"):
            break
        words.append(token)
    return words


def _infinitive(verb: Token) -> bool:
    forms = verb.morph.get("VerbForm")
    if forms:
        return "Inf" in forms
    return not verb.morph.get("Tense") and verb.lower_.endswith("n")


def told_in_future(verb: Token) -> bool:
    """The verb has the future "wird"/"werde" (UD marks it aux, the passive "wird" aux:pass)."""
    return any(c.lower_ in FUTURE_AUX for c in verb.children if c.dep_ == "aux")


def future_by_verb_or_date(
    verb: Token, trigger: Token, governors: list[Token], event_date: str | None, article_date: str | None
) -> bool:
    """The act's verb puts it ahead (the future "wird", a plan or intent governing it or before its
    infinitive), or its date does."""
    if told_in_future(verb):
        return True
    # "soll … angegriffen haben" reports hearsay, an asserted act (gold guidelines)
    hearsay = any(c.lower_ in PERFECT_AUX for c in verb.children if c.dep_ == "aux" and c.i > verb.i)
    # "soll … geschlossen werden": a participle with the infinitive "werden" is a passive infinitive
    passive = any(
        c.lower_ == "werden" for c in verb.children if c.dep_ in ("aux", "aux:pass") and c.i > verb.i
    )
    # a form both participle and infinitive ("beraten", "vertreten") with a modal and no "haben"/"werden"
    # after it is the infinitive: "wollen am Montag über Sanktionen beraten"
    bare = verb.lower_.endswith("n") and not any(
        c.dep_ in ("aux", "aux:pass") and c.i > verb.i for c in verb.children
    )
    active = ("Part" not in verb.morph.get("VerbForm") or bare) and not verb.lower_.startswith("ge")
    infinitive = (active or passive) and not hearsay
    if any(INTENT_HEADS.match(g.text) for g in governors) or (infinitive and _modal_of_intent(verb)):
        return True
    # "muss … gesondert verhandelt werden", "muss den Vertrag noch ratifizieren": what still has to be
    # done is not done yet; an active obligation without "noch" is often an order carried out ("müssen
    # das Land binnen sieben Tagen verlassen")
    still = any(c.dep_ == "advmod" and c.lower_ == STILL for c in verb.children)
    if (passive or (infinitive and still)) and not hearsay and _obliged(verb):
        return True
    if event_date and article_date and len(event_date) >= len(article_date) and event_date > article_date:
        return True
    return _dated_ahead(verb, trigger, event_date, article_date)


def _obliged(verb: Token) -> bool:
    return any(c.lower_ in OBLIGING for c in verb.children if c.dep_ == "aux")


def onward_journey(verb: Token) -> bool:
    """ "Am Abend reist Biden weiter nach Bali": a leg of a journey told in the present tense with
    "weiter" is the itinerary ahead; the past ("reiste nach Paris weiter") tells one made. The parser
    may hang the "weiter" on the destination ("fliegt … weiter nach Kairo")."""
    if verb.lemma_ not in TRAVEL_LEMMAS or "Pres" not in verb.morph.get("Tense"):
        return False
    if any(c.dep_ == "obj" for c in verb.children):
        return False
    places = [c for c in verb.children if c.dep_ == "obl"]
    if not any(g.dep_ == "case" and g.lower_ in DESTINATION_CASES for c in places for g in c.children):
        return False
    return any(c.lower_ == ONWARD for phrase in (verb, *places) for c in phrase.children)


def intended_by_modal(verb: Token) -> bool:
    """ "Katar will Milliarden zusagen", "auf der Katar Milliarden zusagen soll": an active infinitive
    under a finite modal of intent, not the perfect of hearsay ("soll … zugesagt haben") nor a wish
    told in the perfect ("habe um Asyl bitten wollen")."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "aux:pass")]
    # "sollen … eröffnet werden": a participle with the infinitive "werden" after it is a passive infinitive
    passive = any(c.lower_ == "werden" and c.i > verb.i for c in auxiliaries)
    infinitive = "Inf" in verb.morph.get("VerbForm") or _infinitive(verb) or passive
    perfect = any(c.lower_ in PERFECT_AUX or c.lemma_ in PERFECT_LEMMAS for c in auxiliaries)
    return infinitive and not perfect and _modal_of_intent(verb)


def reported_stance(verb: Token) -> bool:
    """An intent told in reported speech under "werde"/"wolle": its speaker states it now (the banks: 03x
    asserted), unlike "will am Montag … einladen", which plans it."""
    return any(c.lower_ in REPORTED_WILL for c in verb.children if c.dep_ == "aux")


def _modal_of_intent(verb: Token) -> bool:
    """A modal of intent on the verb, or one the parser hung on a word before it: in "Ford will
    Stromexporte nach Michigan, New York und Minnesota mit einem Aufschlag belegen" it hangs "will" on
    the noun, and the commas of the list leave it out of the verb's surface clause. Only a "will" or
    "soll" before an infinitive: a stray "werden" may be the passive ("werden … festgenommen")."""
    if any(INTENT_HEADS.match(c.text) for c in verb.children if c.dep_ == "aux"):
        return True
    if "Part" in verb.morph.get("VerbForm") or not _infinitive(verb):
        return False
    for token in reversed(verb.doc[verb.sent.start : verb.i]):
        if token.lower_ in STRAY_MODALS and token.pos_ == "AUX":
            return token.head.pos_ not in VERBAL_POS or token.head.i == verb.i
        if token.pos_ in VERBAL_POS or token.dep_ == "mark" or "Rel" in token.morph.get("PronType"):
            return False  # another verb or a clause opening stands between
    return False


def purpose_of_act(verb: Token) -> bool:
    """ "reist nach Kabul, um mit den Taliban zu beraten": a purpose clause names the goal of another
    act, what is meant to follow it, not what happened. The goal of an act told in the past is told
    with it ("reiste nach Kairo, um mit den Vermittlern zu beraten", "nutzte die Pressekonferenz, um …
    vorzuwerfen"): the trip was made for it, the news reports both; not where the act is denied
    ("hat keinen Finger gerührt, um … zu schützen")."""
    purpose = verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "um" for c in verb.children)
    return purpose and not (told_as_past(verb.head) and not has_negation(verb.head, verb.head))


def purpose_of_planned_act(verb: Token) -> bool:
    """ "will am Freitag nach Peking reisen, um dort um Unterstützung zu werben": the goal of a trip or
    step still to come is still to come as well, also an appeal or pledge made by saying it."""
    head = verb.head
    planned = told_in_future(head) or any(c.lower_ in FUTURE_MODALS for c in head.children if c.dep_ == "aux")
    return purpose_of_act(verb) and planned


def _dated_ahead(verb: Token, trigger: Token, event_date: str | None, article_date: str | None) -> bool:
    """A finite present-tense act dated in a later week, month or year than the article ("Nächsten
    Monat verhängt die EU …", "Kommende Woche besucht Modi Russland"): the period starts after the
    article; or in a later part of the article's own day ("Heute Abend trifft Scholz Macron"). A deadline
    ("die Gespräche bis Ende 2028 auszusetzen") dates no act ahead."""
    if not article_date or "Pres" not in verb.morph.get("Tense") or "Inf" in verb.morph.get("VerbForm"):
        return False
    if any(c.lower_ in PAST_AUX for c in verb.children if c.dep_ == "aux"):
        return False
    clause = surface_clause(trigger)
    dates = [event_date] + [
        span._.timex.value
        for span in trigger.doc.spans.get(TIMEX_SPANS, [])
        if clause.start <= span.start < clause.end and span._.timex is not None and not _deadline(span)
    ]
    if any(d and d.startswith(article_date) and d[len(article_date) :] in LATER_PARTS_OF_DAY for d in dates):
        return True
    article = _period_start(article_date)
    starts = [_period_start(d) for d in dates if d]
    return article is not None and any(start is not None and start > article for start in starts)


def _deadline(span: Span) -> bool:
    before = span.doc[span.start - 1].lower_ if span.start > span.sent.start else ""
    return span[0].lower_ in DEADLINE_WORDS or before in DEADLINE_WORDS


def _period_start(value: str) -> date | None:
    """The first day of a TIMEX3 date value: "2024", "2024-05", "2024-W17", "2024-05-02"."""
    try:
        if re.fullmatch(r"\d{4}", value):
            return date(int(value), 1, 1)
        if re.fullmatch(r"\d{4}-\d{2}", value):
            return date(int(value[:4]), int(value[5:]), 1)
        if re.fullmatch(r"\d{4}-W\d{2}", value):
            return date.fromisocalendar(int(value[:4]), int(value[6:]), 1)
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            return date.fromisoformat(value)
    except ValueError:
        return None
    return None
