"""Choosing among the lexicon rows a verb form matches: the most specific row, met by the verb's own
object, with its target slot filled; a crowd protests on the street."""

from __future__ import annotations

from spacy.tokens import Token

from lagebild.events.arguments import PATIENT_DEPS, REFLEXIVES, preposition_of
from lagebild.events.lexicon import LexiconEntry, noun_forms, target_prepositions
from lagebild.events.trigger_objects import names_someone

STREET_PROTEST_ROOT = "14"
PURPOSE_PREPOSITIONS = {"zu", "zur", "zum"}
# the numbers that name a crowd by its size ("Tausende", "Zehntausende", "Hunderte", "Dutzende")
CROWD_COUNTS = ("tausende", "hunderte", "dutzende")


def choose_row(
    candidates: list[tuple[LexiconEntry, Token | None]], verb: Token
) -> tuple[LexiconEntry, Token | None] | None:
    """The most specific entry: one whose object constraint is met beats one without a constraint;
    one met by the object beats one met only by a purpose phrase; among equals, one whose target slot
    the sentence fills with a name ("warnte Putin" 130) beats one without ("warnte vor einer
    Eskalation" 012), and a crowd protests on the street rather than to a government."""
    constrained = [c for c in candidates if c[0].objects]
    # "antwortete auf die Sanktionen mit Gegenmaßnahmen": what is answered is no instrument of the answer;
    # nor is the noun of a phrase another reading takes for its target ("stellte sich hinter den
    # Beschluss": the reading "hinter" backs it, the one that opposes a Beschluss does not apply)
    instruments = [c for c in constrained if not any(_in_target_phrase(c[1], o[0]) for o in candidates)]
    pool = instruments or constrained or candidates
    # the verb's own object names the act, a purpose phrase only why: "mobilisierte die Armee zur
    # Unterstützung der Grenzschützer" is a mobilisation (154), not support (053)
    pool = (
        [c for c in pool if not _purpose(c[1], verb)]
        if any(_direct_object(c[1], verb) and not _purpose(c[1], verb) for c in pool)
        else pool
    )
    # "wies die Warnungen als Einmischung zurück": what is turned back is the object, the "als" noun only
    # how it is described; the description decides only where the object itself names no act
    pool = [c for c in pool if not described_as(c[1])] or pool
    # a row that lists the noun itself beats one that only matches its compound head: "verstärkte die
    # Polizeipräsenz" is the row of "Polizeipräsenz" (153), not the one of "Präsenz" (154)
    pool = [c for c in pool if not _only_by_its_head(c, pool)]
    filled = [c for c in pool if _slot_filled(c[0].target, verb, c[1])]
    return (filled or _by_the_protesters(pool, verb) or pool or [None])[0]


def _only_by_its_head(candidate: tuple[LexiconEntry, Token | None], pool: list) -> bool:
    """The candidate's row matched its noun by the compound head only, while another row of the pool
    lists the noun itself."""
    entry, noun = candidate
    return (
        noun is not None
        and not _listed(noun, entry)
        and any(
            other is not entry and token is not None and token.i == noun.i and _listed(noun, other)
            for other, token in pool
        )
    )


def _listed(noun: Token, entry: LexiconEntry) -> bool:
    """The row names the noun among its objects, by lemma or inflected form (not just its head)."""
    text, lemma = noun.lower_, noun.lemma_.lower()
    return any(lemma == wanted or text in noun_forms(wanted) for wanted in entry.objects)


def _purpose(noun: Token | None, verb: Token) -> bool:
    """A noun of a "zu"/"zur"/"zum" phrase on the verb ("zur Unterstützung", "zum Schutz"), also where the
    parse hangs the phrase on the verb's object ("mobilisierte die Armee zur Unterstützung der
    Grenzschützer": the purpose of the mobilisation, not an attribute of the army)."""
    if noun is None or not any(c.dep_ == "case" and c.lower_ in PURPOSE_PREPOSITIONS for c in noun.children):
        return False
    head = noun.head
    return head.i == verb.i or head.dep_ in PATIENT_DEPS and head.head.i == verb.i


def described_as(noun: Token | None) -> bool:
    """A noun introduced by "als", which the parse often coordinates with the object ("die Kritik als
    Einmischung"): a description of the object, not the thing acted on."""
    return noun is not None and any(
        c.lower_ == "als" and c.dep_ in ("cc", "case", "mark") for c in noun.children
    )


def _direct_object(noun: Token | None, verb: Token) -> bool:
    """The noun is the verb's object or inside its phrase ("den Vorschlag einer Waffenruhe")."""
    if noun is None:
        return False
    token = noun
    while token.head.i != verb.i:
        if token.head.i == token.i:
            return False
        token = token.head
    return token.dep_ in PATIENT_DEPS


def _by_the_protesters(pool: list[tuple[LexiconEntry, Token | None]], verb: Token) -> list:
    """ "protestierten Tausende" with no "bei" for a government to protest to: crowds take to the street
    (14x), not to the embassy (114); a plural common noun is the crowd ("Dutzende Frauen", "Tausende")."""
    street = [c for c in pool if c[0].code.startswith(STREET_PROTEST_ROOT)]
    if not street or len(street) == len(pool):
        return []
    # protesting takes no object: a plural "object" is the crowd the parse misplaced ("protestierten
    # daraufhin Dutzende Frauen")
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "obj")]
    # "protestierten erneut Tausende" parsed as an attribute of the crowd it says protested
    subjects += [verb.head] if verb.dep_ == "amod" and verb.head.i > verb.i else []
    # a verb coordinated with an earlier one shares its subject ("Tausende zogen … und protestierten",
    # "Die Regierung wies das zurück und protestierte offiziell")
    shared = verb.dep_ == "conj" and not any(c.dep_.startswith("nsubj") for c in verb.children)
    subjects += [c for c in verb.head.children if c.dep_.startswith("nsubj")] if shared else []
    if any(_crowd(s) for s in subjects):
        return street
    # a government protests to someone ("protestierte bei der Botschaft") or is named as the one who
    # protests; where neither is, the protesters are a crowd the parse lost ("protestierten in
    # Bratislava Tausende", "einige Hundert Anhänger" taken for the object)
    named = any(names_someone(c) for c in subjects if c.dep_.startswith("nsubj"))
    addressed = any(g.dep_ == "case" and g.lower_ == "bei" for c in verb.children for g in c.children)
    return street if not named and not addressed else []


def _crowd(subject: Token) -> bool:
    """A plural of common nouns or a number ("Dutzende Frauen", "Tausende"); not a state named by a
    common noun ("die Vereinigten Staaten", tagged LOC; the NER may tag a crowd ORG)."""
    # a nationality the NER tags LOC is a crowd when counted ("Tausende Belarussen")
    counted = any(c.lower_.endswith(CROWD_COUNTS) for c in subject.children)
    named = subject.ent_type_ in ("LOC", "GPE") and not counted
    # a count noun is plural whatever the tagger says ("Tausende": Number=Sing in the news parse)
    plural = "Plur" in subject.morph.get("Number") or subject.lower_.endswith(CROWD_COUNTS) or counted
    return plural and subject.pos_ in ("NOUN", "PRON", "NUM") and not named


def _in_target_phrase(noun: Token | None, entry: LexiconEntry) -> bool:
    if noun is None or not entry.target.startswith("pp:"):
        return False
    return any(c.dep_ == "case" and c.lower_ in target_prepositions(entry.target) for c in noun.children)


def _slot_filled(target: str, verb: Token, matched: Token | None) -> bool:
    if target in ("obj", "dat"):
        slot = [c for c in verb.children if c.dep_ in ("obj", "iobj") and c.lower_ not in REFLEXIVES]
        # the news parser labels some bare objects "obl:arg" ("hat Seoul gewarnt"), as `coder._target` reads them
        slot += [c for c in verb.children if c.dep_ == "obl:arg" and preposition_of(c) is None]
        if target == "dat":
            slot = [c for c in slot if c.dep_ == "iobj" or "Dat" in c.morph.get("Case")]
    elif target.startswith("pp:"):
        prepositions = target_prepositions(target)
        # the partner may hang on the verb or on its object noun, whose phrase it completes ("setzte die
        # Verhandlungen mit Tokio aus", "verhängte Sanktionen gegen Minsk")
        phrases = [*verb.children, *(g for c in verb.children if c.dep_ in PATIENT_DEPS for g in c.children)]
        # or on the predicate the row matched ("äußerte sich enttäuscht über die Entscheidung", "über" on
        # "enttäuscht", xcomp in the news parse)
        phrases += [*matched.children] if matched is not None and matched.dep_ == "xcomp" else []
        slot = [c for c in phrases if any(g.dep_ == "case" and g.lower_ in prepositions for g in c.children)]
    else:
        return False
    return any(names_someone(t) for c in slot for t in c.subtree)
