"""The nouns that may complete a trigger verb: its objects, those a weak parse hung elsewhere in its
clause, and the people its object pronouns stand for; not those of a topic or circumstance phrase."""

from __future__ import annotations

from spacy.tokens import Token

from lagebild.events.arguments import (
    children,
    clause_tokens,
    first_conjunct,
    lassen_above,
    misparsed_as_attribute,
)
from lagebild.events.event_clauses import CLAUSE_HEADS, NOMINAL_POS, VERBAL_POS, rest_of_clause
from lagebild.events.trigger_particles import (
    after_the_embedded_clause,
    particle_after_embedded_clause,
    predicative_particles,
)
from lagebild.pipeline.annotations import ACTOR_REF_SPANS
from lagebild.pipeline.segmentation import sentence_before

OBJECT_DEPS = ("obj", "iobj", "obl", "obl:arg", "nsubj:pass", "nmod")
RELATIVE_CLAUSE = "acl:relcl"
RELATIVE_PRONOUN = "PRELS"
DIRECT_OBJECT = "obj"
TOPIC_PREPOSITIONS = {"über"}
# verbs of answering, whose "auf" phrase names the act answered, not how it is answered: "reagierte auf
# Trumps Drohung" is no threat of the one who reacts, "reagierte mit Drohungen" is
ANSWERING_STEMS = ("reagier", "antwort")
ANSWERED_PREPOSITION = "auf"
# the clauses before the verb that spell out a noun fronted with them ("Den Vorwurf, …, wies er zurück")
FRONTED_CONTENT_DEPS = ("ccomp", "advcl", "xcomp", "csubj")
# prepositions of a time or circumstance phrase, whose noun names an occasion or an earlier act, not what
# the verb does: "Nach dem Abzug der Truppen forderte …", "vereinbarten bei den Verhandlungen einen Austausch"
CIRCUMSTANCE_PREPOSITIONS = {"nach", "während", "seit", "anlässlich"}
# "bei" names an occasion only with a meeting ("beim Gipfeltreffen", "bei den Verhandlungen"); otherwise it
# names the matter refused, helped or worked on ("stellte sich beim Sanktionspaket quer")
OCCASION_PREPOSITIONS = {"bei", "beim"}
OCCASIONS = (
    "treffen", "gespräch", "gespräche", "gesprächen", "verhandlung", "verhandlungen", "besuch", "besuchs",
    "gipfel", "gipfels", "konferenz", "sitzung", "tagung", "telefonat", "begegnung", "runde", "reise",
)  # fmt: skip
# the nouns that make "im"/"am" a circumstance: "im Rahmen der Gespräche", "am Rande des Gipfels"
CIRCUMSTANCE_FRAMES = {"rahmen", "rande", "zuge", "vorfeld", "verlauf"}
# object pronouns and the (gender, number) of the nouns they may stand for; "sie" is feminine or plural
# (the tagger's features of the pronoun itself are unreliable), "es" mostly stands for no noun
OBJECT_PRONOUNS = {"ihn": (("Masc", "Sing"),), "sie": (("Fem", "Sing"), ("", "Plur"))}
# how the parser attaches a predicative adjective it took for a clause of its own: "bezeichnete … als
# ungerechtfertigt" (conj), "nannte das Treffen konstruktiv" (xcomp), "reagierte empört" (parataxis),
# "zeigte sich beunruhigt" (amod, which a verb cannot have), "zeigte sich empört" (ccomp), "reagierte
# empört" (cop, which the news parser gives a full verb's adjective)
PREDICATE_DEPS = ("conj", "xcomp", "parataxis", "amod", "ccomp", "cop")
# the verbs that really are auxiliaries or copulas; any other verb so labelled is a misparse
AUXILIARY_LEMMAS = {
    "sein", "haben", "werden", "können", "müssen", "sollen", "wollen", "dürfen", "mögen", "möchten",
}  # fmt: skip


def object_nouns(head: Token) -> list[Token]:
    """Nouns that may complete the verb: its objects first, then any noun of its clause (the parse of
    a small model often attaches them wrongly)."""
    direct = [c for c in head.children if c.dep_ in OBJECT_DEPS or _misparsed_object(c)]
    direct += [head.head] if demoted_full_verb(head) else []
    direct += [c for c in head.children if _misparsed_predicate(c)]
    # "stellte der Ukraine einen Kredit bereit": the object hangs off the particle parsed as predicate
    direct += [g for p in predicative_particles(head).values() for g in p.children if g.dep_ in OBJECT_DEPS]
    # "rief für die Region, in der …, den Ausnahmezustand aus": the object hangs off the stray particle
    closing = particle_after_embedded_clause(head) if head.pos_ in VERBAL_POS else None
    direct += [g for g in closing.children if g.dep_ in OBJECT_DEPS] if closing is not None else []
    direct += after_the_embedded_clause(closing) if closing is not None else []
    if head.dep_ in ("amod", "det", "acl") and head.head.pos_ in NOMINAL_POS:
        direct.append(head.head)  # "lehnte Waffenlieferungen ab" parsed as "lehnte" ← "Waffenlieferungen"
    # "der Vertrag, den Paris mit Berlin geschlossen hat": the noun a relative clause describes is the
    # object of its verb where the relative pronoun is
    direct += [head.head] if _relative_object(head) else []
    direct += _objects_of_its_lassen(head)
    direct += [g for c in direct for g in c.children if g.dep_ in ("conj", "nmod", "appos")]
    # a quoted predicate the parse hung on the object as its attribute: "nennt den Schritt „ungerecht“"
    direct += [g for c in children(head, "obj") for g in children(c, "acl") if _bare_predicate(g)]
    direct += _hung_on_a_later_clause(head)
    direct += _fronted_with_its_clause(head)
    direct += _middle_field(head) if misparsed_as_attribute(head) or _stray_conjunct(head) else []
    # adjectives and adverbs only ever match rows that list one ("bezeichnete … als ungerechtfertigt");
    # a manner adverb counts even where the tagger took it for a verb ("scharf angegriffen")
    taken = {t.i for t in direct} | {head.i}  # positions: comparing Token objects costs a call each
    rest = [
        t
        for t in _clause_with_noun_lists(head)
        if (t.pos_ in ("NOUN", "PROPN", "ADJ", "ADV") or t.dep_ == "advmod")
        and t.i not in taken
        and not _subject_of_another_predicate(t, head)
    ]
    return [
        t
        for t in direct + rest
        if not _in_topic_phrase(t, head) and not in_circumstance(t, head) and not answered_phrase(t, head)
    ]


def pronoun_antecedents(verb: Token) -> list[Token]:
    """The people the verb's object pronouns stand for ("wies ihn aus" after "den Botschafter", "nachdem
    Caracas sie ausgewiesen hatte" after "seine Diplomaten"): the nearest noun before the pronoun, in its
    sentence or the one before, of the pronoun's gender and number, where it names someone. Checked
    after the verb's own nouns."""
    antecedents = []
    for pronoun in verb.children:
        agreeing = OBJECT_PRONOUNS.get(pronoun.lower_)
        if agreeing is None or pronoun.pos_ != "PRON":
            continue
        sentence = pronoun.sent
        before = sentence_before(sentence)
        start = before.start if before is not None else sentence.start
        antecedent = next(
            (
                t
                for t in reversed(pronoun.doc[start : pronoun.i])
                if t.pos_ == "NOUN" and _agrees(t, agreeing)
            ),
            None,
        )
        # a person the actor stage found; a thing the pronoun may stand for is too often misread
        antecedents += [antecedent] if antecedent is not None and names_someone(antecedent) else []
    return antecedents


def _relative_object(verb: Token) -> bool:
    """Whether the verb heads a relative clause whose relative pronoun is its object ("den" in "der
    Vertrag, den Paris … geschlossen hat"), describing a noun."""
    return (
        verb.dep_ == RELATIVE_CLAUSE
        and verb.head.pos_ in NOMINAL_POS
        and any(c.tag_ == RELATIVE_PRONOUN and c.dep_ == DIRECT_OBJECT for c in verb.children)
    )


def _agrees(noun: Token, agreeing: tuple[tuple[str, str], ...]) -> bool:
    """The noun has one of the (gender, number) pairs; an empty gender takes any."""
    gender, number = noun.morph.get("Gender"), noun.morph.get("Number")
    return any((not g or g in gender) and n in number for g, n in agreeing)


def _clause_with_noun_lists(verb: Token) -> list[Token]:
    """The verb's clause with the nouns coordinated with its nouns, which `clause_tokens` leaves out
    with coordinated clauses: "lieferten sich Armee und Rebellen Gefechte" parsed as the list "Armee
    und … Gefechte"."""
    clause = clause_tokens(verb)
    # the news parse hangs the phrases of an idiom on its predicate ("stellte sich beim Sanktionspaket gegen
    # Russland quer", "beim" on "quer"): a predicate with no subject of its own is part of the clause
    clause += [t for p in children(verb, "xcomp") if _bare_predicate(p) for t in clause_tokens(p) if t != p]
    listed = [
        g
        for t in clause
        if t.pos_ in NOMINAL_POS
        for g in t.children
        if g.dep_ == "conj" and g.pos_ in NOMINAL_POS
    ]
    in_clause = {t.i for t in clause}
    return clause + [g for g in listed if g.i not in in_clause]


def _bare_predicate(token: Token) -> bool:
    """An adjective or adverb the verb takes as predicate; not one the parse gave a subject, an object or
    an auxiliary, a misread verb's clause ("hatte die Forderung entschieden zurückgewiesen")."""
    clausal = any(c.dep_.startswith("nsubj") or c.dep_ in ("obj", "aux") for c in token.children)
    return token.pos_ in ("ADJ", "ADV") and not clausal


def _subject_of_another_predicate(noun: Token, verb: Token) -> bool:
    """The subject of a predicate the parse hung inside the clause ("liefern sich … Gefechte, auch
    Panzer sind im Einsatz", "Einsatz" an obl of "liefern") is no object of the verb."""
    return noun.dep_.startswith("nsubj") and noun.head.i != verb.i


def _objects_of_its_lassen(verb: Token) -> list[Token]:
    """A causative "lassen" shares its object with the infinitive it governs, and the parse hangs the
    object on "lassen" ("Spanien ließ Soldaten an die Grenze verlegen", "ließ das Schiff anlegen")."""
    lassen = lassen_above(verb)
    if lassen is None:
        return []
    return [c for c in lassen.children if c.dep_ in OBJECT_DEPS and c.i != verb.i]


def _stray_conjunct(verb: Token) -> bool:
    """A verb the parse coordinated with the word right before it, with no "und" or comma between
    ("Ungewöhnlich scharf ging …": "ging" conj of "scharf"), heads a clause the parse gave away."""
    between = verb.doc[verb.head.i + 1 : verb.i]
    return (
        verb.dep_ == "conj"
        and verb.head.i < verb.i
        and not any(t.is_punct or t.pos_ == "CCONJ" for t in between)
    )


def _middle_field(verb: Token) -> list[Token]:
    """The nouns after a verb the parse made an attribute ("ging US-Botschafterin X mit Belarus ins
    Gericht", "ging" ← "US-Botschafterin") or a stray conjunct: its clause runs on to the next comma or
    verb."""
    return [t for t in rest_of_clause(verb) if t.pos_ in NOMINAL_POS]


def _hung_on_a_later_clause(verb: Token) -> list[Token]:
    """Nouns between the verb and the next comma that the parse gave to the clause after the comma
    ("sprach von einer Lüge, getroffen worden sei nur …": "Lüge" made the agent of "getroffen"); word
    order keeps them in the verb's clause."""
    found = []
    for token in rest_of_clause(verb):
        head = token.head
        beyond_comma = head.i > token.i and any(t.is_punct for t in verb.doc[token.i + 1 : head.i])
        if token.pos_ in NOMINAL_POS and beyond_comma:
            found.append(token)
    return found


def _fronted_with_its_clause(verb: Token) -> list[Token]:
    """The noun that opens the sentence before the clause that spells it out, which the parse made that
    clause's own word ("Den Vorwurf, Pretoria stehe auf der Seite Moskaus, wies der Minister zurück":
    "Vorwurf" the object of "stehe"): the clause hangs on the verb, so the noun is the verb's."""
    found = []
    for clause in verb.children:
        if clause.dep_ not in FRONTED_CONTENT_DEPS or clause.i > verb.i:
            continue
        for noun in clause.children:
            opens = noun.left_edge.i == verb.sent.start and noun.i + 1 < clause.i
            if noun.pos_ == "NOUN" and opens and verb.doc[noun.i + 1].text == ",":
                found.append(noun)
    return found


def _in_topic_phrase(noun: Token, verb: Token) -> bool:
    """A noun in an "über" phrase is what is talked about, not what is done or charged: "sprach mit
    Biden über die Annexion" is a meeting, "sprach von einer Annexion" an accusation."""
    token = noun
    while token.i != verb.i and token.head.i != token.i:  # spaCy makes a new Token object per access
        if any(c.dep_ == "case" and c.lower_ in TOPIC_PREPOSITIONS for c in token.children):
            return True
        token = token.head
    return False


def answered_phrase(noun: Token, verb: Token) -> bool:
    """A noun in the "auf" phrase of a verb of answering names the other side's act ("hat auf Trumps
    Drohung nicht reagiert", "antwortete auf die Sanktionen"), which is its own event, if any. The
    phrase is known by the word that opens it: the parse often hangs "auf" on the owner ("Trumps")."""
    if not verb.lower_.startswith(ANSWERING_STEMS):
        return False
    noun = first_conjunct(noun, None)  # "auf die Sanktionen und Drohungen"
    opener = noun.left_edge
    if opener.pos_ != "ADP" and opener.i > opener.sent.start:
        opener = noun.doc[opener.i - 1]
    return opener.pos_ == "ADP" and opener.lower_ == ANSWERED_PREPOSITION


def _misparsed_predicate(child: Token) -> bool:
    """A predicative adjective or participle the parser made a clause of its own (PREDICATE_DEPS)."""
    # a "verb" without a subject of its own there is an adjective or participle the tagger missed
    bare_verb = child.pos_ == "VERB" and not any(c.dep_.startswith("nsubj") for c in child.children)
    # "für" before an adjective or participle marks a predicate ("erklärte … für gescheitert"), which the
    # news parser may make an adverbial clause, hang the subject and object on, or give "für" any label
    # ("hat die Gespräche für gescheitert erklärt": "Gespräche" obj of "gescheitert")
    judged = child.dep_ in (*PREDICATE_DEPS, "advcl") and any(
        c.lower_ == "für" and c.i < child.i for c in child.children
    )
    # the tagger maps a predicative adjective (ADJD) to ADV now and then ("nannte das Vorgehen
    # unverantwortlich")
    adjective = child.pos_ == "ADJ" or child.tag_ == "ADJD"
    if judged and (adjective or child.pos_ == "VERB"):
        return True
    return child.dep_ in PREDICATE_DEPS and (adjective or bare_verb)


def _misparsed_object(child: Token) -> bool:
    """A noun the parser made a predicate complement ("setzten … Wasserwerfer ein" as xcomp) or a
    conjunct of the verb ("feuerte mehr als 300 Drohnen … ab", "Drohnen" as conj)."""
    return child.dep_ in ("xcomp", "conj") and child.pos_ in NOMINAL_POS


def names_someone(token: Token) -> bool:
    """A name, a pronoun, or a role the actor stage resolved ("ihren Amtskollegen")."""
    if token.ent_type_ in ("PER", "ORG", "LOC", "GPE") or token.pos_ == "PRON" and token.dep_ != "det":
        return True
    return any(span.start <= token.i < span.end for span in token.doc.spans.get(ACTOR_REF_SPANS, []))


def demoted_full_verb(token: Token) -> bool:
    """A full verb the parser made the auxiliary or copula of its predicative adjective ("zeigten sich
    besorgt": "zeigten" aux of "besorgt"), which then holds the clause's subject and pronoun; or the
    complement of a predicative participle right after it that the parser took for the finite verb
    ("Kiew reagiert empört": "empört" the clause's head, "reagiert" its xcomp). Not where the participle
    heads another clause as well ("reagierten empört, auch Baerbock bedauerte …"): that clause would be
    read as what the reaction says."""
    if token.dep_ == "xcomp":
        participle = token.head
        other_clauses = [c for c in participle.children if c.dep_ in CLAUSE_HEADS and c != token]
        return (
            participle.i == token.i + 1
            and participle.dep_ == "ROOT"
            and participle.tag_ == "VVFIN"
            and not other_clauses
        )
    return (
        token.dep_ in ("aux", "cop")
        and token.lemma_.lower() not in AUXILIARY_LEMMAS
        and token.head.i > token.i
        and token.head.pos_ in ("ADJ", "VERB")
    )


def in_circumstance(noun: Token, verb: Token) -> bool:
    """The noun heads a time or circumstance phrase of the verb, or is a genitive in one, which names
    the occasion or an earlier act, not what the verb does: "Nach der Verhängung neuer Sanktionen
    forderte Peking Verhandlungen" demands talks, "vereinbarten bei den Verhandlungen einen Austausch"
    agrees on an exchange, "beschlossen am Rande des Gipfels Sanktionen" decides sanctions. An object
    the parse hung on the phrase ("bei der WTO Klage einreichen", "Klage" an appos) is not in it."""
    token = noun
    while token.head.i != verb.i:
        if token.head.i == token.i or not _inside_its_phrase(token):
            return False  # not in a phrase of this verb
        token = token.head
    cases = [c.lower_ for c in token.children if c.dep_ == "case"]
    if token.lower_ in CIRCUMSTANCE_FRAMES:
        return any(c in ("im", "am") for c in cases)
    occasion = token.lower_.endswith(OCCASIONS) and any(c in OCCASION_PREPOSITIONS for c in cases)
    return occasion or any(c in CIRCUMSTANCE_PREPOSITIONS for c in cases)


def _inside_its_phrase(token: Token) -> bool:
    """A genitive attribute or a conjunct belongs to the phrase of its head ("nach zehn Tagen zäher
    Verhandlungen", "im Rahmen der Gespräche"); an accusative hung on it is a misparsed object, and so is
    an "als" predicate the parse joined to it ("bezeichnete Russland nach dem Treffen als Verbündeten")."""
    if token.dep_ == "conj":
        return not any(c.tag_ == "KOKOM" for c in token.children)
    return token.dep_.startswith("nmod") and "Gen" in token.morph.get("Case")
