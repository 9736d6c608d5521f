"""Small components that the assembled German pipeline ``de_core`` needs at run time.

Import this module before ``spacy.load`` of ``de_core`` (``lagebild.models.load_de_core``
does it): it registers the rule component below and the gazetteer layer of the NER model.

``lagebild_propn_genitive_lemma`` (pipe name ``lemma_propn_gen``, runs last): the trained
edit-tree lemmatizer learns from few sentences and often leaves a proper-noun genitive
unchanged (``Merkels`` -> ``Merkels``).  German names form the genitive with a plain ``-s``
(``Putins``, ``Russlands``).  The rule strips that ``s`` from the lemma when

* the token is capitalised and is a PROPN or lies inside a PER/LOC/ORG entity,
* its lemma still equals its text, it ends in ``s`` (not ``ss``), and the stem has at
  least 3 characters and does not itself end in s/x/z/ß, and
* the morphologizer says ``Case=Gen``, or the stem is a known name in the NER model's
  gazetteer table while the full form is not (``Merkels`` -> ``Merkel``, but
  ``Paris``/``Klaus`` stay), or the parser attaches the token to a noun as
  nmod/nmod:poss/det:poss with no preposition (``der Angriff Russlands``).
"""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

_SIBILANT = ("s", "x", "z", "ß")
_ENT_LABELS = {"PER", "LOC", "ORG"}


def _genitive_stem(text: str) -> str | None:
    if text.endswith("s") and not text.endswith("ss") and text[:1].isupper():
        stem = text[:-1]
        if len(stem) >= 3 and not stem.endswith(_SIBILANT) and stem[-1].isalpha():
            return stem
    return None


_GEN_DEPS = {"nmod", "nmod:poss", "det:poss"}


def _genitive_attachment(tok) -> bool:
    """A name attached to a noun as nmod/nmod:poss/det:poss without a preposition
    (``der Angriff Russlands``, ``Putins Sprecher``) is a genitive in German."""
    return (
        tok.dep_ in _GEN_DEPS
        and tok.head.pos_ in ("NOUN", "PROPN")
        and tok.head.i != tok.i
        and not any(c.dep_ == "case" for c in tok.children)
    )


def _find_gazetteer_table(nlp: Language) -> dict[str, int]:
    for _, proc in nlp.components:  # also disabled ones
        model = getattr(proc, "model", None)
        if model is None:
            continue
        for node in model.walk():
            if node.name == "gazetteer_features" and node.attrs.get("table"):
                return node.attrs["table"]
    return {}


class PropnGenitiveLemma:
    def __init__(self, nlp: Language):
        self.nlp = nlp
        self._table: dict[str, int] | None = None

    @property
    def table(self) -> dict[str, int]:
        if self._table is None:
            self._table = _find_gazetteer_table(self.nlp)
        return self._table

    def __call__(self, doc: Doc) -> Doc:
        table = self.table
        for tok in doc:
            if tok.lemma_ != tok.text:
                continue
            if tok.pos_ != "PROPN" and tok.ent_type_ not in _ENT_LABELS:
                continue
            stem = _genitive_stem(tok.text)
            if stem is None:
                continue
            if (
                "Gen" in tok.morph.get("Case")
                or (stem in table and tok.text not in table)
                or _genitive_attachment(tok)
            ):
                tok.lemma_ = stem
        return doc


@Language.factory("lagebild_propn_genitive_lemma")
def make_propn_genitive_lemma(nlp: Language, name: str) -> PropnGenitiveLemma:
    return PropnGenitiveLemma(nlp)


# --------------------------------------------------------------------------- gazetteers
# Token-level gazetteer features for the NER tok2vec.  Each token gets a small binary
# vector: is it a known surname / city / (part of a) country name / first or inner word
# of a company name, and is it such a word plus a genitive "s"?  The lists are read once
# from ``gazetteers/*.list`` when the model is *initialised for training*; they are then
# stored inside the model weights (thinc attrs), so loading needs no data folder.
import numpy  # noqa: E402, I001
from spacy.ml.models import MultiHashEmbed  # noqa: E402
from spacy.util import registry  # noqa: E402
from thinc.api import Maxout, Model, chain, concatenate, with_array  # noqa: E402

GAZ_PER, GAZ_CITY, GAZ_COUNTRY, GAZ_ORG_FIRST, GAZ_ORG_INNER = (1 << i for i in range(5))
_N_BASE = 5
_GEN_BITS = GAZ_PER | GAZ_CITY | GAZ_COUNTRY  # also looked up without a genitive -s
N_GAZ_FEATURES = _N_BASE + 3


def build_gazetteer(gazetteer_dir: str | Path) -> dict[str, int]:
    d = Path(gazetteer_dir)
    table: dict[str, int] = {}

    def add(word: str, bit: int) -> None:
        if word:
            table[word] = table.get(word, 0) | bit

    def lines(name: str):
        with open(d / name, encoding="utf-8") as fh:
            for line in fh:
                line = line.strip()
                if line and not line.startswith("#"):
                    yield line

    for name in lines("personennamen.list"):
        add(name, GAZ_PER)
    for name in lines("stadtnamen.list"):
        for w in name.split():
            add(w, GAZ_CITY)
    for name in lines("laendernamen.list"):
        for w in name.split():
            if w[:1].isupper():
                add(w, GAZ_COUNTRY)
    for name in lines("firmennamen.list"):
        ws = name.split()
        add(ws[0], GAZ_ORG_FIRST)
        for w in ws[1:]:
            if w[:1].isupper():  # skip "und", "mit", "in" ...
                add(w, GAZ_ORG_INNER)
    return table


_ROW_CACHE: dict[int, dict[str, list[int]]] = {}  # per table: token text -> feature row


def _gaz_init(model: Model, X=None, Y=None) -> None:
    if not model.attrs["table"] and model.attrs["gazetteer_dir"]:
        model.attrs["table"] = build_gazetteer(model.attrs["gazetteer_dir"])


def _gaz_forward(model: Model, docs, is_train: bool):
    table = model.attrs["table"]
    cache = _ROW_CACHE.setdefault(id(table), {})
    if len(cache) > 200_000:
        cache.clear()
    out = []
    for doc in docs:
        arr = numpy.zeros((len(doc), N_GAZ_FEATURES), dtype="float32")
        for i, tok in enumerate(doc):
            text = tok.text
            row = cache.get(text)
            if row is None:
                bits = table.get(text, 0)
                if len(text) > 3 and text.endswith("s"):
                    bits |= (table.get(text[:-1], 0) & _GEN_BITS) << _N_BASE
                row = [(bits >> b) & 1 for b in range(N_GAZ_FEATURES)]
                cache[text] = row
            arr[i] = row
        out.append(model.ops.asarray2f(arr))

    def backprop(dY):
        return []

    return out, backprop


@registry.architectures("lagebild.GazetteerFeatures.v1")
def gazetteer_features(gazetteer_dir: str | None = None) -> Model:
    model = Model(
        "gazetteer_features",
        _gaz_forward,
        init=_gaz_init,
        dims={"nO": N_GAZ_FEATURES},
        attrs={"table": {}, "gazetteer_dir": gazetteer_dir or ""},
    )
    return model


@registry.architectures("lagebild.GazetteerHashEmbed.v1")
def gazetteer_hash_embed(
    width: int,
    attrs: list[str],
    rows: list[int],
    include_static_vectors: bool,
    gazetteer_dir: str | None = None,
) -> Model:
    """spaCy's MultiHashEmbed, concatenated with gazetteer flags and mixed by a Maxout."""
    embed = MultiHashEmbed(width=width, attrs=attrs, rows=rows, include_static_vectors=include_static_vectors)
    return chain(
        concatenate(embed, gazetteer_features(gazetteer_dir)),
        with_array(Maxout(width, width + N_GAZ_FEATURES, nP=3, normalize=True)),
    )
