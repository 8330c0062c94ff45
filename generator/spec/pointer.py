"""JSON pointers as ``$ref`` fragments: RFC 6901 evaluated after RFC 3986 percent-decoding.

A ``$ref`` is a URI, so its fragment may be percent-encoded: bundlers write ``{id}`` in a path key
as ``%7Bid%7D`` (``#/paths/~1pets~1%7Bid%7D``). RFC 6901 section 6 says the fragment is
percent-decoded first and the result evaluated as a JSON pointer (``~1`` is ``/``, ``~0`` is
``~``). Authors also write fragments that are not valid URIs (a raw ``{``, a space), which decoding
leaves alone. A key that really contains ``%`` followed by two hex digits is the one ambiguity:
the decoded reading is tried first, then the literal one, so both kinds of spec resolve.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import unquote


def _walk(data: Any, path: str) -> Any:
    node = data
    if path == "":
        return node
    for raw in path.lstrip("/").split("/"):
        part = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            raise KeyError(path)
    return node


def canonical(data: Any, ref: str) -> str:
    """``ref`` (``#...``) in the form that resolves in ``data``: percent-decoded unless only the
    literal text resolves. Raises KeyError when neither does."""
    fragment = ref[1:]
    decoded = unquote(fragment)
    try:
        _walk(data, decoded)
    except KeyError:
        if decoded == fragment:
            raise KeyError(ref) from None
        try:
            _walk(data, fragment)
        except KeyError:
            raise KeyError(ref) from None
        return ref
    return "#" + decoded


def resolve(data: Any, ref: str) -> Any:
    """The value a local ``#/a/b`` reference names; raises KeyError when it does not exist."""
    fragment = ref[1:]
    if "%" in fragment:
        try:
            return _walk(data, unquote(fragment))
        except KeyError:
            pass
    try:
        return _walk(data, fragment)
    except KeyError:
        raise KeyError(ref) from None
