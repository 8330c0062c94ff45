"""A document with its prose abstracted: what a validation answer depends on.

Most regenerations follow an edit to a ``description`` or ``summary``, and openapi-spec-validator
only checks that those are strings: its answer for a document is its answer for every document
that differs from it only in the text of those strings, as long as the same values stay equal,
which matters only where the validator compares values: the items of an array (``uniqueItems``).
So ``without_prose`` blanks each prose string that no array holds, and numbers each one below an
array by its first occurrence under the outermost such array (equal texts get equal numbers there,
so every comparison between items keeps its answer, and an edit renumbers only its own array).
Values the validator checks against the document's own schemas (``default``, ``example``,
``enum``, ...) and extensions are data: kept whole, prose keys in them too. The validation cache
uses the result to decide whether an answer holds again (valcache.py).
"""

from __future__ import annotations

from typing import Any

PROSE_KEYS = frozenset({"description", "summary"})
# Where values are data, checked against schemas or compared (and Example.value, discriminator
# mappings): nothing below them is abstracted.
DATA_KEYS = frozenset({"default", "example", "examples", "enum", "const", "value", "mapping"})


def without_prose(data: Any, texts: dict[str, str] | None = None) -> Any:
    """A copy of ``data`` with its prose blanked or numbered (as strings: a non-string value left at
    a prose key is kept, and cannot equal one); ``texts``, when given, receives every prose text."""
    seen: dict[str, str] = {} if texts is None else texts

    def walk(node: Any, data_below: bool, numbers: dict[str, str] | None) -> Any:
        if isinstance(node, dict):
            out = {}
            for key, value in node.items():
                if not data_below and key in PROSE_KEYS and isinstance(value, str):
                    seen[value] = ""
                    out[key] = "" if numbers is None else numbers.setdefault(value, str(len(numbers)))
                else:
                    out[key] = walk(value, data_below or key in DATA_KEYS
                                    or (isinstance(key, str) and key.startswith("x-")), numbers)
            return out
        if isinstance(node, list):
            below = {} if numbers is None else numbers  # the outermost array numbers what it holds
            return [walk(item, data_below, below) for item in node]
        return node

    return walk(data, False, None)
