"""Cue and source scores of `lagebild_quotes` on SpkAtt-2023 and GePaDe (German Bundestag speeches).

Data: ../shared/data/quotes/spkatt-2023/data/{train,dev}/task1/*.json, one speech per file:
`Sentences` (`SentenceId`, `Tokens`) and `Annotations`, each with `Cue` and role lists (`Source`,
`Message`, `Addr`, …) of "sentence:token" ids. Our rules run on the given tokens and
sentences (no re-tokenisation, no re-segmentation) after the packaged model's tagger and parser; a found quote's cue tokens (the verb and its
separated particle, or the source word "laut"/"zufolge"/"Angaben") and its speaker phrase tokens
are compared with the gold `Cue` and `Source` tokens.

Scores (our reimplementation; the official scorer is not in the shared data):
- cue token F1: every token labelled as a cue counts once (SpkAtt's token-level view);
- cue span F1: a predicted cue matches a gold cue when they share a token (one-to-one);
- source token F1: over source tokens, over the whole document;
- source token F1 on matched cues: the roles' proportional overlap for cue pairs that match,
  i.e. speaker attribution given that the cue was found.
`--cues quotes` scores the cues of the quotations the component emits; `--cues all` every speech
verb of its lexicon with the subject its rules find (cue detection without a reported message).
The rules were written for news and were not tuned on SpkAtt (train is reported as a second
sample, not used for tuning). SpkAtt also annotates thought and debate cues (glauben, wissen,
Antrag, Frage, Gesetzentwurf), which news quotation extraction does not target.

GePaDe dev (`--gepade`; per sentence, per predicate BIO roles; predicates marked `speech`) is read
into the same layout: cue = the `V` tokens, source = the `Source` tokens.

    python benchmarks/bench_quotes_spkatt.py [--split dev|train] [--gepade] [--cues quotes|all]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from spacy.tokens import Doc

from lagebild.pipeline import build_pipeline
from lagebild.pipeline.quotes import find_quotes
from lagebild.pipeline.quotes.cues import cues_in
from lagebild.pipeline.quotes.speakers import subject_of

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "quotes" / "spkatt-2023" / "data"
GEPADE = ROOT.parent / "shared" / "data" / "quotes" / "gepade" / "dev.json"


def _role_ids(sentence_id: int, roles: list[str], role: str) -> list[str]:
    return [f"{sentence_id}:{i}" for i, label in enumerate(roles) if label[2:] == role]


def gepade_speeches(path: Path) -> dict[str, dict]:
    """GePaDe (one JSON object of sentences, each with per-predicate BIO role lists) in the
    SpkAtt layout: speeches of `Sentences` and `Annotations` with `Cue` and `Source` ids."""
    speeches: dict[str, dict] = {}
    for key, sentence in json.loads(path.read_text(encoding="utf-8")).items():
        speech_id, _, number = key.rpartition("-sentence-")
        speech = speeches.setdefault(speech_id, {"Sentences": [], "Annotations": []})
        sentence_id = int(number)
        speech["Sentences"].append({"SentenceId": sentence_id, "Tokens": sentence["words"]})
        for annotation in sentence["annotations"].values():
            if annotation["predicate"] == "_":
                continue
            roles = annotation["roles"]
            speech["Annotations"].append(
                {"Cue": _role_ids(sentence_id, roles, "V"), "Source": _role_ids(sentence_id, roles, "Source")}
            )
    for speech in speeches.values():
        speech["Sentences"].sort(key=lambda s: s["SentenceId"])
    return speeches


def load_doc(nlp, speech: dict) -> tuple[Doc, list[str]]:
    words, starts, ids = [], [], []
    for sentence in speech["Sentences"]:
        for n, token in enumerate(sentence["Tokens"]):
            words.append(token)
            starts.append(n == 0)
            ids.append(f"{sentence['SentenceId']}:{n}")
    doc = Doc(nlp.vocab, words=words)
    for token, starts_sentence in zip(doc, starts, strict=True):
        token.is_sent_start = starts_sentence
    doc._.language = "de"
    for name, component in nlp.pipeline:
        if not name.startswith("lagebild_"):  # the trained model's tagger, parser, NER, if packaged
            doc = component(doc)
    return doc, ids


def every_cue(doc: Doc, ids: list[str]) -> list[tuple[frozenset, frozenset]]:
    """Every speech verb of our lexicon with its subject, whether or not it reports a clause:
    SpkAtt annotates cues without a message too ("Sie hat von einer Schicksalsfrage gesprochen")."""
    found = []
    for sentence in doc.sents:
        for cue in cues_in(sentence, "de"):
            speaker = subject_of(cue.verb, sentence.start, sentence.end, "de")
            source = frozenset(ids[t.i] for t in speaker) if speaker is not None else frozenset()
            found.append((frozenset(ids[t.i] for t in cue.tokens), source))
    return found


def predicted_annotations(doc: Doc, ids: list[str]) -> list[tuple[frozenset, frozenset]]:
    """(cue ids, source ids) per distinct cue of a found quotation."""
    by_cue: dict[frozenset, frozenset] = {}
    for quote in find_quotes(doc):
        if quote.cue is not None:
            cue = frozenset(ids[t.i] for t in quote.cue.tokens)
        elif quote.cue_phrase is not None and quote.speaker is not None:
            cue = frozenset(
                ids[t.i] for t in quote.cue_phrase if not (quote.speaker.start <= t.i < quote.speaker.end)
            )
        else:
            continue
        source = frozenset(ids[t.i] for t in quote.speaker) if quote.speaker is not None else frozenset()
        by_cue[cue] = by_cue.get(cue, frozenset()) | source
    return list(by_cue.items())


def prf(tp: float, n_pred: float, n_gold: float) -> str:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {p:.3f}  R {r:.3f}  F1 {f:.3f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=["dev", "train"], default="dev")
    parser.add_argument(
        "--gepade", action="store_true", help="score on GePaDe dev (quotes/gepade/dev.json) instead"
    )
    parser.add_argument(
        "--cues",
        choices=["quotes", "all"],
        default="quotes",
        help="quotes: cues of the quotations the component finds; all: every lexicon speech verb",
    )
    args = parser.parse_args()
    nlp = build_pipeline("de")  # its vocabulary and trained components; our rules run on the given tokens
    counts = Counter()
    if args.gepade:
        speeches = list(gepade_speeches(GEPADE).values())
    else:
        files = sorted((DATA / args.split / "task1").glob("*.json"))
        speeches = [json.loads(path.read_text(encoding="utf-8")) for path in files]
    for speech in speeches:
        doc, ids = load_doc(nlp, speech)
        gold = [(frozenset(a["Cue"]), frozenset(a["Source"])) for a in speech["Annotations"] if a["Cue"]]
        predicted = predicted_annotations(doc, ids) if args.cues == "quotes" else every_cue(doc, ids)
        gold_cue_tokens = set().union(*(c for c, _ in gold)) if gold else set()
        pred_cue_tokens = set().union(*(c for c, _ in predicted)) if predicted else set()
        counts["cue_tok_tp"] += len(gold_cue_tokens & pred_cue_tokens)
        counts["cue_tok_pred"] += len(pred_cue_tokens)
        counts["cue_tok_gold"] += len(gold_cue_tokens)
        gold_sources = set().union(*(s for _, s in gold)) if gold else set()
        pred_sources = set().union(*(s for _, s in predicted)) if predicted else set()
        counts["src_tok_tp"] += len(gold_sources & pred_sources)
        counts["src_tok_pred"] += len(pred_sources)
        counts["src_tok_gold"] += len(gold_sources)
        counts["cue_gold"] += len(gold)
        counts["cue_pred"] += len(predicted)
        unmatched = list(gold)
        for cue, source in predicted:
            match = next((g for g in unmatched if g[0] & cue), None)
            if match is None:
                continue
            unmatched.remove(match)
            counts["cue_tp"] += 1
            counts["pair_src_tp"] += len(match[1] & source)
            counts["pair_src_pred"] += len(source)
            counts["pair_src_gold"] += len(match[1])
    corpus = "GePaDe dev" if args.gepade else f"SpkAtt-2023 {args.split}"
    print(
        f"{corpus} (cues: {args.cues}): {len(speeches)} speeches, "
        f"{counts['cue_gold']} gold cues, {counts['cue_pred']} predicted"
    )
    print(f"cue token            {prf(counts['cue_tok_tp'], counts['cue_tok_pred'], counts['cue_tok_gold'])}")
    print(f"cue span (overlap)   {prf(counts['cue_tp'], counts['cue_pred'], counts['cue_gold'])}")
    print(f"source token         {prf(counts['src_tok_tp'], counts['src_tok_pred'], counts['src_tok_gold'])}")
    print(
        f"source, matched cues {prf(counts['pair_src_tp'], counts['pair_src_pred'], counts['pair_src_gold'])}"
    )


if __name__ == "__main__":
    main()
