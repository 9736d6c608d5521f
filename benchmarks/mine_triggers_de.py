"""Lexicon readings the German coder lacks, mined from the gold: the triggers of missed gold events grouped by
their lemma and CAMEO code, kept where several banks attest them with one code.

    python benchmarks/mine_triggers_de.py [--splits dev blind tune ...] [--banks 2] [--share 0.67] [--all]
        [--coded DUMP]

Reads the gold events (asserted, future, hypothetical) of the tuning splits without the gate (`GATE`: rerun
after new banks, and move the gate along with the benchmark's) and codes their articles with the shipped
pipeline, or takes the coded events from a benchmark dump of the same tree (`--coded`, a JSON file with the
events by article: {"events": {article: [{"sentence", "root"}, …]}}) and only parses. A gold event counts as a miss when its sentence has no coded event of its root. Its trigger (the
gold's `trigger` field) is found word by word in the parsed sentence and read as one reading:

  - the lexical verb highest in the parse, its separable particle joined ("rief … auf" → "aufrufen") and
    "sich " before it where the trigger names the reflexive;
  - a light verb with the noun it carries ("Druck machen" → "Druck + machen");
  - else the trigger's first noun ("Vermittlungsangebot").

Readings are grouped with their codes and printed with the banks and authors (bank + author letter: "t12-a…"
and "t12-b…" are two authors of one bank) that attest them. A reading is kept when at least `--banks` banks
attest it, one root has at least `--share` of its misses, and no row of the lexicon reads its lemma in that root
("kept"); where rows of the root read the lemma but all ask for objects that none of its misses has, it is
printed as "object missing" (an object to add to a row, perhaps). `--all` also prints the readings dropped
for being in the lexicon or for codes that disagree. The last line counts the readings by verdict.
The kept ones are candidates, no more: check each against the CAMEO codebook and the lexicon conventions
(`src/lagebild/events/lexicon_de/README.md`) before writing its row, and measure it with the benchmark.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from multiprocessing import Pool
from pathlib import Path

import bench_events_de as bench
from train_confidence_de import TRAINING_SPLITS, bank_of

from lagebild.analysis import get_pipeline
from lagebild.events.lexicon import german_lexicon

# the splits scored blind while the lexicon is tuned: never mined
GATE = ("tune59", "tune60", "tune61")
MINED_MODALITIES = ("asserted", "future", "hypothetical")
# verbs that carry the act of their noun object ("übte Kritik", "setzte eine Frist", "nahm Gespräche auf")
LIGHT_VERBS = frozenset({
    "machen", "geben", "stellen", "nehmen", "aufnehmen", "bringen", "führen", "setzen", "halten", "ziehen",
    "erheben", "ergreifen", "leisten", "üben", "erteilen", "aussprechen", "sein", "haben", "kommen", "finden",
    "stattfinden", "treffen", "fassen", "schaffen", "legen", "einlegen", "lassen", "bleiben", "gehen",
})  # fmt: skip
# the first stage after the parse and its repairs: the lemmas and the parse are read as the coder reads them
FIRST_STAGE_AFTER_PARSE = "ner"
_texts: dict[str, tuple[str, str | None]] = {}
# (sentence, root) of each article's coded events, when read from a bench dump
_coded: dict[str, set[tuple[str, str]]] = {}


def author_of(split: str, article: str) -> tuple[str, str]:
    """(bank, author letter) of a split's article: "t12-a01" → ("tune12", "a"); dev and blind are one bank."""
    letter = article.partition("-")[2][:1]
    return bank_of(split), letter if letter.isalpha() else article.partition("-")[0]


def trigger_tokens(sentence, trigger: str) -> list:
    """The sentence's tokens that spell the trigger, each word found after the one before where it can be."""
    found, start = [], 0
    for word in re.findall(r"\w[\w-]*", trigger):
        tokens = [t for t in sentence if t.lower_ == word.lower()]
        after = [t for t in tokens if t.i >= start]
        if after or tokens:
            token = (after or tokens)[0]
            found.append(token)
            start = token.i + 1
    return found


def verb_lemma(verb) -> str:
    """The verb's lemma with its separable particle ("rief … auf" → "aufrufen")."""
    lemma = verb.lemma_.lower()
    particles = [c.lower_ for c in verb.children if c.dep_ == "compound:prt"]
    if particles and not lemma.startswith(particles[0]):
        lemma = particles[0] + lemma
    return lemma


def reading(sentence, trigger: str) -> tuple[tuple[str, str | None], str, frozenset[str]] | None:
    """What the trigger reads as: (lemma, noun or None) for a verb (with "sich " where reflexive), a light verb
    with its noun, or a noun alone; the word's form as written; the lemmas of the nouns it governs."""
    tokens = trigger_tokens(sentence, trigger)
    verbs = [t for t in tokens if t.tag_.startswith("VV")]
    nouns = [t for t in tokens if t.pos_ == "NOUN"]
    if verbs:
        head = min(verbs, key=lambda t: len(list(t.ancestors)))
        lemma = verb_lemma(head)
        if any(t.lower_ == "sich" for t in tokens):
            lemma = "sich " + lemma
        noun = nouns[0].lemma_ if lemma.removeprefix("sich ") in LIGHT_VERBS and nouns else None
    elif nouns:
        head, lemma, noun = nouns[0], nouns[0].lemma_, None
    else:
        return None
    governed = {t for t in head.subtree if t.pos_ == "NOUN" and t.i != head.i} | set(nouns)
    return (lemma, noun), head.lower_, frozenset(t.lemma_.lower() for t in governed)


def _mine(job: tuple[str, list[tuple[str, str, str]]]) -> list[tuple]:
    """For each (sentence, trigger, code) of one article: its reading and whether its root is coded in the
    sentence (by the article's events in `_coded`, else by coding the article here)."""
    article, wanted = job
    text, date = _texts[article]
    nlp = get_pipeline("de")
    doc = nlp.make_doc(text)
    doc._.article_date = date
    doc._.language = "de"
    if article in _coded:
        # the coded events are given: the parse is all that is needed
        with nlp.select_pipes(enable=nlp.pipe_names[: nlp.pipe_names.index(FIRST_STAGE_AFTER_PARSE)]):
            doc = nlp(doc)
        coded = _coded[article]
    else:
        doc = nlp(doc)
        coded = {(e.evidence.sent.text.strip(), e.code[:2]) for e in doc._.events}
    out = []
    for sentence_text, trigger, code in wanted:
        begin = doc.text.find(sentence_text)
        if begin < 0:
            continue
        span = doc.char_span(begin, begin + len(sentence_text), alignment_mode="expand")
        out.append(
            (
                article,
                sentence_text,
                trigger,
                code,
                reading(span, trigger),
                (sentence_text, code[:2]) in coded,
            )
        )
    return out


def rows_in_root(lemma: str, form: str, root: str) -> list:
    """The lexicon's rows of the root that read the word: by its lemma, its form as written, or (nouns) the
    end of its compound."""
    reflexive = lemma.startswith("sich ")
    bare = lemma.removeprefix("sich ").lower()
    lexicon = german_lexicon()
    by_form = [*lexicon.verbs_by_form.get(form, ()), *lexicon.nouns_by_form.get(form, ())]
    return [
        e
        for e in lexicon.entries
        if e.code[:2] == root
        and e.reflexive == reflexive
        and (e.lemma.lower() == bare or e in by_form or (e.kind == "N" and bare.endswith(e.lemma.lower())))
    ]


def coverage(lemma: str, noun: str | None, events: list[tuple], root: str) -> str:
    """How far the lexicon reads the word: "new" where no row of the root does, "object missing" where its
    rows all ask for objects none of its events has, else "in the lexicon". A verb is also read by a noun row
    that takes it for its light verb ("Die Verhandlungen scheiterten": 164 Verhandlung + scheitern)."""
    bare = lemma.removeprefix("sich ").lower()
    rows = [r for e in events for r in rows_in_root(lemma, e[4], root)]
    carried_by = [
        r
        for r in german_lexicon().entries
        if r.kind == "N" and r.code[:2] == root and bare in r.objects
        and any(o.endswith(r.lemma.lower()) for *_, objects in events for o in objects)
    ]  # fmt: skip
    if carried_by:
        return "in the lexicon"
    if not rows:
        return "new"
    for row in rows:
        if not row.objects:
            return "in the lexicon"
        for *_, objects in events:
            if any(o.endswith(wanted) for o in objects | {(noun or "").lower()} for wanted in row.objects):
                return "in the lexicon"
    return "object missing"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--splits", nargs="+", default=[s for s in TRAINING_SPLITS if s not in GATE])
    parser.add_argument("--banks", type=int, default=2, help="least number of banks attesting a reading")
    parser.add_argument("--share", type=float, default=0.67, help="least share of the dominant root")
    parser.add_argument("--all", action="store_true", help="also print the readings dropped, and why")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--coded", help="a bench dump of this tree (its events by article): not coded again")
    arguments = parser.parse_args()
    if set(arguments.splits) & set(GATE):
        parser.error("the gate is scored blind: never mine it")
    jobs: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    split_of = {}
    for split in arguments.splits:
        for row in bench._gold(bench.GOLD_FILES.get(split, bench.SAMPLE_GOLD_FILES)[0], bench.SPLITS[split]):
            if row["modality"] in MINED_MODALITIES and row.get("trigger"):
                jobs[row["article"]].append((row["sentence"].strip(), row["trigger"], row["code"]))
                split_of[row["article"]] = split
    _texts.update(bench.articles())
    if arguments.coded:
        dump = json.loads(Path(arguments.coded).read_text(encoding="utf-8"))["events"]
        _coded.update({a: {(e["sentence"].strip(), e["root"]) for e in dump[a]} for a in jobs if a in dump})
    with Pool(arguments.jobs) as pool:
        mined = [m for part in pool.imap_unordered(_mine, sorted(jobs.items()), chunksize=2) for m in part]
    misses: dict[tuple, list[tuple]] = defaultdict(list)
    unread = 0
    for article, sentence, trigger, code, read, coded in mined:
        if coded:
            continue
        if read is None:
            unread += 1
            continue
        key, form, objects = read
        misses[key].append((article, sentence, trigger, code, form, objects))
    print(f"{len(mined)} gold events mined, {sum(len(v) for v in misses.values()) + unread} missed "
          f"({unread} with no verb or noun in their trigger), {len(misses)} readings")  # fmt: skip
    verdicts: Counter = Counter()
    for (lemma, noun), events in sorted(misses.items(), key=lambda kv: -len(kv[1])):
        roots = Counter(e[3][:2] for e in events)
        root, in_root = roots.most_common(1)[0]
        in_root_events = [e for e in events if e[3][:2] == root]
        known = coverage(lemma, noun, in_root_events, root)
        authors = {author_of(split_of[e[0]], e[0]) for e in in_root_events}
        banks = {bank for bank, _ in authors}
        if len(banks) < arguments.banks:
            verdict = "few banks"
        elif in_root / len(events) < arguments.share:
            verdict = "codes disagree"
        else:
            verdict = "kept" if known == "new" else known
        verdicts[verdict] += 1
        if verdict not in ("kept", "object missing") and not (
            arguments.all and len(banks) >= arguments.banks
        ):
            continue
        codes = Counter(e[3] for e in events)
        name = f"{lemma} + {noun}" if noun else lemma
        elsewhere = sorted({r.code for r in german_lexicon().entries if r.lemma.lower() == lemma.lower()})
        print(f"\n[{verdict}] {name}: {len(events)} misses, {len(banks)} banks, {len(authors)} authors; "
              + ", ".join(f"{c} {n}" for c, n in codes.most_common())
              + (f"; the lexicon's rows of the word: {' '.join(elsewhere)}" if elsewhere else ""))  # fmt: skip
        for article, sentence, trigger, code, _, objects in in_root_events[:6]:
            print(f"    {code} {article} [{trigger}] {sentence[:160]}")
            if verdict == "object missing":
                print(f"        objects: {' '.join(sorted(objects))}")
    print("\nreadings: " + ", ".join(f"{v} {n}" for v, n in verdicts.most_common()))


if __name__ == "__main__":
    main()
