"""Acts still to come: announced ("kündigte einen Gegenschlag an"), planned ("Finnland will russische
Diplomaten ausweisen", "Die EU plant neue Sanktionen"), in the future tense, or dated after the article
("Nächsten Monat verhängt die EU …").
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Span, Token

from lagebild.events.event_clauses import has_pair, surface_clause
from lagebild.events.lexicon import german_lexicon
from lagebild.events.modality_words import FUTURE_AUX, PLANNING_WORDS
from lagebild.pipeline.annotations import TIMEX_SPANS

# announcing or proposing an act named by a noun ("legte Vorschläge für ein Sanktionspaket vor",
# "kündigte Gegenmaßnahmen an"): the act is still to come. Finite forms need their particle.
ANNOUNCING_JOINED = re.compile(
    r"^(ankündig|angekündigt|anzukündig|vorschlag|vorgeschlagen|vorzuschlag|vorleg|vorgelegt|vorzuleg|"
    r"beantrag|announc|propos)",
    re.IGNORECASE,
)
ANNOUNCING_SPLIT = re.compile(r"^(kündig|schlag|schläg|schlug|leg)", re.IGNORECASE)
ANNOUNCING_PARTICLES = {"an", "vor"}
INTENT_HEADS = re.compile(
    r"^(plan|beabsichtig|kündigt|kündigte|angekündigt|ankündig|will|wollen|wollte|vorhab|hat vor|"
    r"soll|sollen|plans|planned|intend|announc|vow|pledg|promis)",
    re.IGNORECASE,
)
# "die geplante Reise", "das angekündigte Treffen"
PLANNED_QUALIFIERS = re.compile(r"^(geplant|angekündigt|bevorstehend|anstehend|vorgesehen)", re.IGNORECASE)
# a finite modal or "werden" before an infinitive: "Finnland will russische Diplomaten ausweisen"
FUTURE_MODALS = {"wird", "werden", "werde", "will", "wollen", "soll", "sollen", "plant", "planen"}
PERFECT_AUX = {"haben", "sein", "worden"}
DEADLINE_WORDS = {"bis", "seit"}
PAST_AUX = {"hat", "haben", "hatte", "hatten", "ist", "sind", "war", "waren", "wurde", "wurden"}


def announces(verb: Token, trigger: Token) -> bool:
    """The event word is an announcing or proposing verb whose object names the act, or that object
    itself ("Israel kündigte einen Gegenschlag an": the strike is still to come)."""
    announced_noun = trigger.i != verb.i and trigger.dep_ == "obj" and trigger.head.i == verb.i
    if trigger.i != verb.i and not announced_noun:
        return False
    particles = {c.lower_ for c in verb.children if c.dep_ in ("compound:prt", "svp")}
    following = {t.lower_ for t in verb.doc[verb.i + 1 : verb.sent.end] if t.pos_ in ("ADP", "ADV", "PART")}
    announcing = ANNOUNCING_JOINED.match(verb.text) or (
        ANNOUNCING_SPLIT.match(verb.text) and (particles or following) & ANNOUNCING_PARTICLES
    )
    if not announcing:
        return False
    nouns = german_lexicon().nouns_by_form
    # the object, also where the parser hung the verb on it ("kündigte" ← amod "Gegenmaßnahmen")
    words = [*verb.subtree, *(verb.head.subtree if verb.dep_ in ("amod", "acl") else ())]
    return any(c.lower_ in nouns or c.lemma_.lower() in nouns for c in words if c.pos_ == "NOUN")


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
    after = {t.lower_ for t in trigger.doc[trigger.i + 1 : clause.end]}
    announcing = ANNOUNCING_JOINED.match(trigger.text) or (
        ANNOUNCING_SPLIT.match(trigger.text) and after & ANNOUNCING_PARTICLES
    )
    nouns = german_lexicon().nouns_by_form
    return bool(announcing) and any(t.pos_ == "NOUN" and t.lower_ in nouns for t in clause)


def _infinitive(verb: Token) -> bool:
    forms = verb.morph.get("VerbForm")
    if forms:
        return "Inf" in forms
    return not verb.morph.get("Tense") and verb.lower_.endswith("n")


def future_by_verb_or_date(
    verb: Token, trigger: Token, governors: list[Token], event_date: str | None, article_date: str | None
) -> bool:
    """The act's verb puts it ahead (the future "wird", a plan or intent governing it or before its
    infinitive), or its date does."""
    # UD marks the future "wird" as aux, the passive "wird" as aux:pass
    if any(c.lower_ in FUTURE_AUX for c in verb.children if c.dep_ == "aux"):
        return True
    # "soll … angegriffen haben" reports hearsay, an asserted act (gold guidelines)
    hearsay = any(c.lower_ in PERFECT_AUX for c in verb.children if c.dep_ == "aux" and c.i > verb.i)
    # "soll … geschlossen werden": a participle with the infinitive "werden" is a passive infinitive
    passive = any(
        c.lower_ == "werden" for c in verb.children if c.dep_ in ("aux", "aux:pass") and c.i > verb.i
    )
    active = "Part" not in verb.morph.get("VerbForm") and not verb.lower_.startswith("ge")
    infinitive = (active or passive) and not hearsay
    if any(INTENT_HEADS.match(g.text) for g in governors) or (
        infinitive and any(INTENT_HEADS.match(c.text) for c in verb.children if c.dep_ == "aux")
    ):
        return True
    if event_date and article_date and len(event_date) >= len(article_date) and event_date > article_date:
        return True
    return _dated_ahead(verb, trigger, event_date, article_date)


def _dated_ahead(verb: Token, trigger: Token, event_date: str | None, article_date: str | None) -> bool:
    """A finite present-tense act dated in a later week, month or year than the article ("Nächsten
    Monat verhängt die EU …", "Kommende Woche besucht Modi Russland"): the period starts after the
    article. A deadline ("die Gespräche bis Ende 2028 auszusetzen") dates no act ahead."""
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
