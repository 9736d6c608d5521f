"""The English event coder: PETRARCH2 verb patterns on tokens + resolved actors + factuality.

There is no English tagger or parser, so everything works on the token sequence: dictionary verbs
(`petrarch_clauses`), their patterns in a window (`petrarch_patterns`), actors from the actor stage
(`span._.actor` on `doc.ents`, references in `ACTOR_REF_SPANS`), and factuality from the words in
front of the verb. Same output as the German coder: a list of `EventInfo`.

Codes: PETRARCH's paired codes `[a:b]` yield a → source→target and b → target→source ("visited"
042 and the host's 043); `---` codes nothing. A verb governing a to-infinitive combines with it the
way PETRARCH2 combines verb codes: "agreed to meet" is an intent to meet (036), not a meeting.
Willingness ("is willing to withdraw"), decisions and conditional threats: `english_intent`; who
acts in a purpose infinitive ("visit X to mediate"): `english_infinitives`. Targets where the clause
names none: the subject of a threat's condition (`english_threat_conditions`), the host state of an
embassy (`english_missions`), the source's own state for administrative measures and police acts
(`english_domestic_measures`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span

from lagebild.events.arguments import ActorIndex, actor_of
from lagebild.events.codebook import VERBAL_ROOTS, codebook
from lagebild.events.english_domestic_measures import governed_state
from lagebild.events.english_infinitives import purpose_subject
from lagebild.events.english_intent import (
    announced_intent,
    apply_decisions,
    apply_declared_refusal,
    apply_willingness,
    conditional_threat,
)
from lagebild.events.english_missions import mission_host
from lagebild.events.english_places import (
    own_government,
    state_of_place,
    unnamed_attacker,
    unnamed_authority,
    unnamed_protesters,
)
from lagebild.events.english_threat_conditions import condition_subject
from lagebild.events.future_acts import INTENT_HEADS
from lagebild.events.modality_words import (
    CONDITION_MARKS,
    DEMAND_HEADS,
    DENIAL_HEADS,
    FUTURE_AUX,
    NEGATIONS,
    POSSIBILITY,
    SUBJUNCTIVE_II,
    THREAT_HEADS,
)
from lagebild.events.petrarch_clauses import (
    CLAUSE_BREAKS,
    PRE_WINDOW,
    VerbHit,
    actor_after,
    actor_before,
    by_agent,
    clause_window,
    coordinated_with_previous,
    find_verbs,
    skipped_tokens,
)
from lagebild.events.petrarch_lexicon import PetrarchLexicon, petrarch_lexicon
from lagebild.events.petrarch_patterns import PatternMatch, SentenceView, best_pattern
from lagebild.pipeline.annotations import TIMEX_SPANS, EventInfo, span_offsets
from lagebild.records import is_iso_date

PLACE_PREPOSITIONS = {"in", "at", "near", "outside", "inside"}
# English additions to the lists of modality_words.py (which hold both languages' core words)
HEDGES = {"may", "possible", "possibly", "reportedly", "allegedly"}
OBLIGATION = {"must", "should", "ought"}  # "Sudan must return the helicopter": demanded, not done
REFUSAL_HEADS = re.compile(r"^(refus|reject|declin|fail)")
FUTURE_PHRASES = (
    ("going", "to"),
    ("about", "to"),
    ("set", "to"),
    ("expected", "to"),
    ("is", "to"),
    ("are", "to"),
)
NEGATED_START = {"no", "without"}
# a to-infinitive after these names something not yet done ("agreed to restore ties")
PROSPECTIVE_HEADS = re.compile(
    r"^(agree|decid|offer|prepar|seek|sought|want|hope|tr(y|ie)|aim|expect|willing|ready)"
)
# Matrix root + complement root → combined code: CAMEO's "express intent to / appeal for / demand /
# reject / threaten" families, the way PETRARCH2 merges a verb with the verb it governs.
COMBINED = {
    "03": {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035"},
    "02": {"04": "026", "05": "022", "06": "021", "07": "023", "08": "025"},
    "10": {"04": "108", "05": "102", "07": "103", "08": "106"},
    "12": {"03": "120", "04": "125", "06": "121", "07": "122", "08": "124"},
    "13": {"14": "133", "16": "131", "17": "137", "18": "138", "19": "138", "20": "138"},
}
PROMISE_HEADS = ("vow", "swor", "swear", "pledg", "promis")
COMMITMENT_HEADS = ("agree", *PROMISE_HEADS)
INFINITIVE_REACH = 4  # "urged Gondor's government to …": the governing verb within this many words of "to"
# "ordered the opposition newspaper La Prensa to suspend publication": an order's object may be longer
ORDER_HEADS = ("order", "instruct")
ORDER_REACH = 6
# force posture, cuts in relations, coercion, assault, fighting, mass violence: acts an order has done
ORDERED_ROOTS = {"15", "16", "17", "18", "19", "20"}
OBLIGATION_REACH = 16  # "said on Friday that the government and the rebels must": "must" this near
TARGET_REACH = 25  # words past the verb where a marked target may still stand
TARGET_MARKS = {"against", "on", "to", "with", "from", "toward", "towards", "in", "into", "at"}
REPORTING = {"said", "says", "say", "according", "officials", "reported"}  # ", officials said": attribution
# "said that lifting the sanctions is out of the question": the statement rejects what it names (120)
REFUSAL_PHRASES = (("out", "of", "the", "question"),)


class _Coded:
    """A verb occurrence with its code(s) and actors, before becoming `EventInfo`s."""

    def __init__(self, hit: VerbHit, code: str, match: PatternMatch | None):
        self.hit = hit
        self.code = code
        self.match = match
        self.sources: list[int] = []
        self.target: int | None = None
        self.governor: _Coded | None = None  # the verb whose to-infinitive this is
        self.far_target = False  # target found past the verb's window (`_marked_target_later`)
        self.modality: str | None = None  # set where the words around fix it (`english_intent`)
        self.unnamed_source: Span | None = None  # the state where an attack naming no attacker happens


def code_english_events(doc: Doc, lexicon: PetrarchLexicon | None = None) -> list[EventInfo]:
    if doc.lang_ != "en":
        return []
    lexicon = lexicon or petrarch_lexicon()
    index = ActorIndex(doc)
    events: list[EventInfo] = []
    seen = set()
    sentences = doc.sents if doc.has_annotation("SENT_START") else [doc[:]]
    for sentence in sentences:
        for event in _sentence_events(doc, sentence, index, lexicon):
            key = (event.code, event.trigger.start, span_offsets(event.source), span_offsets(event.target))
            if key not in seen:
                seen.add(key)
                events.append(event)
    return events


def _sentence_view(sentence: Span, index: ActorIndex) -> tuple[SentenceView, dict[int, Span]]:
    spans: dict[int, Span] = {}
    for i in range(sentence.start, sentence.end):
        span = index.by_token.get(i)
        if span is None or span.start < sentence.start or span.end > sentence.end:
            continue
        if span._.actor is not None or (span._.antecedent is not None and span._.antecedent._.actor):
            spans[span.start - sentence.start] = span  # a name without a KB actor is no event party
    ends = {start: span.end - sentence.start for start, span in spans.items()}
    return SentenceView([t.lower_ for t in sentence], ends), spans


def _code_verb(
    hit: VerbHit, view: SentenceView, lexicon: PetrarchLexicon, window: tuple[int, int]
) -> _Coded | None:
    best: tuple[PatternMatch | None, str] | None = None
    for form in hit.forms:
        match = best_pattern(
            view, lexicon, lexicon.patterns_for(form), (hit.start, hit.end), window, form.base
        )
        code = match.code if match else lexicon.code_of(form)
        if best is None or (match and (best[0] is None or match.score > best[0].score)):
            best = (match, code)
        elif best[0] is None and not match and best[1] == "---":
            best = (None, code)
    match, code = best
    if code.strip(":") in ("", "---"):
        return None
    if match is None and code == "050" and hit.forms[0].word.startswith("agree"):
        code = "030"  # CAMEO files agreeing to/on something under 03 (intent), not 05
    return _Coded(hit, code, match)


def _sentence_events(
    doc: Doc, sentence: Span, index: ActorIndex, lexicon: PetrarchLexicon
) -> list[EventInfo]:
    view, spans = _sentence_view(sentence, index)
    words = view.words
    skipped = skipped_tokens(words)
    coded: list[_Coded] = []
    previous: _Coded | None = None
    hits = find_verbs(words, lexicon, view.actor_ends, [t.text for t in sentence])
    for number, hit in enumerate(hits):
        window = clause_window(words, hit, hits[number + 1].start if number + 1 < len(hits) else None)
        window = (_past_skipped(words, hit, window[0], skipped), window[1])
        item = _code_verb(hit, view, lexicon, window)
        if item is None:
            continue
        _assign_actors(item, view, window, skipped, previous)
        if not item.sources:
            item.unnamed_source = unnamed_attacker(
                sentence, item.code, words, hit.start, hit.end, hit.passive
            ) or unnamed_authority(sentence, item.code, hit.end, hit.passive)
            target = spans.get(item.target) if item.target is not None else None
            item.unnamed_source = item.unnamed_source or unnamed_protesters(
                sentence, item.code, hit.start, hit.end, target
            )
        item.governor = _governor(item, coded, words)
        _purpose_infinitive(item, view)
        apply_willingness(item, words, COMBINED)
        apply_declared_refusal(item, words, COMBINED)
        coded.append(item)
        previous = item
    _statements_of_obligation(view, coded)
    _statements_of_refusal(view, coded)
    absorbed = apply_decisions(coded, words)
    absorbed |= {id(item) for item in coded if _ordered_act(item, words, spans) or _merge_into_governor(item)}
    events = []
    for item in coded:
        if id(item) in absorbed:
            continue
        if item.target is None:
            item.target = condition_subject(view, item.code, item.hit.end, item.sources)
        events.extend(_events(doc, sentence, item, spans))
    return events


def _past_skipped(words: list[str], hit: VerbHit, start: int, skipped: set[int]) -> int:
    """The window's start with appositions and relative clauses not counted against PRE_WINDOW:
    "Pakistan, a key ally of the United States, has refused …" still reaches Pakistan."""
    counted = sum(1 for i in range(start, hit.start) if i not in skipped)
    while (
        start > 0 and words[start - 1] not in CLAUSE_BREAKS and (start - 1 in skipped or counted < PRE_WINDOW)
    ):
        start -= 1
        counted += start not in skipped
    return start


def _assign_actors(item: _Coded, view, window, skipped, previous: _Coded | None) -> None:
    hit, match = item.hit, item.match
    if hit.passive:
        agent = by_agent(view, hit, window[1])
        item.sources = [agent] if agent is not None else []
        subject = actor_before(view, hit.start, window[0], skipped, subject_only=False)
        item.target = subject[0] if subject else None
        return
    if match is not None and match.source is not None:
        item.sources = [match.source]
    elif previous is not None and (
        coordinated_with_previous(view.words, hit) or _participle_clause(view, hit)
    ):
        item.sources = previous.sources
    else:
        item.sources = actor_before(view, hit.start, window[0], skipped)
    avoid = set(item.sources)
    if match is not None and match.target is not None:
        item.target = match.target
    elif match is not None and match.preposition is not None:
        item.target = view.actor_near(match.preposition + 1, window[1])
    if item.target is None:
        item.target = actor_after(view, hit.end, window[1], avoid)
    words, end = view.words, window[1]
    if item.target is None and item.code[:2] in VERBAL_ROOTS and end < len(words) and words[end] == "that":
        item.target = view.actor_near(end + 1, min(len(words), end + 4))  # "demanded that Iran …"
    if item.target is None and "to" in words[hit.end : hit.end + 2]:
        # "threatened to cut off electricity to Nakhichevan": the infinitive's object is the target
        reach = clause_window(words, hit, None)[1]
        item.target = actor_after(view, hit.end, reach, avoid)
    # a far actor is no host of a visit (042:043) and no addressee of a mere statement (010)
    if item.target is None and ":" not in item.code and not item.code.startswith("01"):
        item.target = _marked_target_later(view, hit.end, avoid)
        item.far_target = item.target is not None


def _new_clause(words: list[str], i: int) -> bool:
    """After a comma: an attribution (", officials said") or a participle clause (", saying …")."""
    return i < len(words) and (words[i] in REPORTING or words[i].endswith("ing"))


def _marked_target_later(view: SentenceView, position: int, avoid: set[int]) -> int | None:
    """ "rejected a call for its forces to be deployed in East Timor", "threatened to impose
    restrictions against German goods": past the verb's window, an actor a target preposition or a
    possessive marks still names whom the act is about, up to the next clause break."""
    words = view.words
    for i in range(position, min(len(words), position + TARGET_REACH)):
        if words[i] in CLAUSE_BREAKS or (words[i] == "," and _new_clause(words, i + 1)):
            return None
        end = view.actor_ends.get(i)
        if end is None or i in avoid:
            continue
        marked = i > 0 and words[i - 1] in TARGET_MARKS
        possessive = end < len(words) and words[end] in ("'s", "’s")
        if marked or possessive:
            return i
    return None


def _participle_clause(view: SentenceView, hit: VerbHit) -> bool:
    """ ", killing one person": the participle's subject is the main clause's."""
    return hit.start > 0 and view.words[hit.start - 1] == "," and view.words[hit.word].endswith("ing")


def _governor(item: _Coded, coded: list[_Coded], words: list[str]) -> _Coded | None:
    """The verb before "to" that governs this infinitive ("agreed to meet", "urged X to withdraw")."""
    if item.hit.start == 0 or words[item.hit.start - 1] != "to" or not coded:
        return None
    candidate = coded[-1]
    reach = ORDER_REACH if words[candidate.hit.word].startswith(ORDER_HEADS) else INFINITIVE_REACH
    if 0 <= item.hit.start - 1 - candidate.hit.end <= reach:
        return candidate
    return None


def _purpose_infinitive(item: _Coded, view: SentenceView) -> None:
    """ "will visit Mauritania and Senegal to mediate": the visitor mediates (`english_infinitives`)."""
    governor, words = item.governor, view.words
    if governor is None or governor.hit.passive or not governor.sources:
        return
    # the object names the place or addressee right before "to" ("… Senegal to mediate"); after a
    # noun ("praised Haiti's efforts to improve") the infinitive belongs to that noun
    before_to = item.hit.start - 2
    object_before_to = any(
        start in item.sources and end - 1 == before_to for start, end in view.actor_ends.items()
    )
    if object_before_to and purpose_subject(words[governor.hit.word]):
        item.sources = governor.sources


def _combined_code(governor: str, complement: str) -> str | None:
    return COMBINED.get(governor[:2], {}).get(complement[:2])


def _clause_after_statement(words: list[str], item: _Coded) -> Iterator[int]:
    """The word positions of what a statement says, up to the end of its clause."""
    for m in range(item.hit.end, min(len(words), item.hit.end + OBLIGATION_REACH)):
        if words[m] in CLAUSE_BREAKS:
            return
        yield m


def _statements_of_obligation(view: SentenceView, coded: list[_Coded]) -> None:
    """ "Russia said that Sudan must return the helicopter": CAMEO codes such a statement as a demand
    (100) on the actor who must act."""
    words = view.words
    for item in coded:
        if not item.code.startswith("01"):
            continue
        for m in _clause_after_statement(words, item):
            if words[m] in OBLIGATION:
                obliged = actor_before(view, m, item.hit.end, set())
                if obliged and obliged[0] not in item.sources:
                    item.code, item.target = "100", obliged[0]
                break


def _statements_of_refusal(view: SentenceView, coded: list[_Coded]) -> None:
    """ "US officials said that removing the sanctions on Burma is out of the question": CAMEO codes
    such a statement as a rejection (120) of what it names, aimed at the actor named in between."""
    words = view.words
    for item in coded:
        if not item.code.startswith("01"):
            continue
        for m in _clause_after_statement(words, item):
            if any(tuple(words[m : m + len(phrase)]) == phrase for phrase in REFUSAL_PHRASES):
                item.code = "120"
                if item.target is None:
                    item.target = actor_after(view, item.hit.end, m, set(item.sources))
                break


def _ordered_act(item: _Coded, words: list[str], spans: dict[int, Span]) -> bool:
    """ "The government ordered the newspaper La Prensa to suspend publication", "ordered its troops
    to open fire": who orders a coercive or violent act among those under its command does it, as
    CAMEO codes it (1721, 190), no demand (10). An order to another state ("ordered Iraq to withdraw")
    stays a demand: any actor of a state other than the orderer's between the two verbs."""
    governor = item.governor
    if governor is None or not governor.sources or item.code[:2] not in ORDERED_ROOTS:
        return False
    if not words[governor.hit.word].startswith(ORDER_HEADS):
        return False
    state = _state(spans.get(governor.sources[0]))
    between = range(governor.hit.end, item.hit.start)
    if any(start in between and _state(span) != state for start, span in spans.items()):
        return False
    governor.code = item.code
    governor.target = item.target if item.target not in governor.sources else None
    return True


def _state(span: Span | None) -> str | None:
    actor = None if span is None else actor_of(span)
    return actor.country if actor is not None else None


def _merge_into_governor(item: _Coded) -> bool:
    """ "agreed to meet": the governing verb's event takes the combined code and this verb's target."""
    governor = item.governor
    if governor is None:
        return False
    governing_code = governor.code.partition(":")[0]
    if governor.hit.forms[0].word.startswith(COMMITMENT_HEADS):
        governing_code = governor.code = "030"  # CAMEO: to "agree / vow to" do something is an intent (03)
    combined = _combined_code(governing_code, item.code.partition(":")[0])
    if combined is None and governor.hit.forms[0].word.startswith(PROMISE_HEADS):
        # a promise of force or coercion ("vowed to crush the revolt") is CAMEO's threat
        combined = COMBINED["13"].get(item.code[:2])
    if combined is None:
        return False
    governor.code = combined
    if governor.target is None or governor.target in governor.sources:
        governor.target = item.target
    return True


def _events(doc: Doc, sentence: Span, item: _Coded, spans: dict[int, Span]) -> list[EventInfo]:
    primary, _, reverse = item.code.partition(":")
    words = [t.lower_ for t in sentence]
    modality = item.modality or english_modality(words, item.hit, sentence.text)
    date = _date(sentence, doc)
    events = []
    target = spans.get(item.target) if item.target is not None else None
    if primary == "010" and target is None:
        return []  # a statement without an addressee ("X said") is no interaction
    # where no other state is named, the state where an act on the ground happens (`english_places`)
    at_home = state_of_place(sentence, primary, item.hit.end) if item.far_target or target is None else None
    host = mission_host(sentence, item.hit.end) if target is None else None
    sources = [spans[start] for start in item.sources]
    if not sources and item.unnamed_source is not None:
        sources = [item.unnamed_source]
    for source in sources:
        if target is not None and _same_actor(source, target):
            if not item.far_target:
                continue
            target = None  # a far mention of the source's own state adds nothing, loses no event
        trigger = sentence[item.hit.start : item.hit.end]
        aimed_at = (
            target
            or at_home
            or host
            or own_government(primary, source, trigger)
            or governed_state(primary, source, trigger)
        )
        if primary and primary in codebook():
            events.append(_event(doc, sentence, item, primary, source, aimed_at, modality, date))
            threat = conditional_threat(
                primary, modality, words, item.hit.start, item.hit.end, COMBINED["13"]
            )
            if threat is None:
                threat = announced_intent(
                    primary, modality, words, item.hit.start, COMBINED["03"], COMBINED["13"]
                )
            if threat is not None:
                events.append(_event(doc, sentence, item, threat, source, aimed_at, "asserted", date))
        if reverse and aimed_at is not None and reverse in codebook():
            events.append(_event(doc, sentence, item, reverse, aimed_at, source, modality, date))
    return events


def _event(doc, sentence, item: _Coded, code, source, target, modality, date) -> EventInfo:
    trigger = sentence[item.hit.start : item.hit.end]
    parts = [trigger, source] + ([target] if target is not None else [])
    start, end = min(p.start for p in parts), max(p.end for p in parts)
    confidence = 0.5 + (0.2 if item.match is not None else 0.0) + (0.1 if target is not None else 0.0)
    return EventInfo(
        code=code,
        modality=modality,
        trigger=trigger,
        evidence=doc[start:end],
        confidence=round(confidence, 2),
        source=source,
        target=target,
        date=date,
        place=_place(
            sentence, {(source.start, source.end)} | ({(target.start, target.end)} if target else set())
        ),
    )


def english_modality(words: list[str], hit: VerbHit, text: str) -> str:
    """asserted / negated / future / hypothetical from the words before the verb in its sentence."""
    before = words[max(0, hit.start - 4) : hit.start]
    clause_start = max((i for i, w in enumerate(words[: hit.start]) if w in (";", ",")), default=-1) + 1
    clause = words[clause_start : hit.start]
    governing = words[: hit.start]
    to_infinitive = bool(before) and before[-1] == "to"
    if text.rstrip().endswith("?"):
        return "hypothetical"
    if set(clause) & CONDITION_MARKS or set(before) & (SUBJUNCTIVE_II | POSSIBILITY | HEDGES | OBLIGATION):
        return "hypothetical"
    if to_infinitive and any(DEMAND_HEADS.match(w) or THREAT_HEADS.match(w) for w in governing[-6:]):
        return "hypothetical"
    if set(before) & NEGATIONS or set(clause[:2]) & NEGATED_START:
        return "negated"
    if any(DENIAL_HEADS.match(w) for w in governing):
        return "negated"
    if to_infinitive and any(REFUSAL_HEADS.match(w) for w in governing[-4:]):
        return "negated"  # "refused to deploy troops"
    if set(before) & (FUTURE_AUX | {"'ll"}) or any(
        tuple(before[i : i + 2]) in FUTURE_PHRASES for i in range(len(before) - 1)
    ):
        return "future"
    if to_infinitive and any(INTENT_HEADS.match(w) or PROSPECTIVE_HEADS.match(w) for w in governing[-6:]):
        return "future"
    return "asserted"


def _date(sentence: Span, doc: Doc) -> str | None:
    for span in doc.spans.get(TIMEX_SPANS, []):
        info = span._.timex
        inside = sentence.start <= span.start and span.end <= sentence.end
        if inside and info is not None and info.type == "DATE" and is_iso_date(info.value or ""):
            return info.value
    return doc._.article_date


def _place(sentence: Span, used: set) -> Span | None:
    for span in sentence.ents:
        if span._.place is None or (span.start, span.end) in used or span.start == 0:
            continue
        if span.doc[span.start - 1].lower_ in PLACE_PREPOSITIONS:
            return span
    return None


def _same_actor(a: Span, b: Span) -> bool:
    """One actor on both sides. A state and its own government stay a dyad ("Bouteflika lifted the
    ban on …" is DZAGOV → DZA in CAMEO); the PLOVER gold codes such domestic events."""
    if (a.start, a.end) == (b.start, b.end):
        return True
    actor_a = a._.actor or (a._.antecedent._.actor if a._.antecedent is not None else None)
    actor_b = b._.actor or (b._.antecedent._.actor if b._.antecedent is not None else None)
    return bool(actor_a and actor_b and actor_a.kb_id and actor_a.kb_id == actor_b.kb_id)
