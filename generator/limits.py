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
import math
from typing import Any, Self

from generator.diagnostics import Diagnostic, escape_pointer_part


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Limits:
    max_bytes: int = 64 * 1024 * 1024  # size of the spec file and every file it references, together
    max_files: int = 20_000  # files reached through relative ``$ref``s
    max_depth: int = 100  # nesting of mappings and lists (JSON levels)
    max_aliases: int = 1_000  # YAML alias uses (``*name``); JSON has none
    max_nodes: int = 2_000_000  # mappings, lists and scalars, counting every alias expansion
    max_schemas: int = 10_000  # entries in components/schemas
    max_operations: int = 10_000  # operations over all paths (GitHub's API has about 1,000)
    max_integer_digits: int = 100  # decimal digits of an integer (uint64 has 20)
    max_float_exponent: int = 300  # |exponent| of a non-zero number: 1e300 and 1e-300 pass, 1e-320 not
    max_example_bytes: int = 1_000_000  # one sampled example value, as JSON (minItems, minLength)
    max_output_bytes: int = 256 * 1024 * 1024  # all generated files together (Stripe: about 30 MB)


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
    def __init__(self, code: str, message: str, pointer: str = "", line: int = 0, column: int = 0,
                 raisable: bool = True) -> None:
        super().__init__(message)
        self.code, self.message, self.pointer, self.line, self.column = code, message, pointer, line, column
        self.raisable = raisable  # False: no --limit makes the input acceptable (NaN, say)


_HTTP_METHODS = frozenset({"get", "put", "post", "delete", "options", "head", "patch", "trace"})


class HugeInt(int):
    """Stands in for an integer literal with more than ``max_integer_digits`` digits: the loaders
    make one instead of converting the text (converting is quadratic in its length, and Python
    refuses more than 4,300 digits), so ``walk`` can report where it is."""

    digits: int

    def __new__(cls, digits: int) -> Self:
        self = super().__new__(cls, 0)
        self.digits = digits
        return self


def bounded_int(text: str, limits: Limits) -> int:
    """``int(text)``, or a HugeInt when the literal has more digits than the limit allows."""
    digits = len(text.lstrip("+-"))
    if digits > limits.max_integer_digits:
        return HugeInt(digits)
    try:
        return int(text)
    except ValueError:  # beyond Python's own conversion limit
        return HugeInt(digits)


def _number_problem(value: Any, limits: Limits) -> str | None:
    """Why a scalar is not a number the generator can carry, or None."""
    if isinstance(value, HugeInt):
        return (f"an integer of {value.digits} digits; max_integer_digits={limits.max_integer_digits}")
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    if isinstance(value, int):
        if value.bit_length() > limits.max_integer_digits * 3.33:
            return f"an integer of over {limits.max_integer_digits} digits; max_integer_digits=" \
                   f"{limits.max_integer_digits}"
        return None
    if math.isnan(value):
        return "NaN is not a number JSON can carry (OpenAPI values are JSON)"
    if math.isinf(value):
        return ("an infinite number (Infinity, or a literal beyond ±1.8e308 such as 1e400) is not a number "
                "JSON can carry")
    if value and not 10.0 ** -limits.max_float_exponent <= abs(value) <= 10.0 ** min(limits.max_float_exponent,
                                                                                         308):
        return (f"{value!r} has a magnitude outside 1e-{limits.max_float_exponent}..1e{limits.max_float_exponent} "
                f"(max_float_exponent={limits.max_float_exponent}); such numbers lose precision or overflow")
    return None


class _Breach(Exception):
    """A limit ``_tree_size`` saw exceeded: ``walk`` finds which, and where."""


def _tree_size(node: dict[Any, Any] | list[Any], depth: int, limits: Limits) -> int:
    """The number of values in ``node``, a tree (no container reached twice: parsed JSON); raises
    _Breach at the first limit exceeded. Six times faster than ``walk`` (Stripe's 2.6 MB: 5 ms, not
    33), which needs no memo of sizes and heights, ids on the path or alias counts on a tree."""
    n = 1
    for child in node.values() if type(node) is dict else node:
        kind = type(child)
        if kind is dict or kind is list:
            if depth >= limits.max_depth:
                raise _Breach
            n += _tree_size(child, depth + 1, limits)
        else:
            n += 1
            # Numbers as the full walk checks them: int subclasses too (``HugeInt``), not bools.
            if kind is not str and isinstance(child, (int, float)) and kind is not bool \
                    and _number_problem(child, limits):
                raise _Breach
    if n > limits.max_nodes:
        raise _Breach
    return n


def walk(data: Any, limits: Limits, *, shared: bool = True) -> int:
    """Measure ``data`` (depth, alias uses, expanded size, cycles); raise LimitExceeded on a breach.

    Returns the expanded size (values, counting every alias use).

    Iterative post-order walk: each distinct container is entered once, a container met again is
    an alias use whose expanded size and height come from the memo, so a bomb costs its real size.
    ``shared=False`` says no container is reached twice (JSON): then a plain count comes first,
    and this walk runs only to say which limit a document exceeds.
    """
    if not shared and type(data) in (dict, list):
        try:
            return _tree_size(data, 0, limits)
        except (_Breach, RecursionError):
            pass
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
            if isinstance(child, (int, float)) and not isinstance(child, bool):
                problem = _number_problem(child, limits)
                if problem:
                    raise LimitExceeded("limit-number", problem, f"{ptr}/{escape_pointer_part(key)}",
                                        raisable=isinstance(child, int) or math.isfinite(child))
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


def count_operations(data: Any, limits: Limits) -> None:
    paths = data.get("paths") if isinstance(data, dict) else None
    if not isinstance(paths, dict):
        return
    count = 0
    for item in paths.values():
        if isinstance(item, dict):
            count += sum(1 for method in item if method in _HTTP_METHODS)
    if count > limits.max_operations:
        raise LimitExceeded("limit-operations", f"{count} operations; max_operations={limits.max_operations}",
                            "/paths")


def count_schemas(data: Any, limits: Limits) -> None:
    components = data.get("components") if isinstance(data, dict) else None
    schemas = components.get("schemas") if isinstance(components, dict) else None
    if isinstance(schemas, dict) and len(schemas) > limits.max_schemas:
        raise LimitExceeded("limit-schemas", f"{len(schemas)} component schemas; max_schemas="
                            f"{limits.max_schemas}", "/components/schemas")


def locate_depth(text: str, max_depth: int) -> tuple[int, int]:
    """(line, column) where nesting first exceeds ``max_depth``, from parser events (no recursion)."""
    import yaml  # only when a limit is exceeded: a no-op run never parses YAML

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
    import yaml  # only when a limit is exceeded: a no-op run never parses YAML

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


def check_measured(text: str, data: Any, limits: Limits, display: str, locate: Any, *,
                   shared: bool = True) -> tuple[list[Diagnostic], int]:
    """``check`` and the document's expanded size (so a multi-file spec can bound its total);
    ``shared`` as ``walk``'s."""
    try:
        nodes = walk(data, limits, shared=shared)
        count_schemas(data, limits)
        count_operations(data, limits)
    except LimitExceeded as exc:
        return [diagnostic(exc, text, limits, display, locate)], 0
    except RecursionError:  # pragma: no cover - the walk is iterative; belt and braces
        return [Diagnostic(severity="error", code="limit-depth", file=display,
                           message="document is nested too deeply", line=1, column=1)], 0
    return [], nodes


def diagnostic(exc: LimitExceeded, text: str, limits: Limits, display: str, locate: Any) -> Diagnostic:
    import yaml

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
                      column=column, message=exc.message + (" (raise it with --limit if the spec is genuine)"
                                                            if exc.raisable else ""))
