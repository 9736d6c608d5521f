"""A statement without a target slot is about whom its complement clause names: "Ob Lukaschenko
einlenkt, bezweifelt Landsbergis", "zeigte sich zuversichtlich, dass eine Einigung mit Budapest
gelingt", "erwägt, die Ausfuhr von Chips nach China zu beschränken", "räumte ein, Marschflugkörper
hätten ein ukrainisches Kriegsschiff zerstört"; so is a refusal without a target slot about whom the
refused act names ("weigerte sich, das Abkommen mit Pristina umzusetzen"). Only the clause the
statement governs counts, never a condition ("wenn der Westen nicht eingeht") or a clause beside it; a
denial is aimed at an accuser only where the sentence names one, so it takes no target from what it
denies."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import ActorIndex, clause_tokens, state_of_adjective
from lagebild.events.codebook import DENIAL_CODES, REJECTION_ROOT, STATEMENT_ROOT
from lagebild.events.event_clauses import VERBAL_POS, clause_verb
from lagebild.events.sentence_rules import DECLINE_COMMENT, FEAR_HEADS, speculative
from lagebild.events.targets_camps import other_camp
from lagebild.events.targets_parallel_clauses import spliced_main_clause
from lagebild.events.triggers import Trigger

COMPLEMENTS = ("ccomp", "xcomp", "csubj")
# an adverbial clause is a complement only as an indirect question or a "dass" clause ("Ob X
# einlenkt, bezweifelt Y" is parsed advcl)
COMPLEMENTIZERS = {"ob", "dass"}
UNSLOTTED = "none"
# statements, and refusals, whose refused act is the clause they govern ("weigerte sich, das Abkommen
# mit Pristina umzusetzen" is aimed at Kosovo)
TOPICAL_ROOTS = (STATEMENT_ROOT, REJECTION_ROOT)
# a denial (see above) and declining to say ("ließ offen, ob Kiew …": the gold aims it at no one)
UNAIMED = (*DENIAL_CODES, DECLINE_COMMENT)


def statement_topic(trigger: Trigger, source: Span, actors: ActorIndex) -> Span | None:
    """The first actor, or state named by an adjective, of another camp in the complement clause."""
    entry = trigger.entry
    if entry.code[:2] not in TOPICAL_ROOTS or entry.target != UNSLOTTED or entry.code in UNAIMED:
        return None
    verb = clause_verb(trigger.token)
    fear = FEAR_HEADS.match(trigger.token.text) is not None
    for clause in _complements(verb, fear):
        for token in clause_tokens(clause):
            named = actors.by_token.get(token.i) or state_of_adjective(token)
            if named is not None and other_camp(named, source):
                return named
    return None


def _complements(verb: Token, fear: bool) -> list[Token]:
    """Clauses the verb governs, also through a predicative adjective ("zeigte sich zuversichtlich,
    dass …" with the clause hung on the adjective); a clause with a verb, not a predicative adjective
    ("nannte das Treffen mit Blinken konstruktiv" judges the meeting, it does not address Blinken)."""
    heads = [verb, *(c for c in verb.children if c.pos_ == "ADJ")]
    return [
        c
        for head in heads
        for c in head.children
        if (c.dep_ in COMPLEMENTS or c.dep_ == "advcl" and _opening_word(c) in COMPLEMENTIZERS)
        and c.pos_ in VERBAL_POS
        # "sorgt sich, dass der Konflikt auf Moldau übergreifen könnte": a feared development names no
        # one the fear addresses (`sentence_rules.without_feared_developments` drops such a fear)
        and not (fear and speculative(c))
        # a main clause beside the statement, which the parse hung on it ("äußerten sich besorgt, die
        # EU rief zur Einhaltung auf"), is another actor's act, not what the statement is about
        and not spliced_main_clause(c)
    ]


def _opening_word(clause: Token) -> str:
    """The clause's first word, past the comma the news parser includes in it (", dass …")."""
    return next((t.lower_ for t in clause.subtree if not t.is_punct), "")
