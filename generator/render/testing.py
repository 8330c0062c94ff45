"""<package>/testing.py (the offline fake's schema shapes, operation table and example arguments)
and the generated pytest modules under tests/."""

from __future__ import annotations

import json
from typing import Any

from generator import ir
from generator.config import ClientConfig
from generator.emit.pyexpr import Needs, decoder_callable
from generator.emit.pysource import literal, triple_quoted_lines
from generator.examples.sampler import Sampler
from generator.naming import upper_snake
from generator.render.base import OutputFile, Renderer, imports
from generator.render.layout import decoder_entry

_PRIMITIVE_SHAPES: dict[str, dict[str, str]] = {
    "str": {"type": "string"}, "int": {"type": "integer"}, "float": {"type": "number"},
    "bool": {"type": "boolean"}, "bytes": {"type": "string"}, "date": {"type": "string", "format": "date"},
    "datetime": {"type": "string", "format": "date-time"}, "time": {"type": "string", "format": "time"},
    "uuid": {"type": "string", "format": "uuid"}, "decimal": {"type": "number"}, "binary": {"format": "binary"},
    "null": {"type": "null"},
}


def _shape(t: ir.TypeExpr) -> dict[str, Any]:
    """The JSON shape the fake transport checks a value against (plain data, rendered as a literal)."""
    match t:
        case ir.Primitive(kind=kind):
            return dict(_PRIMITIVE_SHAPES[kind])
        case ir.ListOf(item=item):
            return {"type": "array", "items": _shape(item)}
        case ir.TupleOf():
            return {"type": "array"}  # positions are checked by the client's decoder
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
                    "shape": _shape(op.body.type),
                    "encoding": {e.property: {"style": e.style, "explode": e.explode, "content_type": e.content_type}
                                 for e in op.body.encoding}}
        table[op.py_name] = {
            "method": op.method, "path": op.path, "group": op.group,
            "params": [{"name": p.wire_name, "in": p.location, "required": p.required, "shape": _shape(p.type),
                        "style": p.style, "explode": p.explode} for p in op.parameters],
            "body": body,
            "default_status": _default_status(op),
            "responses": {r.status: {"media_type": r.media_type, "kind": r.kind,
                                     "example": sampler.response_value(op, r)} for r in op.responses},
        }
        if op.events is not None:  # the _stream form: told apart by its Accept header
            node = sampler.node(op.events.schema_pointer) if op.events.schema_pointer else None
            table[op.py_name]["events"] = {
                "example": sampler.sample(node, full=True, direction="response") if node else "example"}
    return table


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



def _credential_kwargs(api: ir.Api) -> str:
    return ", ".join(f"{s.py_name}=" + ("('user', 'password')" if s.kind == "basic" else "'test-token'")
                     for s in api.security_schemes)


def _json_assignment(target: str, table: dict[str, Any]) -> str:
    """``target = _json.loads(\"\"\"{...}\"\"\")`` with one ``"key": value`` entry of ``table`` a line."""
    entries = [f"{json.dumps(key)}:{json.dumps(value, separators=(',', ':'))}" for key, value in table.items()]
    lines = ["{", *(entry + ("," if i < len(entries) - 1 else "") for i, entry in enumerate(entries)), "}"]
    return f"{target} = _json.loads({triple_quoted_lines(lines)})"


def render_testing(api: ir.Api, config: ClientConfig, data: Any, sampler: Sampler | None = None) -> list[OutputFile]:
    """``<package>/testing.py`` (the offline fake and example arguments) and, when ``config.tests``
    is set, a pytest module per API group under ``tests/`` that calls every operation through it."""
    r = Renderer(api, config)
    sampler = sampler or Sampler(data, config.limits.max_example_bytes)
    needs = r.needs()
    needs.checks = False  # sampled values have their JSON types: convert only
    needs.modules.add("_t")
    # The sampled values are Python literals (pysource.literal), one string per operation inside
    # one JSON string: a single token for black, parsed with ast.literal_eval when a test asks.
    examples: dict[str, str] = {}
    decoders: list[str] = []
    for op in api.operations:
        examples[op.py_name] = literal([sampler.call_values(op, full=False), sampler.call_values(op, full=True)])
        items = _example_decoders(op, needs)
        if items:
            decoders.append(decoder_entry(op.py_name, items))
    top, names = imports(needs)
    text = r.template(
        "testing.py.jinja", imports=top, model_imports=[r.model_import(n, ".models.") for n in names],
        # JSON inside one triple-quoted string, one entry a line: black leaves it alone (formatted
        # as Python it was a million lines for Stripe), a spec change rewrites only the entries it
        # touches, and the text is still data, escaped by triple_quoted_lines().
        schemas=_json_assignment("SCHEMAS: dict[str, _t.Any]", _schema_shapes(api)),
        operations=_json_assignment("OPERATIONS: dict[str, _t.Any]", _operation_table(api, sampler)),
        examples=_json_assignment("_EXAMPLES: dict[str, str]", examples),
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
