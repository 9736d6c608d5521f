"""German event coding against our gold set (benchmarks/gold/events_de.jsonl).

    python benchmarks/bench_events_de.py [--split dev|test|all|blind|blind2|tune|tune2|tune3|tune4|tune5|tune6|tune7|tune8|tune9|tune10|tune11|tune12|tune13|tune14|tune15|tune16|tune17|tune18|tune19|tune20|tune21|tune22|tune23|tune24|tune25|tune26|tune27|tune28|tune29|tune30|tune31|tune32|tune33|tune34|tune35|tune36|tune37|tune38|tune39|tune40|tune41|tune42|tune43|tune44|tune45|tune46|tune47|tune48|tune49|tune50|tune51|tune52|tune53|tune54|tune55|tune56|tune57|tune58|tune59|tune60|tune61|tune62|tune63|tune64] [--verbose]

Precision and recall at (source state/IGO, CAMEO root, target state/IGO) per sentence, over events of
every modality; factuality accuracy on the matched events; and the speculative or non-political
sentences (events_de_negative.jsonl) that must yield no asserted event.

`--split` keeps the figures honest by article: the coder is tuned on DEV (seed, de-001 … de-010) and
measured on TEST (de-012, de-013, de-015 … de-020); the non-political de-011 and de-014 have only
negative sentences and count in both.

`--split blind` scores the held-out set written blind to the coder: eight articles of our own
(benchmarks/gold/articles_de_blind.jsonl, blind-01 … blind-08) with their gold in
events_de_blind.jsonl and events_de_blind_negative.jsonl. It is not part of `all`. Its misses have since
been studied, so it is a second tuning set now; `--split blind2` (blind2-01 …, files *_blind2*) is the
next set written blind to the coder. `--split tune` (tune-a01 …, files *_tune*) is a large tuning bank
of short articles by several authors, written to show the coder phrasings that DEV and blind lack.
`--split tune2` (tune-e01 …, files *_tune2*) is a second bank by four new authors, held out while the
coder is tuned on the first, scored before and after. `--split tune3` (tune-i01 …, files *_tune3*) is a
third bank, written at the end of the fifth session and scored once with that session's final coder;
`--split tune4` (tune-m01 …) a fourth, written right after it. `--split tune5` (tune-q01 …) a fifth, written
at the start of the sixth session and held out during it; `--split tune6` (tune-u01 …) a sixth, written at
the end of the sixth session; `--split tune7` (t7-a01 …) a seventh, written at the start of the seventh session
and held out during it, a tuning split from the eighth session on; `--split tune8` (t8-a01 …) an eighth, written
at the start of the eighth session and held out during it, a tuning split from the ninth session on; `--split tune9`
(t9-a01 …) a ninth, written at the start of the ninth session and held out during it, a tuning split from the tenth
session on; `--split tune10` (t10-a01 …) a tenth, written at the start of the tenth session and held out during it,
a tuning split from the eleventh session on; `--split tune11` (t11-a01 …) an eleventh, written at the start of
the eleventh session and held out during it, a tuning split from the twelfth session on; `--split tune12`
(t12-a01 …) a twelfth, written at the start of the twelfth session and held out during it, a tuning split from
the thirteenth session on; `--split tune13` (t13-a01 …) a thirteenth, written at the start of the thirteenth session
and held out during it, a tuning split from the fourteenth session on; `--split tune14` (t14-a01 …) a
fourteenth, written at the start of the fourteenth session and held out during it, a tuning split from the fifteenth
session on; `--split tune15` (t15-a01 …) a fifteenth, written at the start of the fifteenth session and held out during
it, a tuning split from the sixteenth session on; `--split tune16` (t16-a01 …) a sixteenth, written at the end of the fifteenth session and held out during the
sixteenth, a tuning split from the seventeenth session on; `--split tune17` (t17-a01 …) a seventeenth, written at the start of the sixteenth session and held out
during the sixteenth and the seventeenth, a tuning split from the eighteenth session on; `--split tune18` (t18-a01 …) an eighteenth, written at the start of the
seventeenth session, held out during the seventeenth and the eighteenth, a tuning split from the nineteenth session on; `--split tune19` (t19-a01 …) a
nineteenth, written at the start of the eighteenth session, held out during the eighteenth and the nineteenth, a tuning split from the twentieth session on;
`--split tune20` (t20-a01 …) a twentieth, written at the start of the nineteenth session to be held out during the nineteenth and the twentieth, a tuning split from the twenty-first session on;
`--split tune21` (t21-a01 …) a twenty-first, written at the start of the twentieth session to be held out during the twentieth and the twenty-first, a tuning split from the twenty-second session on;
`--split tune22` (t22-a01 …) a twenty-second, written at the start of the twenty-first session to be held out during the twenty-first and the twenty-second, a tuning split from the twenty-third session on;
`--split tune23` (t23-a01 …) a twenty-third, written at the start of the twenty-second session to be held out during the twenty-second and the twenty-third, a tuning split from the twenty-fourth session on;
`--split tune24` (t24-a01 …) a twenty-fourth, written at the start of the twenty-third session to be held out during the twenty-third and the twenty-fourth, a tuning split from the twenty-fifth session on;
`--split tune25` (t25-a01 …) a twenty-fifth, written at the start of the twenty-fourth session to be held out during the twenty-fourth and the twenty-fifth, a tuning split from the twenty-sixth session on;
`--split tune26` (t26-a01 …) a twenty-sixth, written at the start of the twenty-fifth session to be held out during the twenty-fifth and the twenty-sixth, a tuning split from the twenty-seventh session on;
`--split tune27` (t27-a01 …) a twenty-seventh, written at the start of the twenty-sixth session to be held out during the twenty-sixth and the twenty-seventh, a tuning split from the twenty-eighth session on;
`--split tune28` (t28-a01 …) a twenty-eighth, written at the start of the twenty-seventh session to be held out during the twenty-seventh and the twenty-eighth, a tuning split from the twenty-ninth session on;
`--split tune29` (t29-a01 …) a twenty-ninth, written at the start of the twenty-eighth session to be held out during the twenty-eighth and the twenty-ninth, a tuning split from the thirtieth session on;
`--split tune30` (t30-a01 …) a thirtieth, written at the start of the twenty-ninth session to be held out during the twenty-ninth and the thirtieth, a tuning split from the thirty-first session on;
`--split tune31` (t31-a01 …) a thirty-first, written at the start of the thirtieth session to be held out during the thirtieth and the thirty-first, a tuning split from the thirty-second session on;
`--split tune32` (t32-a01 …) a thirty-second, written at the start of the thirty-first session to be held out during the thirty-first and the thirty-second, a tuning split from the thirty-third session on;
`--split tune33` (t33-a01 …) a thirty-third, written at the start of the thirty-second session to be held out during the thirty-second and the thirty-third, a tuning split from the thirty-fourth session on;
`--split tune34` (t34-a01 …) a thirty-fourth, written at the start of the thirty-third session to be held out during the thirty-third and the thirty-fourth, a tuning split from the thirty-fifth session on;
`--split tune35` (t35-a01 …) a thirty-fifth, written at the start of the thirty-fourth session to be held out during the thirty-fourth and the thirty-fifth, a tuning split from the thirty-sixth session on;
`--split tune36` (t36-a01 …) a thirty-sixth, written at the start of the thirty-fifth session to be held out during the thirty-fifth and the thirty-sixth, a tuning split from the thirty-seventh session on;
`--split tune37` (t37-a01 …) a thirty-seventh, written at the start of the thirty-sixth session to be held out during the thirty-sixth and the thirty-seventh, a tuning split from the thirty-eighth session on;
`--split tune38` (t38-a01 …) a thirty-eighth, written at the start of the thirty-seventh session to be held out during the thirty-seventh and the thirty-eighth, a tuning split from the thirty-ninth session on;
`--split tune39` (t39-a01 …) a thirty-ninth, written at the start of the thirty-eighth session to be held out during the thirty-eighth and the thirty-ninth, a tuning split from the forty-first session on;
`--split tune40` (t40-a01 …) a fortieth, written at the start of the thirty-ninth session to be held out during the thirty-ninth and the fortieth, a tuning split from the forty-second session on;
`--split tune41` (t41-a01 …) a forty-first, written in the fortieth session to be held out during the fortieth and the forty-first, a tuning split from the forty-third session on;
`--split tune42` (t42-a01 …) a forty-second, written at the start of the forty-first session to be held out during the forty-first and the forty-second, a tuning split from the forty-fourth session on;
`--split tune43` (t43-a01 …) a forty-third, written at the start of the forty-second session to be held out during the forty-second and the forty-third, a tuning split from the forty-fifth session on;
`--split tune44` (t44-a01 …) a forty-fourth, written at the start of the forty-third session to be held out during the forty-third and the forty-fourth, a tuning split from the forty-sixth session on;
`--split tune45` (t45-a01 …) a forty-fifth, written at the start of the forty-fourth session to be held out during the forty-fourth and the forty-fifth, a tuning split from the forty-seventh session on;
`--split tune46` (t46-a01 …) a forty-sixth, written at the start of the forty-fifth session to be held out during the forty-fifth and the forty-sixth, a tuning split from the forty-eighth session on;
`--split tune47` (t47-a01 …) a forty-seventh, written at the start of the forty-sixth session to be held out during the forty-sixth and the forty-seventh, a tuning split from the forty-ninth session on;
`--split tune48` (t48-a01 …) a forty-eighth, written at the start of the forty-seventh session to be held out during the forty-seventh and the forty-eighth, a tuning split from the fiftieth session on;
`--split tune49` (t49-a01 …) a forty-ninth, written at the start of the forty-eighth session to be held out during the forty-eighth and the forty-ninth, a tuning split from the fifty-first session on;
`--split tune50` (t50-a01 …) a fiftieth, written at the start of the forty-ninth session to be held out during the forty-ninth and the fiftieth, a tuning split from the fifty-second session on;
`--split tune51` (t51-a01 …) a fifty-first, written at the start of the fiftieth session to be held out during the fiftieth and the fifty-first, a tuning split from the fifty-third session on;
`--split tune52` (t52-a01 …) a fifty-second, written at the start of the fifty-first session to be held out during the fifty-first and the fifty-second, a tuning split from the fifty-fourth session on;
`--split tune53` (t53-a01 …) a fifty-third, written at the start of the fifty-second session to be held out during the fifty-second and the fifty-third, a tuning split from the fifty-fifth session on;
`--split tune54` (t54-a01 …) a fifty-fourth, written at the start of the fifty-third session to be held out during the fifty-third and the fifty-fourth, a tuning split from the fifty-sixth session on;
`--split tune55` (t55-a01 …) a fifty-fifth, written at the start of the fifty-fourth session to be held out during the fifty-fourth and the fifty-fifth, a tuning split from the fifty-seventh session on;
`--split tune56` (t56-a01 …) a fifty-sixth, written at the start of the fifty-fifth session to be held out during the fifty-fifth and the fifty-sixth, a tuning split from the fifty-eighth session on;
`--split tune57` (t57-a01 …) a fifty-seventh, written at the start of the fifty-sixth session to be held out during the fifty-sixth and the fifty-seventh, a tuning split from the fifty-ninth session on;
`--split tune58` (t58-a01 …) a fifty-eighth, written at the start of the fifty-seventh session to be held out during the fifty-seventh and the fifty-eighth, a tuning split from the sixtieth session on;
`--split tune59` (t59-a01 …) a fifty-ninth, written at the start of the fifty-eighth session to be held out during the fifty-eighth and the fifty-ninth, a tuning split from the sixty-first session on;
`--split tune60` (t60-a01 …) a sixtieth, written at the start of the fifty-ninth session to be held out during the fifty-ninth and the sixtieth, a tuning split from the sixty-second session on;
`--split tune61` (t61-a01 …) a sixty-first, written at the start of the sixtieth session to be held out during the sixtieth and the sixty-first, a tuning split from the sixty-third session on;
`--split tune62` (t62-a01 …) a sixty-second, written at the start of the sixty-first session to be held out during the sixty-first and the sixty-second;
`--split tune63` (t63-a01 …) a sixty-third, written at the start of the sixty-second session to be held out during the sixty-second and the sixty-third;
`--split tune64` (t64-a01 …) a sixty-fourth, written at the start of the sixty-third session to be held out during the sixty-third and the sixty-fourth.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

from lagebild import analyze
from lagebild.events.confidence import confidence_model
from lagebild.ingest import read_inputs

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "benchmarks" / "gold"
SEED = ROOT.parent / "shared" / "seeds" / "seed-article-de.txt"
CORPORA = (
    ROOT / "src" / "lagebild" / "samples" / "corpus-de.jsonl",
    GOLD / "articles_de_blind.jsonl",
    GOLD / "articles_de_blind2.jsonl",
    GOLD / "articles_de_tune.jsonl",
    GOLD / "articles_de_tune2.jsonl",
    GOLD / "articles_de_tune3.jsonl",
    GOLD / "articles_de_tune4.jsonl",
    GOLD / "articles_de_tune5.jsonl",
    GOLD / "articles_de_tune6.jsonl",
    GOLD / "articles_de_tune7.jsonl",
    GOLD / "articles_de_tune8.jsonl",
    GOLD / "articles_de_tune9.jsonl",
    GOLD / "articles_de_tune10.jsonl",
    GOLD / "articles_de_tune11.jsonl",
    GOLD / "articles_de_tune12.jsonl",
    GOLD / "articles_de_tune13.jsonl",
    GOLD / "articles_de_tune14.jsonl",
    GOLD / "articles_de_tune15.jsonl",
    GOLD / "articles_de_tune16.jsonl",
    GOLD / "articles_de_tune17.jsonl",
    GOLD / "articles_de_tune18.jsonl",
    GOLD / "articles_de_tune19.jsonl",
    GOLD / "articles_de_tune20.jsonl",
    GOLD / "articles_de_tune21.jsonl",
    GOLD / "articles_de_tune22.jsonl",
    GOLD / "articles_de_tune23.jsonl",
    GOLD / "articles_de_tune24.jsonl",
    GOLD / "articles_de_tune25.jsonl",
    GOLD / "articles_de_tune26.jsonl",
    GOLD / "articles_de_tune27.jsonl",
    GOLD / "articles_de_tune28.jsonl",
    GOLD / "articles_de_tune29.jsonl",
    GOLD / "articles_de_tune30.jsonl",
    GOLD / "articles_de_tune31.jsonl",
    GOLD / "articles_de_tune32.jsonl",
    GOLD / "articles_de_tune33.jsonl",
    GOLD / "articles_de_tune34.jsonl",
    GOLD / "articles_de_tune35.jsonl",
    GOLD / "articles_de_tune36.jsonl",
    GOLD / "articles_de_tune37.jsonl",
    GOLD / "articles_de_tune38.jsonl",
    GOLD / "articles_de_tune39.jsonl",
    GOLD / "articles_de_tune40.jsonl",
    GOLD / "articles_de_tune41.jsonl",
    GOLD / "articles_de_tune42.jsonl",
    GOLD / "articles_de_tune43.jsonl",
    GOLD / "articles_de_tune44.jsonl",
    GOLD / "articles_de_tune45.jsonl",
    GOLD / "articles_de_tune46.jsonl",
    GOLD / "articles_de_tune47.jsonl",
    GOLD / "articles_de_tune48.jsonl",
    GOLD / "articles_de_tune49.jsonl",
    GOLD / "articles_de_tune50.jsonl",
    GOLD / "articles_de_tune51.jsonl",
    GOLD / "articles_de_tune52.jsonl",
    GOLD / "articles_de_tune53.jsonl",
    GOLD / "articles_de_tune54.jsonl",
    GOLD / "articles_de_tune55.jsonl",
    GOLD / "articles_de_tune56.jsonl",
    GOLD / "articles_de_tune57.jsonl",
    GOLD / "articles_de_tune58.jsonl",
    GOLD / "articles_de_tune59.jsonl",
    GOLD / "articles_de_tune60.jsonl",
    GOLD / "articles_de_tune61.jsonl",
    GOLD / "articles_de_tune62.jsonl",
    GOLD / "articles_de_tune63.jsonl",
    GOLD / "articles_de_tune64.jsonl",
)
# The gold set names IGOs by short codes; the actor KB by CAMEO IGO codes or names.
DEV = {"seed"} | {f"de-{n:03d}" for n in range(1, 11)}
TEST = {"de-012", "de-013"} | {f"de-{n:03d}" for n in range(15, 21)}
BOTH = {"de-011", "de-014"}
BLIND = {f"blind-{n:02d}" for n in range(1, 9)}
BLIND2 = {f"blind2-{n:02d}" for n in range(1, 100)}
TUNE = {f"tune-{author}{n:02d}" for author in "abcd" for n in range(1, 100)}
TUNE2 = {f"tune-{author}{n:02d}" for author in "efgh" for n in range(1, 100)}
TUNE3 = {f"tune-{author}{n:02d}" for author in "ijkl" for n in range(1, 100)}
TUNE4 = {f"tune-{author}{n:02d}" for author in "mnop" for n in range(1, 100)}
TUNE5 = {f"tune-{author}{n:02d}" for author in "qrst" for n in range(1, 100)}
TUNE6 = {f"tune-{author}{n:02d}" for author in "uvwx" for n in range(1, 100)}
TUNE7 = {f"t7-{author}{n:02d}" for author in "abcd" for n in range(1, 100)}
TUNE8 = {f"t8-{author}{n:02d}" for author in "abcd" for n in range(1, 100)}
TUNE9 = {f"t9-{author}{n:02d}" for author in "abcd" for n in range(1, 100)}
TUNE10 = {f"t10-{author}{n:02d}" for author in "abcd" for n in range(1, 100)}
TUNE11 = {f"t11-{author}{n:02d}" for author in "abcd" for n in range(1, 100)}
TUNE12 = {f"t12-{author}{n:02d}" for author in "abcd" for n in range(1, 100)}
TUNE13 = {f"t13-{author}{n:02d}" for author in "abcd" for n in range(1, 100)}
TUNE14 = {f"t14-{author}{n:02d}" for author in "abcd" for n in range(1, 100)}
TUNE15 = {f"t15-{author}{n:02d}" for author in "abcd" for n in range(1, 100)}
TUNE16 = {f"t16-{author}{n:02d}" for author in "abcd" for n in range(1, 100)}
TUNE17 = {f"t17-{author}{n:02d}" for author in "abcd" for n in range(1, 100)}
TUNE18 = {f"t18-{author}{n:02d}" for author in "abcd" for n in range(1, 100)}
TUNE19 = {f"t19-{author}{n:02d}" for author in "abcd" for n in range(1, 100)}
TUNE20 = {f"t20-{author}{n:02d}" for author in "abcd" for n in range(1, 100)}
TUNE21 = {f"t21-{author}{n:02d}" for author in "abcd" for n in range(1, 100)}
TUNE22 = {f"t22-{author}{n:02d}" for author in "abcd" for n in range(1, 100)}
TUNE23 = {f"t23-{author}{n:02d}" for author in "abcd" for n in range(1, 100)}
TUNE24 = {f"t24-{author}{n:02d}" for author in "abcd" for n in range(1, 100)}
TUNE25 = {f"t25-{author}{n:02d}" for author in "abcd" for n in range(1, 100)}
TUNE26 = {f"t26-{author}{n:02d}" for author in "abcd" for n in range(1, 100)}
TUNE27 = {f"t27-{author}{n:02d}" for author in "abcd" for n in range(1, 100)}
TUNE28 = {f"t28-{author}{n:02d}" for author in "abcd" for n in range(1, 100)}
TUNE29 = {f"t29-{author}{n:02d}" for author in "abcd" for n in range(1, 100)}
TUNE30 = {f"t30-{author}{n:02d}" for author in "abcd" for n in range(1, 100)}
TUNE31 = {f"t31-{author}{n:02d}" for author in "abcd" for n in range(1, 100)}
TUNE32 = {f"t32-{author}{n:02d}" for author in "abcd" for n in range(1, 100)}
TUNE33 = {f"t33-{author}{n:02d}" for author in "abcd" for n in range(1, 100)}
TUNE34 = {f"t34-{author}{n:02d}" for author in "abcd" for n in range(1, 100)}
TUNE35 = {f"t35-{author}{n:02d}" for author in "abcd" for n in range(1, 100)}
TUNE36 = {f"t36-{author}{n:02d}" for author in "abcd" for n in range(1, 100)}
TUNE37 = {f"t37-{author}{n:02d}" for author in "abcd" for n in range(1, 100)}
TUNE38 = {f"t38-{author}{n:02d}" for author in "abcd" for n in range(1, 100)}
TUNE39 = {f"t39-{author}{n:02d}" for author in "abcd" for n in range(1, 100)}
TUNE40 = {f"t40-{author}{n:02d}" for author in "abcd" for n in range(1, 100)}
TUNE41 = {f"t41-{author}{n:02d}" for author in "abcd" for n in range(1, 100)}
TUNE42 = {f"t42-{author}{n:02d}" for author in "abcd" for n in range(1, 100)}
TUNE43 = {f"t43-{author}{n:02d}" for author in "abcd" for n in range(1, 100)}
TUNE44 = {f"t44-{author}{n:02d}" for author in "abcd" for n in range(1, 100)}
TUNE45 = {f"t45-{author}{n:02d}" for author in "abcd" for n in range(1, 100)}
TUNE46 = {f"t46-{author}{n:02d}" for author in "abcd" for n in range(1, 100)}
TUNE47 = {f"t47-{author}{n:02d}" for author in "abcd" for n in range(1, 100)}
TUNE48 = {f"t48-{author}{n:02d}" for author in "abcd" for n in range(1, 100)}
TUNE49 = {f"t49-{author}{n:02d}" for author in "abcd" for n in range(1, 100)}
TUNE50 = {f"t50-{author}{n:02d}" for author in "abcd" for n in range(1, 100)}
TUNE51 = {f"t51-{author}{n:02d}" for author in "abcd" for n in range(1, 100)}
TUNE52 = {f"t52-{author}{n:02d}" for author in "abcd" for n in range(1, 100)}
TUNE53 = {f"t53-{author}{n:02d}" for author in "abcd" for n in range(1, 100)}
TUNE54 = {f"t54-{author}{n:02d}" for author in "abcd" for n in range(1, 100)}
TUNE55 = {f"t55-{author}{n:02d}" for author in "abcd" for n in range(1, 100)}
TUNE56 = {f"t56-{author}{n:02d}" for author in "abcd" for n in range(1, 100)}
TUNE57 = {f"t57-{author}{n:02d}" for author in "abcd" for n in range(1, 100)}
TUNE58 = {f"t58-{author}{n:02d}" for author in "abcd" for n in range(1, 100)}
TUNE59 = {f"t59-{author}{n:02d}" for author in "abcd" for n in range(1, 100)}
TUNE60 = {f"t60-{author}{n:02d}" for author in "abcd" for n in range(1, 100)}
TUNE61 = {f"t61-{author}{n:02d}" for author in "abcd" for n in range(1, 100)}
TUNE62 = {f"t62-{author}{n:02d}" for author in "abcd" for n in range(1, 100)}
TUNE63 = {f"t63-{author}{n:02d}" for author in "abcd" for n in range(1, 100)}
TUNE64 = {f"t64-{author}{n:02d}" for author in "abcd" for n in range(1, 100)}
SPLITS = {
    "dev": DEV | BOTH,
    "test": TEST | BOTH,
    "all": DEV | TEST | BOTH,
    "blind": BLIND,
    "blind2": BLIND2,
    "tune": TUNE,
    "tune2": TUNE2,
    "tune3": TUNE3,
    "tune4": TUNE4,
    "tune5": TUNE5,
    "tune6": TUNE6,
    "tune7": TUNE7,
    "tune8": TUNE8,
    "tune9": TUNE9,
    "tune10": TUNE10,
    "tune11": TUNE11,
    "tune12": TUNE12,
    "tune13": TUNE13,
    "tune14": TUNE14,
    "tune15": TUNE15,
    "tune16": TUNE16,
    "tune17": TUNE17,
    "tune18": TUNE18,
    "tune19": TUNE19,
    "tune20": TUNE20,
    "tune21": TUNE21,
    "tune22": TUNE22,
    "tune23": TUNE23,
    "tune24": TUNE24,
    "tune25": TUNE25,
    "tune26": TUNE26,
    "tune27": TUNE27,
    "tune28": TUNE28,
    "tune29": TUNE29,
    "tune30": TUNE30,
    "tune31": TUNE31,
    "tune32": TUNE32,
    "tune33": TUNE33,
    "tune34": TUNE34,
    "tune35": TUNE35,
    "tune36": TUNE36,
    "tune37": TUNE37,
    "tune38": TUNE38,
    "tune39": TUNE39,
    "tune40": TUNE40,
    "tune41": TUNE41,
    "tune42": TUNE42,
    "tune43": TUNE43,
    "tune44": TUNE44,
    "tune45": TUNE45,
    "tune46": TUNE46,
    "tune47": TUNE47,
    "tune48": TUNE48,
    "tune49": TUNE49,
    "tune50": TUNE50,
    "tune51": TUNE51,
    "tune52": TUNE52,
    "tune53": TUNE53,
    "tune54": TUNE54,
    "tune55": TUNE55,
    "tune56": TUNE56,
    "tune57": TUNE57,
    "tune58": TUNE58,
    "tune59": TUNE59,
    "tune60": TUNE60,
    "tune61": TUNE61,
    "tune62": TUNE62,
    "tune63": TUNE63,
    "tune64": TUNE64,
}
# (events, negatives) gold files per split; the blind splits have their own articles and gold.
GOLD_FILES = {
    bank: (f"events_de_{bank}.jsonl", f"events_de_{bank}_negative.jsonl")
    for bank in ("blind", "blind2", "tune", *(f"tune{n}" for n in range(2, 65)))
}
SAMPLE_GOLD_FILES = ("events_de.jsonl", "events_de_negative.jsonl")
IGO_ALIASES = {"NATO": "NATO", "NAT": "NATO", "EU": "EUR", "EUR": "EUR", "UN": "UNO", "UNO": "UNO",
               "OSC": "OSC", "OSCE": "OSC", "IAE": "IAE", "IAEA": "IAE", "G7": "G7", "GOS": "G7", "ICC": "ICC"}  # fmt: skip


# the sides the gold names besides states (ISO 3166 alpha-3); "der Westen" is the region WST
SCORED_BLOCS = {*IGO_ALIASES.values(), "WST"}
STATE_CODE = re.compile(r"[A-Z]{3}")
# CAMEO sector codes look like state codes; standing alone (human rights groups "NGO", migrants "REF")
# they name an actor of no state, which the gold writes as a null side
SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "OPP", "CVL", "BUS", "NGO", "REB", "REF", "MED", "EDU", "HLH",
           "LAB", "REL", "CRM", "IGO", "SPY", "UAF", "INS", "ELI", "AGR", "MNC", "IRC", "PTY", "SEP", "RAD"}  # fmt: skip


def state_level(actor: dict | None) -> str | None:
    """The state or IGO an actor acts for. An IGO code wins over the person's nationality: NATO's
    Norwegian secretary general (IGOWSTNAT, country NOR) acts for NATO. An actor of no state outside
    the scored IGOs (Amnesty International, the African Union, an unresolved name) is None: the gold
    writes such a side as null and keeps the actor in source_actor/target_actor, as it does a bare sector
    ("NGO" for human rights groups)."""
    if actor is None:
        return None
    code = (actor.get("actor_code") or "").upper()
    igo = code.startswith("IGO") or not actor.get("country")
    for candidate in (code, code[-3:], code[3:6]) if igo else ():
        if candidate in IGO_ALIASES:
            return IGO_ALIASES[candidate]
    side = actor.get("country") or code
    if side in SECTORS:
        return None
    return side if side in SCORED_BLOCS or STATE_CODE.fullmatch(side) else None


def articles() -> dict[str, tuple[str, str | None]]:
    texts = {}
    for corpus in CORPORA:
        if not corpus.exists():
            continue
        for line in corpus.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            texts[record["id"]] = (record["text"], record["date"])
    (seed,) = read_inputs([SEED])
    texts["seed"] = (seed.text, seed.date)
    return texts


def _gold(name: str, split: set[str]) -> list[dict]:
    path = GOLD / name
    if not path.exists():
        return []
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in records if r["article"] in split]


def main(split: str = "all", verbose: bool = False) -> None:
    events_file, negatives_file = GOLD_FILES.get(split, SAMPLE_GOLD_FILES)
    gold = _gold(events_file, SPLITS[split])
    negatives = _gold(negatives_file, SPLITS[split])
    print(f"split {split}")
    texts = articles()
    predicted: dict[str, list[dict]] = {}
    for article_id in sorted({g["article"] for g in gold} | {n["article"] for n in negatives}):
        text, date = texts[article_id]
        predicted[article_id] = [e.model_dump() for e in analyze(text, date=date, lang="de").events]

    def key(article, sentence, source, root, target):
        return (article, sentence.strip(), source, root, target)

    gold_keys = Counter(key(g["article"], g["sentence"], g["source"], g["root"], g["target"]) for g in gold)
    gold_modality = {
        key(g["article"], g["sentence"], g["source"], g["root"], g["target"]): g["modality"] for g in gold
    }
    predicted_keys: Counter = Counter()
    predicted_modality = {}
    for article_id, events in predicted.items():
        for e in events:
            k = key(
                article_id,
                e["evidence"]["text"],
                state_level(e["source"]),
                e["root"],
                state_level(e["target"]),
            )
            predicted_keys[k] += 1
            predicted_modality.setdefault(k, e["modality"])
    matched = gold_keys & predicted_keys
    tp, n_pred, n_gold = sum(matched.values()), sum(predicted_keys.values()), sum(gold_keys.values())
    precision, recall = tp / n_pred if n_pred else 0.0, tp / n_gold
    modality_right = sum(gold_modality[k] == predicted_modality[k] for k in matched)
    print(f"gold events {n_gold}, predicted {n_pred}, matched {tp}")
    print(
        f"precision {precision:.3f}  recall {recall:.3f}  F1 {2 * precision * recall / (precision + recall or 1):.3f}"
    )
    print(
        f"factuality accuracy on matched events {modality_right}/{len(matched)} = {modality_right / max(len(matched), 1):.3f}"
    )
    loose_gold = Counter((k[0], k[1], k[2], k[3]) for k in gold_keys.elements())
    loose_pred = Counter((k[0], k[1], k[2], k[3]) for k in predicted_keys.elements())
    loose = sum((loose_gold & loose_pred).values())
    print(
        f"without the target (source, root): precision {loose / max(n_pred, 1):.3f}  recall {loose / n_gold:.3f}"
    )
    threshold = confidence_model().threshold
    confident = Counter(
        key(article_id, e["evidence"]["text"], state_level(e["source"]), e["root"], state_level(e["target"]))
        for article_id, events in predicted.items()
        for e in events
        if e["confidence"] >= threshold
    )
    kept = sum((gold_keys & confident).values())
    print(
        f"events with confidence >= {threshold} (the model's threshold): {sum(confident.values())}, "
        f"precision {kept / max(sum(confident.values()), 1):.3f}  recall {kept / n_gold:.3f}"
    )
    by_root_gold, by_root_hit = (
        Counter(k[3] for k in gold_keys.elements()),
        Counter(k[3] for k in matched.elements()),
    )
    print("recall by root:", " ".join(f"{r}:{by_root_hit[r]}/{n}" for r, n in sorted(by_root_gold.items())))
    if negatives:
        violations = [
            (n["article"], n["sentence"][:70], e["code"])
            for n in negatives
            for e in predicted[n["article"]]
            if e["modality"] == "asserted" and e["evidence"]["text"].strip() == n["sentence"].strip()
        ]
        print(
            f"must-not-assert sentences: {len(negatives)}, asserted events produced there: {len(violations)}"
        )
        if verbose:
            for violation in violations:
                print("  NEG", violation)
    if verbose:
        for k in sorted((predicted_keys - gold_keys).elements(), key=str):
            print("  FP", k[0], k[2], k[3], k[4], "|", k[1][:90])
        for k in sorted((gold_keys - predicted_keys).elements(), key=str):
            print("  FN", k[0], k[2], k[3], k[4], "|", k[1][:90])


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=sorted(SPLITS), default="all")
    parser.add_argument("--verbose", action="store_true")
    arguments = parser.parse_args()
    main(split=arguments.split, verbose=arguments.verbose)
