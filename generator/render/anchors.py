"""Heading anchors as GitHub makes them, so the README's links land on their headings.

GitHub (github-slugger) lowercases the heading's text, drops every character that is not a letter,
a mark, a digit, a connector (``_``), ``-`` or a space, turns each space into ``-``, and numbers a
repeated anchor ``-1``, ``-2``... in document order.
"""

from __future__ import annotations

import unicodedata


def github_slug(text: str) -> str:
    """The anchor of one heading, before de-duplication."""
    kept = []
    for ch in text.strip().lower():
        category = unicodedata.category(ch)
        if ch in " -" or category[0] in "LMN" or category == "Pc":
            kept.append("-" if ch == " " else ch)
    return "".join(kept)


class Slugger:
    """Anchors of a document's headings in order: a repeated one gets ``-1``, ``-2``... as on GitHub."""

    def __init__(self) -> None:
        self._seen: dict[str, int] = {}

    def slug(self, text: str) -> str:
        base = result = github_slug(text)
        while result in self._seen:
            self._seen[base] += 1
            result = f"{base}-{self._seen[base]}"
        self._seen[result] = 0
        return result
