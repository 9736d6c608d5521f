"""The modality the clauses around an act's clause give it, read off the words between the commas.

The parser often misattaches a content clause, so the clause that frames it is found by the commas:
"Es ist denkbar, dass …" (hypothetical), "weigerte sich, … zu" (negated), "kündigte an, … zu" (future),
"Falls Nordkorea testet, will Japan …" (a consequence, hypothetical); and an act named by a noun is
framed by its own clause ("Eine Invasion Taiwans gilt als realistisches Szenario").
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from lagebild.events.arguments import is_zu_infinitive
from lagebild.events.conditions import CONDITIONAL_AUX, is_concessive, opens_condition, spoken_by_someone
from lagebild.events.event_clauses import (
    VERBAL_POS,
    clause_after,
    clause_before,
    clause_verb,
    has_pair,
    surface_clause,
)
from lagebild.events.modality_words import (
    BELIEF_HEADS,
    CONDITION_MARKS,
    CONTENT_MARKS,
    DEMAND_HEADS,
    DENIAL_HEADS,
    DOUBT_STEMS,
    FUTURE_AUX,
    NEGATING_WORDS,
    PLANNING_WORDS,
    POSSIBILITY,
    REFUSAL_HEADS,
    SPLIT_BELIEF_HEADS,
    SUBJUNCTIVE_II,
    THAT_MARKS,
    THREAT_HEADS,
)
from lagebild.events.negation_scope import is_negating, is_negating_determiner
from lagebild.events.speculation import SCENARIO_NOUNS

# the content clauses' marks, with "wonach" (what a report says) and the English ones
CONTENT_OPENERS = CONTENT_MARKS | {"wonach", "that", "whether"}
# "ohne … zu", "statt … zu", "ohne dass": the act was left undone
OMISSION_OPENERS = {"ohne", "statt", "anstatt", "anstelle"}
# what is weighed, expected, feared or open: "Es ist denkbar, dass …", "Kiew setzt darauf, dass …",
# "Paris spielt mit dem Gedanken, …", "Im Gespräch ist, dass …", "Unklar ist, ob …"
OPEN_WORDS = {"unklar", "fraglich", "ungewiss", "gedanken", "gedanke", "idee", "option", "hypothese"}
# an indirect question is left open: "…, blieb offen", "hat offengelassen, wann …"
LEFT_OPEN = {"offen", "offengelassen", "offenlassen"}
# the words that open an indirect question of when, where or which act comes (the tagger may call "Wann" a
# name); not "warum" or "worüber", which take the act as given ("Warum Moskau die Gespräche abbrach, ist
# unklar"), nor "wie", which also compares ("Wie Reuters meldete, …")
INDIRECT_QUESTION_WORDS = {
    "wann", "wo", "wohin", "welche", "welcher", "welches", "welchen", "welchem", "wen", "wem", "inwieweit",
}  # fmt: skip
# "steht im Raum", "ist im Gespräch", "zur Debatte": not "im Raum Charkiw" or "im Gespräch mit …"
OPEN_PHRASES = re.compile(
    r"\b(im raum|im gespräch|zur debatte|zur diskussion|in erwägung|auf dem tisch)$", re.IGNORECASE
)
OPEN_HEADS = re.compile(
    r"^(erwäg|erwog|überleg|prüf|diskutier|debattier|spekulier|nachdenk|nachgedacht|rechne|rechnet|"
    rf"erwart|hoff|befürcht|fürcht|sorg|{DOUBT_STEMS}|vermut|warn|wünsch|poch|dring|beharr|insistier)",
    re.IGNORECASE,
)
# verbs that need their particle to frame: "denkt über … nach", "setzt darauf", "geht davon aus"
SPLIT_OPEN_HEADS = {
    ("denk", "nach"),
    ("dach", "nach"),
    ("setz", "darauf"),
    ("geh", "davon"),
    ("ging", "davon"),
    # advocating: "sprach sich dafür aus, … zu", "setzt sich dafür ein", "tritt dafür ein"
    ("sprach", "dafür"),
    ("sprech", "dafür"),
    ("sprich", "dafür"),
    ("setz", "dafür"),
    ("trat", "dafür"),
    ("tritt", "dafür"),
}
SPLIT_REFUSAL_HEADS = {
    ("lehn", "ab"),
    ("schließ", "aus"),
    ("schloss", "aus"),
    ("weis", "zurück"),
    ("wies", "zurück"),
}
INTENT_NOUNS = {"absicht", "absichten", "plan", "pläne", "plänen", "vorhaben"}
# readiness shown is an intent of its own, which the intent rows code; readiness denied leaves the act undone
READINESS_NOUNS = {"bereitschaft"}
# "ein möglicher Angriff", "die drohende Blockade"
POSSIBLE_QUALIFIERS = re.compile(
    r"^(möglich|denkbar|eventuell|etwaig|wahrscheinlich|drohend|befürchtet|hypothetisch|potenziell|potentiell)",
    re.IGNORECASE,
)
# "Polen will, dass die EU …": what a source wants done is demanded
# what is called needed is not yet done: "Es ist höchste Zeit, dass die EU …", "Nötig ist, dass …",
# "Entscheidend ist, dass Wien nicht einknickt" (what matters is what the writer asks for)
NEEDED = {
    "zeit", "nötig", "notwendig", "erforderlich", "geboten", "überfällig", "unerlässlich", "unabdingbar",
    "entscheidend",
}  # fmt: skip
WANTING = {"will", "wollen", "wollte", "wollten", "möchte", "möchten"}
SPLIT_PLANNING_HEADS = {
    ("sieh", "vor"),
    ("sah", "vor"),
    ("bereit", "vor"),
    ("hat", "vor"),
    ("haben", "vor"),
    ("kündig", "an"),
    ("steh", "bevor"),
}
PLANNING_HEADS = re.compile(
    r"^(angekündigt|ankündig|versproch|versprach|versprech|zugesichert)", re.IGNORECASE
)
PERFECT_FINITE = {
    "habe", "haben", "hat", "hätte", "hätten", "sei", "seien", "ist", "sind", "war", "waren", "wurde",
    "wurden", "worden",
}  # fmt: skip
# "Angenommen, Nordkorea greift Japan an": the sentence sets up a scenario
SCENARIO_OPENING = re.compile(
    r"^\W*(angenommen|gesetzt den fall|nehmen wir an|stellen wir uns vor|man stelle sich vor)\b",
    re.IGNORECASE,
)


def surface_framing(trigger: Token) -> str | None:
    """The modality the clauses around the trigger's clause give it, read off the words alone."""
    clause = surface_clause(trigger)
    first = clause[0].lower_
    if SCENARIO_OPENING.match(trigger.sent.text):
        return "hypothetical"
    # "ohne" also opens a phrase ("Ohne Zustimmung des Parlaments …", "Ohne zu zögern verhängte …"): only
    # the act of an "ohne … zu" infinitive or an "ohne dass" clause is left undone
    if first in OMISSION_OPENERS and (
        first != "ohne" or _omitted_infinitive(trigger) or any(t.lower_ in THAT_MARKS for t in clause)
    ):
        return "negated"
    if (first in CONDITION_MARKS and not is_concessive(clause[0])) or first in CONDITIONAL_AUX:
        return "hypothetical"
    if trigger.pos_ == "NOUN":
        noun_framing = _noun_framing(trigger, clause)
        if noun_framing is not None:
            return noun_framing
    before, after = clause_before(clause), clause_after(clause)
    if first in THAT_MARKS and before is not None and {t.lower_ for t in before} & (WANTING | NEEDED):
        return "hypothetical"
    if first in THAT_MARKS and before is not None and _predicted(before, clause):
        return "hypothetical"
    if _open_question(clause, before, after):
        return "hypothetical"
    if _is_content_clause(clause, trigger):
        # "Dass China Taiwan angreift, halten Experten für unwahrscheinlich": the frame follows
        frame = before if before is not None else after
        return _framing_of_clause(frame, clause) if frame is not None else None
    # "Falls Nordkorea testet, will Japan …", "Japan verhängt Sanktionen, falls …": a consequence
    conditions = [c for c in (before, after) if c is not None and opens_condition(c)]
    if conditions and not spoken_by_someone(clause_verb(trigger), trigger):
        return "hypothetical"
    return None


def _open_question(clause: Span, before: Span | None, after: Span | None) -> bool:
    """ "Wann das Gericht über den Antrag verhandelt, blieb zunächst offen", "Unklar ist, wann Moskau
    antwortet": an indirect question its frame leaves open asks whether and when the act comes. Not a
    comparison ("Wie das Ministerium mitteilte, …") nor a direct question."""
    if clause[0].lower_ not in INDIRECT_QUESTION_WORDS or clause[0].sent.text.rstrip().endswith("?"):
        return False
    frame = before if before is not None else after
    return frame is not None and bool({t.lower_ for t in frame} & (OPEN_WORDS | LEFT_OPEN))


def _is_content_clause(clause: Span, trigger: Token) -> bool:
    """A clause that says what another one frames: "dass …", "ob …", "wonach …", a "zu" infinitive."""
    first = clause[0].lower_
    if first in CONTENT_OPENERS:
        return True
    return _has_zu_infinitive(clause, trigger) and first not in OMISSION_OPENERS | {"um"}


def _has_zu_infinitive(clause: Span, trigger: Token) -> bool:
    return is_zu_infinitive(trigger) or any(
        t.lower_ == "zu" and t.i + 1 < clause.end and t.nbor(1).pos_ in VERBAL_POS for t in clause
    )


def _omitted_infinitive(trigger: Token) -> bool:
    return is_zu_infinitive(trigger) or is_zu_infinitive(clause_verb(trigger))


def _framing_of_clause(clause: Span, content: Span) -> str | None:
    """What a framing clause makes of the clause it frames: weighed, feared or open → hypothetical;
    refused or denied → negated; planned or announced → future. A warning or fear of what has already
    happened ("Die NATO warnte, Russland habe Truppen zusammengezogen") reports it."""
    clause = _governing_part(clause, content)
    words = {t.lower_ for t in clause}
    negated = bool(words & (NEGATING_WORDS | {"niemand"}))
    heads = [t.text for t in clause]
    ruling_out = has_pair(clause, {("schließ", "aus"), ("schloss", "aus")}) or words & {
        "ausgeschlossen",
        "auszuschließen",
    }
    if ruling_out and negated:
        return "hypothetical"  # "schließt nicht aus, dass …": a possibility
    if "denkt" in words and "daran" in words and negated:
        return "negated"  # "denkt nicht daran, … zu": a refusal
    if words & INTENT_NOUNS:
        # "habe keine Pläne, … einzumarschieren", "hat die Absicht, … zu": an intention, or none
        return "negated" if negated else "future"
    if words & READINESS_NOUNS and negated:
        return "negated"  # "zeigte keine Bereitschaft, … zuzulassen": no one is ready to do it
    if words & (OPEN_WORDS | POSSIBILITY | SUBJUNCTIVE_II) or _open_phrase(clause):
        return "hypothetical"
    prospect = any(OPEN_HEADS.match(h) or DEMAND_HEADS.match(h) or THREAT_HEADS.match(h) for h in heads)
    if (prospect or has_pair(clause, SPLIT_OPEN_HEADS)) and not _tells_the_past(content):
        return "hypothetical"
    refused = any(REFUSAL_HEADS.match(h) or DENIAL_HEADS.match(h) for h in heads) or has_pair(
        clause, SPLIT_REFUSAL_HEADS
    )
    if refused or ruling_out:
        return None if negated else "negated"  # "bestreitet niemand": conceded
    # a verb that plans: "kündigte an, … zu"; the noun "die Ankündigung, … zu" names an act of its own
    # whose content the gold keeps asserted ("Ankündigung …, die Gespräche auszusetzen")
    # a participle opening the sentence may be tagged a noun ("Geplant ist, dass …"); "Planen" is one
    verbs = [t.text for t in clause if t.pos_ != "NOUN" or _participle_of_planning(t)]
    if any(PLANNING_WORDS.match(h) or PLANNING_HEADS.match(h) for h in verbs) or has_pair(
        clause, SPLIT_PLANNING_HEADS
    ):
        # "haben nicht vor, … zu": no plan, as "keine Pläne"; "kündigte nicht nur an" plans all the same
        unplanned = any(is_negating(t, t) or is_negating_determiner(t) for t in clause)
        return "negated" if unplanned else "future"
    return None


def _participle_of_planning(token: Token) -> bool:
    """A planning participle the tagger took for a noun ("Geplant", "Vorgesehen"); a capitalised
    "Planen" is a noun indeed ("die Planen", "das Planen")."""
    return bool(PLANNING_WORDS.match(token.text)) and not token.lower_.startswith("plan")


def _governing_part(frame: Span, content: Span) -> Span:
    """Of a frame that coordinates verbs before its content, the last verb's part, which governs it:
    "rief Moskau zu einer Waffenruhe auf und kündigte an, … zu liefern" announces, it asks nothing."""
    if frame.end > content.start:
        return frame
    joins = [t.i for t in frame if t.dep_ == "cc" and t.head.pos_ in VERBAL_POS and t.head.i > t.i]
    return frame.doc[joins[-1] + 1 : frame.end] if joins and joins[-1] + 1 < frame.end else frame


def _open_phrase(clause: Span) -> bool:
    """ "im Raum", "zur Debatte" … ending the clause or followed by its verb, not by a name or "mit"."""
    for token in clause:
        following = token.nbor(1) if token.i + 1 < clause.end else None
        if following is not None and following.pos_ in ("ADP", "NOUN", "PROPN"):
            continue
        if OPEN_PHRASES.search(token.doc[max(clause.start, token.i - 3) : token.i + 1].text):
            return True
    return False


def _tells_the_past(content: Span) -> bool:
    """A clause in the perfect or the preterite ("…, Russland habe Truppen zusammengezogen")."""
    return any(
        t.lower_ in PERFECT_FINITE or ("Past" in t.morph.get("Tense") and "Fin" in t.morph.get("VerbForm"))
        for t in content
    )


def _noun_framing(noun: Token, clause: Span) -> str | None:
    """An act named by a noun: "Eine Ausweisung … steht im Raum", "Eine Invasion Taiwans gilt als
    realistisches Szenario", "ein möglicher Angriff" (hypothetical); "Eine Lieferung ist nicht geplant",
    "Sanktionen stehen nicht zur Debatte" (negated). "Von einem Angriff kann keine Rede sein" is read
    before, by `modality_of`."""
    planned = any(PLANNING_WORDS.match(t.text) for t in clause)
    negated = any(is_negating(t, noun) or is_negating_determiner(t) for t in clause)
    # "Ein Abbruch der Beziehungen steht nicht zur Debatte": ruled out, not weighed
    if negated and (planned or _open_phrase(clause)):
        return "negated"
    qualified = any(POSSIBLE_QUALIFIERS.match(c.text) for c in noun.children if c.dep_ == "amod")
    if qualified or _open_phrase(clause) or any(SCENARIO_NOUNS.search(t.text) for t in clause):
        return "hypothetical"
    return None


def _predicted(belief: Span, content: Span) -> bool:
    """ "Peking ist überzeugt, dass Washington neue Zölle verhängen wird": a belief about what another
    will do is a forecast, not an announcement."""
    believing = any(BELIEF_HEADS.match(t.text) for t in belief) or has_pair(belief, SPLIT_BELIEF_HEADS)
    return believing and any(t.lower_ in FUTURE_AUX for t in content)
