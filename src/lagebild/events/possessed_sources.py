"""Who acts when the subject is someone's people: "seine Anwälte", "ihre Anhänger", "ihr Sprecher",
"dessen Einheit" act for the one the possessive points back to ("Georgescu sprach von einem
Staatsstreich. Seine Anwälte kündigten an, Beschwerde einzulegen", "forderte seine Anhänger auf, sich
zu versammeln"). The actor stage reads "seine Regierung" and "ihre Truppen" so; lawyers, supporters,
spokespeople and units it leaves to nobody. Likewise an act whose noun takes no patient in the
genitive ("Rücktritt", "Abzug aus", "Austritt aus", "Vermittlung zwischen") is the possessor's own:
demanded ("Die Opposition verlangt seinen Rücktritt"), it is the act of someone other than the one who
demands. The possessor is the nearest actor named before the noun in its sentence or the one before
that the possessive agrees with: "sein" and "dessen" a man, a state or a neuter body, "ihr" and
"deren" a woman, a feminine body or a group. Counterparts ("sein Amtskollege", "ihr Gast", "seine
Gegner") stand for someone else and are not among the nouns."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import (
    ActorIndex,
    actor_of,
    children,
    preposition_of,
    stand_in,
    start_of_sentences_before,
    subject_of,
)
from lagebild.events.codebook import EXTRADITION, RESIGNATION
from lagebild.events.event_clauses import VERBAL_POS
from lagebild.events.lexicon import LexiconEntry
from lagebild.events.noun_agents import takes_others_acts
from lagebild.pipeline.annotations import ActorRef
from lagebild.pipeline.word_classes import PERSON_LABELS

# the possessive's stem -> the genders it can point back to
POSSESSOR_GENDERS = {"sein": {"Masc", "Neut"}, "dessen": {"Masc", "Neut"}, "ihr": {"Fem", "Plur"},
                     "deren": {"Fem", "Plur"}}  # fmt: skip
# people who act for whoever has them (lowered): followers, lawyers, spokespeople and envoys, forces
MEMBERS = {
    "anhänger", "anhängerinnen", "unterstützer", "unterstützerinnen", "gefolgsleute", "getreue", "getreuen",
    "anwalt", "anwältin", "anwälte", "anwältinnen", "rechtsanwälte", "verteidiger", "verteidigerin",
    "sprecher", "sprecherin", "berater", "beraterin", "beraterinnen", "gesandter", "gesandte", "gesandten",
    "vertreter", "vertreterin", "unterhändler", "delegation", "mitarbeiter", "mitarbeiterinnen",
    "einheit", "einheiten", "kämpfer", "milizionäre", "leibwächter", "leibgarde", "söldner",
}  # fmt: skip
POSSESSOR_SENTENCES = 1
# the targets by which an act noun names its patient: the possessive on such a noun is the one acted on
# ("seine Freilassung", "ihre Festnahme"), on any other the one who acts
PATIENT_TARGETS = ("gen", "objattr")
# the prepositions by which a verb names why it thanks or blames its object ("dankte ihm für …")
REASONS = ("für", "wegen")


def possessor_source(subject: Token, actors: ActorIndex) -> Span | None:
    """The possessor's side for a subject noun of its people, as a stand-in span on the noun."""
    if subject.lower_ not in MEMBERS:
        return None
    possessive = next((c for c in subject.children if c.dep_ == "det:poss"), None)
    genders = _genders(possessive) if possessive is not None else None
    if not genders:
        return None
    possessor = _possessor(possessive, genders, actors)
    actor = actor_of(possessor) if possessor is not None else None
    if actor is None or not actor.country:
        return None
    people = ActorRef(
        name=f"{actor.name}: {subject.text}", country=actor.country, actor_code=actor.actor_code
    )
    return stand_in(subject.doc, subject.i, subject.i + 1, people)


def possessed_act_performer(noun: Token, entry: LexiconEntry, actors: ActorIndex) -> Span | None:
    """Who would perform the act a judging or demanding verb names by a noun with a possessive: the
    possessor, the nearest actor before that agrees with it, other than the verb's subject (who asks
    for its own resignation?), as a stand-in span on the possessive. Where the noun names why the verb
    thanks or blames its object ("dankte Oslo für seine Vermittlung"), the possessor is that object."""
    # a resignation's genitive names who resigns, though its row lists it as the target (at home); an
    # extradition's names who is handed over, though its row lists only the recipient ("an")
    if (entry.target in PATIENT_TARGETS and entry.code != RESIGNATION) or entry.code == EXTRADITION:
        return None
    possessive = next((c for c in noun.children if c.dep_ == "det:poss"), None)
    genders = _genders(possessive) if possessive is not None else None
    if not genders:
        return None
    thanked = _thanked_or_blamed(noun, actors)
    if thanked is not None:
        actor = actor_of(thanked)
        agrees = _agrees(thanked, genders) and actor is not None and actor.country
        return stand_in(noun.doc, possessive.i, possessive.i + 1, actor) if agrees else None
    if noun.dep_ != "obj" or not takes_others_acts(noun.head):
        return None
    subject = subject_of(noun.head)
    skipped = actors.of_phrase(subject) if subject is not None else None
    possessor = _possessor(possessive, genders, actors, skipped)
    actor = actor_of(possessor) if possessor is not None else None
    if actor is None or not actor.country:
        return None
    return stand_in(noun.doc, possessive.i, possessive.i + 1, actor)


def _thanked_or_blamed(noun: Token, actors: ActorIndex) -> Span | None:
    """The one thanked, praised or blamed for an act of their own: the object of the verb whose reason
    ("für", "wegen") the act noun with the possessive names ("dankte Oslo für seine Vermittlung", "warf
    der Regierung wegen ihrer Waffenlieferungen Verrat vor")."""
    verb = noun.head
    if preposition_of(noun) not in REASONS or verb.pos_ not in VERBAL_POS:
        return None
    # the news parse labels a dative "obl:arg"
    objects = [c for c in children(verb, "obj", "iobj", "obl:arg") if preposition_of(c) is None]
    named = next(filter(None, map(actors.of_phrases, objects)), [])
    # several thanked ("dankte Ankara und der UNO für ihre Vermittlung") are left to the other rules,
    # which find them all
    return named[0] if len(named) == 1 else None


def _genders(possessive: Token) -> set[str]:
    word = possessive.lower_
    return next((genders for stem, genders in POSSESSOR_GENDERS.items() if word.startswith(stem)), set())


def _possessor(
    possessive: Token, genders: set[str], actors: ActorIndex, skipped: Span | None = None
) -> Span | None:
    """The nearest actor before the possessive, in its sentence or the one before, that it agrees with."""
    start = start_of_sentences_before(possessive, POSSESSOR_SENTENCES)
    for i in range(possessive.i - 1, start - 1, -1):
        span = actors.by_token.get(i)
        if span is not None and span.start == i and span != skipped and _agrees(span, genders):
            return span
    return None


def _agrees(span: Span, genders: set[str]) -> bool:
    """A person may be either ("sein"/"ihr" by sex, which the noun does not tell); a body or state by its
    article's gender or number, a name without one being neuter ("Moskau", "Frankreich")."""
    if span.label_ in PERSON_LABELS:
        return True
    article = next((t for t in span.root.children if t.dep_ == "det" and t.pos_ == "DET"), None)
    if (
        "Plur" in span.root.morph.get("Number")
        or article is not None
        and "Plur" in article.morph.get("Number")
    ):
        return "Plur" in genders
    found = set(article.morph.get("Gender")) if article is not None else {"Neut"}
    return bool(found & genders)
