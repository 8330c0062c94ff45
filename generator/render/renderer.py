"""Rendering: IR → generated files (path → text), in memory, no I/O but reading templates.

All decisions about names, imports, types, defaults and docstrings are made here in Python; the
Jinja templates only loop and print. The runtime in ``templates/runtime/`` is copied verbatim.
"""

from __future__ import annotations

import ast
import functools
import io
import json
import re
import tokenize
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2

from generator import __version__, ir
from generator.config import ClientConfig
from generator.emit.pyexpr import (
    Call,
    Needs,
    annotation,
    decode,
    decoder_callable,
    encode,
    field_decode,
    field_encode,
    split_args,
    split_union,
    tuple_source,
)
from generator.emit.pysource import (
    doc_source,
    docstring_block,
    docstring_body,
    literal,
    markdown_text,
    one_line,
    toml_string,
    triple_quoted,
)
from generator.examples.docs import Examples
from generator.examples.sampler import Sampler
from generator.naming import NameTable, all_order, pascal, upper_snake
from generator.output.format import FormatError, format_python

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
RUNTIME = TEMPLATES / "runtime"
_SAFE_SPEC_NAME = re.compile(r"[^A-Za-z0-9._-]")
_VERSION = re.compile(r"^\d+(\.\d+){0,3}$")


@dataclass(frozen=True, slots=True)
class OutputFile:
    path: str  # relative, POSIX separators
    text: str
    python: bool


def environment(custom: Path | None) -> jinja2.Environment:
    loaders: list[jinja2.BaseLoader] = []
    if custom is not None:
        loaders.append(jinja2.FileSystemLoader(str(custom)))
    loaders.append(jinja2.FileSystemLoader(str(TEMPLATES)))
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )
    env.filters["docstring"] = docstring_block
    return env


def _header(api: ir.Api) -> str:
    name = _SAFE_SPEC_NAME.sub("_", api.spec_name)
    return f"# Generated from {name} by the generator; do not edit by hand."


LINE_LENGTH = 100  # format.mode()'s
# The per-call options every endpoint function takes after its own parameters (runtime _client._call).
CALL_OPTIONS = ("extra_headers", "extra_query", "timeout", "max_retries")


def wrap(head: str, items: list[str], tail: str, indent: int, *, comma: bool = False,
         splits: dict[str, tuple[str, list[str], str]] | None = None, params: bool = False,
         atom: bool = False) -> str:
    """``head`` + comma-separated ``items`` + ``tail``, broken over lines the way black breaks them.

    One line if it fits; else the items on one indented line; else one item a line with a trailing
    comma. Emitting black's layout up front lets black finish in one pass instead of two. ``comma``:
    the items need a trailing comma even on one line (a one-element tuple). ``splits``: how to break
    an item that is itself too long (head, items, tail), as black does next; ``params``: the items
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
            lines.append(pad + "    " + wrap(split[0], split[1], split[2] + ",", indent + 4,
                                              comma=len(split[1]) == 1, atom=True) + "\n")
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


_MEDIA_TYPE = re.compile(r"^[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+*-]+$")


def accept_header(op: ir.Operation) -> str:
    """The ``Accept`` value for an operation: its responses' media types, successes first.

    Media types are spec text bound for an HTTP header, so only well-formed ``type/subtype``
    tokens are kept (parameters dropped); ``application/json`` when nothing usable remains.
    """
    ordered = sorted(op.responses, key=lambda r: not r.status.startswith("2"))
    types = _unique(m for r in ordered if _MEDIA_TYPE.match(m := r.media_type.split(";")[0].strip()))
    return ", ".join(types) or "application/json"


def _operation_block(const: str, return_type: str, args: list[tuple[str, str, list[str]]]) -> str:
    """The ``_rt.Operation(...)`` constant of an operation, laid out as black lays it out.

    black keeps ``NAME: Ann = _rt.Operation(`` if it fits, else wraps the right-hand side in
    parentheses if that fits, else splits the annotation's subscript.
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
        if len(line) > LINE_LENGTH and len(entries) == 1 and indent + 4 + len(value) - 2 <= LINE_LENGTH:
            line = f"{pad}{key}={{\n{pad}    {value[1:-1]}\n{pad}}},"
        elif len(line) > LINE_LENGTH and len(entries) > 1:  # a dict display: one entry a line
            line = f"{pad}{key}={{\n" + "".join(f"{pad}    {e},\n" for e in entries) + f"{pad}}},"
        lines.append(line)
    return laid_out("\n".join(lines) + "\n" + tail)


def assign_call(name: str, func: str, args: list[str]) -> str:
    """``name = func(args)`` at module level, as black lays it out (args are plain names).

    Worked out from black's output (tests/unit/emit/test_black_layout.py compares the two over a grid of
    lengths): split inside the call when ``name = func(`` fits, else wrap the call in parentheses.
    """
    one = f"{name} = {func}({', '.join(args)})"
    if len(one) <= LINE_LENGTH:
        return one
    argline = ", ".join(args)

    def call(head: str, indent: int) -> str:
        pad = " " * indent
        if indent + 4 + len(argline) <= LINE_LENGTH or len(args) == 1:
            return f"{head}\n{pad}    {argline}\n{pad})"
        return head + "\n" + "".join(f"{pad}    {a},\n" for a in args) + f"{pad})"

    head = f"{name} = {func}("
    if len(head) <= LINE_LENGTH or len(f"{name} = (") > LINE_LENGTH:
        return call(head, 0)
    rhs = f"{func}({argline})"
    if 4 + len(rhs) <= LINE_LENGTH:
        return f"{name} = (\n    {rhs}\n)"
    if 8 + len(argline) > LINE_LENGTH and (len(args) == 1 or any(9 + len(a) > LINE_LENGTH for a in args)):
        return call(head, 0)
    return f"{name} = (\n    {call(func + '(', 4)}\n)"


def too_long(text: str) -> bool:
    return any(len(line) > LINE_LENGTH for line in text.split("\n"))


@functools.lru_cache(maxsize=4096)
def black_layout(statement: str, indent: int = 0) -> str:
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
        out = format_python("<statement>", opening + body + "\n").rstrip("\n")
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


def _source(expr: Call | str) -> str:
    return expr.source() if isinstance(expr, Call) else expr


def _call_line(prefix: str, expr: Call | str, suffix: str, indent: int) -> str:
    """``prefix + expr + suffix`` laid out as black lays it out: a helper call is broken inside
    its parentheses, and a tuple or dict argument that is still too long one item a line."""
    if not isinstance(expr, Call):
        return statement(prefix, expr, suffix, indent)
    return _bracketed(f"{prefix}{expr.func}(", list(expr.args), ")" + suffix, indent, atom=False)


def _bracketed(head: str, items: list[str], tail: str, indent: int, *, atom: bool) -> str:
    """``head`` + items + ``tail`` as black splits brackets: one line; else (call arguments) the
    items on one indented line; else one item a line with a trailing comma, each item that is
    itself a too-long tuple or dict display split the same way."""
    joined = ", ".join(items)
    if indent + len(head) + len(joined) + len(tail) <= LINE_LENGTH or not items:
        return head + joined + tail
    pad = " " * indent
    if not (atom and len(items) > 1) and indent + 4 + len(joined) <= LINE_LENGTH:
        return f"{head}\n{pad}    {joined}\n{pad}{tail}"
    lines = [head]
    for item in items:
        inner = split_args(item[1:-1]) if item[:1] in "({" and item[-1:] in ")}" else None
        if indent + 4 + len(item) + 1 > LINE_LENGTH and inner is not None and inner[-1:] != [""]:
            trailing = item[:1] == "(" and len(inner) == 1
            lines.append(f"{pad}    " + _bracketed(item[0], inner, ("," if trailing else "") + item[-1] + ",",
                                                   indent + 4, atom=True))
        else:
            lines.append(f"{pad}    {item},")
    return "\n".join(lines) + f"\n{pad}{tail}"


def _field_line(name: str, ann: str, default: str | None) -> str:
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


def _alias_line(name: str, ann: str) -> str:
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


def _doc(text: str, fallback: str = "") -> str:
    return docstring_body(text) or docstring_body(fallback)


def _imports(needs: Needs, *, own: str = "", models_prefix: str = ".") -> tuple[list[str], list[str]]:
    """(top-of-module imports, model imports) for a module that used ``needs``."""
    top: list[str] = []
    for module, line in (("_dc", "import dataclasses as _dc"), ("_dt", "import datetime as _dt"),
                         ("_decimal", "import decimal as _decimal"),
                         ("_t", "import typing as _t"), ("_uuid", "import uuid as _uuid")):
        if module in needs.modules:
            top.append(line)
    names = sorted((needs.models | needs.enums) - {own})
    return top, names


class _Renderer:
    def __init__(self, api: ir.Api, config: ClientConfig) -> None:
        self.api = api
        self.config = config
        self.env = environment(config.templates)
        self.package = config.package
        self.enum_bases: dict[str, str] = {e.name: e.base for e in api.enums}
        decls: tuple[ir.Model | ir.Enum | ir.Alias, ...] = (*api.models, *api.enums, *api.aliases)
        self.modules: dict[str, str] = {d.name: d.module for d in decls}
        self.header = _header(api)
        self._op_contexts: dict[int, tuple[dict[str, Any], Needs]] = {}

    def needs(self) -> Needs:
        return Needs(enum_bases=self.enum_bases)

    def template(self, template_name: str, /, **context: Any) -> str:
        return self.env.get_template(template_name).render(header=self.header, **context)

    def model_import(self, name: str, prefix: str) -> str:
        return import_line(f"{prefix}{self.modules[name]}", name, 0)

    # -- models --------------------------------------------------------------------------------
    def model_file(self, model: ir.Model) -> OutputFile:
        needs = self.needs()
        fields: list[dict[str, Any]] = []
        # Any optional field: to_dict wraps its dict display in ``_rt.present(...)`` (one level deeper).
        any_optional = any(not f.required or f.read_only or f.write_only for f in model.fields)
        for f in model.fields:
            ann = annotation(f.type, needs)
            # Absent stays absent: a spec default is the server's business, so it is documented
            # rather than sent, and from_dict → to_dict gives back exactly the JSON received.
            # readOnly / writeOnly fields appear in only one direction, so neither can be required.
            optional = not f.required or f.read_only or f.write_only
            if optional:
                ann += " | Unset"
            default = "UNSET" if optional else None
            if not optional and isinstance(f.type, ir.LiteralOf) and f.default_source is not None:
                default = f.default_source  # a required const: the one value it can have
            if f.secret:
                default = "_dc.field(repr=False)" if default is None else f"_dc.field(default={default}, repr=False)"
            wire = literal(f.wire_name)
            description = f.description
            if f.default_source is not None:
                description = (description + "\n\n" if description else "") + f"Default: ``{doc_source(f.default_source)}``."
            decoded = field_decode(f.type, wire, optional, needs, take=model.additional is not None)
            encoded = field_encode(f.type, f"self.{f.py_name}", optional, needs)
            if f.read_only:  # never sent in a request body
                encoded = f"UNSET if request else {_source(encoded)}"
            fields.append({
                "doc": _doc(description),
                "field_line": _field_line(f.py_name, ann, default),
                "decode_line": _call_line(f"{f.py_name}=", decoded, ",", 12),
                "encode_line": (_call_line(f"{wire}: ", encoded, ",", 16 if any_optional else 12)
                                if isinstance(encoded, Call) else f"{wire}: {encoded},"),
                "runtime": "_rt." in _source(decoded) + _source(encoded) + (default or ""),
            })
        additional = None
        if model.additional is not None:
            value_ann = "_t.Any" if isinstance(model.additional, ir.AnyType) else annotation(model.additional, needs)
            value_decode = decode(model.additional, "_v", needs, depth=1)
            value_encode = encode(model.additional, "_v", needs, depth=1, request="request")
            additional = {
                "annotation": "_rt.JSONObject" if value_ann == "_t.Any" else f"dict[str, {value_ann}]",
                # from_dict pops every known property off a copy: what is left is the rest.
                "decode": "rest" if value_decode == "_v" else f"{{_k: {value_decode} for _k, _v in rest.items()}}",
                "encode": "**self.additional_properties" if value_encode == "_v"
                else f"**{{_k: {value_encode} for _k, _v in self.additional_properties.items()}}",
            }
        if any(f.secret for f in model.fields):
            needs.modules.add("_dc")
        top, names = _imports(needs, own=model.name)
        context = {
            # UNSET and Unset are used on most lines of a model: imported by name (one token, not
            # three); lower.RESERVED_CLASSES keeps any schema from taking either name.
            "runtime_import": "from .._runtime import UNSET, Unset" if any_optional else "",
            "uses_unset": any_optional,
            "name": model.name,
            "doc": _doc(model.description, f"{model.name} object."),
            "deprecated": model.deprecated,
            "fields": fields,
            "additional": additional,
            "from_dict_def": wrap("def from_dict(", ["cls", "data: _rt.JSONMapping"],
                                  f") -> {model.name}:", 4),
        }
        # Enums import nothing, so they can come first (defaults need them at class creation);
        # models come last so that cycles between models resolve.
        enum_names = [n for n in names if n in self.enum_bases]
        text = self.template("model.py.jinja", model=context, imports=top,
                             enum_imports=[self.model_import(n, ".") for n in enum_names],
                             bottom_imports=[self.model_import(n, ".") for n in names if n not in self.enum_bases])
        return OutputFile(f"{self.package}/models/{model.module}.py", text, True)

    def enum_file(self, enum: ir.Enum) -> OutputFile:
        base = "_enum.IntEnum" if enum.base == "int" else "_enum.StrEnum"
        context = {
            "name": enum.name, "doc": _doc(enum.description, f"{enum.name} values."),
            "class_line": wrap(f"class {enum.name}(", [base], "):", 0),
            "members": [{"name": m.py_name, "value": rhs(4 + len(m.py_name) + 3, m.value_source, 4)}
                        for m in enum.members],
        }
        text = self.template("enum.py.jinja", enum=context)
        return OutputFile(f"{self.package}/models/{enum.module}.py", text, True)

    def alias_file(self, alias: ir.Alias) -> OutputFile:
        needs = self.needs()
        needs.modules.add("_t")
        ann = annotation(alias.type, needs)
        top, names = _imports(needs, own=alias.name)
        text = self.template("alias.py.jinja", name=alias.name, alias_line=_alias_line(alias.name, ann), imports=top,
                             model_imports=[self.model_import(n, ".") for n in names],
                             doc=_doc(alias.description, f"{alias.name} values."))
        return OutputFile(f"{self.package}/models/{alias.module}.py", text, True)

    def models_init(self) -> OutputFile:
        decls: list[ir.Model | ir.Enum | ir.Alias] = sorted(
            (*self.api.models, *self.api.enums, *self.api.aliases), key=lambda d: d.module)
        text = self.template("models_init.py.jinja",
                             # names in __all__ are re-exported for type checkers: no ``as`` needed
                             names=[{"name": d.name, "module": d.module,
                                     "line": import_line(f".{d.module}", d.name, 4)} for d in decls],
                             all_names=sorted((d.name for d in decls), key=all_order),
                             modules=_models_index(decls))
        return OutputFile(f"{self.package}/models/__init__.py", text, True)

    # -- operations ----------------------------------------------------------------------------
    def operation_context(self, op: ir.Operation, needs: Needs) -> dict[str, Any]:
        """The template context of one operation; built once, as the modules, README and api.md
        all use it (a copy each time, with the imports it needs added to ``needs``)."""
        cached = self._op_contexts.get(id(op))
        if cached is None:
            own = self.needs()
            cached = self._op_contexts[id(op)] = (self._operation_context(op, own), own)
        context, own = cached
        needs.modules |= own.modules
        needs.models |= own.models
        needs.enums |= own.enums
        return dict(context)

    def _operation_context(self, op: ir.Operation, needs: Needs) -> dict[str, Any]:
        accept = accept_header(op)
        required: list[str] = []
        optional: list[str] = []
        args_doc: list[str] = []
        path: list[str] = []
        query: list[str] = []
        headers: list[str] = []
        cookies: list[str] = []
        for p in op.parameters:
            ann = annotation(p.type, needs)
            if p.required:
                required.append(f"{p.py_name}: {ann}")
            elif p.default_source is not None:
                optional.append(f"{p.py_name}: {ann} = {p.default_source}")
            else:
                optional.append(f"{p.py_name}: {ann} | _rt.Unset = _rt.UNSET")
            wire = literal(p.wire_name)
            if p.location == "path":
                path.append(f"{wire}: {p.py_name}")
            elif p.location == "query":
                query.append(f"({wire}, {p.py_name}, {literal(p.style)}, {p.explode})")
            elif p.location == "header":
                headers.append(f"({wire}, {p.py_name})")
            else:
                cookies.append(f"({wire}, {p.py_name})")
            if p.description:
                args_doc.append(f"{p.py_name}: {_doc(one_line(p.description, 200))}")
        body_kwargs: list[str] = []
        if op.body is not None:
            b = op.body
            ann = "bytes" if b.kind == "binary" else annotation(b.type, needs)
            value = encode(b.type, "body", needs, request="True") if b.kind in ("json", "form", "multipart") else "body"
            absent = "_rt.UNSET" if b.kind == "json" else "None"
            if b.required:
                required.append(f"body: {ann}")
            else:
                optional.append(f"body: {ann} | _rt.Unset = _rt.UNSET")
                value = f"{absent} if isinstance(body, _rt.Unset) else {value}"
            if b.kind in ("form", "multipart"):
                # Form bodies are dicts once encoded; the runtime splits them into fields and files.
                helper = "form_fields" if b.kind == "form" else "multipart_fields"
                body_kwargs.append(f"**_rt.{helper}({value})")
            else:
                key = {"json": "json", "binary": "content", "text": "content"}[b.kind]
                body_kwargs.append(f"{key}={value}")
                if b.kind != "json":
                    body_kwargs.append(f"content_type={literal(b.media_type)}")
            if b.description:
                args_doc.append(f"body: {_doc(one_line(b.description, 200))}")
        parts = []
        splits: dict[str, tuple[str, list[str], str]] = {}
        if path:
            parts.append("path={" + ", ".join(path) + "}")
        if query:
            parts.append("query=" + tuple_source(query))
            splits[parts[-1]] = ("query=(", query, ")")
        if headers:
            parts.append("headers=" + tuple_source(headers))
        if cookies:
            parts.append("cookies=" + tuple_source(cookies))
        parts.extend(body_kwargs)

        success, errors, types = [], [], []
        for r in op.responses:
            is_success = r.status.startswith("2") or (
                r.status == "default" and not any(x.status.startswith("2") for x in op.responses))
            if r.kind == "empty" or r.type is None:
                decoder, rtype = "_rt.no_body", "None"
            elif r.kind == "text":
                decoder, rtype = "_rt.text_body", "str"
            elif r.kind == "binary":
                decoder, rtype = "_rt.bytes_body", "bytes"
            else:
                decoder = f"_rt.json_body({decoder_callable(r.type, needs)})"
                rtype = annotation(r.type, needs)
            entry = f"{literal(r.status)}: {decoder}"
            if is_success:
                success.append(entry)
                types.append(rtype)
            else:
                errors.append(entry)
        if not success:
            success.append('"2XX": _rt.no_body')
            types.append("None")
        return_type = " | ".join(_unique(t for part in types for t in split_union(part)))
        if "None" in split_union(return_type) and return_type != "None":
            return_type = " | ".join([t for t in split_union(return_type) if t != "None"] + ["None"])
        if any("_t." in t for t in (return_type,)):
            needs.modules.add("_t")
        summary = one_line(op.summary) or one_line(op.description) or f"{op.method} {op.path}"
        description = op.description if op.summary else "\n".join(op.description.split("\n")[1:])
        doc_parts = [_doc(summary.rstrip(".") + ".")]
        if op.deprecated:
            doc_parts.append(".. deprecated:: This operation is deprecated in the API description.")
        if description.strip():
            doc_parts.append(_doc(description))
        doc_parts.append(_doc(f"Sends ``{op.method} {op.path}``."))
        if args_doc:
            doc_parts.append("Args:\n" + "\n".join("    " + a for a in args_doc))
        return {
            "name": op.py_name,
            "const": "_" + op.py_name.upper(),
            "method": literal(op.method),
            "path": literal(op.path),
            "op_name": literal(op.py_name),
            "success": ", ".join(success),
            "errors": ", ".join(errors),
            "security": tuple_source(tuple_source(literal(k) for k in alt) if alt else "()" for alt in op.security)
            if op.security else "()",
            "idempotent": op.idempotent,
            "params": required + optional,
            "param_lines": [param_line(p) for p in required + optional],
            "returns_layout": returns_layout(return_type),
            "const_block": _operation_block("_" + op.py_name.upper(), return_type, [
                ("name", literal(op.py_name), []), ("method", literal(op.method), []),
                ("path", literal(op.path), []),
                ("success", "{" + ", ".join(success) + "}", success),
                ("errors", "{" + ", ".join(errors) + "}", errors),
                ("security", tuple_source(tuple_source(literal(k) for k in alt) if alt else "()"
                                          for alt in op.security) if op.security else "()", []),
                ("idempotent", str(op.idempotent), []),
                *([("accept", literal(accept), [])] if accept != "application/json" else [])]),
            "parts": laid_out(wrap("parts = _rt.RequestParts(", parts, ")", 4, splits=splits), 4),
            "call": laid_out(wrap("return client._call(", ["_" + op.py_name.upper(), "parts", *CALL_OPTIONS], ")", 4), 4),
            "return_type": return_type,
            "doc": "\n\n".join(p for p in doc_parts if p),
        }

    def response_class(self, op: ir.Operation, needs: Needs, taken: NameTable,
                       return_type: str) -> dict[str, Any] | None:
        """A typed ``APIResponse`` subclass for an operation whose success responses declare headers."""
        successes = [r for r in op.responses if r.status.startswith("2")] or \
            [r for r in op.responses if r.status == "default"]
        seen: dict[str, tuple[ir.ResponseHeader, bool]] = {}
        for r in successes:
            for h in r.headers:
                key = h.wire_name.lower()
                # Required only when every success response promises it.
                required = h.required and all(
                    any(x.wire_name.lower() == key and x.required for x in other.headers) for other in successes)
                seen.setdefault(key, (h, required))
        if not seen:
            return None
        attrs = []
        for h, required in seen.values():
            ann, parser = _header_parser(h.type, needs)
            read = f"self.{h.py_name} = _rt.{'require_header' if required else 'read_header'}(headers, " \
                f"{literal(h.wire_name)}, {parser})"
            attrs.append({
                "name": h.py_name, "annotation": ann if required else f"{ann} | None",
                "field_line": param_line(f"{h.py_name}: {ann if required else f'{ann} | None'}", 4, ""),
                "read_line": laid_out(read, 8),
                "doc": _doc(h.description, f"The ``{h.wire_name}`` response header."),
            })
        name = taken.claim(pascal(op.py_name) + "Response")
        return {
            "name": name,
            "class_line": wrap(f"class {name}(", [f"_rt.APIResponse[{return_type}]"], "):", 0),
            "doc": _doc(f"The result of :func:`{op.py_name}_with_response`.\n\nThe decoded body, and the "
                        "response headers the API description declares as typed attributes."),
            "slots": wrap("__slots__ = (", [literal(a["name"]) for a in attrs], ")", 4,
                          comma=len(attrs) == 1, atom=True),
            "wires": [h.wire_name for h, _ in seen.values()],
            "attrs": attrs,
        }

    def group_file(self, group: str, ops: list[ir.Operation]) -> OutputFile:
        needs = self.needs()
        contexts = [self.operation_context(op, needs) for op in ops]
        taken = NameTable([*self.modules, *(n for c in contexts for n in (
            c["name"], c["name"] + "_async", c["name"] + "_with_response", c["name"] + "_with_response_async"))])
        for op, c in zip(ops, contexts):
            rc = self.response_class(op, needs, taken, c["return_type"])
            c["response_class"] = rc
            name = c["name"]
            c["async_line"] = assign_call(f"{name}_async", "_async_form", [name])
            c["with_response"] = assign_call(f"{name}_with_response", "_with_response",
                                             [name, *([rc["name"]] if rc else [])])
            c["with_response_async"] = assign_call(f"{name}_with_response_async", "_async_form",
                                                   [f"{name}_with_response"])
        top, names = _imports(needs)
        text = self.template(
            "api_group.py.jinja",
            operations=contexts,
            imports=top,
            model_imports=[self.model_import(n, "..models.") for n in names],
            needs_httpx=any(c["response_class"] for c in contexts),
            all_names=sorted((n for c in contexts for n in (
                c["name"], c["name"] + "_async", c["name"] + "_with_response", c["name"] + "_with_response_async",
                *([c["response_class"]["name"]] if c["response_class"] else []))), key=all_order),
        )
        return OutputFile(f"{self.package}/api/{group}.py", text, True)

    # -- package -------------------------------------------------------------------------------
    def client_file(self) -> OutputFile:
        creds = []
        params = []
        for s in self.api.security_schemes:
            ann = "tuple[str, str] | None" if s.kind == "basic" else "str | None"
            params.append({"name": s.py_name, "annotation": ann,
                           "doc": _doc(one_line(s.description, 200) or f"Credential for {s.key}.")})
            creds.append(
                f"{literal(s.key)}: _rt.Credential.resolve({literal(s.kind)}, {s.py_name}, "
                f"env_var={literal(s.env_var)}, location={literal(s.location)}, param_name={literal(s.param_name)})"
            )
        text = self.template(
            "client.py.jinja",
            title_doc=_doc(self.api.title),
            base_url=literal(self.api.base_url),
            user_agent=literal(f"{self.config.distribution}/{self.version()} (python)"),
            cred_params=params,
            cred_call=", ".join(f"{p['name']}={p['name']}" for p in params),
            credentials=creds,
            env_vars=[{"name": s.py_name, "env": s.env_var} for s in self.api.security_schemes],
        )
        return OutputFile(f"{self.package}/_client.py", text, True)

    def version(self) -> str:
        return self.api.version if _VERSION.match(self.api.version) else "0.0.0"

    def package_files(self) -> list[OutputFile]:
        groups = sorted({op.group for op in self.api.operations})
        files = [
            OutputFile(f"{self.package}/__init__.py",
                       self.template("package_init.py.jinja", title_doc=_doc(self.api.title + " client."),
                                     version=literal(self.version())), True),
            OutputFile(f"{self.package}/py.typed", "", False),
            OutputFile(f"{self.package}/api/__init__.py",
                       self.template("api_init.py.jinja", groups=[
                           {"name": g, "import_line": import_line(".", f"{g} as {g}", 4)} for g in groups]), True),
            OutputFile("pyproject.toml", self.template(
                "pyproject.toml.jinja", name=toml_string(self.config.distribution),
                version=toml_string(self.version()),
                description=toml_string(one_line(self.api.title, 200)), package=self.package), False),
            OutputFile("README.md", self.readme(), False),
            OutputFile("api.md", self.api_doc(), False),
        ]
        # Copied as they are: they are written in black's layout (tests/e2e/test_runtime_layout.py
        # checks it), so formatting them on every run would only cost time.
        for path in sorted(RUNTIME.glob("*.py")):
            files.append(OutputFile(f"{self.package}/_runtime/{path.name}",
                                    path.read_text(encoding="utf-8"), False))
        return files

    def readme(self) -> str:
        ops = []
        for op in self.api.operations:
            examples = Examples(self.api)
            call = f"{op.group}.{op.py_name}(client{examples.arguments(op)})"
            imports = [f"import {m}" for m in sorted(examples.modules)]
            imports.append(f"from {self.package} import Client")
            imports.append(f"from {self.package}.api import {op.group}")
            if examples.models:
                imports.append(f"from {self.package}.models import {', '.join(sorted(examples.models))}")
            ops.append({
                "name": op.py_name, "group": op.group, "method": op.method,
                "path": markdown_text(op.path).replace("`", "'"),
                "summary": markdown_text(one_line(op.summary or op.description, 200)),
                "needs_body": op.body is not None and op.body.required,
                "example_imports": imports, "example_call": call,
                "returns_none": self.operation_context(op, self.needs())["return_type"] == "None",
                "anchor": f"{op.group}-{op.py_name}".replace("_", "-"),
            })
        return self.template(
            "README.md.jinja", title=markdown_text(self.api.title), description=markdown_text(self.api.description),
            package=self.package, distribution=self.config.distribution, operations=ops,
            env_vars=[s.env_var for s in self.api.security_schemes],
            token_param=next((s.py_name for s in self.api.security_schemes), ""),
            base_url=markdown_text(self.api.base_url),
        )

    def api_doc(self) -> str:
        """api.md: the whole public surface, from the same contexts the modules are rendered from."""
        groups = []
        for group in sorted({op.group for op in self.api.operations}):
            ops = [op for op in self.api.operations if op.group == group]
            needs = self.needs()
            contexts = [self.operation_context(op, needs) for op in ops]
            taken = NameTable(self.modules)
            entries = []
            for op, c in zip(ops, contexts):
                rc = self.response_class(op, needs, taken, c["return_type"])
                entries.append({
                    "name": op.py_name, "method": op.method, "path": markdown_text(op.path).replace("`", "'"),
                    "summary": markdown_text(one_line(op.summary or op.description, 300)),
                    "params": [_public(p) for p in c["params"]],
                    "returns": _public(c["return_type"]),
                    "raw": _public(rc["name"] if rc else f"APIResponse[{c['return_type']}]"),
                    "headers": [{"name": a["name"], "annotation": _public(a["annotation"]),
                                 "wire": markdown_text(h)} for a, h in zip(rc["attrs"], rc["wires"])] if rc else [],
                })
            groups.append({"name": group, "operations": entries})
        models = []
        for m in self.api.models:
            needs = self.needs()
            fields = [{"name": f.py_name, "wire": markdown_text(f.wire_name).replace("`", "'"),
                       "annotation": _public(annotation(f.type, needs)
                                             + ("" if f.required or f.default_source is not None else " | Unset")),
                       "doc": markdown_text(one_line(f.description, 200)), "secret": f.secret}
                      for f in m.fields]
            models.append({"name": m.name, "doc": markdown_text(one_line(m.description, 300)), "fields": fields,
                           "additional": m.additional is not None})
        enums = [{"name": e.name, "doc": markdown_text(one_line(e.description, 300)),
                  "members": [{"name": x.py_name, "value": markdown_text(x.value_source).replace("`", "'")}
                              for x in e.members]} for e in self.api.enums]
        aliases = [{"name": a.name, "annotation": _public(annotation(a.type, self.needs()))}
                   for a in self.api.aliases]
        return self.template(
            "api.md.jinja", title=markdown_text(self.api.title), package=self.package, groups=groups,
            models=models, enums=enums, aliases=aliases,
            cred_params=[{"name": s.py_name, "env": s.env_var, "kind": s.kind,
                          "annotation": "tuple[str, str] | None" if s.kind == "basic" else "str | None"}
                         for s in self.api.security_schemes],
        )

    def iter_files(self) -> Iterator[OutputFile]:
        """``render``'s files one by one, the large ones first (black gets them early: no long tail)."""
        yield self.models_init()
        by_group: dict[str, list[ir.Operation]] = {}
        for op in self.api.operations:
            by_group.setdefault(op.group, []).append(op)
        yield from (self.group_file(g, ops) for g, ops in sorted(by_group.items()))
        yield self.client_file()
        yield from (self.model_file(m) for m in self.api.models)
        yield from (self.enum_file(e) for e in self.api.enums)
        yield from (self.alias_file(a) for a in self.api.aliases)
        yield from self.package_files()

    def render(self) -> list[OutputFile]:
        files = self.package_files()
        files.append(self.client_file())
        files.append(self.models_init())
        files.extend(self.model_file(m) for m in self.api.models)
        files.extend(self.enum_file(e) for e in self.api.enums)
        files.extend(self.alias_file(a) for a in self.api.aliases)
        by_group: dict[str, list[ir.Operation]] = {}
        for op in self.api.operations:
            by_group.setdefault(op.group, []).append(op)
        files.extend(self.group_file(g, ops) for g, ops in sorted(by_group.items()))
        return sorted(files, key=lambda f: f.path)


_HEADER_PRIMITIVES = {
    "str": ("str", "str"), "int": ("int", "int"), "float": ("float", "float"),
    "bool": ("bool", "_rt.parse_bool"), "datetime": ("_dt.datetime", "_rt.parse_datetime"),
    "date": ("_dt.date", "_dt.date.fromisoformat"), "uuid": ("_uuid.UUID", "_uuid.UUID"),
    "decimal": ("_decimal.Decimal", "_decimal.Decimal"),
}


def _header_parser(t: ir.TypeExpr, needs: Needs) -> tuple[str, str]:
    """(annotation, parser of the header's text) for a declared response header; unknown shapes stay str."""
    match t:
        case ir.Nullable(inner=inner):
            return _header_parser(inner, needs)
        case ir.Primitive(kind=kind) if kind in _HEADER_PRIMITIVES:
            ann, parser = _HEADER_PRIMITIVES[kind]
            if "." in ann and not ann.startswith("_rt"):
                needs.modules.add(ann.split(".")[0])
            return ann, parser
        case ir.ListOf(item=item):
            ann, parser = _header_parser(item, needs)
            return f"list[{ann}]", f"_rt.parse_list({parser})"
        case ir.EnumRef(name=name):
            ann = annotation(t, needs)
            if needs.enum_bases.get(name) == "int":
                return ann, f"lambda _s: _rt.open_int_enum({name}, int(_s))"
            return ann, f"lambda _s: _rt.open_str_enum({name}, _s)"
        case _:
            return "str", "str"


_PUBLIC_MODULES = (("_dt.", "datetime."), ("_t.", "typing."), ("_uuid.", "uuid."), ("_decimal.", "decimal."),
                   ("_rt.", ""), ("_Mapping", "Mapping"))


def _models_index(decls: list[ir.Model | ir.Enum | ir.Alias]) -> str:
    """models/__init__.py's name → module table as one string literal of ``Name:module`` pairs.

    Names and modules are identifiers (naming.py), so neither holds the ``:`` or space separators.
    """
    return literal(" ".join(f"{d.name}:{d.module}" for d in decls))


def _public(source: str) -> str:
    """A generated annotation or parameter as a reader sees it (without the private import aliases)."""
    for private, public in _PUBLIC_MODULES:
        source = source.replace(private, public)
    return source


def _unique(items: Iterable[str]) -> list[str]:
    out: list[str] = []
    for item in items:
        if item not in out:
            out.append(item)
    return out


def render(api: ir.Api, config: ClientConfig) -> list[OutputFile]:
    return _Renderer(api, config).render()


def render_stream(api: ir.Api, config: ClientConfig, data: Any) -> Iterator[OutputFile]:
    """``render`` and ``render_testing`` as a stream, largest files first, for formatting while rendering.

    The same files as the two lists (callers sort by path); only the order differs.
    """
    yield from render_testing(api, config, data)
    yield from _Renderer(api, config).iter_files()


GENERATOR_VERSION = __version__


# -- offline fake and generated tests (issue 6) ------------------------------------------------------
_PRIMITIVE_SHAPES: dict[str, dict[str, str]] = {
    "str": {"type": "string"}, "int": {"type": "integer"}, "float": {"type": "number"},
    "bool": {"type": "boolean"}, "bytes": {"type": "string"}, "date": {"type": "string", "format": "date"},
    "datetime": {"type": "string", "format": "date-time"}, "time": {"type": "string", "format": "time"},
    "uuid": {"type": "string", "format": "uuid"}, "decimal": {"type": "number"}, "binary": {},
}


def _shape(t: ir.TypeExpr) -> dict[str, Any]:
    """The JSON shape the fake transport checks a value against (plain data, rendered as a literal)."""
    match t:
        case ir.Primitive(kind=kind):
            return dict(_PRIMITIVE_SHAPES[kind])
        case ir.ListOf(item=item):
            return {"type": "array", "items": _shape(item)}
        case ir.MapOf(value=value):
            return {"type": "object", "properties": {}, "required": [], "additional": _shape(value)}
        case ir.ModelRef(name=name) | ir.EnumRef(name=name) | ir.AliasRef(name=name):
            return {"ref": name}
        case ir.UnionOf(variants=variants):
            return {"anyOf": [_shape(v) for v in variants]}
        case ir.LiteralOf(values=values):
            return {"enum": list(values)}
        case ir.AnyType():
            return {}
        case ir.Nullable(inner=inner):
            return {"nullable": _shape(inner)}
    raise AssertionError(t)


def _schema_shapes(api: ir.Api) -> dict[str, Any]:
    shapes: dict[str, Any] = {}
    for m in api.models:
        shapes[m.name] = {
            "type": "object",
            "properties": {f.wire_name: _shape(f.type) for f in m.fields if not f.read_only},
            # read-only fields are the server's to send: a request need not (and should not) carry them
            "required": [f.wire_name for f in m.fields if f.required and not f.read_only],
            "additional": None if m.additional is None else _shape(m.additional),
        }
    for e in api.enums:
        shapes[e.name] = {"enum": [m.value for m in e.members]}
    for a in api.aliases:
        shapes[a.name] = _shape(a.type)
    return dict(sorted(shapes.items()))


def _default_status(op: ir.Operation) -> str:
    for r in op.responses:
        if r.status.startswith("2"):
            return r.status
    return op.responses[0].status if op.responses else "2XX"


def _operation_table(api: ir.Api, sampler: Sampler) -> dict[str, Any]:
    table: dict[str, Any] = {}
    for op in api.operations:
        body = None
        if op.body is not None:
            body = {"required": op.body.required, "kind": op.body.kind, "media_type": op.body.media_type,
                    "shape": _shape(op.body.type)}
        table[op.py_name] = {
            "method": op.method, "path": op.path, "group": op.group,
            "params": [{"name": p.wire_name, "in": p.location, "required": p.required, "shape": _shape(p.type)}
                       for p in op.parameters],
            "body": body,
            "default_status": _default_status(op),
            "responses": {r.status: {"media_type": r.media_type, "kind": r.kind,
                                     "example": sampler.response_value(op, r)} for r in op.responses},
        }
    return table


def _example_values(op: ir.Operation, sampler: Sampler, *, full: bool) -> dict[str, Any]:
    """keyword → sampled JSON value (bytes for a binary body): a call of ``op`` with required (or all)
    arguments, before decoding (``_example_decoders``)."""
    args: dict[str, Any] = {}
    for p in op.parameters:
        if p.required or full:
            args[p.py_name] = sampler.parameter_value(op, p, full=full)
    if op.body is not None and (op.body.required or full):
        value = sampler.body_value(op, full=full)
        if op.body.kind == "binary":
            args["body"] = str(value).encode("utf-8", "replace") if value is not None else b"example"
        elif op.body.kind == "text":
            args["body"] = value if isinstance(value, str) else "example"
        else:
            args["body"] = value
    return args


def _example_decoders(op: ir.Operation, needs: Needs) -> list[str]:
    """``"keyword": callable`` items: how testing.py turns ``op``'s sampled values into arguments
    (keywords whose value is used as it is are left out)."""
    types = [(p.py_name, p.type) for p in op.parameters]
    if op.body is not None and op.body.kind not in ("binary", "text"):
        types.append(("body", op.body.type))
    items = []
    for name, t in types:
        decoder = decoder_callable(t, needs)
        if decoder != "_rt.identity":
            items.append(f'"{name}": {decoder}')
    return items


def _decoder_entry(name: str, items: list[str]) -> str:
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


def _one_argument_call(head: str, argument: str) -> str:
    """``head(argument)`` at the top level as black lays it out: the argument alone on an indented
    line when the call does not fit (no trailing comma: a lone string has no commas to split at)."""
    if len(head) + len(argument) + 1 <= LINE_LENGTH:
        return f"{head}{argument})"
    return f"{head}\n    {argument}\n)"


def _credential_kwargs(api: ir.Api) -> str:
    return ", ".join(f"{s.py_name}=" + ("('user', 'password')" if s.kind == "basic" else "'test-token'")
                     for s in api.security_schemes)


def render_testing(api: ir.Api, config: ClientConfig, data: Any) -> list[OutputFile]:
    """``<package>/testing.py`` (the offline fake and example arguments) and, when ``config.tests``
    is set, a pytest module per API group under ``tests/`` that calls every operation through it."""
    r = _Renderer(api, config)
    sampler = Sampler(data, config.limits.max_example_bytes)
    needs = r.needs()
    needs.modules.add("_t")
    # The sampled values are Python literals (pysource.literal), one string per operation inside
    # one JSON string: a single token for black, parsed with ast.literal_eval when a test asks.
    examples: dict[str, str] = {}
    decoders: list[str] = []
    for op in api.operations:
        examples[op.py_name] = literal([_example_values(op, sampler, full=False),
                                        _example_values(op, sampler, full=True)])
        items = _example_decoders(op, needs)
        if items:
            decoders.append(_decoder_entry(op.py_name, items))
    top, names = _imports(needs)
    text = r.template(
        "testing.py.jinja", imports=top, model_imports=[r.model_import(n, ".models.") for n in names],
        # Compact JSON inside one triple-quoted string: black leaves it alone (formatted as Python it
        # was a million lines for Stripe), and the text is still data, escaped by triple_quoted().
        schemas=_one_argument_call("SCHEMAS: dict[str, _t.Any] = _json.loads(", triple_quoted(json.dumps(_schema_shapes(api), separators=(",", ":")))),
        operations=_one_argument_call("OPERATIONS: dict[str, _t.Any] = _json.loads(", triple_quoted(json.dumps(_operation_table(api, sampler), separators=(",", ":")))),
        examples=_one_argument_call("_EXAMPLES: dict[str, str] = _json.loads(", triple_quoted(json.dumps(examples, separators=(",", ":")))),
        decoders=decoders, uses_runtime=any("_rt." in d for d in decoders),
    )
    files = [OutputFile(f"{config.package}/testing.py", text, True)]
    if config.tests:
        groups: dict[str, list[str]] = {}
        for op in api.operations:
            groups.setdefault(op.group, []).append(op.py_name)
        env = upper_snake(config.package) + "_TEST_BASE_URL"
        for group, ops in sorted(groups.items()):
            files.append(OutputFile(f"tests/test_{group}.py", r.template(
                "test_group.py.jinja", package=config.package, group=group, operations=ops,
                env_var=literal(env), credentials=_credential_kwargs(api)), True))
    return files
