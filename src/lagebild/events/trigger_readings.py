"""Readings that change the code of a matched row: a meeting one is ready for is an offer to meet (036),
an agreed act concludes an agreement (057), a "hybrid" war is coercion (170)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from lagebild.events.arguments import is_zu_infinitive
from lagebild.events.codebook import CONCLUDED_AGREEMENT, FORCE_ROOTS
from lagebild.events.event_clauses import NOMINAL_POS, content_clause
from lagebild.events.lexicon import LexiconEntry
from lagebild.events.modality_words import NEGATING_WORDS
from lagebild.events.trigger_objects import in_circumstance

# words that offer a meeting rather than report one: "bleibe offen für Gespräche", "sei bereit, … zu reden"
READINESS = {"bereit", "gesprächsbereit", "verhandlungsbereit", "bereitschaft", "angebot"}
INTENT_TO_MEET = "036"
# the adjective that makes a war or an attack one without arms ("hybrider Krieg"), and its code
HYBRID, COERCION = "hybrid", "170"
# the verb of agreeing, whose zu-infinitive of a concrete act concludes an agreement (057), and the
# words that make the agreed act cooperation, talks or their growth in general instead ("vereinbarten,
# den Handel auszuweiten" is an intent, 0311)
AGREEING = "vereinbaren"
COOPERATION_WORDS = {
    "abstimmen", "koordinieren", "zusammenarbeiten", "kooperieren", "zusammenarbeit", "kooperation",
    "beziehung", "dialog", "gespräch", "verhandlung", "austausch", "kontakt", "partnerschaft",
    "ausweiten", "ausbauen", "vertiefen", "stärken", "steigern", "intensivieren", "fortsetzen",
    "wiederaufnehmen", "aufnehmen", "fortführen", "verbessern", "erhöhen",
}  # fmt: skip
COMMON_NOUN = "NN"  # the STTS tag: not a name (a party, a place) nor a pronoun ("beide")
# the nouns of coordination and meeting that the verbs above do not spell: "vereinbarten eine engere
# Abstimmung", "… regelmäßige Konsultationen" declare the intent to work together (03x), no deal
COOPERATION_NOUNS = (
    "abstimmung",
    "koordinierung",
    "koordination",
    "konsultation",
    "konsultationen",
    "treffen",
)


def as_hybrid_war(entry: LexiconEntry, noun: Token | None) -> LexiconEntry:
    """A "hybrid" war or attack ("führt einen hybriden Krieg gegen uns": migrants pushed over the border,
    sabotage, disinformation) is pressure without arms: coercion (170), not fighting, as the banks code it."""
    if noun is None or entry.code[:2] not in FORCE_ROOTS:
        return entry
    if not any(c.dep_ == "amod" and c.lower_.startswith(HYBRID) for c in noun.children):
        return entry
    return replace(entry, code=COERCION)


def as_offer(entry: LexiconEntry, token: Token) -> LexiconEntry:
    """A meeting or negotiation that an actor declares itself ready or open for is an expressed intent
    to meet (036), not a meeting: "Das Bündnis bleibe offen für Gespräche mit Russland". One named as the
    time of the clause ("Nach einem Telefonat mit Washington erklärte sich Kiew bereit, …") took place:
    the readiness is for the clause's act."""
    if not entry.code.startswith("04") or in_circumstance(token, token.head):
        return entry
    near = [t for t in (token.head, token.head.head, *token.head.children, *token.children) if t.i != token.i]
    if any(t.lower_ in READINESS or t.lemma_.lower() in READINESS or _open_for(t) for t in near):
        return replace(entry, code=INTENT_TO_MEET)
    return entry


def as_agreed_act(entry: LexiconEntry, token: Token) -> LexiconEntry:
    """Agreeing to carry out an act together concludes an agreement (057): "vereinbarten, gemeinsam gegen
    Schmuggler vorzugehen", and so does agreeing on a deal the verb's rows do not list ("vereinbarten einen
    Plan für die Rückkehr", "die Zollpause, die beide vereinbart hatten"). Agreeing to coordinate, cooperate
    or talk stays the intent of the verb's rows (03x): "vereinbarten, sich enger abzustimmen", "… die
    Zusammenarbeit fortzusetzen", "vereinbarten eine engere Abstimmung"."""
    if entry.lemma != AGREEING or entry.objects:
        return entry
    if _agreed_deal(token):
        return replace(entry, code=CONCLUDED_AGREEMENT)
    # what was agreed, said in a "zu" infinitive or a finite clause ("vereinbarten, dass Australien U-Boote
    # kauft")
    acts = [c for c in token.children if c.i > token.i and (_agreed_infinitive(c) or content_clause(c))]
    # an act agreed not to be done is a pledge of restraint ("vereinbarten, nicht weiter zu eskalieren")
    concrete = [
        a
        for a in acts
        if not _names_cooperation(a) and not any(t.lower_ in NEGATING_WORDS for t in a.subtree if t.i < a.i)
    ]
    return replace(entry, code=CONCLUDED_AGREEMENT) if concrete else entry


def _agreed_infinitive(clause: Token) -> bool:
    return clause.dep_ in ("xcomp", "ccomp") and is_zu_infinitive(clause)


def _names_cooperation(act: Token) -> bool:
    words = [act, *(c for c in act.children if c.pos_ in NOMINAL_POS)]
    return any(w.lemma_.lower() in COOPERATION_WORDS for w in words)


def _agreed_deal(verb: Token) -> bool:
    """The verb's object names a deal: a common noun, or the noun a relative pronoun object stands for, that
    names no cooperation or talks in general (those nouns end in a word of `COOPERATION_WORDS` or
    `COOPERATION_NOUNS`: "Wirtschaftszusammenarbeit", "Abstimmung"). Where the verb also has a "zu" clause,
    the clause says what was agreed (`as_agreed_act`) and a noun before it is a misparse of the clause's
    object or of the parties ("vereinbarten beide, …", "hatten Niamey und Moskau vereinbart, …")."""
    if any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):
        return False
    for obj in (c for c in verb.children if c.dep_ == "obj"):
        noun = _antecedent_of_relative(obj) if obj.pos_ == "PRON" else obj
        if noun is not None and noun.tag_ == COMMON_NOUN:
            return not noun.lemma_.lower().endswith((*COOPERATION_WORDS, *COOPERATION_NOUNS))
    return False


def _antecedent_of_relative(pronoun: Token) -> Token | None:
    """The noun a relative pronoun opening its clause stands for, right before the clause's comma ("die
    Zollpause, die beide vereinbart hatten"), wherever the parse hung the clause."""
    if "Rel" not in pronoun.morph.get("PronType") or pronoun.i < 2:
        return None
    comma, noun = pronoun.nbor(-1), pronoun.nbor(-2)
    return noun if comma.text == "," else None


def _open_for(token: Token) -> bool:
    """ "offen für Gespräche", not "sprach offen mit …" (openly)."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.lower_ == "offen" and following is not None and following.lower_ == "für"
