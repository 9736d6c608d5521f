"""The German event lexicon (`lexicon_de/`, one table per CAMEO root): verb and noun constructions
mapped to CAMEO codes; the folder's README.md documents the columns and conventions.

Verbs are matched by surface form, generated here from the infinitive and the principal parts the
lexicon gives, because a lemmatizer trained on a few thousand sentences misses irregular forms
("wies" → "weisen").
"""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable

from spacy.tokens import Token

# the object column may name a word list that many rows share ("@sanctions"), written once in this table
NAMED_LISTS_TABLE = "named_lists.tsv"
LIST_MARK = "@"

SEPARABLE_PARTICLES = sorted(
    [
        "ab",
        "an",
        "auf",
        "aufrecht",
        "aus",
        "auseinander",
        "bei",
        "bereit",
        "dar",
        "durch",
        "ein",
        "entgegen",
        "fest",
        "fort",
        "frei",
        "gefangen",
        "gegenüber",
        "gut",
        "heim",
        "her",
        "herab",
        "heran",
        "heraus",
        "herbei",
        "herunter",
        "hervor",
        "hin",
        "hinaus",
        "hinzu",
        "infrage",
        "klar",
        "los",
        "mit",
        "nach",
        "nahe",
        "nieder",
        "offen",
        "statt",
        "still",
        "teil",
        "um",
        "überein",
        "vor",
        "voran",
        "vorbei",
        "weg",
        "weiter",
        "wieder",
        "zu",
        "zurecht",
        "zurück",
        "zusammen",
        "zuvor",
    ],
    key=len,
    reverse=True,
)


def separable_zu_infinitive(word: str, shortest: int) -> str | None:
    """The infinitive of a particle verb's zu-infinitive ("freizulassen" → "freilassen"), None for other
    words; `shortest` is the least length of the part after "zu"."""
    if "zu" not in word[1:]:
        return None  # most words: no need to try every particle
    for particle in SEPARABLE_PARTICLES:
        rest = word[len(particle) + 2 :]
        if word.startswith(particle + "zu") and len(rest) >= shortest and rest.endswith("n"):
            return particle + rest
    return None


@dataclass(frozen=True)
class LexiconEntry:
    code: str
    kind: str  # V or N
    lemma: str
    particle: str | None
    reflexive: bool
    objects: frozenset[str]
    target: str
    example: str


def bare_verb_entry(code: str, lemma: str, target: str, example: str) -> LexiconEntry:
    """A verb row with no particle, reflexive or object frame, for triggers a rule makes of verbs the
    lexicon's rows do not claim (announced answers, refused acts)."""
    return LexiconEntry(
        code=code,
        kind="V",
        lemma=lemma,
        particle=None,
        reflexive=False,
        objects=frozenset(),
        target=target,
        example=example,
    )


@dataclass(frozen=True)
class Lexicon:
    verbs_by_form: dict[str, tuple[LexiconEntry, ...]]
    nouns_by_form: dict[str, tuple[LexiconEntry, ...]]
    entries: tuple[LexiconEntry, ...]


def _particle(lemma: str, present: str, participle: str) -> str | None:
    """A separable particle: the infinitive and participle start with it, the finite verb does not."""
    for particle in SEPARABLE_PARTICLES:
        if (
            lemma.startswith(particle)
            and participle.startswith(particle)
            and not present.startswith(particle)
        ):
            return particle
    return None


# Verbs by which a source announces or enacts its own decision ("gab die Ausweisung bekannt", "ordnete
# die Schließung an"), shared by the coder (who performs a named act) and the anaphora stage (which
# act "den Schritt" refers to).
DECIDING_VERBS = {
    "bekanntgeben": "gibt;gab;bekanntgegeben", "ankündigen": "kündigt;kündigte;angekündigt",
    "verkünden": "verkündet;verkündete;verkündet", "beschließen": "beschließt;beschloss;beschlossen",
    "anordnen": "ordnet;ordnete;angeordnet", "vollziehen": "vollzieht;vollzog;vollzogen",
    "mitteilen": "teilt;teilte;mitgeteilt", "bestätigen": "bestätigt;bestätigte;bestätigt",
}  # fmt: skip


class VerbSet:
    """Some verbs given as {lemma: "present;preterite;participle"}, recognised in any form, a finite
    separable one only together with its particle ("teilte … mit", not "teilte")."""

    def __init__(self, verbs: dict[str, str]):
        # a finite form may belong to several verbs of the set ("führte … aus", "führte … durch"):
        # each form keeps the particles of all of them, None for a verb without one
        self.finite: dict[str, set[str | None]] = defaultdict(set)
        self.non_finite: set[str] = set()
        for lemma, forms in verbs.items():
            particle, finite_forms, non_finite_forms = verb_forms(lemma, forms)
            for form in finite_forms:
                self.finite[form].add(particle)
            self.non_finite |= non_finite_forms

    def __contains__(self, verb: Token) -> bool:
        if verb.lower_ in self.non_finite:
            return True
        particles = self.finite.get(verb.lower_)
        if not particles:
            return False
        return None in particles or any(c.lower_ in particles for c in verb.children)


def principal_parts(forms: str) -> tuple[str, str, str]:
    """(present, preterite, participle) of a row's forms "gibt;gab;gegeben", before any extra "|" forms."""
    present, preterite, participle = (part.strip() for part in forms.split("|")[0].split(";"))
    return present, preterite, participle


def preterite_forms(forms: str) -> set[str]:
    """The preterite of a row's forms, singular and plural ("griff", "griffen"; "stürmte", "stürmten")."""
    preterite = principal_parts(forms)[1]
    return {preterite, preterite + ("n" if preterite.endswith("e") else "en")}


@cache
def preterites_only() -> frozenset[str]:
    """Preterites of the verbs of our lexicon that are no other form of any of them: the tagger reads
    some as present ("stürmten")."""
    preterites, others = set(), set()
    for row in lexicon_rows(*german_tables()):
        if row["kind"] != "V" or not row["forms"]:
            continue
        _, finite, non_finite = verb_forms(row["lemma"].removeprefix("sich ").strip(), row["forms"])
        past = {form.lower() for form in preterite_forms(row["forms"])}
        preterites |= past
        others |= (finite | non_finite) - past
    return frozenset(preterites - others)


def verb_forms(lemma: str, forms: str) -> tuple[str | None, set[str], set[str]]:
    """(particle, finite forms without the particle, non-finite forms with it)."""
    present, preterite, participle = principal_parts(forms)
    _, *extra = forms.split("|")
    particle = _particle(lemma, present, participle)
    base = lemma[len(particle) :] if particle else lemma
    stem = base[:-2] if base.endswith("en") else base[:-1]
    finite = {present, base, stem + "e", stem + "t", stem + "et", stem + "en"} | preterite_forms(forms)
    if base.endswith(("eln", "ern")):
        # verbs in -eln/-ern drop the stem's e before the ending e: Konjunktiv I of reported speech
        # ("Kiew verhandle weiter mit Moskau") and 1st person ("ich fordre"), beside "verhandele"
        finite.add(base[:-3] + base[-2] + "e")
    finite |= _strong_subjunctive(preterite)
    finite.update(form.strip() for form in extra if form.strip())
    prefix = particle or ""
    # with the particle attached: infinitive, participle, zu-infinitive, and the verb-final finite forms of
    # subordinate clauses ("als Berlin die Diplomaten auswies")
    non_finite = (
        {lemma, participle, prefix + "zu" + base} | {prefix + f for f in finite}
        if particle
        else {lemma, participle}
    )
    if not particle:
        finite |= non_finite
    return particle, {f.lower() for f in finite}, {f.lower() for f in non_finite}


UMLAUTS = {"a": "ä", "o": "ö", "u": "ü"}


def _strong_subjunctive(preterite: str) -> set[str]:
    """Konjunktiv II of a strong verb, which reported speech uses where Konjunktiv I would look like the
    indicative ("Washington höbe die Sanktionen auf", "sie träfen sich"): the preterite with its last
    vowel umlauted, plus -e/-en. Weak verbs (preterite in -te) have none of their own."""
    if preterite.endswith("te"):
        return set()
    last = max((i for i, ch in enumerate(preterite) if ch in "aeiouäöü"), default=-1)
    if last < 0:
        return set()
    diphthong = last > 0 and preterite[last - 1] in "aeiou"  # "ließ", "wies", "blieb": no umlaut
    vowel = preterite[last]
    stem = (
        preterite
        if diphthong or vowel not in UMLAUTS
        else preterite[:last] + UMLAUTS[vowel] + preterite[last + 1 :]
    )
    return {stem + "e", stem + "en"}


# a preposition fused with its article names the same phrase: "traf im Kreml ein" is "in dem Kreml",
# "die Kritik am Kreml" is "an dem Kreml"; the parse keeps the fused word as the phrase's case marker
FUSED_PREPOSITIONS = {
    "in": ("im", "ins"), "an": ("am", "ans"), "zu": ("zum", "zur"), "von": ("vom",), "bei": ("beim",),
    "auf": ("aufs",), "für": ("fürs",), "über": ("übers",), "um": ("ums",),
}  # fmt: skip
# the targets by which a row takes its partner, with whom the act is done, not to whom: "vereinbarte mit
# Kiew", "Gespräche zwischen X und Y"
PARTNER_TARGETS = ("pp:mit", "zwischen")


def target_prepositions(target: str) -> tuple[str, ...]:
    """The prepositions a "pp:" target names, several separated by "|": "pp:gegen|auf" for "Offensive
    gegen Russland" and "Offensive auf Charkiw"; each with its forms fused with the article."""
    if not target.startswith("pp:"):
        return ()
    named = target.removeprefix("pp:").split("|")
    return tuple(form for p in named for form in (p, *FUSED_PREPOSITIONS.get(p, ())))


@cache  # asked for every object noun of every candidate trigger: the forms of a lemma never change
def noun_forms(lemma: str) -> frozenset[str]:
    base = lemma.lower()
    # a noun in -e takes only -n ("Reise", "Reisen"): "reises" would make "Polarkreises" a journey
    if base.endswith("e"):
        return frozenset({base, base + "n"})
    return frozenset(base + ending for ending in ("", "s", "es", "n", "en", "e", "er", "ern"))


def _lexicon_folder() -> Traversable:
    return resources.files("lagebild.events").joinpath("lexicon_de")


@cache
def german_tables() -> tuple[str, ...]:
    """The texts of the German lexicon tables, one per CAMEO root ("01_….tsv" …), in the order of their file names."""
    root_tables = (f for f in _lexicon_folder().iterdir() if f.name.endswith(".tsv") and f.name[:2].isdigit())
    return tuple(table.read_text(encoding="utf-8") for table in sorted(root_tables, key=lambda f: f.name))


@cache
def named_lists() -> dict[str, str]:
    """The word lists that many rows' object column shares, by name: "sanctions" → "Sanktion|Sanktionen|…"."""
    text = _lexicon_folder().joinpath(NAMED_LISTS_TABLE).read_text(encoding="utf-8")
    lines = (line for line in text.splitlines() if not line.startswith("#"))
    return {row["name"]: row["words"] for row in csv.DictReader(lines, delimiter="\t")}


def expand_objects(objects: str) -> str:
    """An object column with each "@name" replaced by the words of that named list."""
    if LIST_MARK not in objects:
        return objects
    return "|".join(named_lists()[o[1:]] if o.startswith(LIST_MARK) else o for o in objects.split("|"))


@cache
def german_lexicon() -> Lexicon:
    return parse_lexicon(*german_tables())


def lexicon_rows(*tables: str) -> Iterator[dict[str, str]]:
    """The rows of tables that each start with the column line, their named lists written out; lines opening with
    "#" are comments."""
    for table in tables:
        lines = (line for line in table.splitlines() if not line.startswith("#"))
        for row in csv.DictReader(lines, delimiter="\t"):
            if row.get("object"):
                row["object"] = expand_objects(row["object"])
            yield row


def parse_lexicon(*tables: str) -> Lexicon:
    """One lexicon from tables that each start with the column line (one table per CAMEO root)."""
    rows = lexicon_rows(*tables)
    verbs: dict[str, list[LexiconEntry]] = defaultdict(list)
    nouns: dict[str, list[LexiconEntry]] = defaultdict(list)
    entries = []
    for row in rows:
        lemma = row["lemma"].strip()
        reflexive = lemma.startswith("sich ")
        lemma = lemma.removeprefix("sich ").strip()
        objects = frozenset(o.strip().lower() for o in (row.get("object") or "").split("|") if o.strip())
        if row["kind"] == "V":
            particle, finite, non_finite = verb_forms(lemma, row["forms"])
        else:
            particle, finite, non_finite = None, noun_forms(lemma), set()
        entry = LexiconEntry(
            code=row["code"].strip(),
            kind=row["kind"],
            lemma=lemma,
            particle=particle,
            reflexive=reflexive,
            objects=objects,
            target=row["target"].strip(),
            example=row.get("example", ""),
        )
        entries.append(entry)
        index = verbs if entry.kind == "V" else nouns
        for form in finite | non_finite:
            index[form].append(entry)
    return Lexicon(
        verbs_by_form={form: tuple(e) for form, e in verbs.items()},
        nouns_by_form={form: tuple(e) for form, e in nouns.items()},
        entries=tuple(entries),
    )
