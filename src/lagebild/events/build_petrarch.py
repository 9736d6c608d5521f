"""Compile PETRARCH2's English verb dictionary (CAMEO.2.0.txt, MIT) into `petrarch_verbs.json.gz`.

python -m lagebild.events.build_petrarch [--data ../shared/data]

The dictionary has synonym sets (`&NAME` + `+PHRASE` lines), then verb blocks: a `--- NAME [code] ---`
header, verb lines (`VERB {irregular forms} [own code]`, multi-word verbs with `+` on the verb word)
and patterns `- pre-verb elements * post-verb elements [code]` shared by all verbs of the block.
Pattern elements: a word, a `{compound phrase}` (last word is the head), a `(PREPOSITION object)`,
a `&SYNSET`, and the actor markers `$` (source) and `+` (target); `^` (skip) carries no constraint.
Verb forms are generated here (regular -s/-ed/-ing unless the dictionary lists the forms), so the
runtime only looks words up. A pattern's trailing comment names the verb it was written for
(`- * (TO) [043:042]  # WELCOME`): kept as `verb`, since a block's verbs are near-synonyms only in
their core sense ("welcome to" is hosting, "praise … to" is not). The output is deterministic: same
input, same bytes.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from pathlib import Path

from lagebild.events.codebook import codebook

OUTPUT = Path(__file__).with_name("petrarch_verbs.json.gz")
DICTIONARY = Path("petrarch2") / "dictionaries" / "CAMEO.2.0.txt"
CODE = re.compile(r"\[([^\]]*)\]")
VOWELS = set("AEIOU")


# lagebild's additions, in the dictionary's own format. PETRARCH2 codes "refuse"/"reject" only when
# combining them with the verb they govern ("refused to meet" → 125) and has no "urge": this coder
# combines by table (english.COMBINED) and needs their standalone codes (CAMEO 120 reject, 020 appeal).
# Then newsroom senses the dictionary lacks: "sworn in" (no accusation), dismissing or rebuffing a
# request (12x; an accusation: 016), issuing a statement (010), mobilising or massing troops (154),
# summoning an envoy (114, a formal complaint, as the German gold codes it), blocking roads,
# bridges and transport (144), expelling inspectors, monitors or peacekeepers (166x; spelt out like
# the dictionary's EXPEL, whose regular forms would read "expeled"), announcing a suspension, embargo,
# curfew or state of emergency, a few verbs it has not (demobilise, picket, bulldoze, retake),
# keeping up a hunger strike (142; the dictionary has only starting, joining, pursuing one), ending
# mediation (165), and mounting an invasion or offensive (190; the dictionary mounts only an attack).
# Investigations: opening or holding a hearing into something, putting someone under investigation
# (090; the dictionary has "opened an investigation", "placed under surveillance"). Reneging on a
# commitment or pledge (120; the CAMEO manual files "reneged on his commitment" under 12), violating a
# ban, law or resolution (128 defy norms, law; the dictionary has arms embargo and convention),
# shortening a curfew (0813 ease curfew, as the dictionary's EASE and LIFT), holding people as human
# shields (184, as its USE), returning for talks or to the negotiating table (046). Instituting a
# curfew or state of emergency (1723, 1724; the dictionary's INSTITUTE is 060). Idioms of "take" that
# seize nothing (its block is APPREHEND, 171): "took place", "take steps", "took office", "took effect".
# Accepting demands or an ultimatum is yielding (080; the dictionary's ACCEPT has requests as intent).
SUPPLEMENT = """
---  REJECT_STANDALONE   [120]  ---
REFUSE
REJECT
+RULE_OUT {+RULES_OUT +RULED_OUT +RULING_OUT}
---  URGE   [020]  ---
URGE
IMPLORE
EXHORT
---  SWEAR_IN   [---]  ---
+SWEAR_IN {+SWEARS_IN +SWORE_IN +SWORN_IN +SWEARING_IN}
---  DISMISS_REQUEST   [---]  ---
DISMISS
REBUFF
SPURN
- * APPEAL   [120]
- * CALL   [120]
- * &PROPOSAL   [120]
- * PLAN   [120]
- * OFFER   [120]
- * DEMAND   [120]
- * REQUEST   [120]
- * ULTIMATUM   [120]
- * ACCUSATION   [016]
- * ALLEGATION   [016]
- * CHARGE   [016]
- * CLAIM   [016]
---  ISSUE_STATEMENT   [---]  ---
ISSUE
- * STATEMENT   [010]
- * DECLARATION   [010]
- * COMMUNIQUE   [010]
---  MOBILIZE_FORCES   [---]  ---
MOBILIZE
MOBILISE
- * &MILITARY   [154]
- * RESERVISTS   [154]
- * FORCES   [154]
---  SUMMON_ENVOY   [---]  ---
SUMMON
- * AMBASSADOR   [114]
- * ENVOY   [114]
- * {CHARGE D'AFFAIRES}   [114]
- * DIPLOMAT   [114]
---  BLOCK_PASSAGE   [---]  ---
BLOCK
BARRICADE
- * ROAD   [144]
- * ROADWAY   [144]
- * HIGHWAY   [144]
- * MOTORWAY   [144]
- * BRIDGE   [144]
- * STREET   [144]
- * RAILWAY   [144]
- * TRAFFIC   [144]
- * TRANSPORT   [144]
- * ENTRANCE   [144]
---  ANNOUNCE_MEASURE   [---]  ---
ANNOUNCE
DECLARE
UNVEIL
- * SUSPENSION   [160]
- * EMBARGO   [163]
- * CURFEW   [1723]
- * {STATE OF EMERGENCY}   [1724]
- * {MARTIAL LAW}   [1724]
- * WITHDRAWAL   [0874]
---  MASS_FORCES   [---]  ---
MASS
- * &MILITARY   [154]
- * FORCES   [154]
---  DEMOBILIZE   [0873]  ---
DEMOBILIZE
DEMOBILISE
---  PICKET   [141]  ---
PICKET
---  BULLDOZE   [1712]  ---
BULLDOZE
---  RETAKE   [192]  ---
RETAKE {RETAKES RETOOK RETAKEN RETAKING}
---  KEEP_UP_PROTEST   [---]  ---
CONTINUE
ESCALATE
+GO_ON {+GOES_ON +WENT_ON +GONE_ON +GOING_ON}
+KEEP_UP {+KEEPS_UP +KEPT_UP +KEEPING_UP}
- * {HUNGER STRIKE}   [142]
- * {HUNGER STRIKES}   [142]
---  EXPEL_MISSION   [---]  ---
EXPEL {EXPELS EXPELLING EXPELLED}
- * INSPECTORS   [1662]
- * OBSERVERS   [1662]
- * MONITORS   [1662]
- * &PKO   [1661]
- * {AID WORKERS}   [1663]
- * {AID AGENCIES}   [1663]
---  HALT_MEDIATION   [---]  ---
END
HALT
ABANDON
- * &MEDIATION   [165]
- * {&MEDIATION EFFORTS}   [165]
- * {&MEDIATION EFFORT}   [165]
---  MOUNT_OFFENSIVE   [---]  ---
MOUNT
- * INVASION   [190]
- * OFFENSIVE   [190]
- * INCURSION   [190]
---  OPEN_HEARING   [---]  ---
OPEN
LAUNCH
BEGIN {BEGINS BEGAN BEGUN BEGINNING}
START
HOLD {HOLDS HOLDING HELD}
- * HEARING (INTO)   [090]
- * HEARINGS (INTO)   [090]
---  PUT_UNDER_INVESTIGATION   [---]  ---
PUT {PUTS PUTTING}
PLACE
- * (UNDER INVESTIGATION)   [090]
- * (UNDER INQUIRY)   [090]
- * (UNDER PROBE)   [090]
---  RENEGE_COMMITMENT   [---]  ---
RENEGE
- * (ON COMMITMENT)   [120]
- * (ON PLEDGE)   [120]
---  DEFY_RULE   [---]  ---
VIOLATE
BREACH
FLOUT
- * BAN   [128]
- * LAW   [128]
- * CURFEW   [128]
- * RESOLUTION   [128]
- * CONSTITUTION   [128]
---  SHORTEN_CURFEW   [---]  ---
SHORTEN
RELAX
- * CURFEW   [0813]
---  HOLD_AS_SHIELDS   [---]  ---
HOLD {HOLDS HOLDING HELD}
KEEP {KEEPS KEPT KEEPING}
- * (AS {HUMAN SHIELD})   [184]
---  RETURN_TO_TALKS   [---]  ---
RETURN
- * (FOR TALK)   [046]
- * (FOR &NEGOTIATION)   [046]
- * (TO TALK)   [046]
- * (TO &NEGOTIATION)   [046]
- * (TO {NEGOTIATING TABLE})   [046]
---  INSTITUTE_MEASURE   [---]  ---
INSTITUTE
- * CURFEW   [1723]
- * {STATE OF EMERGENCY}   [1724]
- * {MARTIAL LAW}   [1724]
---  ACCEPT_DEMAND   [---]  ---
ACCEPT
- * DEMAND   [080]
- * ULTIMATUM   [080]
---  TAKE_IDIOM   [---]  ---
TAKE {TAKES TAKING TOOK TAKEN}
- * PLACE   [---]
- * STEPS   [---]
- * OFFICE   [---]
- * EFFECT   [---]
- * ADVANTAGE   [---]
"""

# Verbs whose dictionary code does not fit their news sense, by CAMEO: surrendering is a military
# retreat or surrender (0874; "surrendered to police" keeps its pattern); a vow is a promise (030:
# "vowed to restore order" combines like "promised to").
VERB_CODES = {"SURRENDER": "0874", "VOW": "030"}

# Blocks whose every code (header, verbs, patterns) CAMEO files elsewhere: suing is 115 "bring lawsuit
# against" (PLOVER's ACCUSE "sue or bring to court"), not 173, an arrest or charge by the authorities.
BLOCK_CODES = {"SUE": "115"}


# Past participles the dictionary's irregular lists leave out ("has withdrawn").
MISSING_PARTICIPLES = {
    "WITHDRAW": "WITHDRAWN",
    "FALL": "FALLEN",
    "UNDERTAKE": "UNDERTAKEN",
    "STRIVE": "STRIVEN",
}


def _strip_comment(line: str) -> str:
    return line.split("#", 1)[0].rstrip()


def plural(word: str) -> str:
    """PETRARCH's regular plural: +S, Y → IES, SS → SSES."""
    if word.endswith("Y") and len(word) > 1 and word[-2] not in VOWELS:
        return word[:-1] + "IES"
    if word.endswith(("SS", "SH", "CH", "X")):
        return word + "ES"
    return word + "S"


def verb_forms(verb: str) -> list[str]:
    """Regular English inflections of a base form: base, -s, -ed, -ing."""
    if verb.endswith("Y") and len(verb) > 1 and verb[-2] not in VOWELS:
        third, past, ing = verb[:-1] + "IES", verb[:-1] + "IED", verb + "ING"
    elif verb.endswith("E"):
        third, past = verb + "S", verb + "D"
        ing = verb + "ING" if verb.endswith(("EE", "YE", "OE")) else verb[:-1] + "ING"
    else:
        third = verb + "ES" if verb.endswith(("S", "SH", "CH", "X", "Z", "O")) else verb + "S"
        past, ing = verb + "ED", verb + "ING"
    return [verb, third, past, ing]


def _split_verb(phrase: str) -> tuple[list[str], str, list[str]]:
    """`WIRE_+TAP` → (['WIRE'], 'TAP', []); a phrase without `+` is a one-word verb."""
    words = phrase.split("_")
    index = next((i for i, w in enumerate(words) if w.startswith("+")), 0)
    return words[:index], words[index].lstrip("+"), [w for w in words[index + 1 :] if w]


def _verb_entry(line: str) -> list[list]:
    """All (pre words, verb form, post words) of one verb line."""
    irregular = re.search(r"\{([^}]*)\}", line)
    head = line[: irregular.start()] if irregular else CODE.sub("", line)
    head = head.split()[0]
    pre, verb, post = _split_verb(head)
    if irregular is not None:
        forms = [verb] + [_split_verb(f)[1] for f in irregular.group(1).split()]
        forms += [MISSING_PARTICIPLES[verb]] if verb in MISSING_PARTICIPLES else []
        # a listed form may carry its own particles ("+DRUG_OUT"); the verb word is what we index
    else:
        forms = verb_forms(verb)
    return [[" ".join(pre).lower(), form.lower(), " ".join(post).lower()] for form in dict.fromkeys(forms)]


def _tokenize_pattern(text: str) -> list[str]:
    return re.findall(r"\{[^}]*\}|\([^)]*\)|[^\s(){}]+", text)


def _element(token: str) -> list | None:
    """One pattern element in the compact form the runtime reads."""
    if token in ("$", "+"):
        return [token]
    if token in ("^", "%"):
        return None
    if token.startswith("{"):
        return ["c", token[1:-1].lower().split()]
    if token.startswith("("):
        inner = token[1:-1].split(None, 1)
        obj = _element(inner[1].strip()) if len(inner) > 1 else None
        if obj is not None and obj[0] == "p":
            obj = None
        return ["p", inner[0].lower(), obj]
    return ["w", token.lower()]


def _side(text: str) -> list[list]:
    elements = []
    for token in _tokenize_pattern(text):
        element = _element(token)
        if element is not None:
            elements.append(element)
    return elements


def _pattern(line: str, comment: str) -> dict | None:
    body = line[1:]
    match = CODE.search(body)
    if match is None or "*" not in body[: match.start()]:
        return None
    code = match.group(1).strip().rstrip("!")
    pre, post = body[: match.start()].split("*", 1)
    pattern = {"pre": _side(pre), "post": _side(post), "code": code}
    words = comment.split()
    if len(words) == 1 and words[0].isalpha() and words[0].isupper():
        pattern["verb"] = words[0].lower()
    return pattern


def _synset_phrases(name: str, phrases: list[str]) -> list[str]:
    no_plural_set = name.endswith("_")
    out = []
    for phrase in phrases:
        bare = phrase.rstrip("_")
        words = bare.replace("_", " ").lower()
        out.append(words)
        if not no_plural_set and not phrase.endswith("_"):
            head, _, last = bare.rpartition("_")
            out.append((head.replace("_", " ") + " " if head else "").lower() + plural(last).lower())
    return list(dict.fromkeys(out))


def parse(text: str) -> dict:
    synsets: dict[str, list[str]] = {}
    blocks: list[dict] = []
    # the `BLOCK_CODES` code of each block (None for most), kept beside `blocks` for `_cameo_codes`
    fixed_codes: list[str | None] = []
    current_synset: str | None = None
    pending: list[str] = []
    for raw in text.splitlines():
        line = _strip_comment(raw)
        if not line.strip() or line.startswith("~"):
            continue
        if line.startswith("&"):
            if current_synset:
                synsets[current_synset] = pending
            current_synset, pending = line.strip(), []
            continue
        if line.startswith("+") and current_synset is not None:
            pending.append(line[1:].strip())
            continue
        if line.startswith("---"):
            if current_synset:
                synsets[current_synset], current_synset = pending, None
            code = CODE.search(line)
            code = code.group(1).strip() if code else "---"
            fixed = BLOCK_CODES.get(line.strip("- ").split()[0]) if line.strip("- ") else None
            blocks.append({"code": fixed or code, "verbs": [], "patterns": []})
            fixed_codes.append(fixed)
            continue
        if not blocks:
            continue
        if line.startswith("-"):
            pattern = _pattern(line, raw.partition("#")[2])
            if pattern is not None:
                blocks[-1]["patterns"].append(pattern)
            continue
        own = CODE.search(re.sub(r"\{[^}]*\}", "", line))
        forms = _verb_entry(line.strip())
        code = VERB_CODES.get(forms[0][1].upper()) if not forms[0][0] and not forms[0][2] else None
        code = code or (own.group(1).strip() if own else None)
        blocks[-1]["verbs"].append({"code": code, "forms": forms})
    if current_synset:
        synsets[current_synset] = pending
    for block, fixed in zip(blocks, fixed_codes, strict=True):
        _cameo_codes(block, fixed)
    names = {name.rstrip("_"): name for name in synsets}
    return {
        "synsets": {
            names[n].rstrip("_").lower(): _synset_phrases(names[n], synsets[names[n]]) for n in sorted(names)
        },
        "blocks": blocks,
    }


def codebook_code(code: str, codes) -> str:
    """A code CAMEO 2.0's codebook has, for one it lacks: the parent's "not specified" code (176
    cyber attack, a later PETRARCH code, → 170 coerce; 1213 → 121), as CAMEO codes what a more
    specific code cannot take. Pairs (`a:b`) and `---` are kept."""
    if ":" in code:
        return ":".join(codebook_code(part, codes) if part else part for part in code.split(":"))
    if not code[:1].isdigit() or code in codes:
        return code
    parent = code[:3] if len(code) == 4 else code[:2] + "0"
    return parent if parent in codes else code


def _cameo_codes(block: dict, fixed: str | None) -> None:
    """The block's codes as the codebook has them (`BLOCK_CODES` first)."""
    codes = codebook()
    for item in block["verbs"] + block["patterns"]:
        if item["code"] and fixed:
            item["code"] = fixed
        if item["code"]:
            item["code"] = codebook_code(item["code"], codes)
    block["code"] = codebook_code(block["code"], codes)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    args = parser.parse_args()
    compiled = parse((args.data / DICTIONARY).read_text(encoding="latin-1") + SUPPLEMENT)
    payload = json.dumps(compiled, separators=(",", ":"), sort_keys=True).encode("utf-8")
    with OUTPUT.open("wb") as handle, gzip.GzipFile(fileobj=handle, mode="wb", mtime=0, filename="") as out:
        out.write(payload)
    verbs = sum(len(b["verbs"]) for b in compiled["blocks"])
    patterns = sum(len(b["patterns"]) for b in compiled["blocks"])
    print(
        f"{len(compiled['blocks'])} verb blocks, {verbs} verbs, {patterns} patterns, "
        f"{len(compiled['synsets'])} synsets → {OUTPUT} ({OUTPUT.stat().st_size // 1024} KB)"
    )


if __name__ == "__main__":
    main()
