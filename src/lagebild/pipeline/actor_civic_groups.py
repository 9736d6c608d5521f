"""Human rights and aid groups named by their kind ("Menschenrechtsorganisationen kritisierten …",
"Hilfsorganisationen fordern einen Korridor"): non-governmental actors (CAMEO sector NGO) of no state,
as the annotation guidelines code them ("NGO", side null). A country adjective makes them that
state's ("haitianische Menschenrechtsgruppen", "türkische Menschenrechtler"). Unlike protesters or the
opposition they are not placed by the passage: a report on Kazakhstan quotes Amnesty and Human Rights
Watch, not Kazakh groups.

Only groups that act are read so: the subject ("Menschenrechtler werfen der Armee vor"), or where a
statement "comes from" them ("Kritik kam von Hilfsorganisationen"). A group that reports ("laut
Menschenrechtlern", "nach Angaben von Hilfsorganisationen") or is acted on ("verbot Frauen die Arbeit
für Hilfsorganisationen") is no side of the event; as an actor it would take the place of the state
the act is aimed at. Nor is a group named by its members ("Menschenrechtsorganisationen wie Amnesty
International"): the member named is the actor."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from lagebild.pipeline.actor_institutions import determiner_start
from lagebild.pipeline.annotations import ActorRef
from lagebild.pipeline.word_classes import SUBJECT_DEPS

# CAMEO's sector of non-governmental organisations, alone ("NGO") or after a state's code ("TURNGO")
NGO = "NGO"
# plurals only: "der Menschenrechtler Anar Mammadli" is one man, named after the noun
CIVIC_GROUPS_DE = frozenset(
    {
        "Menschenrechtsorganisationen", "Menschenrechtsgruppen", "Menschenrechtler", "Menschenrechtlern",
        "Menschenrechtsaktivisten", "Hilfsorganisationen", "Hilfswerke", "Nichtregierungsorganisationen",
    }
)  # fmt: skip
# articles that make "Menschenrechtler" one person
SINGULAR_ARTICLES_DE = {"der", "den", "dem", "des", "ein", "einen", "einem", "eines"}
# the group nouns that are singular forms too ("der Menschenrechtler", "den Menschenrechtsaktivisten");
# after "der"/"den" the others are a plural's genitive or dative ("kam von den Hilfsorganisationen")
SINGULAR_TOO_DE = {"Menschenrechtler", "Menschenrechtsaktivisten"}
ORIGIN_PREPOSITIONS = {"von", "aus"}
COMING = "kommen"
EXAMPLE_WORD = "wie"


def civic_groups(doc: Doc, adjectives) -> list[tuple[Span, ActorRef]]:
    """The group nouns of `CIVIC_GROUPS_DE` as NGO actors; `adjectives` maps country adjectives to
    states."""
    found = []
    for i, token in enumerate(doc):
        if token.text not in CIVIC_GROUPS_DE or _one_person(doc, i):
            continue
        if not _acting(token) or _named_by_member(doc, i):
            continue
        start = determiner_start(doc, i) if i else None
        country = adjectives.get(doc[i - 1].text) if i else None
        span = Span(doc, i if start is None else start, i + 1, label="ORG")
        code = f"{country}{NGO}" if country else NGO
        found.append((span, ActorRef(name=span.text, country=country, actor_code=code)))
    return found


def _one_person(doc: Doc, i: int) -> bool:
    return doc[i].text in SINGULAR_TOO_DE and i > 0 and doc[i - 1].lower_ in SINGULAR_ARTICLES_DE


def _acting(group: Token) -> bool:
    """The group is a subject, listed with one, or where a statement comes from."""
    if group.dep_ in SUBJECT_DEPS or group.dep_ == "conj" and group.head.dep_ in SUBJECT_DEPS:
        return True
    origin = any(c.dep_ == "case" and c.lower_ in ORIGIN_PREPOSITIONS for c in group.children)
    return origin and group.head.lemma_ == COMING


def _named_by_member(doc: Doc, i: int) -> bool:
    """ "Menschenrechtsorganisationen wie Amnesty International": an actor named right after "wie"."""
    if i + 2 >= len(doc) or doc[i + 1].lower_ != EXAMPLE_WORD:
        return False
    return any(e.start == i + 2 and e._.actor is not None for e in doc.ents)
