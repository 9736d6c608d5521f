"""A verdict in reported speech: "Die Reaktion aus Paris sei ungerechtfertigt, sagte die Ministerin",
"Das Vorgehen Moskaus sei ein Skandal, erklärte er". The speaker disapproves (CAMEO 111) of whoever the
subject of the verdict names, just as "nannte die Reaktion aus Paris ungerechtfertigt" does; the words of
disapproval are those the lexicon lists for "nennen" (111), and words of approval denied ("Die
Entscheidung sei nicht hinnehmbar"): an approval denied is no negated praise but criticism, as the banks
code it ("nannte den Schritt nicht akzeptabel", `denied_approvals`). The words "nennen" reads as charges
accuse (112: "Die Anschläge seien eine Provokation des russischen Geheimdienstes"), of the side the subject or
else the predicate's attribute names. A clause may be the subject ("Dass Russland im Rat sitze, sei eine
Farce"): its own subject is judged. Any case of an act ("Jeder Schritt gegen ihn sei eine Kriegserklärung")
is one still to come: no charge. A verdict on an act of coercion or force
("Die Angriffe der türkischen Armee seien völkerrechtswidrig") charges its performer with the act: an
accusation (112), as the act reported in indirect speech is (`reported_acts`). A verdict on a charge
("Solche Anschuldigungen seien haltlos") denies it (016)."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from lagebild.events.arguments import (
    ActorIndex,
    conjunct_chain,
    is_definite,
    names_an_event,
    preposition_of,
    same_actor,
    side_named,
    side_of,
)
from lagebild.events.circumstances import clause_date
from lagebild.events.codebook import APPEAL_ROOT, JUDGING_ROOTS
from lagebild.events.conditional_reactions import ANY_CASE
from lagebild.events.context_targets import MEMBERS
from lagebild.events.event_clauses import clause_verb
from lagebild.events.lexicon import german_lexicon
from lagebild.events.modality_words import NEGATING_WORDS, NEGATIONS
from lagebild.events.reported_acts import ACCUSABLE_ROOTS
from lagebild.events.seat_sources import doer_reacted_to
from lagebild.events.word_events import word_event
from lagebild.pipeline.annotations import EventInfo
from lagebild.pipeline.word_classes import SUBJECT_DEPS

DISAPPROVAL = "111"
ACCUSATION = "112"
DENIAL = "016"
# what a denial rejects: a charge, claim or report, the lexicon's objects of "zurückweisen" (016)
CHARGES = frozenset(
    {
        "Vorwurf",
        "Vorwürfe",
        "Anschuldigung",
        "Anschuldigungen",
        "Beschuldigung",
        "Beschuldigungen",
        "Behauptung",
        "Behauptungen",
        "Unterstellung",
        "Unterstellungen",
        "Bericht",
        "Berichte",
        "Meldung",
        "Meldungen",
        "Darstellung",
        "Darstellungen",
        "Gerücht",
        "Gerüchte",
        "Spekulation",
        "Spekulationen",
        "Verdacht",
    }
)
# the verb whose predicates of disapproval (111) and of accusation (112 and its kinds) are the verdicts
VERDICT_VERB = "nennen"
VERDICT_CODES = (DISAPPROVAL, ACCUSATION)
VERDICT_CONFIDENCE = 0.5
# demonstratives standing alone that take up what was done ("…, das sei nicht akzeptabel")
ACTS_TAKEN_UP = ("das", "dies")
# the participle a verdict in the perfect hangs on ("gewesen", "geworden"; the tagger takes "verkommen" for
# a zu-infinitive)
PARTICIPLES = ("VAPP", "VVPP", "VVIZU")
BECOMING = ("werden", "verkommen")  # "sei zu einem Werkzeug geworden / verkommen"
# words of approval that, denied ("nicht hinnehmbar", "keineswegs vertretbar"), disapprove
APPROVALS = frozenset(
    {
        "akzeptabel",
        "hinnehmbar",
        "annehmbar",
        "tragbar",
        "vertretbar",
        "ratsam",
        "hilfreich",
        "angemessen",
        "zulässig",
        "legitim",
        "rechtmäßig",
        "verhältnismäßig",
        "nachvollziehbar",
        "zielführend",
    }
)


@cache
def _verdict_codes() -> dict[str, str]:
    """Each verdict word with its code: "sei eine Farce" disapproves (111), "sei eine Provokation" accuses
    (112), as "nannte es eine Farce / eine Provokation" does; a word of both keeps the disapproval."""
    rows = [
        e for e in german_lexicon().entries if e.lemma == VERDICT_VERB and e.code.startswith(VERDICT_CODES)
    ]
    codes: dict[str, str] = {}
    for row in sorted(rows, key=lambda row: row.code != DISAPPROVAL):
        for word in row.objects:
            codes.setdefault(word.lower(), row.code)
    return codes


def verdicts_in_reported_speech(
    sentence: Span, events: list[EventInfo], actors: ActorIndex, before: list[EventInfo]
) -> list[EventInfo]:
    """One disapproval per verdict in reported speech whose speaker is known; `before` are the events of
    the sentences before, whose doers an act named without its own ("Die Grenzverletzung") points back to."""
    # a verdict on an act coded already ("Die Angriffe … seien völkerrechtswidrig") is its accusation;
    # a charge called baseless ("Die Vorwürfe … seien unbegründet") may be a denial coded already
    acts = {t.i for e in events for t in e.trigger}
    # sides whose judgement the sentence codes already ("Cooper konterte, das sei unzulässig": 12x): the
    # verb framing the verdict knows better than a guess from before what it answers
    judging = {side_of(e.source) for e in events if e.source is not None and e.code[:2] in JUDGING_ROOTS}
    verdicts = (_verdict(predicate, actors, acts, before, judging) for predicate in sentence)
    return [v for v in verdicts if v is not None]


def _verdict(
    predicate: Token, actors: ActorIndex, acts: set[int], before: list[EventInfo], judging: set[str | None]
) -> EventInfo | None:
    word_code = _verdict_code(predicate)
    if word_code is None:
        return None
    speaker = actors.speakers.get(predicate.i)
    subject = _subject_of(_clause_of(predicate))
    if speaker is None or subject is None or acts & {subject.i, predicate.i} or _any_case(subject):
        return None
    charge = _names_charge(subject)
    judged = _doer_of_clause(subject, actors) if _is_subject_clause(subject) else side_named(subject, actors)
    if judged is None and word_code != DISAPPROVAL:
        judged = side_named(predicate, actors)  # "eine Provokation des russischen Geheimdienstes"
    act_before = not charge and _points_back_to_an_act(subject)
    if judged is None and act_before:
        if side_of(speaker) in judging:
            return None
        judged = _counterpart_before(speaker, before) or doer_reacted_to(speaker, before)
    if judged is None and not (charge or act_before or _names_a_thing(subject, predicate)):
        return None
    if judged is not None and same_actor(judged, speaker):
        return None
    code = (
        DENIAL if charge else ACCUSATION if word_code == DISAPPROVAL and _names_force(subject) else word_code
    )
    date = clause_date(clause_verb(predicate), predicate.sent, predicate.doc)
    return word_event(predicate, code, VERDICT_CONFIDENCE, speaker, judged, date)


def _verdict_code(predicate: Token) -> str | None:
    """The code of a predicate of disapproval or accusation with its copula in the subjunctive of reported
    speech ("sei", "seien"): itself or one of the predicates listed with it ("aggressiv und
    ungerechtfertigt"), not negated, or a word of approval denied ("sei nicht hinnehmbar", 111)."""
    # the words first: few tokens are verdicts, and they are the cheapest test
    code = DISAPPROVAL if denies_approval(predicate) else _word_code(predicate)
    if code is None:
        return None
    clause = _clause_of(predicate)
    copula = next((c for c in clause.children if c.dep_ in ("cop", "aux")), None) if clause else None
    return code if copula is not None and "Sub" in copula.morph.get("Mood") else None


def _word_code(predicate: Token) -> str | None:
    if any(c.lower_ in NEGATING_WORDS for c in predicate.children):
        return None
    codes = _verdict_codes()
    listed = [predicate, *conjunct_chain(predicate)]  # "aggressiv, unverständlich und ungerechtfertigt"
    found = (codes.get(p.lower_) or codes.get(p.lemma_.lower()) for p in listed)
    return next((code for code in found if code is not None), None)


def _any_case(subject: Token) -> bool:
    """ "Jeder Schritt gegen ihn sei eine Kriegserklärung": any case of an act is one still to come, whose
    verdict warns (`acts_filed_as_war`) and charges no one."""
    return any(c.dep_ == "det" and c.lower_.startswith(ANY_CASE) for c in subject.children)


def _subject_of(clause: Token | None) -> Token | None:
    """The verdict's subject: a phrase ("Das Vorgehen sei eine Farce"), else a clause before it ("Dass
    Russland im Rat sitze, sei eine Farce"; the parser hangs a "dass" clause on the predicate as an
    adverbial one), represented by its verb."""
    if clause is None:
        return None
    children = list(clause.children)
    phrase = next((c for c in children if c.dep_ == "nsubj"), None)
    if phrase is not None:
        return phrase
    return next((c for c in children if c.i < clause.i and _is_subject_clause(c)), None)


def _is_subject_clause(verb: Token) -> bool:
    if verb.dep_ == "csubj":
        return True
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "dass" for c in verb.children)


def _doer_of_clause(verb: Token, actors: ActorIndex) -> Span | None:
    """Whom a clause judged as a whole names as its subject: "Dass Russland im Rat sitze" judges Russia."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    return actors.of_phrase(subject) if subject is not None else None


def denies_approval(predicate: Token) -> bool:
    """A word of approval under a negation ("nicht akzeptabel", "keinesfalls hinnehmbar")."""
    return predicate.lower_ in APPROVALS and any(c.lower_ in NEGATIONS for c in predicate.children)


def _clause_of(predicate: Token) -> Token | None:
    """The token that carries the verdict's copula and subject: the predicate itself ("sei eine Farce");
    in the perfect, which the parser hangs on the participle as its object, the participle ("sei eine
    Farce gewesen"); for a verdict of what something has become, the participle of "werden" or
    "verkommen" ("sei zu einem Werkzeug geworden", "sei zu einem Anhängsel verkommen")."""
    if any(c.dep_ == "cop" for c in predicate.children):
        return predicate
    head = predicate.head
    if head.tag_ not in PARTICIPLES or head == predicate:
        return None
    if (
        head.lemma_ == "sein"
        and predicate.dep_ in ("obj", "pd", "advmod", "obl")
        and preposition_of(predicate) is None
    ):
        return head
    if head.lemma_ in BECOMING and preposition_of(predicate) == "zu":
        return head
    return None


def _names_charge(subject: Token) -> bool:
    """ "Die Vorwürfe seien haltlos", "Solche Behauptungen seien absurd": a verdict on a charge denies it,
    whether or not the sentence names the accuser (the gold guideline's target of a denial)."""
    return subject.lemma_ in CHARGES or subject.text in CHARGES


def _names_a_thing(subject: Token, predicate: Token) -> bool:
    """ "Die Konferenz sei eine Farce gewesen": a thing called by a noun of disapproval judges whoever is
    behind it, though the sentence names no side (target none); an adjective may judge a situation and no
    one ("Die Lage sei gefährlich")."""
    return subject.pos_ == "NOUN" and predicate.pos_ == "NOUN"


def _points_back_to_an_act(subject: Token) -> bool:
    """ "Die Grenzverletzung sei inakzeptabel", "Die Angriffe seien rücksichtslos", "…, das sei nicht
    akzeptabel": a definite act noun that names no side (by its ending or as a noun of the lexicon), or the
    demonstrative "das" / "dies", is an act reported before, which a verdict judges whatever word it uses
    (an adjective too): its target is whom the speaker was just reacting to, else the doer of the latest
    act of another side (`seat_sources.doer_reacted_to`), else none. A new act ("Eine Grenzschließung
    sei nicht hinnehmbar") has no doer yet."""
    # the copula right after it: verb-second, so a demonstrative, though the tagger may take it for a
    # relative pronoun (whose clause puts its verb last)
    demonstrative = subject.lower_ in ACTS_TAKEN_UP and subject.nbor(1).dep_ == "cop"
    return demonstrative or subject.pos_ == "NOUN" and names_an_event(subject) and is_definite(subject)


def _counterpart_before(speaker: Span, before: list[EventInfo]) -> Span | None:
    """The other side of the speaker's latest act before: a verdict goes on with the reaction it was
    voicing ("Indien kritisiert den Schritt Washingtons. Die Maßnahme sei unfair, sagte ein Sprecher"). A
    member's appeal to its own alliance or union voices none ("beantragte Konsultationen nach Artikel 4.
    Die Grenzverletzung sei inakzeptabel"): the verdict judges the side before it."""
    side = side_of(speaker)
    answered = (
        e.target
        for e in reversed(before)
        if e.source is not None and side_of(e.source) == side and not _appeal_to_own_union(e, side)
    )
    return next((t for t in answered if t is not None and side_of(t) not in (None, side)), None)


def _appeal_to_own_union(event: EventInfo, side: str | None) -> bool:
    return event.code.startswith(APPEAL_ROOT) and side in MEMBERS.get(side_of(event.target) or "", ())


def _names_force(subject: Token) -> bool:
    """The subject is a noun the lexicon reads as an act of coercion or force ("Angriffe", "Blockade")."""
    rows = german_lexicon().nouns_by_form.get(subject.lower_, ())
    return subject.pos_ == "NOUN" and any(row.code.startswith(ACCUSABLE_ROOTS) for row in rows)
