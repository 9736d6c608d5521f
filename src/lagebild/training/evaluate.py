"""Evaluate an assembled pipeline on the held-out test sets.

* NER: GermEval 2014 *test* (outer spans, PER/ORG/LOC/MISC, exact-match span P/R/F1),
  gold tokenisation, one sentence per Doc.
* Syntax: UD German GSD *test* with gold tokenisation; sentence boundaries preset
  (as our rule-based segmenter does at run time).  UPOS, full morphology string, lemma
  accuracy over all tokens; UAS/LAS over all tokens *including* punctuation (CoNLL 2018
  style) and, in brackets, spaCy's scorer convention (punctuation excluded).  Also STTS
  (``token.tag_``) accuracy against GSD's XPOS column.
* Syntax on the test part of our own news treebank (``training/treebank/test``), the same way:
  political news as the event coder reads it, never trained on.
* A small list of inflected names/nouns whose lemma must be the base form.
"""

from __future__ import annotations

import time
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin
from spacy.training import Example

from .convert import read_news_treebank

# (sentence, token, expected lemma)
LEMMA_CHECKS = [
    ("Die Äußerungen Lawrows wurden in Moskau zurückgewiesen.", "Lawrows", "Lawrow"),
    ("Die Regierung hat mit den Litauern verhandelt.", "Litauern", "Litauer"),
    ("Putins Sprecher widersprach am Montag.", "Putins", "Putin"),
    ("Das ist die Politik Putins gegenüber dem Westen.", "Putins", "Putin"),
    ("Merkels Nachfolger wurde im Dezember gewählt.", "Merkels", "Merkel"),
    ("Die Rede Selenskyjs wurde übertragen.", "Selenskyjs", "Selenskyj"),
    ("Der Angriff Russlands begann im Februar.", "Russlands", "Russland"),
    ("Die Regierung Deutschlands reagierte.", "Deutschlands", "Deutschland"),
    ("Der Ministerpräsident sprach mit den Ukrainern.", "Ukrainern", "Ukrainer"),
    ("Die Soldaten zogen sich zurück.", "Soldaten", "Soldat"),
    ("Die Verhandlungen der Staaten dauerten an.", "Verhandlungen", "Verhandlung"),
    ("Die Verhandlungen der Staaten dauerten an.", "Staaten", "Staat"),
    ("Der Besuch in Paris war kurz.", "Paris", "Paris"),
    ("Klaus traf den Minister.", "Klaus", "Klaus"),
]


def _docs(path: Path, vocab) -> list[Doc]:
    return list(DocBin().from_disk(path).get_docs(vocab))


def _unlabelled(gold: Doc, preset_sents: bool) -> Doc:
    d = Doc(gold.vocab, words=[t.text for t in gold], spaces=[bool(t.whitespace_) for t in gold])
    if preset_sents:
        for t in d:
            t.is_sent_start = t.i == 0
    return d


def evaluate_ner(nlp, corpus: Path) -> dict:
    gold = _docs(corpus / "germeval_test.spacy", nlp.vocab)
    keep = [p for p in nlp.pipe_names if p in ("ner",) or p.startswith("ner")]
    with nlp.select_pipes(enable=keep):
        examples = []
        preds = nlp.pipe(_unlabelled(g, True) for g in gold)
        for p, g in zip(preds, gold, strict=True):
            examples.append(Example(p, g))
    from spacy.scorer import Scorer

    s = Scorer.score_spans(examples, "ents")
    out = {"micro": {"p": s["ents_p"], "r": s["ents_r"], "f": s["ents_f"]}}
    for label, v in sorted(s["ents_per_type"].items()):
        out[label] = v
    out["n_sentences"] = len(gold)
    return out


def evaluate_syntax(nlp, gold: list[Doc], preset_sents: bool = True) -> dict:
    keep = [p for p in nlp.pipe_names if not p.startswith("ner")]
    n = upos = stts = morph = lemma = uas = las = 0
    n_np = uas_np = las_np = 0
    with nlp.select_pipes(enable=keep):
        preds = list(nlp.pipe(_unlabelled(g, preset_sents) for g in gold))
    for p, g in zip(preds, gold, strict=True):
        for tp, tg in zip(p, g, strict=True):
            n += 1
            upos += tp.pos_ == tg.pos_
            stts += tp.tag_ == tg.tag_
            morph += str(tp.morph) == str(tg.morph)
            lemma += tp.lemma_ == tg.lemma_
            head_ok = tp.head.i == tg.head.i
            lab_ok = head_ok and tp.dep_.lower() == tg.dep_.lower()
            uas += head_ok
            las += lab_ok
            if tg.dep_ != "punct":
                n_np += 1
                uas_np += head_ok
                las_np += lab_ok
    return {
        "tokens": n,
        "upos": upos / n,
        "stts": stts / n,
        "morph": morph / n,
        "lemma": lemma / n,
        "uas": uas / n,
        "las": las / n,
        "uas_nopunct": uas_np / n_np,
        "las_nopunct": las_np / n_np,
    }


def lemma_checks(nlp) -> list[dict]:
    out = []
    for sent, word, expected in LEMMA_CHECKS:
        doc = nlp(sent)
        tok = next(t for t in doc if t.text == word)
        out.append(
            {
                "token": word,
                "expected": expected,
                "got": tok.lemma_,
                "pos": tok.pos_,
                "ok": tok.lemma_ == expected,
            }
        )
    return out


def sentence_boundary_check(nlp) -> dict:
    """Preset boundaries (as our segmenter sets them) must survive the parser."""
    text = "Der Minister sagte am Montag in Berlin Die Gespräche werden fortgesetzt"
    doc = nlp.make_doc(text)
    starts = [t.i == 0 or t.text == "Die" for t in doc]  # boundary without punctuation
    for t, s in zip(doc, starts, strict=True):
        t.is_sent_start = s
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    got = [bool(t.is_sent_start) for t in doc]
    # and the inverse: a full stop that the segmenter says is *not* a boundary
    doc2 = nlp.make_doc("Das Treffen fand am 3. Oktober in Wien statt.")
    for t in doc2:
        t.is_sent_start = t.i == 0
    for _, proc in nlp.pipeline:
        doc2 = proc(doc2)
    return {
        "preset_boundary_kept": got == starts,
        "preset_non_boundary_kept": sum(bool(t.is_sent_start) for t in doc2) == 1,
    }


def evaluate(model: Path, corpus: Path) -> dict:
    nlp = load(model)
    gsd_test = _docs(corpus / "gsd_test.spacy", nlp.vocab)
    t0 = time.perf_counter()
    res = {
        "model": str(model),
        "germeval2014_test": evaluate_ner(nlp, corpus),
        "ud_gsd_test": evaluate_syntax(nlp, gsd_test, preset_sents=True),
        "ud_gsd_test_parser_sents": evaluate_syntax(nlp, gsd_test, preset_sents=False),
        "news_treebank_test": evaluate_syntax(nlp, read_news_treebank("test", nlp.vocab)),
        "lemma_checks": lemma_checks(nlp),
        "sentence_boundaries": sentence_boundary_check(nlp),
    }
    res["seconds"] = round(time.perf_counter() - t0, 1)
    return res


def load(model: Path):
    import lagebild.models.components  # noqa: F401  (registers the rule component)

    return spacy.load(model)
