"""Willingness and decisions before an English to-infinitive: what CAMEO codes instead of the act.

"Syria is willing to withdraw its troops", "the rebels are ready to resume talks": expressing
willingness is CAMEO's intent family (03: 035 intent to yield, 036 intent to meet …), asserted, not
the withdrawal in the future; "not willing / unwilling to negotiate" is the matching rejection (12:
125), and so is a cooperative act refused for the future ("Syria will not accept more refugees", "we
won't attend the talks": 120, 125 …), which is a stance taken now, not a negated future act. These adjectives are no dictionary verbs, so the complement verb itself carries the intent.

"The court decided to allow the candidate to run": a decision is the act itself (CAMEO codes the
allowing, 080), not an intent, so a governing "decided" gives way to its complement, asserted.

"Nigeria will withdraw its force from Chad unless …": a hostile act announced on a condition is a
threat (CAMEO 13, the gold convention too: an asserted 13x plus the act, future or hypothetical).

"Finland will give Tanzania a grant", "the farmers said they would blockade Paris": an act announced
in the future tense is, for CAMEO, the announcement's intent (03: 033 intent to provide aid) or threat
(13: 137 threat of coercion), asserted, besides the act itself (future or hypothetical).
"""

from __future__ import annotations

import re
from typing import Protocol

from lagebild.events.codebook import INTENT_ROOT, REJECTION_ROOT

WILLINGNESS = {"willing", "ready", "prepared", "committed", "determined", "eager", "keen"}
UNWILLINGNESS = {"unwilling", "reluctant"}
NOT_BEFORE = {"not", "n't", "never", "no", "longer"}
DECISION_HEADS = ("decid", "resolv")
CONDITIONS_AFTER = {"unless", "if", "otherwise"}
# acts that, announced on a condition, threaten (unlike `codebook.HOSTILE_ROOTS`, protests and cuts in
# relations too, and no threat of a threat): protest, force posture, cuts, coercion, force
THREATENABLE_ROOTS = {"14", "15", "16", "17", "18", "19", "20"}
# acts whose announcement is an intent: meetings, support, cooperation, aid, yielding
PROMISABLE_ROOTS = {"04", "05", "06", "07", "08"}
FUTURE_MARKS = {"will", "'ll", "shall"}
REFUSING_AUXILIARIES = {"will", "wo", "shall"}  # "won't" is tokenised "wo" + "n't"
REFUSING_NEGATIONS = {"not", "n't", "never"}
# "would" announces only in reported speech ("said they would boycott"); elsewhere it is conditional
REPORTING_HEADS = re.compile(r"^(said|says?|announc|told|tells?|stat|declar|insist|warn|indicat)")


class CodedVerb(Protocol):
    code: str
    modality: str | None
    governor: CodedVerb | None
    hit: object


def willingness_root(words: list[str], start: int) -> str | None:
    """03 when "willing/ready … to" stands right before the verb at `start`, 12 when negated."""
    if start < 2 or words[start - 1] != "to":
        return None
    adjective = words[start - 2]
    if adjective in UNWILLINGNESS:
        return REJECTION_ROOT
    if adjective not in WILLINGNESS:
        return None
    return REJECTION_ROOT if start >= 3 and words[start - 3] in NOT_BEFORE else INTENT_ROOT


def apply_willingness(item: CodedVerb, words: list[str], combined: dict[str, dict[str, str]]) -> None:
    """Recode the verb after "willing to" as the intent (or refusal) to do it, asserted."""
    root = willingness_root(words, item.hit.start)
    if root is None:
        return
    code = combined[root].get(item.code.partition(":")[0][:2])
    if code is not None:  # "says it is willing to": the adjective, not "says", governs the verb
        item.code, item.modality, item.governor = code, "asserted", None


def apply_declared_refusal(item: CodedVerb, words: list[str], combined: dict[str, dict[str, str]]) -> None:
    """Recode a cooperative verb right after "will not / won't / will never" as its rejection, asserted."""
    start = item.hit.start
    if (
        start < 2
        or words[start - 1] not in REFUSING_NEGATIONS
        or words[start - 2] not in REFUSING_AUXILIARIES
    ):
        return
    code = combined[REJECTION_ROOT].get(item.code.partition(":")[0][:2])
    if code is not None:
        item.code, item.modality, item.governor = code, "asserted", None


def apply_decisions(items: list[CodedVerb], words: list[str]) -> set[int]:
    """ "decided to X": X asserted, the governing verb dropped. Returns the ids of dropped verbs."""
    dropped = set()
    for item in items:
        governor = item.governor
        if governor is None or not words[governor.hit.word].startswith(DECISION_HEADS):
            continue
        dropped.add(id(governor))
        item.governor, item.modality = None, "asserted"
    return dropped


def conditional_threat(
    code: str, modality: str, words: list[str], start: int, end: int, threats: dict[str, str]
) -> str | None:
    """The threat code for a hostile act announced on a condition that follows it, else None."""
    root = code[:2]
    if modality not in ("future", "hypothetical") or root not in THREATENABLE_ROOTS:
        return None
    clause_start = max((i for i, w in enumerate(words[:start]) if w in (";", ".")), default=-1) + 1
    if CONDITIONS_AFTER & set(words[clause_start:start]):
        return None  # the act stands in the condition itself ("if Gondor attacks, …")
    if not CONDITIONS_AFTER & set(words[end:]):
        return None
    return threats.get(root, "130")


def announced_intent(
    code: str, modality: str, words: list[str], start: int, intents: dict[str, str], threats: dict[str, str]
) -> str | None:
    """The intent (03x) or threat (13x) code for an act announced right before the verb at `start` with
    "will" (or a reported "would"), else None."""
    if modality not in ("future", "hypothetical") or start == 0:
        return None
    marker = words[start - 1]
    if marker == "would":
        if not any(REPORTING_HEADS.match(w) for w in words[: start - 1]):
            return None
    elif marker not in FUTURE_MARKS:
        return None
    root = code[:2]
    if root in PROMISABLE_ROOTS:
        return intents.get(root)
    if root in THREATENABLE_ROOTS:
        return threats.get(root, "130")
    return None
