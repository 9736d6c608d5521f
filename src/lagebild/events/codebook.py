"""The CAMEO codebook as compiled by `lagebild.events.build`: labels, Goldstein, quad class, PLOVER."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources

# the CAMEO actor codes of the two unions whose member states the coder knows (`context_targets.MEMBERS`)
EUROPEAN_UNION = "IGOEUREEC"
NATO = "IGOWSTNAT"
DENIAL = "016"
DENIAL_CODES = {DENIAL}
FORCE_ROOTS = {"18", "19", "20"}
HOSTILE_ROOTS = {"13", "15", "17", "18", "19", "20"}  # threats, force posture, coercion, violence
STATEMENT_ROOT = "01"
APPEAL_ROOT = "02"
INTENT_ROOT = "03"  # pledges and offers
MEETING_ROOT = "04"
COOPERATION_ROOT = "05"  # diplomatic cooperation: praise, support, defence, agreements, recognition
AID_ROOT = "07"  # aid: money, arms, goods, shelter given to someone
PRAISE = "051"  # praise or endorse: a judgement, as criticism (11) and rejection (12) are
ASKING_ROOTS = ("02", "10")  # appeals and demands (a tuple, for str.startswith)
DEMAND_ROOT = "10"  # demands (10x)
# acts done by words: statements, appeals, demands, criticism, rejections, threats
VERBAL_ROOTS = frozenset({"01", "02", "10", "11", "12", "13"})
CONCLUDED_AGREEMENT = "057"  # an agreement signed or concluded
EXTRADITION = "063"  # judicial cooperation: a suspect or convict handed over to another state
YIELD_ROOT = "08"  # concessions, ceasefires, withdrawals, easing
CEASEFIRE = "0871"  # a ceasefire declared, agreed or kept
RESIGNATION = "0831"  # an office holder steps down
DISAPPROVAL_ROOT = "11"  # criticism, accusation, complaint
REJECTION_ROOT = "12"
REFUSAL_TO_YIELD = "124"  # "lässt sich nicht erpressen", "werde nicht nachgeben"
THREAT_ROOT = "13"
PROTEST_ROOT = "14"
FORCE_POSTURE_ROOT = "15"  # troops massed, alerts raised, forces mobilised
REDUCING_ROOT = "16"
REDUCED_RELATIONS = "161"  # diplomatic relations cut: envoys expelled or recalled
COERCION_ROOT = "17"  # seizures, blockades, arrests, expulsions
ARREST = "173"  # arrest, detain, or charge with legal action
ASSAULT_ROOT = "18"  # bombings, suicide attacks, killings: unconventional violence
BLOCKADE = "191"  # movement restricted: blockades, cordons, border closures and controls
# judgements of an act, whose target is whoever did it ("verurteilte die Hinrichtung", "lehnte die
# Sanktionen ab"): criticism (11) and rejection (12). Not denials (016): their target is the accuser
JUDGING_ROOTS = (DISAPPROVAL_ROOT, REJECTION_ROOT)
# assault (18) and mass violence (20): done to people, who do not reply as a party does
VIOLENCE_ON_PEOPLE_ROOTS = ("18", "20")


@dataclass(frozen=True)
class CameoCode:
    code: str
    label: str
    root: str
    goldstein: float
    quad_class: int
    plover: str | None
    plover_mode: str | None


@cache
def codebook() -> dict[str, CameoCode]:
    raw = json.loads(resources.files("lagebild.events").joinpath("cameo.json").read_text(encoding="utf-8"))
    return {code: CameoCode(code=code, **fields) for code, fields in raw.items()}


def by_longest_prefix(code: str, table: Mapping[str, str]) -> str | None:
    """What a table of acts (threatened, halted, refused, intended) gives for the code's longest prefix
    it lists, of three digits or the root's two ("0871" by "087", else by "08"); None where it lists
    neither."""
    return next((table[code[:n]] for n in (3, 2) if code[:n] in table), None)
