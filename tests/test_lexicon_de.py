"""Validates the German CAMEO event lexicon (src/lagebild/events/lexicon_de/*.tsv) as data.

The checks are independent of the event coder: they guard the format the coder reads, the CAMEO codes
against the codebook, the coverage the issue asks for, and that every example sentence really contains
the construction it documents (so the examples can serve as test sentences for the coder).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from pathlib import Path

import pytest

from lagebild.events.lexicon import LIST_MARK, SEPARABLE_PARTICLES, expand_objects, named_lists

ROOT = Path(__file__).resolve().parents[1]
LEXICON = ROOT / "src" / "lagebild" / "events" / "lexicon_de"
CAMEO_CODES = ROOT.parent / "shared" / "data" / "cameo" / "CAMEO.eventcodes.txt"

COLUMNS = ["code", "kind", "lemma", "forms", "object", "target", "example"]
PREPOSITIONS = {
    "gegen", "mit", "an", "auf", "nach", "bei", "zu", "für", "von", "über", "um", "aus", "in", "vor",
    "hinter", "gegenüber", "unter",
}  # fmt: skip
PLAIN_TARGETS = {"obj", "dat", "objattr", "zwischen", "gen", "none", "recipient", "destination"}
REFLEXIVE_PRONOUNS = {"sich", "mich", "dich", "uns", "euch"}
NOUN_ENDINGS = ("", "s", "es", "n", "en", "e", "er", "ern")
MIN_ENTRIES = 450
MIN_PER_ROOT = 10


@cache
def tables() -> dict[str, list[tuple[str, str]]]:
    """Each table's data lines (the column line first) with their "file:line" position."""
    return {
        table.name: [
            (f"{table.name}:{n}", line)
            for n, line in enumerate(table.read_text(encoding="utf-8").splitlines(), 1)
            if line and not line.startswith("#")
        ]
        for table in sorted(LEXICON.glob("[0-9][0-9]_*.tsv"))
    }


@cache
def entries() -> list[dict[str, str]]:
    return [
        _with_named_lists(dict(zip(COLUMNS, line.split("\t"), strict=True)))
        | {"line": position, "table": name}
        for name, lines in tables().items()
        for position, line in lines[1:]
    ]


def _with_named_lists(row: dict[str, str]) -> dict[str, str]:
    return row | {"object": expand_objects(row["object"]), "named": row["object"]}


@cache
def cameo_codes() -> frozenset[str]:
    if not CAMEO_CODES.exists():
        pytest.fail(f"CAMEO codebook not found at {CAMEO_CODES}: the shared data must sit next to the repo")
    rows = CAMEO_CODES.read_text(encoding="utf-8").splitlines()[1:]
    return frozenset(row.split("\t")[0].strip() for row in rows if row.strip())


def where(entry: dict[str, str]) -> str:
    return f"line {entry['line']} ({entry['code']} {entry['lemma']})"


def words(sentence: str) -> list[str]:
    return re.findall(r"[\w-]+", sentence.lower())


def verb_forms(lemma: str, forms: str) -> tuple[str | None, set[str], set[str]]:
    """(particle, finite forms without the particle, non-finite forms with it), all lower case."""
    principal, *extra = forms.split("|")
    present, preterite, participle = principal.split(";")
    particle = next(
        (
            p
            for p in SEPARABLE_PARTICLES
            if lemma.startswith(p) and participle.startswith(p) and not present.startswith(p)
        ),
        None,
    )
    base = lemma[len(particle) :] if particle else lemma
    stem = base[:-2] if base.endswith("en") else base[:-1]
    finite = {present, preterite, base, stem + "e", stem + "t", stem + "et", stem + "en", *extra}
    finite.add(preterite + ("n" if preterite.endswith("e") else "en"))
    non_finite = {lemma, participle} | ({particle + "zu" + base} if particle else set())
    return particle, {f.lower() for f in finite}, {f.lower() for f in non_finite}


def verb_in_example(lemma: str, forms: str, example: str) -> bool:
    particle, finite, non_finite = verb_forms(lemma.removeprefix("sich "), forms)
    tokens = words(example)
    if any(token in non_finite for token in tokens):
        return True
    if particle is None:
        return any(token in finite for token in tokens)
    return any(token in finite and particle in tokens[i + 1 :] for i, token in enumerate(tokens))


def noun_in_example(lemma: str, example: str) -> bool:
    forms = {lemma.lower() + ending for ending in NOUN_ENDINGS}
    return any(token in forms for token in words(example))


def test_header_and_column_count():
    assert len(tables()) == 20, "one table per CAMEO root 01-20"
    for (_, header), *rows in tables().values():
        assert header.split("\t") == COLUMNS
        bad = [n for n, line in rows if len(line.split("\t")) != len(COLUMNS)]
        assert not bad, f"lines without exactly {len(COLUMNS)} tab-separated columns: {bad}"


def test_each_table_holds_the_codes_of_its_root():
    misplaced = [where(e) for e in entries() if not e["table"].startswith(e["code"][:2] + "_")]
    assert not misplaced, f"rows in the table of another root: {misplaced}"


def test_codes_exist_in_the_cameo_codebook():
    unknown = [where(e) for e in entries() if e["code"] not in cameo_codes()]
    assert not unknown, f"codes not in {CAMEO_CODES.name}: {unknown}"


def test_kinds_and_lemmas_are_well_formed():
    bad = []
    for e in entries():
        lemma = e["lemma"]
        if e["kind"] == "V":
            verb = lemma.removeprefix("sich ")
            if not re.fullmatch(r"[a-zäöüß]+", verb):
                bad.append(where(e))
        elif e["kind"] == "N":
            if not re.fullmatch(r"[A-ZÄÖÜ][\wäöüß-]+", lemma):
                bad.append(where(e))
        else:
            bad.append(where(e))
    assert not bad, f"kind must be V (lower-case infinitive, optional 'sich ') or N (capitalised noun): {bad}"


def test_forms_are_three_principal_parts_for_verbs_and_empty_for_nouns():
    bad = []
    for e in entries():
        principal, *extra = e["forms"].split("|")
        parts = principal.split(";")
        if e["kind"] == "V":
            if len(parts) != 3 or not all(re.fullmatch(r"[a-zäöüß]+", p) for p in parts + extra):
                bad.append(where(e))
        elif e["forms"]:
            bad.append(where(e))
    assert not bad, f"forms must be 'present;preterite;participle[|extra...]' for V, empty for N: {bad}"


def test_object_lists_are_single_words():
    bad = [
        where(e)
        for e in entries()
        if e["object"] and not all(re.fullmatch(r"[\wäöüÄÖÜß-]+", o) for o in e["object"].split("|"))
    ]
    assert not bad, f"object must be '|'-separated single words: {bad}"


def test_every_named_list_is_shared_and_every_name_is_defined():
    uses = Counter(o for e in entries() for o in e["named"].split("|") if o.startswith(LIST_MARK))
    assert set(uses) == {LIST_MARK + name for name in named_lists()}
    assert all(count > 1 for count in uses.values()), f"a list only one row uses belongs in that row: {uses}"


def test_targets_are_valid():
    def valid(target: str) -> bool:
        # several prepositions separated by "|": "pp:gegen|auf"
        prepositions = target.removeprefix("pp:").split("|")
        return target in PLAIN_TARGETS or (
            target.startswith("pp:") and all(p in PREPOSITIONS for p in prepositions)
        )

    bad = [f"{where(e)}: {e['target']!r}" for e in entries() if not valid(e["target"])]
    assert not bad, f"invalid targets: {bad}"


def test_no_duplicate_lemma_object_target():
    keys = Counter((e["lemma"], e["object"], e["target"]) for e in entries())
    duplicates = [key for key, count in keys.items() if count > 1]
    assert not duplicates, f"duplicate (lemma, object, target) rows: {duplicates}"


def test_size_and_coverage_of_every_root():
    assert len(entries()) >= MIN_ENTRIES
    per_root = Counter(e["code"][:2] for e in entries())
    thin = {f"{root:02d}": per_root[f"{root:02d}"] for root in range(1, 21) if per_root[f"{root:02d}"] < 10}
    assert not thin, f"roots with fewer than {MIN_PER_ROOT} entries: {thin}"


def test_every_example_contains_its_construction():
    missing = []
    for e in entries():
        if e["kind"] == "V":
            found = verb_in_example(e["lemma"], e["forms"], e["example"])
        else:
            found = noun_in_example(e["lemma"], e["example"])
        if not found:
            missing.append(f"{where(e)}: {e['example']}")
    assert not missing, "examples without an inflected form of their lemma:\n" + "\n".join(missing)


def test_reflexive_examples_contain_a_reflexive_pronoun():
    missing = [
        where(e)
        for e in entries()
        if e["lemma"].startswith("sich ") and not REFLEXIVE_PRONOUNS & set(words(e["example"]))
    ]
    assert not missing, f"reflexive verbs whose example has no reflexive pronoun: {missing}"


@pytest.mark.parametrize(
    ("lemma", "forms", "sentence", "expected"),
    [
        ("ausweisen", "weist;wies;ausgewiesen", "Berlin wies 40 Diplomaten aus.", True),
        ("ausweisen", "weist;wies;ausgewiesen", "Er wies auf die Lage hin.", False),
        ("ausweisen", "weist;wies;ausgewiesen", "Berlin will die Diplomaten auszuweisen.", True),
        ("treffen", "trifft;traf;getroffen", "Die Minister trafen sich in Genf.", True),
        ("treffen", "trifft;traf;getroffen", "Die Minister sprachen in Genf.", False),
    ],
)
def test_example_check_tells_separable_verbs_apart(lemma, forms, sentence, expected):
    assert verb_in_example(lemma, forms, sentence) is expected
