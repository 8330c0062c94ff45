"""Public surface: IR → a stable, JSON-serialisable description of what a caller of the client can use.

It lists every exported endpoint function (with its sync/async/with_response variants), its
keyword parameters and return annotation, every model with its fields, every enum with its members,
every alias, every exception and every client option. Annotations are built with the renderer's own
``pyexpr`` functions, and optionality and defaults are the IR's derived facts (lowering/derive.py),
so they read exactly as in the generated code. Everything is sorted, so two
runs give the same bytes and a regeneration can be compared with the recorded surface
(``generator.compat.apidiff``). The surface is written beside the manifest as ``SURFACE``.

Each model, enum and alias also carries its ``usage``: whether callers send it (``request``), read
it (``response``), or both; whether a change breaks callers depends on that direction.
"""

from __future__ import annotations

import ast
import json
from json.encoder import encode_basestring_ascii as _json_string
from typing import Any

from generator import ir, resources
from generator.emit.pyexpr import Needs, annotation, result_annotation

SURFACE = ".generator-surface.json"
SURFACE_FORMAT = 1

Surface = dict[str, Any]

# Keyword arguments every endpoint function accepts after the operation's own (templates/api_group.py.jinja).
CALL_OPTIONS: tuple[tuple[str, str, str], ...] = (
    ("extra_headers", "_Mapping[str, str] | None", "None"),
    ("extra_query", "_Mapping[str, str] | None", "None"),
    ("extra_body", "_Mapping[str, object] | None", "None"),
    ("timeout", "_rt.Timeout | _rt.NotGiven", "_rt.NOT_GIVEN"),
    ("max_retries", "int | None", "None"),
)
# Client options shared by Client and AsyncClient (templates/client.py.jinja), after the credentials.
CLIENT_OPTIONS: tuple[tuple[str, str, str], ...] = (
    ("base_url", "str | None", "None"),
    ("server", "str | int | None", "None"),
    ("server_variables", "_t.Mapping[str, str] | None", "None"),
    ("timeout", "_rt.Timeout", "_rt.DEFAULT_TIMEOUT"),
    ("max_retries", "int", "_rt.DEFAULT_MAX_RETRIES"),
    ("headers", "_t.Mapping[str, str] | None", "None"),
    ("follow_redirects", "bool", "False"),
    ("max_response_size", "int | None", "_rt.DEFAULT_MAX_RESPONSE_SIZE"),
    ("deadline", "float | None", "None"),
    ("transport", "_httpx.BaseTransport | None", "None"),
    ("http_client", "_httpx.Client | None", "None"),
    ("strict_decoding", "bool", "True"),
    ("default_query", "_t.Mapping[str, str] | None", "None"),
    ("retry_statuses", "_t.Collection[int] | None", "None"),
    ("hooks", "_rt.Hooks | None", "None"),
)
_VARIANTS = ("", "_async", "_with_response", "_with_response_async")


def exception_names() -> list[str]:
    """The public exception classes of the runtime (re-exported by the package ``__init__``)."""
    tree = ast.parse(resources.runtime_text("_errors.py"))
    return sorted(node.name for node in tree.body
                  if isinstance(node, ast.ClassDef) and not node.name.startswith("_"))


def _usage(api: ir.Api) -> dict[str, set[str]]:
    """Declaration name → {"request", "response"}: the directions in which values of it travel.

    Each declaration's types are read once, into the names they refer to; the directions then
    spread along those names (reading the types once per direction took twice as long).
    """
    refers_to: dict[str, list[str]] = {}
    for m in api.models:
        names = refers_to[m.name] = []
        for f in m.fields:
            _referenced_names(f.type, names)
        if m.additional is not None:
            _referenced_names(m.additional, names)
    for a in api.aliases:
        refers_to[a.name] = _referenced_names(a.type, [])
    sent: list[str] = []
    received: list[str] = []
    for op in api.operations:
        for p in op.parameters:
            _referenced_names(p.type, sent)
        if op.body is not None:
            _referenced_names(op.body.type, sent)
        for r in op.responses:
            if r.type is not None:
                _referenced_names(r.type, received)
    usage: dict[str, set[str]] = {}
    for direction, pending in (("request", sent), ("response", received)):
        reached: set[str] = set()
        while pending:
            name = pending.pop()
            if name not in reached:
                reached.add(name)
                usage.setdefault(name, set()).add(direction)
                pending.extend(refers_to.get(name, ()))
    return usage


def _referenced_names(t: ir.TypeExpr, out: list[str]) -> list[str]:
    """Appends the models, enums and aliases ``t`` names to ``out``, and returns ``out``.

    ``isinstance`` tests, the common ``Primitive`` first: a ``match`` on class patterns was slower.
    """
    if isinstance(t, ir.Primitive):  # the most common case, and it names nothing
        return out
    if isinstance(t, (ir.ModelRef, ir.EnumRef, ir.AliasRef)):
        out.append(t.name)
    elif isinstance(t, ir.Nullable):
        _referenced_names(t.inner, out)
    elif isinstance(t, ir.ListOf):
        _referenced_names(t.item, out)
    elif isinstance(t, ir.MapOf):
        _referenced_names(t.value, out)
    elif isinstance(t, ir.UnionOf):
        for variant in t.variants:
            _referenced_names(variant, out)
    elif isinstance(t, ir.TupleOf):
        for item in t.items:
            _referenced_names(item, out)
        if t.rest is not None:
            _referenced_names(t.rest, out)
    return out


def _directions(usage: dict[str, set[str]], name: str) -> list[str]:
    # A declaration no operation uses is still exported; treat it as travelling both ways.
    return sorted(usage.get(name) or {"request", "response"})


def _operation(op: ir.Operation, package: str, needs: Needs) -> dict[str, Any]:
    params: list[dict[str, Any]] = []
    for p in op.parameters:
        params.append({
            "name": p.py_name, "wire_name": p.wire_name, "location": p.location,
            "type": annotation(p.type, needs), "required": p.required,
            "default": p.init_default,
        })
    if op.body is not None:
        b = op.body
        params.append({
            "name": "body", "wire_name": b.media_type, "location": "body",
            "type": "_rt.FileInput" if b.kind == "binary" else annotation(b.type, needs), "required": b.required,
            "default": b.init_default,
        })
    return {
        "name": op.py_name,
        "module": f"{package}.api.{op.group}",
        "functions": [op.py_name + suffix for suffix in _VARIANTS],
        # Pages, streams, negotiated media types: their signatures follow the plain form's.
        "forms": list(op.derived_forms),
        "operation_id": op.operation_id,
        "method": op.method,
        "path": op.path,
        "deprecated": op.deprecated,
        "parameters": sorted(params, key=lambda p: p["name"]),
        "returns": result_annotation(op, needs),
    }


def _model(m: ir.Model, needs: Needs, usage: dict[str, set[str]]) -> dict[str, Any]:
    fields = []
    for f in m.fields:
        fields.append({
            "name": f.py_name, "wire_name": f.wire_name, "type": annotation(f.type, needs),
            "required": f.required, "nullable": isinstance(f.type, ir.Nullable),
            "read_only": f.read_only, "write_only": f.write_only,
            # The dataclass default (``ir.Field.init_default``): None when the constructor requires
            # the field; UNSET when it may be omitted (read-only fields too); a const's one value.
            "default": "_rt.UNSET" if f.init_default == "UNSET" else f.init_default,
        })
    return {
        "name": m.name,
        "deprecated": m.deprecated,
        "usage": _directions(usage, m.name),
        "fields": sorted(fields, key=lambda f: f["name"]),
        "additional_properties": None if m.additional is None else annotation(m.additional, needs),
    }


def build_surface(api: ir.Api, package: str) -> Surface:
    """The public surface of the client generated from ``api`` as import package ``package``."""
    needs = Needs(enum_bases=api.enum_bases)
    usage = _usage(api)
    credentials = [{"name": s.py_name, "type": "tuple[str, str] | None" if s.kind == "basic" else "str | None",
                    "required": False, "default": "None", "env_var": s.env_var} for s in api.security_schemes]
    for s in api.security_schemes:
        if s.provider_name:
            credentials.append({"name": s.provider_name, "type": "_rt.TokenProvider | _rt.TokenSource | None",
                                "required": False, "default": "None", "env_var": ""})
        if s.oauth is not None:
            credentials += [{"name": a.py_name, "type": "str | None", "required": False, "default": "None",
                             "env_var": a.env_var}
                            for a in (s.oauth.client_id, s.oauth.client_secret, s.oauth.refresh_token) if a]
    options = [{"name": n, "type": t, "required": False, "default": d, "env_var": ""} for n, t, d in CLIENT_OPTIONS]
    return {
        "format": SURFACE_FORMAT,
        "package": package,
        "client": {
            "classes": ["AsyncClient", "Client"],
            "default_base_url": api.base_url,
            "options": sorted(credentials + options, key=lambda o: o["name"]),
        },
        "call_options": [{"name": n, "type": t, "default": d} for n, t, d in CALL_OPTIONS],
        "exceptions": exception_names(),
        "operations": sorted((_operation(op, package, needs) for op in api.operations),
                             key=lambda o: o["name"]),
        "models": sorted((_model(m, needs, usage) for m in api.models), key=lambda m: m["name"]),
        "enums": sorted(({
            "name": e.name, "base": e.base, "usage": _directions(usage, e.name),
            "members": [{"name": mem.py_name, "value": mem.value} for mem in e.members],
        } for e in api.enums), key=lambda e: e["name"]),
        "aliases": sorted(({"name": a.name, "type": annotation(a.type, needs), "usage": _directions(usage, a.name)}
                           for a in api.aliases), key=lambda a: a["name"]),
    }


def surface_bytes(surface: Surface) -> bytes:
    """The surface as recorded: ``json.dumps(indent=2, sort_keys=True)`` (ensure_ascii), byte for byte."""
    try:
        text = _indented_json(surface)
    except TypeError:  # a value the fast writer does not know: the standard library's own answer
        text = json.dumps(surface, indent=2, sort_keys=True, ensure_ascii=True)
    return (text + "\n").encode("ascii")


def _indented_json(value: object) -> str:
    """``json.dumps(value, indent=2, sort_keys=True)`` for strings, ints, booleans, None, lists,
    tuples and string-keyed dicts; TypeError for anything else.

    With ``indent`` the standard library encodes in pure Python; this writes the same text with its
    C string encoder: 0.025 s for Stripe's 2.9 MB surface, every regeneration (json.dumps: 0.064 s).
    Exact ``type(...) is`` tests try the common cases first, a dict's string, boolean and null values
    are written with their key in one piece, and each key's ``"key": `` text is encoded only once.
    """
    out: list[str] = []
    append = out.append
    key_texts: dict[str, str] = {}

    def key_text(k: object) -> str:
        """A key met for the first time; only strings (json.dumps converts others, so it writes those)."""
        if type(k) is not str:
            raise TypeError("a key that is not a string")
        text = key_texts[k] = _json_string(k) + ": "
        return text

    def walk(v: Any, pad: str) -> None:  # Any: `type(v) is dict` does not narrow for mypy
        kind = type(v)
        if kind is dict:
            if not v:
                append("{}")
                return
            inner = pad + "  "
            lead, separator = "{\n" + inner, ",\n" + inner  # before the first item, between items
            for k in sorted(v):
                head = lead + (key_texts.get(k) or key_text(k))
                item = v[k]
                item_kind = type(item)
                if item_kind is str:
                    append(head + _json_string(item))
                elif item_kind is bool:
                    append(head + ("true" if item else "false"))
                elif item is None:
                    append(head + "null")
                else:
                    append(head)
                    walk(item, inner)
                lead = separator
            append("\n" + pad + "}")
        elif kind is list or kind is tuple:
            if not v:
                append("[]")
                return
            inner = pad + "  "
            lead, separator = "[\n" + inner, ",\n" + inner
            for item in v:
                if type(item) is str:
                    append(lead + _json_string(item))
                else:
                    append(lead)
                    walk(item, inner)
                lead = separator
            append("\n" + pad + "]")
        elif kind is str:
            append(_json_string(v))
        elif v is None:
            append("null")
        elif v is True:
            append("true")
        elif v is False:
            append("false")
        elif isinstance(v, int):
            append(int.__repr__(v))
        else:  # floats, subclasses of dict, list and str, ...
            raise TypeError(f"{type(v).__name__} values are left to json.dumps")

    walk(value, "")
    return "".join(out)


class SurfaceError(Exception):
    """A recorded surface cannot be read or was written in another format."""


def parse_surface(data: bytes, where: str) -> Surface:
    try:
        surface = json.loads(data)
    except ValueError as exc:
        raise SurfaceError(f"{where}: not a JSON surface record: {exc}") from None
    if not isinstance(surface, dict) or surface.get("format") != SURFACE_FORMAT:
        found = surface.get("format") if isinstance(surface, dict) else None
        raise SurfaceError(f"{where}: surface format {found!r} is not {SURFACE_FORMAT}; "
                           "regenerate once to record the current format")
    return surface
