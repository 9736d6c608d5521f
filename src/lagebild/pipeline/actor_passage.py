"""Which state a passage is about: the clues that name it (actors, capitals, country adjectives,
institutions already placed) and the state of the nearest clue, else the article's dominant state."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from lagebild.pipeline.annotations import ActorRef
from lagebild.pipeline.word_classes import SUBJECT_DEPS, has_passive_auxiliary

INSTITUTION_SENTENCE_WINDOW = 2


# An article's state "clearly dominates" when named this often and this many times more than another.
DOMINANT_MIN_MENTIONS = 2
DOMINANCE_RATIO = 2
# the parts of speech that head a clause
CLAUSE_HEAD_POS = {"VERB", "AUX"}
# subjects that act: not the subject of a passive, who is acted on
ACTIVE_SUBJECT_DEPS = ("nsubj", "sb")
# marks after which a capitalised word opens a sentence of its own: "Kiew: Russische Truppen …"
SENTENCE_OPENING_MARKS = {":", "–", "—"}
# the recogniser's labels of names other than places and persons: an organisation, a work, an event
NAME_LABELS = {"ORG", "MISC"}
# nouns of places and stretches of land, whose country adjective says where, not who; as word endings
# they hold the compounds ("Hauptstadt", "Grenzgebiet"). A side is a party: "die russische Gegenseite"
# acts, and "ukrainische Seite" the actor stage takes as Ukraine's already
PLACE_HEADS = (
    "grenze",
    "gebiet",
    "küste",
    "stadt",
    "region",
    "provinz",
    "territorium",
)


@dataclass
class StateClue:
    """A span that tells which state a passage is about (a country adjective, an institution)."""

    span: Span
    actor: ActorRef


def state_of(mention) -> str | None:
    """The state a mention belongs to (none for an IGO)."""
    actor = mention.actor
    if not actor.country or (actor.actor_code or "").startswith("IGO"):
        return None
    return actor.country


def sector_of(mention) -> str:
    """The sector part of a mention's actor code ("GOV" of "RUSGOV"); empty where it has none."""
    return mention.actor.sector


def adjective_states(doc: Doc, taken: set[int], index) -> list[StateClue]:
    """Country adjectives no actor took ("georgische Demonstranten"): they name the state too, and so
    does one capitalised only because it opens its sentence ("Israelische Aktivisten stoppten …")."""
    states = []
    for i, token in enumerate(doc):
        attributive = token.text[:1].islower() or _opening_adjective(doc, i)
        country = index.adjectives.get(token.text) if i not in taken and attributive else None
        if country:
            states.append(StateClue(doc[i : i + 1], ActorRef(name=token.text, country=country)))
    return states


def _opening_adjective(doc: Doc, i: int) -> bool:
    """An attributive adjective capitalised because it opens its sentence or a line after a colon or
    dash ("16.30 Uhr: Russische Soldaten …"), before a common noun: not part of a name, which the
    other capitalised ones may be ("die Deutsche Bank", "die Französische Revolution"), nor one at the
    start that is part of a name all the same ("Deutsche Bank zahlte …")."""
    token = doc[i]
    opens = token.is_sent_start or (i > 0 and doc[i - 1].text in SENTENCE_OPENING_MARKS)
    return (
        opens
        and token.tag_ == "ADJA"
        and i + 1 < len(doc)
        and doc[i + 1].tag_ == "NN"
        and not in_name(doc, i)
    )


def in_name(doc: Doc, i: int) -> bool:
    """Whether the adjective and its noun are a name: the recogniser took either into an organisation
    or other name ("Deutsche Bahn"), or the text writes the pair capitalised inside a sentence too
    ("… sagte ein Sprecher der Deutschen Bank"), where a country adjective is lower case."""
    if any(doc[k].ent_type_ in NAME_LABELS for k in (i, i + 1)):
        return True
    stem, noun = doc[i].text[:-2], doc[i + 1].text
    return any(
        t.text.startswith(stem) and not t.is_sent_start and t.nbor(1).text.startswith(noun[:-1])
        for t in doc[:-1]
        if t.i != i and t.text[:1].isupper() and t.tag_ == "ADJA"
    )


def _places_only(clue) -> bool:
    """A country adjective that qualifies a place or stretch of land, not anyone who acts."""
    return isinstance(clue, StateClue) and clue.span.root.head.text.lower().endswith(PLACE_HEADS)


def locates(mention) -> bool:
    """A place, a country adjective or an unnamed institution: where something happens."""
    return isinstance(mention, StateClue) or getattr(mention, "place_name", False)


def institution_state(context: list, i: int, sentence_of: list[int]) -> str | None:
    """The state of the nearest context in the sentence, else the one of the main clause's subject of the
    sentence before, else the one that sentence names most (the nearest of equals), else the same for
    the sentence before that. In the sentences before, a country adjective of someone acted on or
    described counts for nothing (`_bystander_adjective`)."""
    sentence = sentence_of[i]
    # one state of a list ("Streiks an den Häfen in Spanien, Portugal und Irland", "wie
    # zuvor Dänemark und Finnland") is no more the body's than the others: the list places no body
    context = [c for c in context if not _listed_with_other_state(c, context)]
    same = [c for c in context if sentence_of[c.span.start] == sentence]
    before = [c for c in same if c.span.end <= i]
    # after the noun an actor or place, not an adjective: "nahm die Polizei den deutschen Touristen fest"
    after = [c for c in same if c.span.start > i and not isinstance(c, StateClue)]
    if before or after:
        nearest = max(before, key=lambda c: c.span.end) if before else min(after, key=lambda c: c.span.start)
        return state_of(nearest)
    # the sentence right before first, then the one before it; the state a sentence names most, the
    # nearest of equals: a state named there once as the other side ("die Abhängigkeit von China")
    # does not outweigh the one the passage is about
    for back in range(1, INSTITUTION_SENTENCE_WINDOW + 1):
        recent = [
            c for c in context if sentence - sentence_of[c.span.start] == back and not _bystander_adjective(c)
        ]
        topic = sentence_topic(recent)
        if topic:
            return topic
        if recent:
            counts = Counter(state_of(c) for c in recent)
            # of equals, one the main clause names before one of a clause inside it: "wirft Prag vor,
            # sich bei Washington anbiedern zu wollen" is about Prague
            # and of those, a state named as an actor before one only named by an adjective of a place
            # ("tunesische Sicherheitskräfte brachten Menschen an die libysche Grenze" is about Tunisia)
            return state_of(
                max(
                    recent,
                    key=lambda c: (
                        counts[state_of(c)],
                        _in_main_clause(c.span),
                        not _places_only(c),
                        c.span.end,
                    ),
                )
            )
    return None


def _bystander_adjective(clue) -> bool:
    """A country adjective of a sentence before that says whose someone or something acted on or
    described is ("In Peking ist ein japanischer Manager festgenommen worden", "der Autor, der die
    französische Staatsbürgerschaft besitzt"), not where the passage's bodies act: one that qualifies
    neither the active subject of its clause ("Russische Truppen griffen an") nor a place."""
    if not isinstance(clue, StateClue) or len(clue.span) != 1 or clue.span.root.dep_ != "amod":
        return False
    noun = clue.span.root.head
    return noun.dep_ not in ACTIVE_SUBJECT_DEPS and not _passive_agent(noun) and not _places_only(clue)


def _passive_agent(noun) -> bool:
    """The doer a passive names with "von" ("wurden von der russischen Gegenseite abgesagt")."""
    by = any(c.dep_ == "case" and c.lower_ in ("von", "vom") for c in noun.children)
    return by and has_passive_auxiliary(noun.head)


def _listed_with_other_state(clue, clues: list) -> bool:
    """The clue is coordinated with a clue of another state: a conjunct of a list of states."""
    root = clue.span.root
    conjuncts = {root.i, *(t.i for t in root.conjuncts)}
    return any(
        other.span.root.i in conjuncts and state_of(other) != state_of(clue)
        for other in clues
        if other is not clue
    )


def sentence_topic(clues: list) -> str | None:
    """The state of the subject of a sentence's main clause among the clues it names: its topic,
    whatever else it names ("Washington stellt sich hinter Seoul. Das Außenministerium nennt …" is the
    US State Department); a list of states as the subject ("Brasilien und Argentinien stritten") names
    no one topic."""
    topics = {state_of(c) for c in clues if _main_clause_subject(c.span)}
    return topics.pop() if len(topics) == 1 else None


def _in_main_clause(span: Span) -> bool:
    """The span hangs in its sentence's main clause (or one coordinated with it), not in a clause
    embedded in it."""
    token = span.root
    while token.head != token and token.pos_ not in CLAUSE_HEAD_POS:
        token = token.head
    return first_conjunct(token).dep_ == "ROOT"


def _main_clause_subject(span: Span) -> bool:
    """The span is the subject of its sentence's main clause, or coordinated with it; a country adjective
    names the subject it qualifies ("Israelische Aktivisten stoppten …" is about Israel)."""
    root = span.root.head if span.root.dep_ == "amod" else span.root
    root = first_conjunct(root)
    return root.dep_ in SUBJECT_DEPS and root.head.dep_ == "ROOT"


def first_conjunct(token: Token) -> Token:
    """The first of the conjuncts the token is one of, whose relation stands for them all."""
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    return token


def state_named_first(context: list, i: int, sentence_of: list[int]) -> bool:
    """Whether the sentence of token i names a state before it: that state, not the story's, decides
    whose a bare body is ("Bratislava: … warf der Regierung vor")."""
    return any(
        sentence_of[c.span.start] == sentence_of[i] and c.span.end <= i and state_of(c) for c in context
    )


def dominant_state(mentions: list) -> str | None:
    """The state named most often, if at least twice and at least twice as often as any other."""
    counts = Counter(state_of(m) for m in mentions)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < DOMINANT_MIN_MENTIONS:
        return None
    if len(ranked) > 1 and ranked[0][1] < DOMINANCE_RATIO * ranked[1][1]:
        return None
    return ranked[0][0]
