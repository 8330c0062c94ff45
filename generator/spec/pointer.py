"""JSON pointers (RFC 6901): the one place that escapes, unescapes, splits and follows them.

It imports only ``generator.diagnostics`` (whose ``escape_pointer_part`` builds the pointers
diagnostics carry), so the loader, the bundler, the validator, the repairs, lowering and the
example sampler can all use it without importing each other.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

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


def resolve_pointer(data: Any, ref: str) -> Any:
    """Resolve a local ``#/a/b`` reference; raises KeyError when it does not exist."""
    node = data
    for part in split(ref[1:]):
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            raise KeyError(ref)
    return node
