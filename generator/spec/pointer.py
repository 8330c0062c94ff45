"""JSON pointers (RFC 6901): the one place that escapes, unescapes, splits and follows them.

It imports only ``generator.diagnostics`` (whose ``escape_pointer_part`` builds the pointers
diagnostics carry), so the loader, the bundler, the validator, the repairs, lowering and the
example sampler can all use it without importing each other.

A ``$ref`` is a URI, so its fragment may be percent-encoded: bundlers write ``{id}`` in a path key
as ``%7Bid%7D`` (``#/paths/~1pets~1%7Bid%7D``). RFC 6901 section 6 says the fragment is
percent-decoded first and the result evaluated as a JSON pointer. Authors also write fragments
that are not valid URIs (a raw ``{``, a space), which decoding leaves alone. A key that really
contains ``%`` followed by two hex digits is the one ambiguity: the decoded reading is tried
first, then the literal one, so both kinds of spec resolve.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import unquote

from generator.diagnostics import escape_pointer_part

escape = escape_pointer_part  # one reference token: ``~`` → ``~0``, ``/`` → ``~1``


def unescape(token: str) -> str:
    """The inverse of ``escape`` (``~1`` first, so ``~01`` reads as ``~1``)."""
    return token.replace("~1", "/").replace("~0", "~")


def split(ptr: str) -> Iterator[str]:
    """The unescaped tokens of a pointer (``""`` has none; ``/a~1b/c`` → ``a/b``, ``c``)."""
    if not ptr:
        return
    for token in ptr.lstrip("/").split("/"):
        yield unescape(token)


def mappings(data: Any) -> list[tuple[str, dict[str, Any]]]:
    """(pointer, mapping) for every mapping in ``data``, in document order; a mapping reached by
    two paths (a YAML alias) is listed once, at the first."""
    found: list[tuple[str, dict[str, Any]]] = []
    seen: set[int] = set()
    stack: list[tuple[str, Any]] = [("", data)]
    while stack:
        ptr, node = stack.pop()
        if isinstance(node, dict):
            if id(node) in seen:
                continue
            seen.add(id(node))
            found.append((ptr, node))
            stack.extend((f"{ptr}/{escape(k)}", v) for k, v in reversed(list(node.items())))
        elif isinstance(node, list):
            stack.extend((f"{ptr}/{i}", v) for i, v in reversed(list(enumerate(node))))
    return found


def _walk(data: Any, path: str) -> Any:
    node = data
    if path == "":
        return node
    for part in split(path):
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


def resolve_pointer(data: Any, ref: str) -> Any:
    """Resolve a local ``#/a/b`` reference (percent-decoded); raises KeyError when it does not exist."""
    return resolve(data, ref)


def follow_refs(data: Any, node: Any, limit: int = 64) -> Any:
    """``node`` with its chain of local ``$ref``s followed: the first node that is not a local
    reference, or the last one reached when a target is missing or ``limit`` steps run out (for
    callers that run after the cycle check and want no diagnostics)."""
    for _ in range(limit):
        ref = node.get("$ref") if isinstance(node, dict) else None
        if not (isinstance(ref, str) and ref.startswith("#")):
            return node
        try:
            node = resolve(data, ref)
        except KeyError:
            return node
    return node
