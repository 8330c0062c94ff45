"""Resource limits: bounds on what a spec may cost, checked right after loading.

A spec is untrusted: a few hundred bytes of YAML aliases expand to millions of nodes when walked
("billion laughs"), a recursive alias makes every walker loop, and deep nesting ends in a
``RecursionError`` somewhere downstream. ``check`` walks the parsed document once (iteratively,
each shared node once) and turns any bound it exceeds into a located diagnostic.

The defaults sit far above what the largest real specs in the corpus need (measured: Asana 3.0 MB,
Stripe 2.7 MB; nesting depth 21 (Box); 305 component schemas (Box); 13 YAML aliases (OpenAI);
under 200,000 nodes) and far below what would make the generator slow or crash. Every bound is
configurable per client (``limits = {max_depth = 200}`` in ``[[tool.generator.clients]]``) or on
the command line (``--limit max_depth=200``).
"""

from __future__ import annotations

import dataclasses
from typing import Any

import yaml

from generator.diagnostics import Diagnostic, escape_pointer_part


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Limits:
    max_bytes: int = 64 * 1024 * 1024  # size of the spec file and every file it references, together
    max_files: int = 20_000  # files reached through relative ``$ref``s
    max_depth: int = 100  # nesting of mappings and lists (JSON levels)
    max_aliases: int = 1_000  # YAML alias uses (``*name``); JSON has none
    max_nodes: int = 2_000_000  # mappings, lists and scalars, counting every alias expansion
    max_schemas: int = 10_000  # entries in components/schemas


DEFAULT = Limits()
NAMES = tuple(f.name for f in dataclasses.fields(Limits))


def from_mapping(raw: Any, base: Limits = DEFAULT) -> Limits:
    """Limits from ``{name: positive int}``; raises ValueError naming the bad entry."""
    if not isinstance(raw, dict):
        raise ValueError("limits must be a table of name = positive integer")  # noqa: TRY004 - reported, not raised to users
    changes: dict[str, int] = {}
    for key, value in raw.items():
        if key not in NAMES:
            raise ValueError(f"unknown limit {key!r} (known: {', '.join(NAMES)})")
        if isinstance(value, str) and value.strip().isdigit():
            value = int(value)
        if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
            raise ValueError(f"limit {key!r} must be a positive integer, not {value!r}")
        changes[key] = value
    return dataclasses.replace(base, **changes)


class LimitExceeded(Exception):
    def __init__(self, code: str, message: str, pointer: str = "", line: int = 0, column: int = 0) -> None:
        super().__init__(message)
        self.code, self.message, self.pointer, self.line, self.column = code, message, pointer, line, column


def walk(data: Any, limits: Limits) -> int:
    """Measure ``data`` (depth, alias uses, expanded size, cycles); raise LimitExceeded on a breach.

    Returns the expanded size (values, counting every alias use).

    Iterative post-order walk: each distinct container is entered once, a container met again is
    an alias use whose expanded size and height come from the memo, so a bomb costs its real size.
    """
    size: dict[int, int] = {}
    height: dict[int, int] = {}
    on_path: set[int] = set()
    aliases = 0
    # Frame: (node, pointer, depth, children iterator)
    stack: list[tuple[Any, str, int, Any]] = []

    def enter(node: Any, ptr: str, depth: int) -> None:
        if depth > limits.max_depth:
            raise LimitExceeded("limit-depth", f"nesting deeper than max_depth={limits.max_depth}", ptr)
        on_path.add(id(node))
        items = iter(node.items()) if isinstance(node, dict) else iter(enumerate(node))
        stack.append((node, ptr, depth, items))

    if not isinstance(data, (dict, list)):
        return 1
    enter(data, "", 0)
    while stack:
        node, ptr, depth, items = stack[-1]
        step = next(items, None)
        if step is None:
            stack.pop()
            on_path.discard(id(node))
            children = node.values() if isinstance(node, dict) else node
            n, h = 1, 0
            for child in children:
                if isinstance(child, (dict, list)):
                    n += size[id(child)]
                    h = max(h, height[id(child)] + 1)
                else:
                    n += 1
            size[id(node)], height[id(node)] = n, h
            if n > limits.max_nodes:
                raise LimitExceeded("limit-nodes", f"the document expands to more than max_nodes="
                                    f"{limits.max_nodes} values (YAML aliases count once per use)", ptr)
            continue
        key, child = step
        if not isinstance(child, (dict, list)):
            continue
        child_ptr = f"{ptr}/{escape_pointer_part(key)}"
        if id(child) in on_path:
            raise LimitExceeded("limit-recursive-alias", "a YAML alias refers to a node that contains it, "
                                "so the document is infinite", child_ptr)
        if id(child) in size:
            aliases += 1
            if aliases > limits.max_aliases:
                raise LimitExceeded("limit-aliases", f"more than max_aliases={limits.max_aliases} YAML alias "
                                    "uses", child_ptr)
            if depth + 1 + height[id(child)] > limits.max_depth:
                raise LimitExceeded("limit-depth", f"nesting deeper than max_depth={limits.max_depth}",
                                    child_ptr)
            continue
        enter(child, child_ptr, depth + 1)
    return size[id(data)]


def count_schemas(data: Any, limits: Limits) -> None:
    components = data.get("components") if isinstance(data, dict) else None
    schemas = components.get("schemas") if isinstance(components, dict) else None
    if isinstance(schemas, dict) and len(schemas) > limits.max_schemas:
        raise LimitExceeded("limit-schemas", f"{len(schemas)} component schemas; max_schemas="
                            f"{limits.max_schemas}", "/components/schemas")


def locate_depth(text: str, max_depth: int) -> tuple[int, int]:
    """(line, column) where nesting first exceeds ``max_depth``, from parser events (no recursion)."""
    loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    depth = 0
    try:
        for event in yaml.parse(text, Loader=loader):
            if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                depth += 1
                if depth > max_depth + 1 and event.start_mark is not None:
                    return event.start_mark.line + 1, event.start_mark.column + 1
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                depth -= 1
    except yaml.YAMLError:
        pass
    return (0, 0)


def locate_alias(text: str, nth: int) -> tuple[int, int]:
    """(line, column) of the ``nth`` (1-based) YAML alias, or of the last one if there are fewer."""
    loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    found = (0, 0)
    count = 0
    try:
        for event in yaml.parse(text, Loader=loader):
            if isinstance(event, yaml.AliasEvent) and event.start_mark is not None:
                count += 1
                found = (event.start_mark.line + 1, event.start_mark.column + 1)
                if count >= nth:
                    break
    except yaml.YAMLError:
        pass
    return found


def check(text: str, data: Any, limits: Limits, display: str, locate: Any) -> list[Diagnostic]:
    """All limit breaches of a loaded document as diagnostics (at most one; empty when within bounds).

    ``locate(pointer) -> (line, column)`` is the document's own locator, used where it is cheap.
    """
    return check_measured(text, data, limits, display, locate)[0]


def check_measured(text: str, data: Any, limits: Limits, display: str, locate: Any) -> tuple[list[Diagnostic], int]:
    """``check`` and the document's expanded size (so a multi-file spec can bound its total)."""
    try:
        nodes = walk(data, limits)
        count_schemas(data, limits)
    except LimitExceeded as exc:
        return [diagnostic(exc, text, limits, display, locate)], 0
    except RecursionError:  # pragma: no cover - the walk is iterative; belt and braces
        return [Diagnostic(severity="error", code="limit-depth", file=display,
                           message="document is nested too deeply", line=1, column=1)], 0
    return [], nodes


def diagnostic(exc: LimitExceeded, text: str, limits: Limits, display: str, locate: Any) -> Diagnostic:
    line, column = exc.line, exc.column
    if not line:
        if exc.code == "limit-depth":
            line, column = locate_depth(text, limits.max_depth)
        elif exc.code in ("limit-aliases", "limit-nodes"):
            line, column = locate_alias(text, limits.max_aliases + 1 if exc.code == "limit-aliases" else 1)
        if not line and exc.pointer:
            try:
                line, column = locate(exc.pointer)
            except (RecursionError, yaml.YAMLError, ValueError):
                line, column = 0, 0
    if not line:
        line, column = 1, 1
    return Diagnostic(severity="error", code=exc.code, file=display, pointer=exc.pointer, line=line,
                      column=column, message=exc.message + " (raise it with --limit if the spec is genuine)")
