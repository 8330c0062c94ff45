"""black's layout, emitted up front: helpers that break generated statements the way black would.

The generated files still go through black (the formatter of record); laying them out here first
lets black finish in one pass instead of two. tests/unit/emit/test_black_layout.py compares each
helper with black's own output over a grid of lengths.
"""

from __future__ import annotations

import ast
import functools
import io
import tokenize
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar, TypeVar

from generator.emit.pyexpr import Call, split_args, split_union
from generator.output import fmtcache
from generator.output.blackmode import LINE_LENGTH
from generator.output.format import FormatError, run_black

_T = TypeVar("_T")


@dataclass(frozen=True)
class Split:
    """How ``wrap`` breaks an item too long for its line: ``head`` + ``items`` + ``tail``.

    Without ``call``, a tuple, list or dict display, exploded one item a line; with it (how to
    break its own items in turn), a call, whose arguments stay on one line when they fit there.
    """

    head: str
    items: list[str]
    tail: str
    call: Mapping[str, Split] | None = None


def wrap(head: str, items: list[str], tail: str, indent: int, *, comma: bool = False,
         splits: Mapping[str, Split] | None = None, params: bool = False,
         atom: bool = False) -> str:
    """``head`` + comma-separated ``items`` + ``tail``, broken over lines the way black breaks them.

    One line if it fits; else the items on one indented line; else one item a line with a trailing
    comma. Emitting black's layout up front lets black finish in one pass instead of two. ``comma``:
    the items need a trailing comma even on one line (a one-element tuple). ``splits``: how to break
    an item that is itself too long (head, items, tail), as black does next (a one-item tuple keeps
    its comma, a dict display has none); ``params``: the items
    are parameters (``name: annotation = default``); ``atom``: the brackets are a tuple, list, set or
    dict display, which black explodes one item a line whenever it has more than one.
    """
    joined = ", ".join(items) + ("," if comma else "")
    one = head + joined + tail
    if indent + len(one) <= LINE_LENGTH or not items:
        return one
    pad = " " * indent
    if indent + 4 + len(joined) <= LINE_LENGTH and not comma and not (atom and len(items) > 1):
        return f"{head}\n{pad}    {joined}\n{pad}{tail}"
    lines = []
    for item in items:
        split = (splits or {}).get(item)
        if split is not None and indent + 4 + len(item) + 1 > LINE_LENGTH:
            if split.call is not None:
                inner = wrap(split.head, split.items, split.tail + ",", indent + 4, splits=split.call)
            else:
                inner = wrap(split.head, split.items, split.tail + ",", indent + 4,
                             comma=len(split.items) == 1 and split.head.endswith("("), atom=True)
            lines.append(pad + "    " + inner + "\n")
        elif params and ": " in item and indent + 4 + len(item) + 1 > LINE_LENGTH:
            lines.append(f"{pad}    {param_line(item, indent + 4)}\n")
        else:
            lines.append(f"{pad}    {item},\n")
    return head + "\n" + "".join(lines) + pad + tail


def import_line(module: str, name: str, indent: int) -> str:
    """``from module import name``, in black's parenthesised form when too long."""
    line = f"from {module} import {name}"
    if indent + len(line) <= LINE_LENGTH:
        return line
    pad = " " * indent
    return f"from {module} import (\n{pad}    {name},\n{pad})"


def param_line(param: str, indent: int = 4, end: str = ",") -> str:
    """``name: annotation[ = default]`` + ``end`` (a parameter of an exploded signature, or a class
    field), as black lays it out: too long, the annotation goes alone in parentheses."""
    line = param + end
    if indent + len(line) <= LINE_LENGTH:
        return line
    name, rest = param.split(": ", 1)
    ann, eq, default = rest.partition(" = ")
    pad = " " * indent
    if indent + 4 + len(ann) > LINE_LENGTH:
        members = split_union(ann)  # black then breaks the union before each ``|``
        if len(members) < 2 or any(indent + 6 + len(m) > LINE_LENGTH for m in members):
            return line
        ann = f"\n{pad}    | ".join(members)
    return f"{name}: (\n{pad}    {ann}\n{pad}){eq}{default}{end}"


def returns_layout(annotation: str) -> str:
    """The return annotation after ``) -> `` of an exploded signature, as black lays it out.

    Too long: in parentheses on its own line, or a union one member a line.
    """
    if len(f") -> {annotation}:") <= LINE_LENGTH:
        return annotation
    if 4 + len(annotation) <= LINE_LENGTH:
        return f"(\n    {annotation}\n)"
    members = split_union(annotation)
    if len(members) < 2 or any(4 + 2 + len(m) > LINE_LENGTH for m in members):
        return annotation
    return "(\n    " + "\n    | ".join(members) + "\n)"



def operation_block(const: str, return_type: str, args: list[tuple[str, str, list[str]]]) -> str:
    """The ``_rt.Operation(...)`` constant of an operation, laid out as black lays it out.

    black keeps ``NAME: Ann = _rt.Operation(`` if it fits, else wraps the right-hand side in
    parentheses if that fits, else splits the annotation's subscript. ``args``: (key, value, the
    entries of a dict display ``value``, which is split one entry a line when too long).
    """
    head = f"{const}: _rt.Operation[{return_type}] = _rt.Operation("
    indent, tail = 4, ")"
    if len(head) > LINE_LENGTH:
        if len(f"{const}: _rt.Operation[{return_type}] = (") <= LINE_LENGTH:
            head = f"{const}: _rt.Operation[{return_type}] = (\n    _rt.Operation("
            indent, tail = 8, "    )\n)"
        elif 4 + len(return_type) <= LINE_LENGTH:
            head = f"{const}: _rt.Operation[\n    {return_type}\n] = _rt.Operation("
    pad = " " * indent
    lines = [head]
    for key, value, entries in args:
        line = f"{pad}{key}={value},"
        if len(line) > LINE_LENGTH and len(entries) == 1:
            entry = f"{pad}    {value[1:-1]}"  # too long still: split inside the entry's last call
            line = f"{pad}{key}={{\n{_split_last_bracket(entry) if len(entry) > LINE_LENGTH else entry}\n{pad}}},"
        elif len(line) > LINE_LENGTH and len(entries) > 1:  # a dict display: one entry a line
            line = f"{pad}{key}={{\n" + "".join(f"{pad}    {e},\n" for e in entries) + f"{pad}}},"
        lines.append(line)
    return laid_out("\n".join(lines) + "\n" + tail)


def paging_layout(const: str, item: str, args: list[tuple[str, str, list[str]]]) -> str:
    """``NAME: _rt.Paging[Item] = _rt.Paging(key=value, ...)`` as black lays it out; ``args`` as
    ``operation_block``'s (a dict display too long for its line is split one entry a line).

    When ``NAME: Ann = _rt.Paging(`` does not fit, black wraps the right-hand side in parentheses
    if ``NAME: Ann = (`` fits, else splits the annotation's subscript.
    """
    items = [f"{key}={value}" for key, value, _ in args]
    splits = {f"{key}={value}": Split(f"{key}={{", entries, "}") for key, value, entries in args if entries}
    head = f"{const}: _rt.Paging[{item}] = "
    if len(head) + len("_rt.Paging(") <= LINE_LENGTH:
        text = wrap(head + "_rt.Paging(", items, ")", 0, splits=splits)
    elif len(head) + 1 <= LINE_LENGTH:
        text = f"{head}(\n    {wrap('_rt.Paging(', items, ')', 4, splits=splits)}\n)"
    elif 4 + len(item) <= LINE_LENGTH:
        text = f"{const}: _rt.Paging[\n    {item}\n" + wrap("] = _rt.Paging(", items, ")", 0, splits=splits)
    else:
        text = head + "_rt.Paging(" + ", ".join(items) + ")"
    return laid_out(text)


def assign_call(name: str, func: str, args: list[str], indent: int = 0) -> str:
    """``name = func(args)`` nested ``indent`` spaces deep (its first line unindented), as black
    lays it out; each argument is one atom (a name, a dotted name or a string literal).

    Worked out from black's output (tests/unit/emit/test_black_layout.py compares the two over a grid of
    lengths): split inside the call when ``name = func(`` fits, else wrap the call in parentheses.
    """
    argline = ", ".join(args)
    one = f"{name} = {func}({argline})"
    if indent + len(one) <= LINE_LENGTH:
        return one
    pad = " " * indent

    def call(head: str, at: int) -> str:
        inner = " " * at
        if at + 4 + len(argline) <= LINE_LENGTH or len(args) == 1:
            return f"{head}\n{inner}    {argline}\n{inner})"
        return head + "\n" + "".join(f"{inner}    {a},\n" for a in args) + f"{inner})"

    head = f"{name} = {func}("
    if indent + len(head) <= LINE_LENGTH or indent + len(f"{name} = (") > LINE_LENGTH:
        return call(head, indent)
    rhs = f"{func}({argline})"
    if indent + 4 + len(rhs) <= LINE_LENGTH:
        return f"{name} = (\n{pad}    {rhs}\n{pad})"
    if indent + 8 + len(argline) > LINE_LENGTH and (
            len(args) == 1 or any(indent + 9 + len(a) > LINE_LENGTH for a in args)):
        return call(head, indent)
    return f"{name} = (\n{pad}    {call(func + '(', indent + 4)}\n{pad})"


def too_long(text: str) -> bool:
    return any(len(line) > LINE_LENGTH for line in text.split("\n"))


class _Kept:
    """black_layout's answers of the last run into one output folder, from the cache folder (keyed
    like the format cache: black's version, its mode, the text), so that a regeneration asks black
    again only about statements it has not seen; what this run used is kept for the next."""

    root: ClassVar[Path | None] = None
    scope: ClassVar[str] = ""
    known: ClassVar[dict[str, str]] = {}
    used: ClassVar[dict[str, str]] = {}
    trace: ClassVar[list[str] | None] = None  # the keys asked for while rendering one file (reuse.py)


def keep_layouts(root: Path | None, scope: str) -> None:
    """Use (and afterwards, ``save_layouts``, keep) the answers stored for ``scope``."""
    _Kept.root, _Kept.scope = root, scope + "|layouts"
    _Kept.known, _Kept.used = fmtcache.load_index(root, _Kept.scope), {}


def save_layouts() -> None:
    if _Kept.root is not None and _Kept.used != _Kept.known:
        fmtcache.save_index(_Kept.root, _Kept.scope, _Kept.used)
    _Kept.root, _Kept.known, _Kept.used = None, {}, {}


def black_layout(statement: str, indent: int = 0) -> str:
    # Not memoised itself: every use is recorded for the next run, also one another client of
    # this process asked about already (``_black_layout`` is memoised).
    if _Kept.root is None:
        return _black_layout(statement, indent)
    key = fmtcache.text_key(f"{indent}|{statement}")
    out = _Kept.known.get(key)
    if out is None:
        out = _black_layout(statement, indent)
    _Kept.used[key] = out
    if _Kept.trace is not None:
        _Kept.trace.append(key)
    return out


def traced(make: Callable[[], _T]) -> tuple[_T, list[str]]:
    """``make()``, and the keys of the stored layouts it used (for ``carry_layouts``)."""
    outer, _Kept.trace = _Kept.trace, []
    try:
        return make(), _Kept.trace
    finally:
        _Kept.trace = outer


def carry_layouts(keys: list[str]) -> None:
    """Keep for the next run the layouts a file used that is reused this run instead of rendered."""
    for key in keys:
        out = _Kept.known.get(key)
        if out is not None:
            _Kept.used[key] = out


def used_layouts() -> dict[str, str]:
    """The stored layouts this run used so far (a forked child sends its own back to ``adopt_layouts``)."""
    return dict(_Kept.used)


def adopt_layouts(used: dict[str, str]) -> None:
    """Keep for the next run layouts that a forked child used (``used_layouts``)."""
    if _Kept.root is not None:
        _Kept.used.update(used)


@functools.lru_cache(maxsize=4096)
def _black_layout(statement: str, indent: int = 0) -> str:
    """A statement (its first line unindented, nested ``indent`` spaces deep) as black lays it out.

    For the rare long statement whose shape the helpers here do not know. black formats each
    logical line on its own, so the statement comes out exactly as it will in the file, and the
    file's own black pass then has nothing left to change (one pass, not two). Small snippets cost
    black little.
    """
    levels = indent // 4
    opening = "".join("    " * k + "if _:\n" for k in range(levels))
    pad = " " * indent
    body = pad + statement.replace("\n", "\n" + pad) if indent else statement
    try:
        out = run_black("<statement>", opening + body + "\n").rstrip("\n")
    except FormatError:  # leave it to the file's own pass, which reports the problem
        return statement
    return "\n".join(out.split("\n")[levels:]).lstrip(" ")


def laid_out(statement: str, indent: int = 0) -> str:
    """``statement`` unchanged when every line fits, else as black lays it out."""
    return black_layout(statement, indent) if too_long(" " * indent + statement) else statement


def rhs(used: int, expr: str, indent: int) -> str:
    """The right-hand side of an assignment, in black's optional parentheses when it is too long."""
    if used + len(expr) <= LINE_LENGTH or indent + 4 + len(expr) > LINE_LENGTH:
        return expr
    pad = " " * indent
    return f"(\n{pad}    {expr}\n{pad})"


def statement(prefix: str, expr: str, suffix: str, indent: int) -> str:
    """``prefix + expr + suffix`` (an assignment or keyword argument) laid out as black lays it out.

    Too long: ``expr`` goes in parentheses on its own line, and a conditional expression that
    still does not fit is split before ``if`` and ``else``. Shapes this does not know are left on
    one line for black (correct either way; it only costs black a second pass).
    """
    one = prefix + expr + suffix
    if indent + len(one) <= LINE_LENGTH or indent + len(prefix) + 1 > LINE_LENGTH:
        return one
    body = _split_expr(expr, indent + 4)
    if body is None:
        return one
    return f"{prefix}(\n{body}\n{' ' * indent}){suffix}"


def _segment(expr: str, node: ast.expr) -> str | None:
    """``ast.get_source_segment`` without its per-call split of the source into lines, for the
    usual one-line ASCII expression (where the node's UTF-8 offsets are string indexes)."""
    if "\n" in expr or not expr.isascii() or node.end_col_offset is None or node.lineno != node.end_lineno:
        return ast.get_source_segment(expr, node)
    return expr[node.col_offset:node.end_col_offset]


def _split_expr(expr: str, indent: int) -> str | None:
    pad = " " * indent
    if indent + len(expr) <= LINE_LENGTH:
        return pad + expr
    try:
        node = ast.parse(expr, mode="eval").body
    except SyntaxError:
        return None
    if not isinstance(node, ast.IfExp) or node.body.end_col_offset is None:
        return None
    wrapped = expr.startswith("(") and node.body.col_offset == 1
    first = expr[:node.body.end_col_offset + 1] if wrapped else _segment(expr, node.body)
    test = _segment(expr, node.test)
    other = _segment(expr, node.orelse)
    if first is None or test is None or other is None or f"{first} if {test} else {other}" != expr:
        return None
    if indent + len(first) <= LINE_LENGTH:
        head = pad + first
    elif wrapped:
        inner = _split_expr(first[1:-1], indent + 4)
        if inner is None:
            return None
        head = f"{pad}(\n{inner}\n{pad})"
    else:
        return None
    if indent + 3 + len(test) > LINE_LENGTH or indent + 5 + len(other) > LINE_LENGTH:
        return None
    return f"{head}\n{pad}if {test}\n{pad}else {other}"


def expr_source(expr: Call | str) -> str:
    return expr.source() if isinstance(expr, Call) else expr


def call_with_atom(func: str, atom: str, indent: int) -> str:
    """``func(atom)``, ``atom`` one token black cannot split (a string literal): on one line when it
    fits, else the argument alone on the next line however long (black splits it no further and adds
    no comma: there is no delimiter to split at)."""
    one = f"{func}({atom})"
    if indent + len(one) <= LINE_LENGTH:
        return one
    pad = " " * indent
    return f"{func}(\n{pad}    {atom}\n{pad})"


def call_line(prefix: str, expr: Call | str, suffix: str, indent: int) -> str:
    """``prefix + expr + suffix`` laid out as black lays it out: a helper call is broken inside
    its parentheses, and a tuple or dict argument that is still too long one item a line."""
    if not isinstance(expr, Call):
        return statement(prefix, expr, suffix, indent)
    return bracketed(f"{prefix}{expr.func}(", list(expr.args), ")" + suffix, indent, atom=False)


def bracketed(head: str, items: list[str], tail: str, indent: int, *, atom: bool, explode: bool = False) -> str:
    """``head`` + items + ``tail`` as black splits brackets: one line; else (call arguments) the
    items on one indented line; else one item a line with a trailing comma, each item that is
    itself a too-long tuple or dict display split the same way. ``explode``: one item a line
    whatever fits (a one-item tuple, whose comma black reads as magic)."""
    joined = ", ".join(items)
    if not explode and (indent + len(head) + len(joined) + len(tail) <= LINE_LENGTH or not items):
        return head + joined + tail
    pad = " " * indent
    if not explode and not (atom and len(items) > 1) and indent + 4 + len(joined) <= LINE_LENGTH:
        return f"{head}\n{pad}    {joined}\n{pad}{tail}"
    lines = [head]
    for item in items:
        body = item[1:-1]
        one_tuple = item[:1] == "(" and body.endswith(",")
        inner = split_args(body[:-1] if one_tuple else body) if item[:1] in "({" and item[-1:] in ")}" else None
        display = one_tuple or item[:1] == "{" or (inner is not None and len(inner) > 1)  # not ``(expr)``
        if indent + 4 + len(item) + 1 > LINE_LENGTH and inner is not None and inner[-1:] != [""] and display:
            lines.append(f"{pad}    " + bracketed(item[0], inner, item[-1] + ",", indent + 4, atom=True,
                                                   explode=one_tuple))
        else:
            lines.append(f"{pad}    {item},")
    return "\n".join(lines) + f"\n{pad}{tail}"


def field_line(name: str, ann: str, default: str | None) -> str:
    """A class field ``name: ann = default`` at indent 4, laid out as black lays it out."""
    line = f"{name}: {ann}" + ("" if default is None else f" = {default}")
    if 4 + len(line) <= LINE_LENGTH:
        return line
    eq = "" if default is None else f" = {default}"
    if default is not None and "(" not in default and 4 + len(f"{name}: {ann} = (") <= LINE_LENGTH:
        return f"{name}: {ann} = (\n        {default}\n    )"
    if 8 + len(ann) <= LINE_LENGTH:
        return f"{name}: (\n        {ann}\n    ){eq}"
    members = split_union(ann)
    if len(members) < 2:
        return line
    return f"{name}: (\n        " + "\n        | ".join(members) + f"\n    ){eq}"


def alias_line(name: str, ann: str) -> str:
    """``Name: _t.TypeAlias = annotation`` at module level, laid out as black lays it out."""
    head = f"{name}: _t.TypeAlias = "
    if len(head + ann) <= LINE_LENGTH or len(head) + 1 > LINE_LENGTH:
        return head + ann
    if 4 + len(ann) <= LINE_LENGTH:
        return f"{head}(\n    {ann}\n)"
    members = split_union(ann)
    if len(members) < 2:
        return head + ann
    return f"{head}(\n    " + "\n    | ".join(members) + "\n)"



def decoder_entry(name: str, items: list[str]) -> str:
    """``"name": {items},`` inside testing.py's ``_DECODERS``, laid out as black lays it out."""
    entry = wrap(f'"{name}": {{', items, "},", 4, atom=True)
    entry = "\n".join(line if len(line) <= LINE_LENGTH else _split_last_bracket(line) for line in entry.split("\n"))
    if not too_long("    " + entry):
        return entry
    # Nested unions and the like: let black lay out this one entry (a small snippet) up front.
    lines = black_layout(f"_ = {{\n    {entry}\n}}").split("\n")
    if len(lines) < 3 or lines[0] != "_ = {" or lines[-1] != "}":
        return entry
    return "\n".join([lines[1][4:], *lines[2:-1]])


def _split_last_bracket(line: str) -> str:
    """An over-long ``item,`` line ending in a call, split inside that call's brackets as black
    splits it when the arguments then fit on one line; otherwise unchanged (black will do it)."""
    pad = line[:len(line) - len(line.lstrip(" "))]
    item, comma = (line.strip()[:-1], ",") if line.endswith(",") else (line.strip(), "")
    if not item.endswith((")", "]", "}")):
        return line
    depth = 0
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(item).readline))
    except (tokenize.TokenError, SyntaxError):
        return line
    for tok in reversed(tokens):
        if tok.type == tokenize.OP and tok.string in ")]}":
            depth += 1
        elif tok.type == tokenize.OP and tok.string in "([{":
            depth -= 1
            if depth == 0:
                head, body = item[:tok.start[1] + 1], item[tok.start[1] + 1:-1]
                if len(pad) + 4 + len(body) > LINE_LENGTH or not body:
                    return line
                return f"{pad}{head}\n{pad}    {body}\n{pad}{item[-1]}{comma}"
    return line
