"""The visitor and the host of a visit named again as "der Gast" and "der Gastgeber": "Lula traf in Rom
ein. … Der Gast lobte die Zusammenarbeit", "Meloni empfing ihren Gast", "Lula dankte dem Gastgeber".

German news introduces a visitor once by name and then calls them the guest. The guest is the nearest
earlier person or state the text has arrive or visit (the subject of "reiste", "traf … ein",
"besuchte", "war zu Gast"), be received (the object of "empfing", the subject of "wurde empfangen") or
own a visit ("Lulas Besuch"). The host is the nearest earlier one visited (the object of "besuchte",
the place of "reiste nach", "traf in … ein", "der Besuch in …", "Verhandlungen in …"), receiving (the
subject of "empfing", the "von" of "wurde empfangen") or called host by title ("Gastgeber Tebboune").
Whoever the clause names as the other side ("empfing seinen Gast", "dankte dem Gastgeber") is not the
one referred to.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from lagebild.pipeline.actor_lexicon import DETERMINERS_DE, POSSESSIVES_DE
from lagebild.pipeline.actor_references import Reference, nearest_mention
from lagebild.pipeline.word_classes import NAME_DEPS, SUBJECT_DEPS, has_passive_auxiliary, preposition_of

GUEST_NOUNS_DE = {"Gast", "Gastes", "Gasts"}  # one guest: "die Gäste" may be several states
# the host, also in the plural: "die Gastgeber" are the hosting state's people
HOST_NOUNS_DE = {"Gastgeber", "Gastgeberin", "Gastgebers", "Gastgebern"}
# verbs whose subject comes as a visitor, by lemma with its separable particle ("traf … ein")
ARRIVING_VERBS_DE = {"besuchen", "reisen", "anreisen", "einreisen", "eintreffen", "ankommen", "landen",
                     "fliegen", "aufsuchen"}  # fmt: skip
RECEIVING_VERBS_DE = {"empfangen", "begrüßen"}
VISIT_NOUNS_DE = {"Besuch", "Besuchs", "Besuches", "Staatsbesuch", "Staatsbesuchs", "Antrittsbesuch",
                  "Antrittsbesuchs", "Arbeitsbesuch", "Arbeitsbesuchs", "Visite", "Reise"}  # fmt: skip
# meetings held where their host is: "nach zweitägigen Verhandlungen in Genf"
MEETING_NOUNS_DE = {"Gipfel", "Gipfeltreffen", "Treffen", "Gespräche", "Gesprächen", "Verhandlungen",
                    "Konferenz"}  # fmt: skip
# who a guest is or whose visit it is, when a preposition says it: "der Gast aus Israel", "der Besuch von Lula"
OWNER_PREPOSITIONS = {"aus", "von", "vom"}
VISITOR_PREPOSITIONS = {"von", "vom"}
DESTINATION_PREPOSITIONS = {"nach", "in", "im"}
# "den hohen Gast", "seinen prominenten Gast": words between the article and the noun
ADJECTIVES_BEFORE = 2


def visit_references(doc: Doc, taken: set[int], candidates: list, places: list) -> list[Reference]:
    """'der Gast', 'seinem Gast', 'den hohen Gast' as the visitor told of before, 'dem Gastgeber' as the
    one visited (also a place: "reiste nach Kuala Lumpur … dankte dem Gastgeber"); not "zu Gast" or "als
    Gast" (no article), nor "der Gast aus Israel", which names its own state."""
    refs = []
    for token in doc:
        if token.text in GUEST_NOUNS_DE:
            role, pool = _visitor, candidates
        elif token.text in HOST_NOUNS_DE:
            role, pool = _visited, [*candidates, *places]
        else:
            continue
        start = _article(token)
        if start is None or token.i in taken or _owner_after(token):
            continue
        other_side = _other_side(token, candidates)

        def referred(m, other_side=other_side, role=role) -> bool:
            return m.actor.country is not None and m.actor.country != other_side and role(m.span.root)

        antecedent = nearest_mention(pool, start, referred)
        if antecedent is not None:
            target = antecedent.antecedent if isinstance(antecedent, Reference) else antecedent.span
            refs.append(Reference(Span(doc, start, token.i + 1), antecedent.actor, target, None))
    return refs


def _article(noun: Token) -> int | None:
    """The start of the noun's phrase at its definite or possessive article, over lower-case adjectives."""
    doc = noun.doc
    for start in range(noun.i - 1, max(noun.i - ADJECTIVES_BEFORE - 2, noun.sent.start - 1), -1):
        word = doc[start].text
        if word in DETERMINERS_DE or word.lower() in POSSESSIVES_DE:
            return start
        if not (word.isalpha() and word.islower()):
            return None
    return None


def _owner_after(noun: Token) -> bool:
    """ "der Gast aus Israel", "der Gast Trumps": the phrase names whose guest is meant itself (not "den
    Gast vor dem Palast", a place)."""
    after = [c for c in noun.children if c.i > noun.i]
    return any(c.dep_ == "appos" or _owner(c, OWNER_PREPOSITIONS) for c in after)


def _owner(attribute: Token, prepositions: set[str]) -> bool:
    """A possessor, a genitive or a phrase of one of the prepositions hanging on a noun."""
    if attribute.dep_ in ("nmod:poss", "det:poss"):
        return True
    preposition = preposition_of(attribute)
    return attribute.dep_ == "nmod" and (preposition is None or preposition in prepositions)


def _other_side(noun: Token, candidates: list) -> str | None:
    """The state of the clause's subject where the noun is not the subject: "Putin empfing seinen
    Gast" is not Putin's own visit, "Lula dankte dem Gastgeber" not Lula's reception."""
    if noun.dep_ in SUBJECT_DEPS:
        return None
    subject = next((c for c in noun.head.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None:
        return None
    named = next((m for m in candidates if m.span.start <= subject.i < m.span.end), None)
    return named.actor.country if named is not None else None


def _visitor(word: Token) -> bool:
    """Whether the mention's head comes as a visitor in its clause."""
    word = _phrase_head(word)
    head = word.head
    if head.text in VISIT_NOUNS_DE and _owner(word, VISITOR_PREPOSITIONS):
        return True  # "Lulas Besuch", "der Besuch Lulas", not "der Besuch in Rom"
    if word.dep_ in SUBJECT_DEPS and _lemma_with_particle(head) in ARRIVING_VERBS_DE:
        return True
    if word.dep_ in SUBJECT_DEPS and any(_zu_gast(c) for c in head.children):
        return True  # "war in Berlin zu Gast"
    receiving = head.lemma_ in RECEIVING_VERBS_DE
    return receiving and (word.dep_ == "obj" or (word.dep_ in SUBJECT_DEPS and has_passive_auxiliary(head)))


def _visited(word: Token) -> bool:
    """Whether the mention's head is visited or receives in its clause."""
    word = _phrase_head(word)
    if word.text in HOST_NOUNS_DE:
        return True  # "Gastgeber Abdelmadjid Tebboune sprach von …"
    head = word.head
    destination = preposition_of(word) in DESTINATION_PREPOSITIONS
    if head.text in VISIT_NOUNS_DE | MEETING_NOUNS_DE and word.dep_ == "nmod" and destination:
        return True  # "der Besuch in Rom", "nach Verhandlungen in Genf"
    if _lemma_with_particle(head) in ARRIVING_VERBS_DE:
        return word.dep_ == "obj" or (word.dep_ == "obl" and destination)
    if head.lemma_ in RECEIVING_VERBS_DE:
        passive = has_passive_auxiliary(head)
        return (word.dep_ in SUBJECT_DEPS and not passive) or (passive and word.dep_ == "obl:agent")
    return False


def _phrase_head(word: Token) -> Token:
    """The head of the phrase a name stands in: "der brasilianische Präsident Lula" is headed by the title."""
    while word.dep_ in NAME_DEPS and word.head.i != word.i:
        word = word.head
    return word


def _zu_gast(word: Token) -> bool:
    return word.text == "Gast" and [c.lower_ for c in word.children] == ["zu"]


def _lemma_with_particle(verb: Token) -> str:
    particle = next((c.text.lower() for c in verb.children if c.dep_ == "compound:prt"), "")
    return particle + verb.lemma_.lower()
