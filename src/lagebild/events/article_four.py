"""A NATO member that asks for consultations under Article 4 of the North Atlantic Treaty appeals to the
alliance to meet (026): "Tallinn beantragte Konsultationen nach Artikel vier des Nordatlantikvertrags",
"Warschau habe die Verbündeten um Konsultationen nach Artikel 4 gebeten", "Polen und Litauen riefen
Artikel 4 an". The article is NATO's, so the alliance is the target also where the sentence does not name
it; the tuning banks code these requests so, not as a meeting of the members. Only Article 4 counts:
Article 5 (mutual defence) and the EU's Article 42.7 are other clauses with other codes. Who is not a
member has no Article 4 to invoke: no event."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from lagebild.events.arguments import ActorIndex, side_of, stand_in, subject_of
from lagebild.events.codebook import APPEAL_ROOT, NATO
from lagebild.events.context_targets import MEMBERS
from lagebild.events.event_clauses import NOMINAL_POS
from lagebild.events.modality import modality_of
from lagebild.events.senses import TREATY_ARTICLE
from lagebild.events.union_names import union_names
from lagebild.events.word_events import new_between, word_event
from lagebild.pipeline.annotations import EventInfo

APPEAL_TO_MEET = "026"
FOUR = {"4", "vier"}
CONSULTATIONS = "konsultation"
# the words that name the North Atlantic Treaty in a genitive after the article's number
NATO_TREATY_WORDS = ("nordatlantik", "nato", "washingtoner")
# "Konsultationen [der Verbündeten] nach Artikel 4": the words the noun may stand before "nach"
CONSULTATIONS_BEFORE = 4
# asking for the consultations, as the parse gives the verb ("beantragte" is often an adjective to it):
# "beantragte", "verlangen", "forderte", "bat um", "ersuchte um"
ASKING_STEMS = ("beantrag", "verlang", "forder", "gefordert", "bat", "bitte", "gebeten", "ersuch")
# invoking the article itself: "riefen Artikel 4 an", "hat Artikel 4 aktiviert"; the forms of "anrufen" whose
# particle stands apart count only with it ("rief … an", not "rief … auf")
CALLING_STEMS = ("rief", "ruf")
INVOKING_STEMS = (*CALLING_STEMS, "anrief", "anruf", "angerufen", "aktivier")
PARTICLE = "an"
ARTICLE_FOUR_CONFIDENCE = 0.7


def with_article_four_requests(
    sentence: Span, events: list[EventInfo], actors: ActorIndex
) -> list[EventInfo]:
    """`events` with a 026 from each member that asks for Article 4 consultations to NATO: an appeal the
    verb coded without a target takes NATO as its target, other members get an event of their own."""
    for article in sentence:
        verb = _asking_verb(article)
        if verb is None:
            continue
        nato = stand_in(sentence.doc, article.i, article.i + 2, union_names()["NATO"])
        subject = subject_of(verb)
        members = [a for a in actors.of_phrases(subject) if side_of(a) in MEMBERS[NATO]] if subject else []
        if nato is None or not members:
            continue
        modality = modality_of(verb, sentence, None, sentence.doc._.article_date, made_by_saying=True)
        for member in members:
            events = _with_request(events, verb, member, nato, modality)
    return events


def _asking_verb(article: Token) -> Token | None:
    """The verb that asks for the consultations of "nach Artikel 4", or invokes "Artikel 4" itself."""
    if article.lower_ != TREATY_ARTICLE or article.i + 1 >= article.sent.end or not _four(article.nbor()):
        return None
    if _of_another_treaty(article):
        return None
    invoking = _verb_above(article, INVOKING_STEMS)
    if invoking is not None and _invokes(invoking):
        return invoking
    if article.i == 0 or article.nbor(-1).lower_ != "nach":
        return None
    before = article.doc[max(article.sent.start, article.i - 1 - CONSULTATIONS_BEFORE) : article.i - 1]
    noun = next((t for t in reversed(before) if t.lower_.startswith(CONSULTATIONS)), None)
    return _verb_above(noun, ASKING_STEMS) if noun is not None else None


def _four(number: Token) -> bool:
    """ "4", "vier", and "4." where the tokenizer took the full stop at the sentence's end for an ordinal's."""
    return number.text in FOUR or number.text.endswith(".") and number.text[:-1] in FOUR


def _of_another_treaty(article: Token) -> bool:
    """ "Artikel 4 des Freundschaftsvertrags": a genitive after the number that names no treaty of NATO's
    ("des Nordatlantikvertrags", "des Nato-Vertrags", "des Washingtoner Vertrags")."""
    genitive = article.doc[article.i + 2 : min(article.i + 5, article.sent.end)]
    if not len(genitive) or genitive[0].lower_ not in ("des", "der"):
        return False
    words = genitive[1:]
    noun = next((i for i, t in enumerate(words) if t.pos_ in NOMINAL_POS), len(words) - 1)
    return not any(t.lower_.startswith(NATO_TREATY_WORDS) for t in words[: noun + 1])


def _verb_above(token: Token, stems: tuple[str, ...]) -> Token | None:
    """The first verb above `token` in the parse if it is one of `stems`; the parse may hang the phrase
    on a noun of the clause first ("riefen nach dem Absturz der Drohne Artikel 4 an") and tag the verb
    an adjective ("beantragte")."""
    while token.head.i != token.i:
        token = token.head
        if token.lower_.startswith(stems):
            return token
        if token.pos_ in ("VERB", "AUX"):
            return None
    return None


def _invokes(verb: Token) -> bool:
    """ "rief Artikel 4 an" with its particle; "anrief", "aktivierte" carry or need none."""
    if not verb.lower_.startswith(CALLING_STEMS):
        return True
    return any(c.dep_ == "compound:prt" and c.lower_ == PARTICLE for c in verb.children)


def _with_request(
    events: list[EventInfo], verb: Token, member: Span, nato: Span, modality: str
) -> list[EventInfo]:
    """The member's appeal to NATO. The verb's own event of the member without a target is this request
    read without its addressee ("bat die Verbündeten um Konsultationen", 020 with "die Verbündeten"
    resolved to no actor; "verlangen" as a demand, "anrufen" as a call): it becomes the appeal to NATO."""
    for i, event in enumerate(events):
        own = event.trigger.start == verb.i and side_of(event.source) == side_of(member)
        if own and event.target is None:
            return [*events[:i], replace(event, code=APPEAL_TO_MEET, target=nato), *events[i + 1 :]]
    if not new_between(events, APPEAL_ROOT, member, nato):
        return events
    request = word_event(verb, APPEAL_TO_MEET, ARTICLE_FOUR_CONFIDENCE, member, nato)
    return [*events, replace(request, modality=modality)]
