"""What the lowering passes share: the document, the configuration, the diagnostics they add to,
``$ref`` following, and the names the generated package reserves for itself."""

from __future__ import annotations

from typing import Any

from generator.config import ClientConfig
from generator.diagnostics import Diagnostic
from generator.spec.loader import Document
from generator.spec.pointer import resolve_pointer

# Attributes of the runtime's APIResponse that a declared response header must not shadow.
RESERVED_HEADER_ATTRS = frozenset({"http_response", "parsed", "status_code", "headers", "of", "header_errors"})
# Names a generated endpoint function uses for its own keyword arguments.
RESERVED_PARAMS = frozenset({"client", "body", "extra_headers", "extra_query", "timeout", "max_retries"})
# Field names that would shadow names used in annotations inside the model class, or its API.
RESERVED_FIELDS = frozenset(
    {"str", "int", "float", "bool", "bytes", "list", "dict", "object", "type",
     "to_dict", "from_dict", "additional_properties"}
) | frozenset({"classmethod", "staticmethod", "property"})  # decorators the class body may use
# Class names the package itself uses at the top level or that would read badly.
RESERVED_CLASSES = frozenset({"Client", "AsyncClient", "Any", "Literal", "Unset", "UNSET", "Response"})
# ``annotations``: every module starts with ``from __future__ import annotations``, so a module-level
# function or submodule of that name would rebind it (mypy: "already defined").
FUTURE_NAMES = frozenset({"annotations"})
RESERVED_GROUPS = frozenset({"init", "main"}) | FUTURE_NAMES
# Type checkers take integer literals in ``Literal[...]`` only within a signed 64-bit magnitude.
LITERAL_INT_MAX = 2**63 - 1


def literal_ok(value: object) -> bool:
    """Whether ``value`` may appear in ``Literal[...]`` (mypy refuses ints beyond 64 bits)."""
    return not isinstance(value, int) or isinstance(value, bool) or abs(value) <= LITERAL_INT_MAX


OPERATION_SUFFIXES = ("", "_async", "_with_response", "_with_response_async", "_stream", "_stream_async",
                      "_streaming", "_streaming_async", "_pages", "_pages_async")

MISSING: Any = object()  # a keyword the spec does not set (``None`` is a value: ``default: null``)


def text(value: Any) -> str:
    """Spec text (a description, a title): a string, or empty."""
    return value if isinstance(value, str) else ""


class Context:
    """One lowering run: the document, the configuration and the diagnostics found so far."""

    def __init__(self, doc: Document, config: ClientConfig) -> None:
        self.doc = doc
        self.data: dict[str, Any] = doc.data
        self.config = config
        self.diagnostics: list[Diagnostic] = []

    def warn(self, code: str, message: str, ptr: str) -> None:
        self.diagnostics.append(self.doc.diagnostic("warning", code, message, ptr))

    def error(self, code: str, message: str, ptr: str) -> None:
        self.diagnostics.append(self.doc.diagnostic("error", code, message, ptr))

    def resolve(self, node: Any, ptr: str) -> tuple[Any, str]:
        """Follow ``$ref`` chains (not schemas' own refs); returns the target and its pointer."""
        seen: set[str] = set()
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if ref in seen or not ref.startswith("#"):
                self.error("ref-cycle", f"$ref {ref[:200]!r} refers to itself", ptr)
                return None, ptr
            seen.add(ref)
            try:
                node = resolve_pointer(self.data, ref)
            except KeyError:
                self.error("ref-missing", f"$ref target {ref[:200]!r} does not exist", ptr)
                return None, ptr
            ptr = ref[1:]
        return node, ptr


class Pass:
    """A lowering pass: reads the document through the shared ``Context``."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.data = ctx.data
        self.config = ctx.config

    def warn(self, code: str, message: str, ptr: str) -> None:
        self.ctx.warn(code, message, ptr)

    def error(self, code: str, message: str, ptr: str) -> None:
        self.ctx.error(code, message, ptr)

    def resolve(self, node: Any, ptr: str) -> tuple[Any, str]:
        return self.ctx.resolve(node, ptr)
