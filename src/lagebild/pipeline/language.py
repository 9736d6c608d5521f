"""Offline language identification: German, English or other."""

from __future__ import annotations

from functools import lru_cache

SUPPORTED = ("de", "en")
# Identification is restricted to languages a news feed plausibly mixes with ours, so that short
# German or English texts are not mistaken for a rare language that shares their words.
CANDIDATES = ["de", "en", "fr", "es", "it", "nl", "pl", "pt", "ru", "uk", "cs", "da", "sv", "tr"]
SAMPLE_CHARS = 2000


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(CANDIDATES)
    return identifier


def detect_language(text: str) -> str:
    """`de`, `en` or `other` for the text (judged on its first characters)."""
    sample = text[:SAMPLE_CHARS]
    if not any(ch.isalpha() for ch in sample):
        return "other"
    lang, _ = _identifier().classify(sample)
    return lang if lang in SUPPORTED else "other"
