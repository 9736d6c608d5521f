"""Tokenizer adjustments on top of spaCy's language defaults."""

from __future__ import annotations

from spacy.language import Language
from spacy.util import compile_suffix_regex

# spaCy's German tokenizer keeps "2014." together because "3. Oktober" is an ordinal. A year
# (four digits) followed by a full stop ends a sentence far more often than it is an ordinal.
YEAR_FULL_STOP = r"(?<=\b[12]\d{3})\."


def split_full_stop_after_years(nlp: Language) -> None:
    suffixes = [YEAR_FULL_STOP, *nlp.Defaults.suffixes]
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
