"""A document with its prose abstracted: what a validation answer depends on.

Most regenerations follow an edit to a ``description`` or ``summary``, and openapi-spec-validator
only checks that those are strings: its answer for a document is its answer for every document
that differs from it only in the text of those strings, as long as the same values stay equal,
which matters only where the validator compares values: the items of an array (``uniqueItems``).
So ``without_prose`` blanks each prose string that no array holds, and numbers each one below an
array by its first occurrence under the outermost such array (equal texts get equal numbers there,
so every comparison between items keeps its answer, and an edit renumbers only its own array).
Values the validator checks against the document's own schemas (``default``, ``example``,
``enum``, ...) and extensions are data: kept whole, prose keys in them too (but an operation's
``responses`` is keyed by status code: its ``default`` is a response, whose prose is prose). The
validation cache uses the result to decide whether an answer holds again (valcache.py).
"""

from __future__ import annotations

from typing import Any

PROSE_KEYS = frozenset({"description", "summary"})
# Where values are data, checked against schemas or compared (and Example.value, discriminator
# mappings): nothing below them is abstracted.
DATA_KEYS = frozenset({"default", "example", "examples", "enum", "const", "value", "mapping"})
_METHODS = frozenset({"get", "put", "post", "delete", "options", "head", "patch", "trace"})
# Where the walk is in the document's structure, as far as it needs to know: an operation's
# ``responses`` is keyed by status code, so its ``default`` is the default response, not data.
_CHILD_PLACE = {("", "paths"): "paths", ("paths", None): "pathItem", ("operation", "responses"): "responses"}


def without_prose(data: Any, texts: dict[str, str] | None = None,
                  classes: list[tuple[int, str]] | None = None) -> Any:
    """A copy of ``data`` with its prose blanked or numbered (as strings: a non-string value left at
    a prose key is kept, and cannot equal one); ``texts``, when given, receives every prose text.

    With ``classes``, prose below an array is blanked too and its number goes to ``classes``
    instead, as (the outermost array's ordinal, number), in document order: then an edit that only
    splits texts that were equal (which can only take away a reason to fail ``uniqueItems``) leaves
    the copy as it was, and the caller decides from the two lists of classes (``refines``)."""
    seen: dict[str, str] = {} if texts is None else texts
    arrays = [0]

    def place_of(place: str, key: Any) -> str | None:
        if place == "pathItem":
            return "operation" if key in _METHODS else None
        return _CHILD_PLACE.get((place, key if place != "paths" else None))

    def walk(node: Any, data_below: bool, numbers: dict[str, str] | None, array: int, place: str | None) -> Any:
        if isinstance(node, dict):
            out = {}
            for key, value in node.items():
                if not data_below and key in PROSE_KEYS and isinstance(value, str):
                    seen[value] = ""
                    if numbers is None:
                        out[key] = ""
                    elif classes is None:
                        out[key] = numbers.setdefault(value, str(len(numbers)))
                    else:
                        classes.append((array, numbers.setdefault(value, str(len(numbers)))))
                        out[key] = ""
                else:
                    data = data_below or (isinstance(key, str) and key.startswith("x-")) \
                        or (key in DATA_KEYS and place != "responses")
                    out[key] = walk(value, data, numbers, array, None if place is None else place_of(place, key))
            return out
        if isinstance(node, list):
            if numbers is None:  # the outermost array numbers what it holds
                arrays[0] += 1
                numbers, array = {}, arrays[0]
            return [walk(item, data_below, numbers, array, None) for item in node]
        return node

    return walk(data, False, None, 0, "")


def refines(new: list[tuple[int, str]], old: list[tuple[int, str]]) -> bool:
    """Whether every two prose texts equal in ``new`` were equal in ``old`` too (``classes`` of two
    documents of the same prose-free copy): then ``new`` compares equal no pair ``old`` did not."""
    if len(new) != len(old):
        return False
    was: dict[tuple[int, str], tuple[int, str]] = {}
    return all(was.setdefault(n, o) == o for n, o in zip(new, old, strict=True))
