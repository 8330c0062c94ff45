"""api/<group>.py: each operation's endpoint functions, its ``Operation`` constant and typed
response class; ``operation_context`` is also what README.md and api.md read."""

from __future__ import annotations

from typing import Any

from generator import ir
from generator.emit.pyexpr import Needs, annotation, decoder_callable, encode, result_annotation, tuple_source
from generator.emit.pysource import literal, one_line
from generator.naming import all_order
from generator.render.base import OutputFile, Renderer, doc, imports
from generator.render.layout import assign_call, laid_out, operation_block, param_line, returns_layout, wrap

# The per-call options every endpoint function takes after its own parameters (runtime _client._call).
CALL_OPTIONS = ("extra_headers", "extra_query", "timeout", "max_retries")


def _optional(ann: str, default: str) -> str:
    """An optional keyword's ``annotation = default`` (``| _rt.Unset`` when it may be left UNSET)."""
    return f"{ann} | _rt.Unset = _rt.UNSET" if default == "_rt.UNSET" else f"{ann} = {default}"


def _body_decoder(r: ir.Response, needs: Needs) -> str:
    """The runtime callable that decodes a response's body (``r.result``)."""
    if r.result == "json" and r.type is not None:
        return f"_rt.json_body({decoder_callable(r.type, needs)})"
    return {"text": "_rt.text_body", "bytes": "_rt.bytes_body"}.get(r.result, "_rt.no_body")


def operation_context(renderer: Renderer, op: ir.Operation, needs: Needs) -> dict[str, Any]:
    """The template context of one operation; built once, as the modules, README and api.md
    all use it (a copy each time, with the imports it needs added to ``needs``)."""
    cached = renderer.op_contexts.get(id(op))
    if cached is None:
        own = renderer.needs()
        cached = renderer.op_contexts[id(op)] = (_operation_context(renderer, op, own), own)
    context, own = cached
    needs.modules |= own.modules
    needs.models |= own.models
    needs.enums |= own.enums
    return dict(context)



def _operation_context(renderer: Renderer, op: ir.Operation, needs: Needs) -> dict[str, Any]:
    accept = op.accept
    required: list[str] = []
    optional: list[str] = []
    args_doc: list[str] = []
    path: list[str] = []
    query: list[str] = []
    headers: list[str] = []
    cookies: list[str] = []
    for p in op.parameters:
        ann = annotation(p.type, needs)
        if p.init_default is None:
            required.append(f"{p.py_name}: {ann}")
        else:
            optional.append(f"{p.py_name}: {_optional(ann, p.init_default)}")
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
            args_doc.append(f"{p.py_name}: {doc(one_line(p.description, 200))}")
    body_kwargs: list[str] = []
    if op.body is not None:
        b = op.body
        ann = "bytes" if b.kind == "binary" else annotation(b.type, needs)
        value = encode(b.type, "body", needs, request="True") if b.kind in ("json", "form", "multipart") else "body"
        absent = "_rt.UNSET" if b.kind == "json" else "None"
        if b.init_default is None:
            required.append(f"body: {ann}")
        else:
            optional.append(f"body: {_optional(ann, b.init_default)}")
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
            args_doc.append(f"body: {doc(one_line(b.description, 200))}")
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

    success = [f"{literal(r.status)}: {_body_decoder(r, needs)}" for r in op.successes]
    errors = [f"{literal(r.status)}: {_body_decoder(r, needs)}" for r in op.errors]
    return_type = result_annotation(op, needs)
    if any("_t." in t for t in (return_type,)):
        needs.modules.add("_t")
    summary = one_line(op.summary) or one_line(op.description) or f"{op.method} {op.path}"
    description = op.description if op.summary else "\n".join(op.description.split("\n")[1:])
    doc_parts = [doc(summary.rstrip(".") + ".")]
    if op.deprecated:
        doc_parts.append(".. deprecated:: This operation is deprecated in the API description.")
    if description.strip():
        doc_parts.append(doc(description))
    doc_parts.append(doc(f"Sends ``{op.method} {op.path}``."))
    if args_doc:
        doc_parts.append("Args:\n" + "\n".join("    " + a for a in args_doc))
    return {
        "name": op.py_name,
        "const": op.constant,
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
        "const_block": operation_block(op.constant, return_type, [
            ("name", literal(op.py_name), []), ("method", literal(op.method), []),
            ("path", literal(op.path), []),
            ("success", "{" + ", ".join(success) + "}", success),
            ("errors", "{" + ", ".join(errors) + "}", errors),
            ("security", tuple_source(tuple_source(literal(k) for k in alt) if alt else "()"
                                      for alt in op.security) if op.security else "()", []),
            ("idempotent", str(op.idempotent), []),
            *([("accept", literal(accept), [])] if accept != "application/json" else [])]),
        "parts": laid_out(wrap("parts = _rt.RequestParts(", parts, ")", 4, splits=splits), 4),
        "call": laid_out(wrap("return client._call(", [op.constant, "parts", *CALL_OPTIONS], ")", 4), 4),
        "return_type": return_type,
        "doc": "\n\n".join(p for p in doc_parts if p),
    }



def response_class(op: ir.Operation, needs: Needs, return_type: str) -> dict[str, Any] | None:
    """The typed ``APIResponse`` subclass of an operation whose success responses declare headers
    (``op.response_class``, carrying ``op.result_headers``)."""
    if op.response_class is None:
        return None
    attrs = []
    for h in op.result_headers:
        ann, parser = header_parser(h.type, needs)
        read = f"self.{h.py_name} = _rt.{'require_header' if h.required else 'read_header'}(headers, " \
            f"{literal(h.wire_name)}, {parser})"
        attrs.append({
            "name": h.py_name, "annotation": ann if h.required else f"{ann} | None",
            "field_line": param_line(f"{h.py_name}: {ann if h.required else f'{ann} | None'}", 4, ""),
            "read_line": laid_out(read, 8),
            "doc": doc(h.description, f"The ``{h.wire_name}`` response header."),
        })
    name = op.response_class
    return {
        "name": name,
        "class_line": wrap(f"class {name}(", [f"_rt.APIResponse[{return_type}]"], "):", 0),
        "doc": doc(f"The result of :func:`{op.py_name}_with_response`.\n\nThe decoded body, and the "
                   "response headers the API description declares as typed attributes."),
        "slots": wrap("__slots__ = (", [literal(a["name"]) for a in attrs], ")", 4,
                      comma=len(attrs) == 1, atom=True),
        "wires": [h.wire_name for h in op.result_headers],
        "attrs": attrs,
    }


def group_file(renderer: Renderer, group: str, ops: list[ir.Operation]) -> OutputFile:
    needs = renderer.needs()
    contexts = [operation_context(renderer, op, needs) for op in ops]
    for op, c in zip(ops, contexts):
        rc = response_class(op, needs, c["return_type"])
        c["response_class"] = rc
        name = c["name"]
        c["async_line"] = assign_call(f"{name}_async", "_async_form", [name])
        c["with_response"] = assign_call(f"{name}_with_response", "_with_response",
                                         [name, *([rc["name"]] if rc else [])])
        c["with_response_async"] = assign_call(f"{name}_with_response_async", "_async_form",
                                               [f"{name}_with_response"])
    top, names = imports(needs)
    text = renderer.template(
        "api_group.py.jinja",
        operations=contexts,
        imports=top,
        model_imports=[renderer.model_import(n, "..models.") for n in names],
        needs_httpx=any(c["response_class"] for c in contexts),
        all_names=sorted((n for c in contexts for n in (
            c["name"], c["name"] + "_async", c["name"] + "_with_response", c["name"] + "_with_response_async",
            *([c["response_class"]["name"]] if c["response_class"] else []))), key=all_order),
    )
    return OutputFile(f"{renderer.package}/api/{group}.py", text, True)



_HEADER_PRIMITIVES = {
    "str": ("str", "str"), "int": ("int", "int"), "float": ("float", "float"),
    "bool": ("bool", "_rt.parse_bool"), "datetime": ("_dt.datetime", "_rt.parse_datetime"),
    "date": ("_dt.date", "_dt.date.fromisoformat"), "uuid": ("_uuid.UUID", "_uuid.UUID"),
    "decimal": ("_decimal.Decimal", "_decimal.Decimal"),
}


def header_parser(t: ir.TypeExpr, needs: Needs) -> tuple[str, str]:
    """(annotation, parser of the header's text) for a declared response header; unknown shapes stay str."""
    match t:
        case ir.Nullable(inner=inner):
            return header_parser(inner, needs)
        case ir.Primitive(kind=kind) if kind in _HEADER_PRIMITIVES:
            ann, parser = _HEADER_PRIMITIVES[kind]
            if "." in ann and not ann.startswith("_rt"):
                needs.modules.add(ann.split(".")[0])
            return ann, parser
        case ir.ListOf(item=item):
            ann, parser = header_parser(item, needs)
            return f"list[{ann}]", f"_rt.parse_list({parser})"
        case ir.EnumRef(name=name):
            ann = annotation(t, needs)
            if needs.enum_bases.get(name) == "int":
                return ann, f"lambda _s: _rt.open_int_enum({name}, int(_s))"
            return ann, f"lambda _s: _rt.open_str_enum({name}, _s)"
        case _:
            return "str", "str"


