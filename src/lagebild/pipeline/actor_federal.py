"""Whose federal body a bare "Bundes-" compound is: "die Bundespolizei", "die Bundesbehörden".

German news writes a federation's bodies with "Bundes-" without naming the state, and the prefix
names Germany only by default: an Austrian article's "Bundesheer", a US story's "Bundespolizei"
(the FBI). The article's dominant federation decides: the one its actor mentions name most often,
when that is more often than Germany and at least twice (a single mention is often a neighbour's:
refugees crossing from Austria into Germany).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from lagebild.pipeline.actor_lexicon import SAME_OFFICE_NAMES_DE

# States whose federal bodies German-language news names with "Bundes-".
FEDERATIONS_DE = SAME_OFFICE_NAMES_DE | {"USA"}
# Mentions a federation needs before it outweighs the German default.
MIN_MENTIONS = 2


def federal_owner(countries: Iterable[str | None], default: str) -> str:
    """The federation a bare "Bundes-" body belongs to, given the states of the article's actor
    mentions (people count for their state)."""
    counts = Counter(c for c in countries if c in FEDERATIONS_DE)
    if not counts:
        return default
    state, n = counts.most_common(1)[0]
    return state if n >= MIN_MENTIONS and n > counts[default] else default
