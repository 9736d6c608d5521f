"""Factuality of an event: asserted, negated, future or hypothetical, read off its clause.

A speculative passage ("Möglich wären militärische Aktionen wie die Blockade …") must not yield a
blockade; a demanded action is not a performed one; a denied one did not happen.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

SUBJUNCTIVE_II = {
    "würde", "würden", "würdest", "könnte", "könnten", "wäre", "wären", "hätte", "hätten", "müsste",
    "müssten", "dürfte", "dürften", "möchte", "möchten", "stünde", "stünden", "ginge", "käme", "kämen",
    "would", "could", "might",
}  # fmt: skip
POSSIBILITY = {
    "möglich", "möglicherweise", "denkbar", "womöglich", "vielleicht", "eventuell", "gegebenenfalls",
    "notfalls", "theoretisch", "possibly", "perhaps", "maybe",
}  # fmt: skip
CONDITION_MARKS = {"wenn", "falls", "sofern", "ob", "if", "unless", "whether"}
NEGATIONS = {"nicht", "nie", "niemals", "keineswegs", "not", "never", "n't"}
POLITE_LISTING = re.compile(
    r"\bzu (nennen|erwähnen|verzeichnen) wären?\b|\bwären? (hier |da )?zu (nennen|erwähnen|verzeichnen)\b",
    re.IGNORECASE,
)
NEGATIVE_PRONOUN = re.compile(r"^(niemand|niemanden|niemandem|nichts|nobody|nothing|no one)$", re.IGNORECASE)
NEGATIVE_DETERMINER = re.compile(r"^(kein|keine|keinen|keinem|keiner|keines|no)$", re.IGNORECASE)
DENIAL_HEADS = re.compile(r"^(bestr[ie]t|dement|leugne|abstreit|stritt|deny|denie|denied)", re.IGNORECASE)
DEMAND_HEADS = re.compile(
    r"^(forder|verlang|rief|ruf|appellier|bitte|bat|dräng|drängt|mahnt|call|urg|demand|ask)", re.IGNORECASE
)
THREAT_HEADS = re.compile(r"^(droh|threat)", re.IGNORECASE)
CONDITIONAL_AUX = {"sollte", "sollten"}
FUTURE_AUX = {"wird", "werden", "werde", "wirst", "will", "shall"}
INTENT_HEADS = re.compile(
    r"^(plan|beabsichtig|kündigt|kündigte|angekündigt|ankündig|will|wollen|wollte|vorhab|hat vor|"
    r"soll|sollen|plans|planned|intend|announc|vow|pledg|promis)",
    re.IGNORECASE,
)
CLAUSE_HEADS = {"ROOT", "ccomp", "xcomp", "advcl", "parataxis", "csubj", "acl", "acl:relcl"}
GOVERNING = {"xcomp", "ccomp", "advcl", "csubj", "parataxis", "acl", "obj"}


def clause_verb(trigger: Token) -> Token:
    """The verb whose clause an event word belongs to (for a noun: the verb it hangs on)."""
    token = trigger
    for _ in range(8):
        # a word heading a clause is its verb, whatever tag a small model gave it ("bedrohe"/ADJ)
        if token.pos_ in ("VERB", "AUX") or token.dep_ in CLAUSE_HEADS or token.head is token:
            return token
        token = token.head
    return token


def _has_negation(verb: Token, trigger: Token) -> bool:
    scope = [verb, *(c for c in verb.children if c.dep_ in ("aux", "aux:pass", "cop"))]
    for token in scope:
        if any(c.lower_ in NEGATIONS for c in token.children if c.dep_ in ("advmod", "neg", "part")):
            return True
    nouns = [trigger, *(c for c in verb.children if c.dep_ in ("obj", "nsubj", "nsubj:pass", "obl"))]
    if any(NEGATIVE_PRONOUN.match(n.text) for n in nouns[1:]):  # "Russland bedrohe niemanden"
        return True
    if any(_negates_phrase(c) for n in nouns for c in n.children):
        return True
    return any(NEGATIVE_DETERMINER.match(c.text) for n in nouns for c in n.children if c.dep_ == "det") or (
        NEGATIVE_DETERMINER.match(trigger.text) is not None
    )


def _negates_phrase(token: Token) -> bool:
    """ "nicht" that the parser hangs on a phrase of the clause ("habe nicht die Absicht, … anzugreifen"),
    but not the "nicht nur … sondern auch" of an addition."""
    following = token.nbor(1).lower_ if token.i + 1 < len(token.doc) else ""
    return token.dep_ == "advmod" and token.lower_ in NEGATIONS and following != "nur"


def _governors(verb: Token) -> list[Token]:
    """Verbs above this clause that can change what it says (denials, demands, plans, conditions)."""
    chain, token = [], verb
    for _ in range(6):
        if token.dep_ not in GOVERNING and token.dep_ != "conj" or token.head is token:
            break
        token = token.head
        if token.dep_ != "conj" or token.pos_ in ("VERB", "AUX"):
            chain.append(token)
    return chain


def _words_in_clause(verb: Token) -> set[str]:
    words = {verb.lower_}
    for child in verb.children:
        if child.dep_ in ("aux", "aux:pass", "cop", "advmod", "mark", "advcl") or child.lower_ in POSSIBILITY:
            words.add(child.lower_)
    return words


def _verb_first_condition(verb: Token) -> bool:
    """A clause opened by "sollte(n)" is a condition ("Sollte die EU Sanktionen verhängen, …",
    "…, sollten auch sie die Zahlung verweigern")."""
    for aux in (c for c in verb.children if c.dep_ == "aux" and c.lower_ in CONDITIONAL_AUX):
        if aux.i == aux.sent.start or aux.doc[aux.i - 1].is_punct:
            return True
    return False


def modality_of(trigger: Token, sentence: Span, event_date: str | None, article_date: str | None) -> str:
    verb = clause_verb(trigger)
    governors = _governors(verb)
    clause_words = _words_in_clause(verb)
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    for governor in governors:
        marks |= {c.lower_ for c in governor.children if c.dep_ == "mark"}
    if sentence.text.rstrip().endswith("?"):
        return "hypothetical"
    # "Zu nennen wären …" lists facts politely: its Konjunktiv II is no hypothesis
    subjunctive = SUBJUNCTIVE_II if not POLITE_LISTING.search(sentence.text) else set()
    if marks & CONDITION_MARKS or clause_words & (subjunctive | POSSIBILITY) or _verb_first_condition(verb):
        return "hypothetical"
    if any(g.lower_ in subjunctive for g in governors):
        return "hypothetical"
    if any(THREAT_HEADS.match(g.text) or DEMAND_HEADS.match(g.text) for g in governors):
        return "hypothetical"
    if _has_negation(verb, trigger) or any(DENIAL_HEADS.match(g.text) for g in governors):
        return "negated"
    # UD marks the future "wird" as aux, the passive "wird" as aux:pass
    if any(c.lower_ in FUTURE_AUX for c in verb.children if c.dep_ == "aux"):
        return "future"
    infinitive = "Part" not in verb.morph.get("VerbForm") and not verb.lower_.startswith("ge")
    if any(INTENT_HEADS.match(g.text) for g in governors) or (
        infinitive and any(INTENT_HEADS.match(c.text) for c in verb.children if c.dep_ == "aux")
    ):
        return "future"
    if event_date and article_date and len(event_date) >= len(article_date) and event_date > article_date:
        return "future"
    return "asserted"
