"""Commentators by trade: the observers, experts and critics whose view a report quotes. Neither
the commented actors nor their statements: `onlookers` drops them as sources, `unsaid_statements`
keeps their doubts from becoming an actor's."""

from __future__ import annotations

import re

# a compound that names its institution ("OSZE-Beobachter") is an actor's mission: callers skip
# hyphenated words
ONLOOKERS = re.compile(
    r"(beobachter|beobachterin|beobachterinnen|experte|experten|expertin|expertinnen|analyst|analysten|"
    r"analystin|analystinnen|kommentator|kommentatoren|kritiker|kritikerin|kritikerinnen|skeptiker|"
    r"fachleute|politologe|politologen|politologin|ökonom|ökonomen|ökonomin|forscher|forscherin|"
    r"forscherinnen)$",
    re.IGNORECASE,
)
