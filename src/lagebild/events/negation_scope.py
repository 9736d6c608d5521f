"""Whether a negation, a denial or a refusal reaches the act, or only a word near it.

"nicht", "kein", "niemand" negate the act of their clause, but not the "nicht nur … sondern auch" of an
addition, the "keine zwei Tage" of a measured time or the "nicht unbeantwortet" of a litotes; a denied
or refused act ("bestritt, …", "weigerte sich, … zu", "verzichtete auf …") did not happen either.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from lagebild.events.arguments import lassen_of
from lagebild.events.event_clauses import NOMINAL_POS, next_token, own_clause, surface_clause, within
from lagebild.events.modality_words import DENIAL_HEADS, NEGATIONS, NEGATIVE_DETERMINERS, REFUSAL_HEADS
from lagebild.pipeline.word_classes import PARTICLE_DEPS

OCCURRING = {"zustande", "statt", "stattgefunden", "stattfinden", "erfolgt", "erfolgte"}
# "nicht nur", "nicht erst", "nicht zum ersten Mal", "nicht ohne": the act is done all the same
NOT_NEGATING_NEXT = {
    "nur", "bloß", "allein", "lediglich", "erst", "zuletzt", "umsonst", "zufällig", "ohne", "selten",
    "wenige", "weniger", "wenig", "minder", "only", "just", "merely",
}  # fmt: skip
# "nicht zum ersten Mal": the act is done again; "nicht zum Gipfel reisen" negates the trip
FIRST_TIME = ("zum", "ersten")
# "kaum noch": hardly any more
HARDLY, ANY_MORE = "kaum", "noch"
# "ebenso wenig", "genauso wenig" (also as one word): "neither", the act did not happen either
AS_LITTLE_WORDS = {"ebensowenig", "genausowenig"}
AS, LITTLE = {"ebenso", "genauso"}, "wenig"
QUANTIFIER_TAG = "PIAT"  # STTS: an attributive indefinite ("wenig Waffen")
NEGATIVE_PRONOUN = re.compile(r"^(niemand|niemanden|niemandem|nichts|nobody|nothing|no one)$", re.IGNORECASE)
# postponing, striking or cancelling a planned meeting; "sagte … ab" with its particle apart is the
# lexicon's verb row (`embedded_acts.CALLING_OFF`)
CALLING_OFF_HEADS = re.compile(
    r"^(verschob|verschieb|verschoben|strich|streich|gestrichen|abgesagt|storniert|annulliert)", re.IGNORECASE
)
# the nouns of meetings and visits, also as the head of a compound ("Staatsbesuch", "Gipfeltreffen")
MEETING_NOUNS = re.compile(
    r"(besuch|besuche|reise|treffen|gipfel|gespräch|gespräche|visite|konferenz|verhandlungen|sitzung|tagung|begegnung)$",
    re.IGNORECASE,
)
SPLIT_REFUSAL_STEM = re.compile(r"^lehn", re.IGNORECASE)
REJECTING_STEM = re.compile(r"^(lehn|ablehn|abgelehnt|abzulehn)", re.IGNORECASE)
# what is rejected as a demand, offer or request was said: rejecting it does not undo the saying
SAID_NOUNS = re.compile(
    r"(forderung|forderungen|antrag|anträge|angebot|angebote|vorschlag|vorschläge|bitte|bitten|ersuchen|"
    r"anfrage|anfragen|einladung|appell|appelle|aufruf|kritik|vorwurf|vorwürfe|vorstoß)$",
    re.IGNORECASE,
)
# the noun phrases a verb takes, whatever label the parser gave them ("niemanden"/obl:arg or xcomp)
NOMINAL_ARGUMENTS = {"obj", "nsubj", "nsubj:pass", "obl", "obl:arg", "iobj", "xcomp"}
NEGATION_PARTICLE = "PTKNEG"  # STTS: "nicht"
LITOTES = re.compile(r"^(un(beantwortet|gesühnt|gestraft|erwidert)|folgenlos)$", re.IGNORECASE)


def has_negation(verb: Token, trigger: Token) -> bool:
    """A negation of the act: on its verb or the verb's auxiliaries, anywhere in a verb's own clause,
    in the clause of a verb of taking place, or as a negative pronoun or determiner of its nouns."""
    scope = [verb, *(c for c in verb.children if c.dep_ in ("aux", "aux:pass", "cop") or _predicative(c))]
    # "ließen sich nicht überprüfen", "ließ die Grenze nicht schließen": the "lassen" the act's infinitive
    # hangs on is its verb (not one the parse hangs on a verb of saying: "versicherte, … nicht im Stich lassen")
    lassen = lassen_of(verb)
    scope += [lassen] if lassen is not None and lassen.i == verb.head.i else []
    for token in scope:
        if any(
            is_negating(c, trigger)
            for c in token.children
            if c.dep_ in ("advmod", "neg", "part", "cc") or _negation_read_as_clause(c)
        ):
            return True
    if _as_little(verb) or any(_as_little(c) for c in verb.children):
        return True  # the parser makes "wenig" the head or a complement ("Und eine Rüge ebenso wenig")
    clause = surface_clause(trigger)
    if trigger.i == verb.i and any(
        is_negating(t, trigger) and within(t, clause) and not _negates_attribute(t) for t in own_clause(verb)
    ):
        # the parser hangs "nicht" and "weder" on any phrase of the clause ("haben nicht miteinander
        # verhandelt", "weder Frankreich noch Italien haben … verhängt"): of a verb they negate the act,
        # within its own clause ("wies zurück, eine Vermittlung sei nicht nötig" rejects all the same)
        return True
    if _second_of_neither(trigger):
        return True
    if _said_to_occur(trigger, verb) and any(is_negating(t, trigger) for t in clause):
        return True  # "Die Gespräche kamen nicht zustande", "Das Treffen fand nicht statt"
    nouns = [trigger, *(c for c in verb.children if c.dep_ in ("obj", "nsubj", "nsubj:pass", "obl"))]
    arguments = [c for c in verb.children if c.dep_ in NOMINAL_ARGUMENTS]
    if any(NEGATIVE_PRONOUN.match(n.text) for n in arguments):  # "Russland bedrohe niemanden"
        return True
    if any(_stranded_determiner(c, trigger) for c in verb.children):
        return True  # "Garantien gab er keine"
    if any(_negates_phrase(c) and not _contrasted(c, trigger) for n in nouns for c in n.children):
        return True
    # the subject named as the act is not negated by a "kein" of the object: "Die Gespräche haben
    # keinen Durchbruch gebracht" (the talks were held)
    if trigger.i != verb.i and trigger.dep_ in ("nsubj", "nsubj:pass") and trigger.pos_ == "NOUN":
        nouns = [trigger]
    determiners = [c for n in nouns for c in n.children if c.dep_ == "det"]
    return any(is_negating_determiner(c) and not _contrasted(c, trigger) for c in determiners) or (
        is_negating_determiner(trigger)
    )


def _negation_read_as_clause(token: Token) -> bool:
    """A clause-final "nicht" after an adverb ("Moskau äußert sich dazu nicht"), which the news parser
    makes an xcomp of the verb: a negation particle is no clause, it negates the verb's act."""
    return token.dep_ == "xcomp" and token.tag_ == NEGATION_PARTICLE


def _predicative(token: Token) -> bool:
    """An adjective completing the verb ("nicht rückgängig gemacht", "hielt die Grenze nicht offen"): the
    news parser makes it an xcomp, a clause of its own, but a "nicht" on it negates the verb's act. One with
    a copula, subject or comma of its own is a clause ("wies zurück, Gespräche seien nicht nötig")."""
    own_clause = any(c.dep_ in ("cop", "nsubj", "nsubj:pass", "obj", "mark", "punct") for c in token.children)
    return token.dep_ == "xcomp" and token.pos_ in ("ADJ", "ADV") and not own_clause


def _negates_attribute(token: Token) -> bool:
    """ "in einer nicht bindenden Resolution verlangt", "eine nicht genannte Summe": the negation of an
    attribute of a noun negates the attribute, not the act, also where the parser hangs it on the noun
    ("den … nicht abgestimmten Schritt")."""
    if token.head.dep_ == "amod" and token.head.i > token.i:
        return True
    following = next_token(token)
    return (
        following is not None
        and following.dep_ == "amod"
        and following.head.i == token.head.i
        and token.head.pos_ in NOMINAL_POS
    )


def _stranded_determiner(token: Token, trigger: Token) -> bool:
    """A "kein" standing for its noun apart from it, hung on the verb: "Garantien gab er keine",
    "Einen Grund nannte er keinen"."""
    return (
        token.lower_ in NEGATIVE_DETERMINERS
        and token.dep_ not in ("det", "det:poss")
        and is_negating_determiner(token)
        and not _contrasted(token, trigger)
    )


def _said_to_occur(trigger: Token, verb: Token) -> bool:
    """The act is the subject of a verb of taking place ("Die Gespräche kamen nicht zustande")."""
    subject = trigger.head.i == verb.i and trigger.dep_ in ("nsubj", "nsubj:pass")
    return subject and any(t.lower_ in OCCURRING for t in surface_clause(trigger))


def is_negating(token: Token, trigger: Token) -> bool:
    """ "nicht", "nie", "weder", except where they negate no act: "nicht nur … sondern auch", "nicht
    zum ersten Mal", and "nicht X, sondern Y" with the act said of Y."""
    if _hardly_any_more(token) or _as_little(token):
        return True
    if token.lower_ not in NEGATIONS | {"weder"}:
        return False
    return not _adds_or_repeats(token) and not _contrasted(token, trigger)


def _as_little(token: Token) -> bool:
    """ "Ebenso wenig hat Rom … ausgewiesen", "Und eine Antwort aus Madrid ebenso wenig": the act is denied
    like the one before it. Before a noun it only counts the noun ("lieferte ebenso wenig Waffen wie …"):
    the act is done."""
    after = next_token(token)
    if token.tag_ == QUANTIFIER_TAG or (after is not None and after.pos_ == "NOUN"):
        return False
    if token.lower_ in AS_LITTLE_WORDS:
        return True
    return token.lower_ == LITTLE and token.i > 0 and token.doc[token.i - 1].lower_ in AS


def _hardly_any_more(token: Token) -> bool:
    """ "reden kaum noch miteinander", "beteiligte sich kaum noch": an act that has all but stopped is
    reported as not done; the parser hangs "kaum" on "noch" or on the verb. "kaum" alone ("kaum
    verhüllt", "Kaum im Amt, ließ er …") and "kaum mehr als" say nothing of the act's absence, nor does
    a "kaum noch" inside an attribute ("beschoss kaum noch zu verteidigende Stellungen", "kaum noch
    bewohnbare Häuser"), which grades the attribute, not the act."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    after = next_token(token)
    if token.lower_ == HARDLY and after is not None and after.lower_ == ANY_MORE:
        pair = (token, after)
    elif token.lower_ == ANY_MORE and before is not None and before.lower_ == HARDLY:
        pair = (before, token)
    else:
        return False
    return not _grades_attribute(pair)


def _grades_attribute(pair: tuple[Token, Token]) -> bool:
    """Whether "kaum noch" stands in a noun phrase: it hangs on a noun or adjective, or an attribute
    follows it (through the "zu" of a gerundive), which the parser often hangs on the verb all the same."""
    if any(t.head not in pair and t.head.pos_ in (*NOMINAL_POS, "ADJ") for t in pair):
        return True
    following = next_token(pair[1])
    if following is not None and following.lower_ == "zu":
        following = next_token(following)
    return following is not None and following.dep_ == "amod" and following.head.pos_ in NOMINAL_POS


def _adds_or_repeats(negation: Token) -> bool:
    """ "nicht nur", "nicht zum ersten Mal": the words after the negation say the act is done all the
    same (as well as another, or again)."""
    following = next_token(negation)
    if following is not None and following.lower_ in NOT_NEGATING_NEXT:
        return True
    words = negation.doc[negation.i + 1 : negation.i + 3]
    return tuple(t.lower_ for t in words) == FIRST_TIME


def _second_of_neither(trigger: Token) -> bool:
    """ "werde weder einknicken noch die Zusammenarbeit aufgeben": the act after the "noch" of a "weder …
    noch" is negated as the first is; the parser hangs both words on the first act. Alone, "noch" means
    "still"."""
    before = trigger.doc[trigger.sent.start : trigger.i]
    neither = next((t.i for t in before if t.lower_ == "weder"), None)
    if neither is None:
        return False
    nor = [t for t in before if t.lower_ == "noch" and t.i > neither]
    # the last "noch" opens the act's own part: a comma after it starts another clause
    return bool(nor) and not any(t.text in (",", ";") for t in trigger.doc[nor[-1].i : trigger.i])


def _contrasted(negation: Token, trigger: Token) -> bool:
    """ "kein Terrorismus, sondern Verteidigung gegen den Angriffskrieg": a "sondern" between the
    negation and the act says the act of what replaces the negated."""
    between = negation.doc[negation.i : trigger.i]
    return negation.i < trigger.i and any(t.lower_ == "sondern" for t in between)


def is_negating_determiner(token: Token) -> bool:
    """ "keine Sanktionen", not the "keine zwei Tage nach dem Angriff" of a measured time."""
    following = next_token(token)
    return token.lower_ in NEGATIVE_DETERMINERS and not (
        following is not None and (following.like_num or following.pos_ == "NUM")
    )


def _negates_phrase(token: Token) -> bool:
    """ "nicht" that the parser hangs on a phrase of the clause ("habe nicht die Absicht, … anzugreifen"),
    but not the "nicht nur … sondern auch" of an addition."""
    negation = token.dep_ == "advmod" and (token.lower_ in NEGATIONS or _as_little(token))
    return negation and not _adds_or_repeats(token) and not _negates_attribute(token)


def is_litotes(verb: Token) -> bool:
    """ "nicht unbeantwortet lassen", "nicht ungestraft lassen": two negations make a promise."""
    return any(LITOTES.match(t.text) for t in verb.subtree if t.i > verb.i - 8)


def refused(trigger: Token, verb: Token, governors: list[Token]) -> bool:
    """A denied or refused act: the clause of "bestritt", "weigerte sich", or the noun "verzichtete" or
    "verweigerte" takes ("verzichtete auf einen Angriff"). A denial nobody makes concedes the act
    ("bestreitet niemand")."""
    for governor in governors:
        if DENIAL_HEADS.match(governor.text) or REFUSAL_HEADS.match(governor.text):
            return not any(c.lower_ in NEGATIONS or NEGATIVE_PRONOUN.match(c.text) for c in governor.children)
    named = trigger.i != verb.i and trigger.head.i == verb.i and trigger.dep_ in ("obj", "obl", "obl:arg")
    refusing = REFUSAL_HEADS.match(verb.text) is not None or _split_refusal(verb)
    # "lehnte die Forderung ab": what is rejected was said ("verzichtete auf Kritik": it was not)
    rejecting = REJECTING_STEM.match(verb.text) is not None
    said = rejecting and SAID_NOUNS.search(trigger.text) is not None
    return named and refusing and not said and not has_negation(verb, verb)


def _split_refusal(verb: Token) -> bool:
    """ "Verhandlungen lehnt die UN-Mission ab": "ablehnen" with its particle after the object."""
    return SPLIT_REFUSAL_STEM.match(verb.text) is not None and any(
        c.dep_ in PARTICLE_DEPS and c.lower_ == "ab" for c in verb.children
    )


def called_off(trigger: Token, verb: Token) -> bool:
    """A meeting or visit postponed or called off did not take place: "hatte seine Reise nach Peking
    verschoben", "strich den Besuch des Vizepremiers", "Das Gipfeltreffen wurde abgesagt"."""
    slot = trigger.head.i == verb.i and trigger.dep_ in ("obj", "nsubj:pass", "nsubj")
    return (
        slot
        and trigger.pos_ == "NOUN"
        and MEETING_NOUNS.search(trigger.text) is not None
        and CALLING_OFF_HEADS.match(verb.text) is not None
    )


def denied_noun(trigger: Token, verb: Token) -> bool:
    """An act named as the object of a denial: "bestritt jegliche Angriffsabsichten"."""
    return trigger.i != verb.i and DENIAL_HEADS.match(verb.text) is not None
