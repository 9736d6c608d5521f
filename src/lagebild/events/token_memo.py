"""A finding per token remembered on its doc while the coder runs (`arguments.remembered` opens and
closes the memo): the coder asks for the same verb's subject or the same word's clause many times."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from spacy.tokens import Token

Found = TypeVar("Found")


def recalled(token: Token, memo_key: str, find: Callable[[Token], Found]) -> Found:
    """`find(token)`, from the doc's memo under `memo_key` where the coder keeps one."""
    memo = token.doc.user_data.get(memo_key)
    if memo is None:
        return find(token)
    if token.i not in memo:
        memo[token.i] = find(token)
    return memo[token.i]
