"""Coverage of the office holders of 2019-2025: does the pipeline resolve each name, in a German
sentence dated within the term, to the holder's state (or IGO)?

The list (benchmarks/office_holders_2019_2025.tsv) covers heads of state and government, foreign
and defence ministers of the ~90 states most present in international news, plus military chiefs
and IGO officials. Unseen articles name these people; a name the KB lacks leaves its event without
a source or target. Run: python benchmarks/bench_office_holders.py [--verbose]
"""

from __future__ import annotations

import argparse
from pathlib import Path

import lagebild

LIST = Path(__file__).with_name("office_holders_2019_2025.tsv")
OFFICE_DE = {
    "hos": "Präsident",
    "hog": "Regierungschef",
    "fm": "Außenminister",
    "dm": "Verteidigungsminister",
    "mil": "Armeechef",
    "igo": "Spitzenpolitiker",
    "other": "Politiker",
}


def holders() -> list[tuple[str, str, str, str]]:
    rows = []
    for line in LIST.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            state, office, date, name = line.split("|")
            rows.append((state, office, date, name))
    return rows


def resolved_to(state: str, office: str, date: str, name: str) -> str | None:
    """The code the pipeline gives the person named in a neutral sentence, None if unresolved."""
    # Monarchs are introduced by their title, which is not part of the name ("König Charles III.").
    text = (
        f"{name} empfing am Montag in Genf den Gast."
        if name.startswith("König ")
        else f"Der {OFFICE_DE[office]} {name} traf am Montag in Genf seinen Amtskollegen."
    )
    at = text.index(name.removeprefix("König ")) + 2
    doc = lagebild.analyze(text, date=date, lang="de")
    for entity in doc.entities:
        if entity.type == "PER" and any(m.start <= at < m.end for m in entity.mentions):
            return entity.actor_code if state.startswith("IGO") else entity.country
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="list every holder not resolved")
    args = parser.parse_args()
    rows = holders()
    missing = []
    for state, office, date, name in rows:
        got = resolved_to(state, office, date, name)
        if not (got or "").startswith(state):
            missing.append((state, office, date, name, got))
    print(f"office holders 2019-2025 resolved: {len(rows) - len(missing)}/{len(rows)}")
    if args.verbose:
        for state, office, date, name, got in missing:
            print(f"  MISS {state} {office} {date} {name} -> {got}")


if __name__ == "__main__":
    main()
