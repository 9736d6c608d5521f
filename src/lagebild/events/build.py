"""Compile the CAMEO codebook, Goldstein scale and CAMEO→PLOVER table into `cameo.json`.

python -m lagebild.events.build [--data ../shared/data]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

OUTPUT = Path(__file__).with_name("cameo.json")
# The 2021 table lists easing a curfew (0813) and a state of emergency or martial law (0814) under
# RETREAT, a leftover of the dropped "ease" mode (its own note: "ease" is no longer a mode); the
# manual's CONCEDE section names "removing curfews" and explains the category with the lifting of a
# curfew, CAMEO files both under 081 (ease administrative sanctions: CONCEDE), and the PLOVER gold
# standard records code them CONCEDE. The manual's definition wins.
PLOVER_CORRECTIONS = {"0813": ("CONCEDE", None), "0814": ("CONCEDE", None)}


def _tsv(path: Path) -> dict[str, str]:
    rows = {}
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        if line.strip():
            code, value = line.split("\t", 1)
            rows[code.strip()] = value.strip()
    return rows


def _plover(path: Path) -> dict[str, tuple[str | None, str | None]]:
    """`code: CATEGORY, mode, context # description` lines; empty category = no PLOVER event."""
    table = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        body = line.split("#", 1)[0].strip()
        if not body or ":" not in body:
            continue
        code, rest = (part.strip() for part in body.split(":", 1))
        if not code.isdigit():
            continue
        fields = [field.strip() for field in rest.split(",")]
        category = fields[0] or None
        mode = fields[1] if len(fields) > 1 and fields[1] else None
        table[code] = (category, mode)
    return table | PLOVER_CORRECTIONS


def quad_class(root: str) -> int:
    """GDELT's quad classes: 01-04 verbal cooperation, 05-08 material cooperation, 09-13 verbal
    conflict, 14-20 material conflict."""
    number = int(root)
    return 1 if number <= 4 else 2 if number <= 8 else 3 if number <= 13 else 4


def build(data: Path) -> dict:
    labels = _tsv(data / "cameo" / "CAMEO.eventcodes.txt")
    goldstein = _tsv(data / "cameo" / "CAMEO.goldsteinscale.txt")
    plover = _plover(data / "plover" / "CAMEO2PLOVER-2021.txt")
    codes = {}
    for code, label in sorted(labels.items()):
        # a code the PLOVER table leaves out takes its nearest listed ancestor's category
        ancestor = next((code[:n] for n in range(len(code), 1, -1) if code[:n] in plover), None)
        category, mode = plover[ancestor] if ancestor else (None, None)
        codes[code] = {
            "label": label[:1] + label[1:].lower() if label.isupper() else label,
            "root": code[:2],
            "goldstein": float(goldstein[code]),
            "quad_class": quad_class(code[:2]),
            "plover": category,
            "plover_mode": mode if ancestor == code else None,
        }
    return codes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    args = parser.parse_args()
    codes = build(args.data)
    OUTPUT.write_text(
        json.dumps(codes, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )
    print(f"{len(codes)} CAMEO codes → {OUTPUT}")


if __name__ == "__main__":
    main()
