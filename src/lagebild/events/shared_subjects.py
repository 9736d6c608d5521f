"""The subject a coordinated verb shares with the verb before it. German leaves out the subject of a
second clause that opens with its finite verb ("Tallinn bestellte den Geschäftsträger ein und
verlangte die Rückgabe", "Der Minister kündigte … an, und rief Washington auf, …") or of a second
participle under the first one's auxiliary ("hat Sanktionen verhängt und den Geschäftsträger
einbestellt"). The small parser then often labels the first noun after the verb its subject; that
noun is the object, and the source is the first verb's subject. The reverse holds too: a second main
clause with names of its own before its finite verb ("…, Berlin und Paris bestellten die Botschafter
ein") has them for its subject, not the first clause's."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import (
    AGENT_PREPOSITIONS,
    CONTRASTING_ADVERBS,
    LIST_SEPARATORS,
    OBJECT_ARTICLES,
    ActorIndex,
    children,
    is_passive,
    preposition_of,
    subject_after_the_verb,
    subject_of,
)
from lagebild.events.event_clauses import VERBAL_POS
from lagebild.events.initial_subjects import finite_by_mood_or_tag
from lagebild.events.subject_repairs import adverb_in_front
from lagebild.pipeline.word_classes import has_passive_auxiliary

COORDINATORS = {"und", "oder", "sowie", ","}
# the relations of a clause embedded under a verb: reported words, "dass", "weil", relative clauses
EMBEDDED_CLAUSES = ("ccomp", "advcl", "csubj", "acl", "acl:relcl")
# STTS: our morphologizer leaves VerbForm unset, the tag tells participles and infinitives
NON_FINITE_TAGS = {"VVPP", "VVINF", "VAPP", "VAINF", "VMPP", "VMINF"}
# the relations the parse gives a second participle it did not see as a conjunct
MISREAD_CONJUNCTS = ("advcl", "acl")
# the adverbs that set a second clause against the first ("hat zugestimmt, zugleich aber … verlangt"):
# those that set a side against another, and those that only join clauses (after the phrase in front,
# "Trotzdem wirft der Minister …" would hide the subject)
CONTRASTING = CONTRASTING_ADVERBS | {"doch", "zugleich", "gleichzeitig", "dennoch", "trotzdem"}


def first_conjunct(verb: Token) -> Token | None:
    """The first verb of the coordination whose subject `verb` shares, or None where `verb` has a
    clause and subject of its own ("…, Neu-Delhi und Peking gratulierten …")."""
    head = _verb_above(verb) if verb.dep_ == "conj" or _misread_conjunct(verb) else None
    if head is None or not _elliptical(verb, head):
        return None
    for _ in range(4):  # "A, B und C": all share the first one's subject
        above = _verb_above(head) if head.dep_ == "conj" else None
        if above is None or not _elliptical(head, above):
            break
        head = above
    return head


def _misread_conjunct(verb: Token) -> bool:
    """A second participle after a comma or "und" that the parse hung on the first verb as an
    adverbial or attributive clause: "Iran hat auf den Text geantwortet, zugleich aber neue Bedingungen
    gestellt", "Rahmon hat Putin angerufen, die Tat verurteilt und …", "Minsk betont, das Manöver sei
    defensiv, und hat Beobachter eingeladen". It shares the first verb's subject like a conjunct: under
    the first verb's perfect auxiliary, or with a finite auxiliary of its own after "und" (checked in
    `_elliptical`). Not a participle with a conjunction ("nachdem"), nor a passive adjunct with its
    agent ("…, vermittelt von den Emiraten")."""
    head = verb.head
    if verb.dep_ not in MISREAD_CONJUNCTS or verb.tag_ not in NON_FINITE_TAGS - {"VVINF", "VAINF", "VMINF"}:
        return False
    if head.pos_ not in VERBAL_POS or head.i > verb.i:
        return False
    # "vermittelt vom türkischen Geheimdienst": a participle with an agent of its own is a passive adjunct
    if any(c.dep_ == "mark" or preposition_of(c) in AGENT_PREPOSITIONS for c in verb.children):
        return False
    auxiliaries = children(verb, "aux")
    if auxiliaries:
        # its own auxiliary opens it after "und" ("…, und hat Beobachter eingeladen"); after a comma
        # alone it has a subject of its own ("…, habe Le verlangt")
        auxiliary = auxiliaries[0]
        return auxiliary.i > verb.sent.start and verb.doc[auxiliary.i - 1].lower_ in COORDINATORS - {","}
    if not any(a.lemma_.lower() == "haben" for a in children(head, "aux")):
        return False
    start = next(t for t in verb.subtree if not t.is_punct)
    if start.lower_ in COORDINATORS:
        return True
    if start.i <= verb.sent.start:
        return False
    opener = verb.doc[start.i - 1]
    # after a comma alone, a second clause is marked as such by a contrast ("zugleich aber") or goes on
    # to a list of them ("…, die Tat verurteilt und …"); otherwise the comma may close a clause the
    # parse lost ("hat Bolsonaro, gegen den … ermittelt, zu einer Kundgebung aufgerufen")
    contrasted = any(c.lower_ in CONTRASTING for c in children(verb, "advmod", "cc"))
    return opener.text == "," and (contrasted or bool(children(verb, "conj")))


def _verb_above(conjunct: Token) -> Token | None:
    """The verb the conjunct is coordinated with, also where the parse hung the conjunct on a noun of
    that verb's clause ("telefonierte mit Präsident Erdoğan und mahnte …", "mahnte" ← "Erdoğan");
    not across a colon or semicolon, which opens a clause of its own."""
    head = conjunct.head
    for _ in range(4):
        if head.pos_ in VERBAL_POS or head.head == head:
            break
        head = head.head
    if head.pos_ not in VERBAL_POS or head.i > conjunct.i:
        return None
    between = conjunct.doc[head.i : conjunct.i]
    if any(t.text in (":", ";") for t in between):
        return None
    return _governor_of_closed_clause(conjunct, head) or head


def _governor_of_closed_clause(conjunct: Token, head: Token) -> Token | None:
    """The verb that governs an embedded clause the parse hung a conjunct on, where a comma closed
    that clause before the coordinator: "Kiew lobte, dass Putin nicht komme, und rief Pretoria auf",
    "Der Minister betonte, die Tür bleibe offen, und forderte Teheran auf". Within one clause German
    puts no comma before an "und" that joins two verbs sharing the subject."""
    # the clause opens with its finite auxiliary where it has one ("…, und hat Beobachter eingeladen")
    opening = next((a for a in children(conjunct, "aux") if a.i < conjunct.i), conjunct)
    coordinator = conjunct.doc[opening.i - 1] if opening.i > conjunct.sent.start else None
    if coordinator is None or coordinator.lower_ not in COORDINATORS - {","}:
        return None
    comma = conjunct.doc[coordinator.i - 1] if coordinator.i > conjunct.sent.start else None
    if comma is None or comma.text != ",":
        return None
    governor = head.head
    embedded = head.dep_ in EMBEDDED_CLAUSES and governor.pos_ in VERBAL_POS and governor.i < head.i
    return governor if embedded else None


def _elliptical(verb: Token, head: Token) -> bool:
    """The conjunct opens with its finite verb right after the coordinator, or it is a participle or
    infinitive without an auxiliary of its own, under the first verb's. A passive of its own or under
    a passive first verb ("wurde festgenommen und verhört") is left to the passive's rules."""
    auxiliaries = children(verb, "aux")
    if has_passive_auxiliary(verb):
        return False
    finite = next((a for a in auxiliaries if a.i < verb.i and finite_by_mood_or_tag(a)), None)
    if finite is None and finite_by_mood_or_tag(verb):
        finite = verb
    if finite is not None:
        before = verb.doc[finite.i - 1] if finite.i > verb.sent.start else None
        return before is not None and before.lower_ in COORDINATORS
    if verb.tag_ not in NON_FINITE_TAGS or auxiliaries or is_passive(head):
        return False
    # under "haben" the participle is active, whatever "passive subject" the parse gave it ("hat zur
    # Mäßigung aufgerufen und die Freilassung verlangt")
    perfect = any(a.lemma_.lower() == "haben" for a in children(head, "aux"))
    return perfect or not children(verb, "nsubj:pass")


def shared_subject_of(first: Token) -> Token | None:
    """The first conjunct's subject, with a sentence adverb the parse took for it repaired."""
    subject = subject_of(first)
    if subject is not None and adverb_in_front(subject, first):
        return subject_after_the_verb(first)
    return subject


def misread_object(verb: Token, actors: ActorIndex) -> Span | None:
    """The actor of a noun the parse labelled the elliptical verb's subject: its object ("und rief
    Washington auf", "und bat die Nato um Schiffe")."""
    labelled = children(verb, "nsubj", "nsubj:pass")
    return next(filter(None, (actors.of_phrase(s) for s in labelled)), None)


# the words of a list of names in front of the verb besides LIST_SEPARATORS ("Neu-Delhi und Peking",
# "Berlin, Paris und Rom", "der französische Präsident Macron")
PREFIELD_POS = ("PROPN", "NOUN", "DET", "ADJ", "ADV", "X")
CLAUSE_OPENERS = {",", ";", ":", "und", "aber", "doch", "während"}


def own_prefield_subjects(verb: Token, actors: ActorIndex) -> list[Span]:
    """A coordinated or juxtaposed main clause with names of its own before its finite verb: they are
    its subject ("Washington und London monierten …, Neu-Delhi und Peking gratulierten der
    Regierungschefin", "…, Berlin und Paris bestellten die Botschafter ein"), whatever the parse
    hung them on (an apposition to the first clause's object). An article marking an object ("den
    Botschafter bestellte …") rules them out. So do
    the names before the finite verb of a reported clause with no subject of its own ("verkündete in Doha,
    Israel und die Hamas hätten sich geeinigt"), which the parse hung on the phrase before the comma."""
    reported = verb.dep_ in ("ccomp", "advcl") and subject_of(verb) is None
    if verb.dep_ not in ("conj", "parataxis") and not reported:
        return []
    finite = next((a for a in children(verb, "aux") if a.i < verb.i and finite_by_mood_or_tag(a)), None)
    finite = finite or (verb if finite_by_mood_or_tag(verb) else None)
    if finite is None:
        return []
    start = finite.i
    while start > verb.sent.start:
        token = verb.doc[start - 1]
        listed = token.lower_ in LIST_SEPARATORS and start < finite.i
        if not (token.pos_ in PREFIELD_POS or token.i in actors.by_token or listed):
            break
        if token.text == "," and (
            start - 2 < verb.sent.start or not _listed_name(verb.doc[start - 2], actors)
        ):
            break
        start -= 1
    prefield = verb.doc[start : finite.i]
    opener = verb.doc[start - 1].lower_ if start > verb.sent.start else None
    if (
        not prefield
        or opener not in CLAUSE_OPENERS
        or prefield[0].lower_ in LIST_SEPARATORS
        or prefield[0].pos_ == "ADV"
    ):
        return []
    # a name's case is the tagger's guess; an article's is marked
    articles = [t for t in prefield if t.pos_ == "DET"]
    if any(t.lower_ in OBJECT_ARTICLES or "Dat" in t.morph.get("Case") for t in articles):
        return []
    found = []
    for token in prefield:
        span = actors.by_token.get(token.i)
        if span is not None and span not in found:
            found.append(span)
    return found


def _listed_name(token: Token, actors: ActorIndex) -> bool:
    """A name before a comma that may open a list of subjects ("Washington, London und Paris …"); one
    in a prepositional phrase ("sagte in Berlin, Kiew und Moskau hätten …") ends the clause before."""
    return token.i in actors.by_token and preposition_of(token) is None
