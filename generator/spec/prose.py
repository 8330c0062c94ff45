"""A document with its prose abstracted: what a clean validation answer depends on.

Most regenerations follow an edit to a ``description`` or ``summary``, and openapi-spec-validator
only checks that those are strings: its answer for a document is its answer for every document
that differs from it only in the text of those strings. ``without_prose`` replaces each such
string by the number of its first occurrence (equal texts get equal numbers, so what
``uniqueItems`` compares keeps its answer), leaving every other value as it is. Values the
validator checks against the document's own schemas (``default``, ``example``, ``enum``, ...) and
extensions are data: kept whole, prose keys in them too. The validation cache uses the result
only to reuse an answer that found nothing (valcache.py), so no message or line is ever reused.
"""

from __future__ import annotations

from typing import Any

PROSE_KEYS = frozenset({"description", "summary"})
# Where values are data, checked against schemas or compared (and Example.value, discriminator
# mappings): nothing below them is abstracted.
DATA_KEYS = frozenset({"default", "example", "examples", "enum", "const", "value", "mapping"})


def without_prose(data: Any) -> Any:
    """A copy of ``data`` whose prose strings are numbered (as strings: a non-string value left at a
    prose key is kept, and cannot equal one)."""
    numbers: dict[str, str] = {}

    def walk(node: Any, data_below: bool) -> Any:
        if isinstance(node, dict):
            out = {}
            for key, value in node.items():
                if not data_below and key in PROSE_KEYS and isinstance(value, str):
                    out[key] = numbers.setdefault(value, str(len(numbers)))
                else:
                    out[key] = walk(value, data_below or key in DATA_KEYS
                                    or (isinstance(key, str) and key.startswith("x-")))
            return out
        if isinstance(node, list):
            return [walk(item, data_below) for item in node]
        return node

    return walk(data, False)

