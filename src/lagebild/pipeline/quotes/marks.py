"""Pairing quotation marks in German and English typography.

German „…“ and ‚…‘, guillemets »…« (German) and «…» (Swiss, French), English “…” and ‘…’, and
straight "…". The same character plays different roles: “ closes a German quote but opens an
English one, « opens a Swiss quote but closes a German one, ’ closes an English inner quote but is
also the apostrophe. A stack decides: a character closes the innermost open quote if it is that
quote's closing mark, else it opens a new one. A paragraph break ends every open quote (a quote
running over paragraphs reopens its marks in the next one), and unclosed quotes are dropped.
"""

from __future__ import annotations

from dataclasses import dataclass

# opening mark -> the marks that may close it
CLOSERS = {
    "„": ("“", "”"),
    "‚": ("‘", "’"),
    "“": ("”",),
    "‘": ("’",),
    "»": ("«",),
    "«": ("»",),
    "›": ("‹",),
    "‹": ("›",),
    '"': ('"',),
}
# marks that never open a quote
ONLY_CLOSING = {"”", "’"}


@dataclass(frozen=True)
class QuotedSegment:
    start: int  # first character inside the marks
    end: int  # the closing mark's offset (exclusive end of the content)
    depth: int  # 0: outermost


def _opens_here(text: str, i: int) -> bool:
    """Straight quotes and ‘ open only at a word's start (after space, bracket or line start)."""
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([–-/:") and not after.isspace()


def quoted_segments(text: str) -> list[QuotedSegment]:
    segments: list[QuotedSegment] = []
    stack: list[tuple[str, int]] = []  # (opening mark, offset after it)
    i = 0
    while i < len(text):
        char = text[i]
        if char == "\n" and text.startswith("\n\n", i) or (char == "\n" and text[i + 1 : i + 2].isspace()):
            stack.clear()
        elif stack and char in CLOSERS[stack[-1][0]] and (char != '"' or not _opens_here(text, i)):
            mark, start = stack.pop()
            segments.append(QuotedSegment(start, i, len(stack)))
        elif char in CLOSERS and char not in ONLY_CLOSING:
            if char in {'"', "‘"} and not _opens_here(text, i):
                i += 1
                continue
            stack.append((char, i + 1))
        i += 1
    return sorted(segments, key=lambda s: s.start)
