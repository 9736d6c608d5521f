"""The role ("type") codes inside a CAMEO actor code: `DEUGOV` → GOV, `IGOWSTNAT` → IGO."""

from __future__ import annotations

# CAMEO's 3-letter actor type codes (roles and sectors), as GDELT and PLOVER use them
TYPE_CODES = frozenset(
    [
        "AGR",
        "BUS",
        "COP",
        "CRM",
        "CVL",
        "EDU",
        "ELI",
        "ENV",
        "GOV",
        "HLH",
        "HRI",
        "IGO",
        "IMG",
        "INS",
        "JUD",
        "LAB",
        "LEG",
        "MED",
        "MIL",
        "MNC",
        "MOD",
        "NGM",
        "NGO",
        "OPP",
        "PTY",
        "RAD",
        "REB",
        "REF",
        "REL",
        "SPY",
        "UAF",
    ]
)


def actor_types(code: str | None) -> list[str]:
    """The type codes among the code's 3-letter parts, in order (a country prefix is skipped)."""
    if not code or len(code) % 3:
        return []
    parts = [code[i : i + 3] for i in range(0, len(code), 3)]
    return [part for part in parts if part in TYPE_CODES]
