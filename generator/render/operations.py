"""api/<group>.py: each operation's endpoint functions, its ``Operation`` constant and typed
response class; ``operation_context`` is also what README.md and api.md read."""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from generator import ir
from generator.emit.pyexpr import (
    Needs,
    annotation,
    decoder_callable,
    encode,
    event_annotation,
    result_annotation,
    tuple_source,
)
from generator.emit.pysource import literal, one_line
from generator.naming import all_order
from generator.render import wire as _wire
from generator.render.base import OutputFile, Renderer, deprecation_message, doc, imports
from generator.render.layout import (
    Split,
    assign_call,
    call_with_atom,
    laid_out,
    operation_block,
    paging_layout,
    param_line,
    returns_layout,
    wrap,
)

# The per-call options every endpoint function takes after its own parameters (runtime
# ``SyncClient.request``, positionally).
CALL_OPTIONS = ("extra_headers", "extra_query", "extra_body", "timeout", "max_retries")
# A header parser that is one atom (``str``, ``_rt.parse_bool``): its reader line is laid out here.
_DOTTED = re.compile(r"[A-Za-z_][\w.]*")


def _optional(ann: str, default: str) -> str:
    """An optional keyword's ``annotation = default`` (``| _rt.Unset`` when it may be left UNSET)."""
    return f"{ann} | _rt.Unset = _rt.UNSET" if default == "_rt.UNSET" else f"{ann} = {default}"


def _body_decoder(r: ir.Response, needs: Needs) -> str:
    """The runtime callable that decodes a response's body (``r.result``)."""
    if r.result == "json" and r.type is not None:
        return f"_rt.json_body({decoder_callable(r.type, needs)}{', any_media=True' if r.any_media else ''})"
    if r.result == "events" and r.type is not None:
        return event_decoder(r.type, r.terminator, needs)
    return {"text": "_rt.text_body", "bytes": "_rt.bytes_body"}.get(r.result, "_rt.no_body")


def security_source(op: ir.Operation) -> str:
    """The ``security`` tuple of an ``Operation`` constant: alternatives of scheme-key tuples."""
    if not op.security:
        return "()"
    return tuple_source(tuple_source(literal(k) for k in alt) if alt else "()" for alt in op.security)


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
    warnings: list[str] = []
    if op.deprecated:
        message = literal(deprecation_message(op.py_name + "()", op.description))
        warnings.append(call_with_atom("_rt.warn_deprecated", message, 4))
    for p in op.parameters:
        ann = annotation(p.type, needs)
        if p.init_default is None:
            required.append(f"{p.py_name}: {ann}")
        else:
            optional.append(f"{p.py_name}: {_optional(ann, p.init_default)}")
        wire = literal(p.wire_name)
        value = _wire.param_value(p)
        if p.location == "path":
            path.append(f"{wire}: {value}")
        elif p.location == "query":
            query.append(f"({wire}, {value})")
        elif p.location == "header":
            headers.append(f"({wire}, {value})")
        else:
            cookies.append(f"({wire}, {value})")
        if p.deprecated:
            message = literal(deprecation_message(f"{op.py_name}({p.py_name}=...)", p.description))
            warn = call_with_atom("_rt.warn_deprecated", message, 4 if p.init_default is None else 8)
            if p.init_default is None:  # required: given on every call
                warnings.append(warn)
            elif p.init_default == "_rt.UNSET":
                warnings.append(f"if {p.py_name} is not _rt.UNSET:\n        {warn}")
            else:
                warnings.append(f"if {p.py_name} != {p.init_default}:\n        {warn}")
        if p.description or p.deprecated:
            text = ("Deprecated. " if p.deprecated else "") + one_line(p.description, 200)
            args_doc.append(f"{p.py_name}: {doc(text.strip())}")
    body_kwargs: list[str] = []
    splits: dict[str, Split] = {}  # how to break an item of ``parts`` too long for its line
    if op.body is not None:
        b = op.body
        ann = "_rt.FileInput" if b.kind == "binary" else annotation(b.type, needs)
        value = encode(b.type, "body", needs, request="True") if b.kind in ("json", "form", "multipart") else "body"
        absent = "_rt.UNSET" if b.kind == "json" else "None"
        if b.init_default is None:
            required.append(f"body: {ann}")
        else:
            optional.append(f"body: {_optional(ann, b.init_default)}")
            value = f"{absent} if isinstance(body, _rt.Unset) else {value}"
        if b.kind in ("form", "multipart"):
            # Form bodies are dicts once encoded; the runtime writes them as the encoding says.
            helper = "form_fields" if b.kind == "form" else "multipart_fields"
            encoding = _wire.encoding_source(b)
            arguments = [value, encoding] if encoding else [value]
            body_kwargs.append(f"**_rt.{helper}({', '.join(arguments)})")
            # Too long for its line: split as a call, its encoding mapping as a dict display.
            splits[body_kwargs[-1]] = Split(f"**_rt.{helper}(", arguments, ")",
                                            {encoding: Split("{", _wire.encoding_entries(b), "}")} if encoding else {})
        elif b.kind == "binary":
            body_kwargs.append(f"**_rt.binary_fields({value}, {literal(b.media_type)})")
        else:
            key = {"json": "json", "text": "content"}[b.kind]
            body_kwargs.append(f"{key}={value}")
            content_type = _wire.json_content_type(b) if b.kind == "json" else b.media_type
            if content_type is not None:
                body_kwargs.append(f"content_type={literal(content_type)}")
        if b.description:
            args_doc.append(f"body: {doc(one_line(b.description, 200))}")
    parts = []
    if path:
        parts.append("path={" + ", ".join(path) + "}")
    if query:
        parts.append("query=" + tuple_source(query))
        splits[parts[-1]] = Split("query=(", query, ")")
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
        "security": security_source(op),
        "idempotent": op.idempotent,
        "params": required + optional,
        "param_lines": [param_line(p) for p in required + optional],
        "returns_layout": returns_layout(return_type),
        "const_block": operation_block(op.constant, return_type, [
            ("name", literal(op.py_name), []), ("method", literal(op.method), []),
            ("path", literal(op.path), []),
            ("success", "{" + ", ".join(success) + "}", success),
            ("errors", "{" + ", ".join(errors) + "}", errors),
            ("security", security_source(op), []),
            ("idempotent", str(op.idempotent), []),
            *([("accept", literal(accept), [])] if accept != "application/json" else []),
            *([("streamed", "True", [])] if op.streamed else []),
            *servers_arg(renderer.api, op)]),
        "stream_const_block": stream_block(renderer.api, op, errors, needs),
        "choice_blocks": [choice_block(renderer.api, op, c, errors, needs) for c in op.media_choices],
        "paging_block": paging_block(op, needs),
        "streaming_form": op.streaming_form,
        "parts": laid_out(wrap("parts = _rt.RequestParts(", parts, ")", 4, splits=splits), 4),
        "call": laid_out(wrap("return client.request(", [op.constant, "parts", *CALL_OPTIONS], ")", 4), 4),
        "return_type": return_type,
        "doc": "\n\n".join(p for p in doc_parts if p),
        "warnings": warnings,
    }



def event_decoder(t: ir.TypeExpr, terminator: str | None, needs: Needs) -> str:
    """The response decoder of a ``text/event-stream`` success whose events carry ``t``."""
    each = "_rt.text_events" if t == ir.Primitive(kind="str") else f"_rt.json_events({decoder_callable(t, needs)})"
    end = f", terminator={literal(terminator)}" if terminator is not None else ""
    return f"_rt.event_stream({each}{end})"


def servers_arg(api: ir.Api, op: ir.Operation) -> list[tuple[str, str, list[str]]]:
    """The ``servers=`` argument of an operation with servers of its own: entries of the client
    module's ``OPERATION_SERVERS`` (``[]`` when it has none)."""
    if not op.servers:
        return []
    return [("servers", tuple_source(f"_OPERATION_SERVERS[{api.operation_servers.index(s)}]" for s in op.servers), [])]


def stream_block(api: ir.Api, op: ir.Operation, errors: list[str], needs: Needs) -> str:
    """The ``Operation`` constant of the ``_stream`` form of a JSON-or-events operation ("" if none)."""
    v = op.events
    if v is None:
        return ""
    success = [f"{literal(v.status)}: {event_decoder(v.type, v.terminator, needs)}"]
    rtype = f"_rt.EventStream[{event_annotation(v.type, needs)}]"
    return operation_block(op.constant + "_STREAM", rtype, [
        ("name", literal(op.py_name + "_stream"), []), ("method", literal(op.method), []),
        ("path", literal(op.path), []),
        ("success", "{" + ", ".join(success) + "}", success),
        ("errors", "{" + ", ".join(errors) + "}", errors),
        ("security", security_source(op), []),
        ("idempotent", str(op.idempotent), []),
        ("accept", literal("text/event-stream"), []), ("streamed", "True", []), *servers_arg(api, op)])


def choice_constant(op: ir.Operation, choice: ir.MediaChoice) -> str:
    return f"{op.constant}_AS_{choice.suffix.upper()}"


def choice_block(api: ir.Api, op: ir.Operation, choice: ir.MediaChoice, errors: list[str], needs: Needs) -> str:
    """The ``Operation`` constant of the ``_as_<suffix>`` form: same call, another Accept and decoders."""
    success = [f"{literal(r.status)}: {_body_decoder(r, needs)}" for r in choice.responses]
    rtype = result_annotation(dataclasses.replace(op, successes=choice.responses), needs)
    return operation_block(choice_constant(op, choice), rtype, [
        ("name", literal(f"{op.py_name}_as_{choice.suffix}"), []), ("method", literal(op.method), []),
        ("path", literal(op.path), []),
        ("success", "{" + ", ".join(success) + "}", success),
        ("errors", "{" + ", ".join(errors) + "}", errors),
        ("security", security_source(op), []),
        ("idempotent", str(op.idempotent), []),
        ("accept", literal(choice.media_type.split(";")[0].strip()), []), *servers_arg(api, op)])


def paging_block(op: ir.Operation, needs: Needs) -> str:
    """The ``Paging`` constant of a paginated operation ("" if it does not page)."""
    p = op.pagination
    if p is None:
        return ""
    args: list[tuple[str, str, list[str]]] = [("scheme", literal(p.scheme), [])]
    for key, value, default in (("items", p.items, ()), ("param", p.param, ""), ("next", p.next, ()),
                                ("total", p.total, ()), ("item_id", p.item_id, "id"),
                                ("cursor_field", p.cursor_field, ()), ("start", p.start, 0)):
        if value != default:
            source = tuple_source(literal(v) for v in value) if isinstance(value, tuple) else literal(value)
            args.append((key, source, []))
    if p.scheme in ("next_url", "link"):
        entries = [f"{literal(w)}: {literal(n)}" for w, n in p.query]
        args.append(("query", "{" + ", ".join(entries) + "}", entries))
    return paging_layout(f"{op.constant}_PAGING", annotation(p.item, needs), args)


def extra_forms(c: dict[str, Any], op: ir.Operation) -> list[tuple[str, str]]:
    """(assignment, docstring) of the ``_stream`` and ``_streaming`` forms an operation has."""
    name = c["name"]
    forms: list[tuple[str, str]] = []
    if op.events is not None:
        flag = literal(op.events.flag)
        forms.append((assign_call(f"{name}_stream", "_events", [name, c["const"] + "_STREAM", flag]),
                      f"Like :func:`{name}`, but the answer comes as a stream of server-sent events."))
        forms.append((assign_call(f"{name}_stream_async", "_async_form", [f"{name}_stream"]),
                      f"Async form of :func:`{name}_stream`."))
    if op.pagination is not None:
        paging = c["const"] + "_PAGING"
        forms.append((assign_call(f"{name}_pages", "_paged", [name, paging]),
                      f"Like :func:`{name}`, but iterating the result walks the items of every page."))
        forms.append((assign_call(f"{name}_pages_async", "_paged_async", [name, paging]),
                      f"Async form of :func:`{name}_pages`: ``async for`` walks every page."))
    for choice in op.media_choices:
        form = f"{name}_as_{choice.suffix}"
        media = choice.media_type.split(";")[0].strip()
        forms.append((assign_call(form, "_negotiated", [name, choice_constant(op, choice), literal(choice.suffix)]),
                      f"Like :func:`{name}`, but asks for ``{media}`` and returns the answer as that type."))
        forms.append((assign_call(f"{form}_async", "_async_form", [form]), f"Async form of :func:`{form}`."))
    if c["streaming_form"]:
        forms.append((assign_call(f"{name}_streaming", "_streaming", [name]),
                      f"Like :func:`{name}`, but the body is left unread: iterate it or write it to a file."))
        forms.append((assign_call(f"{name}_streaming_async", "_async_form", [f"{name}_streaming"]),
                      f"Async form of :func:`{name}_streaming`."))
    return forms


def form_names(op: ir.Operation) -> list[str]:
    """Every public function name of one operation."""
    name = op.py_name
    return [name, name + "_async", name + "_with_response", name + "_with_response_async", *op.derived_forms]


def response_classes(op: ir.Operation, needs: Needs, return_type: str) -> list[dict[str, Any]]:
    """The typed ``APIResponse`` subclasses of an operation (``op.response_classes``, base first)."""
    out = []
    for rc in op.response_classes:
        attrs = []
        for h in rc.headers:
            ann, parser = header_parser(h.type, needs)
            annotation_text = ann if h.required else f"{ann} | None"
            reader = "_required_header" if h.required else "_header"
            args = ["headers", literal(h.wire_name), parser]
            if _DOTTED.fullmatch(parser):
                read = assign_call(f"self.{h.py_name}", f"self.{reader}", args, 8)
            else:  # a lambda or a call: black's own layout
                read = laid_out(f"self.{h.py_name} = self.{reader}({', '.join(args)})", 8)
            attrs.append({
                "name": h.py_name, "annotation": annotation_text, "wire": h.wire_name,
                "field_line": param_line(f"{h.py_name}: {annotation_text}", 4, ""),
                "read_line": read,
                "doc": doc(h.description, f"The ``{h.wire_name}`` response header."),
            })
        parent = rc.base or f"_rt.APIResponse[{return_type}]"
        which = (f"The result of :func:`{op.py_name}_with_response`" if rc.base is None
                 else f"A :class:`{rc.base}` for status {', '.join(rc.statuses)}")
        body = ("the response headers its API description declares as typed attributes" if rc.statuses
                else "the headers every success response declares; each status that declares more has a "
                     "subclass (check with ``isinstance``)")
        out.append({
            "name": rc.name,
            "class_line": wrap(f"class {rc.name}(", [parent], "):", 0),
            "doc": doc(f"{which}.\n\nThe decoded body, and {body}."),
            "slots": wrap("__slots__ = (", [literal(a["name"]) for a in attrs], ")", 4,
                          comma=len(attrs) == 1, atom=True),
            "inherits": rc.base is not None and any(b.headers for b in op.response_classes if b.name == rc.base),
            "statuses": rc.statuses,
            "attrs": attrs,
        })
    return out


def response_dispatch(classes: list[dict[str, Any]]) -> list[str]:
    """The arguments of ``_with_response`` after the function: the base class, and the
    per-status classes by status when there are several."""
    if not classes:
        return []
    per_status = [c for c in classes[1:] for _ in c["statuses"]]
    if not per_status:
        return [classes[0]["name"]]
    entries = ", ".join(f"{literal(status)}: {c['name']}" for c in classes[1:] for status in c["statuses"])
    return [classes[0]["name"], "{" + entries + "}"]


def group_file(renderer: Renderer, group: str, ops: list[ir.Operation]) -> OutputFile:
    needs = renderer.needs()
    contexts = [operation_context(renderer, op, needs) for op in ops]
    for op, c in zip(ops, contexts):
        c["extra_forms"] = extra_forms(c, op)
    for op, c in zip(ops, contexts):
        classes = response_classes(op, needs, c["return_type"])
        c["response_classes"] = classes
        name = c["name"]
        c["async_line"] = assign_call(f"{name}_async", "_async_form", [name])
        c["with_response"] = assign_call(f"{name}_with_response", "_with_response",
                                         [name, *response_dispatch(classes)])
        c["with_response_async"] = assign_call(f"{name}_with_response_async", "_async_form",
                                               [f"{name}_with_response"])
    top, names = imports(needs)
    text = renderer.template(
        "api_group.py.jinja",
        operations=contexts,
        imports=top,
        model_imports=[renderer.model_import(n, "..models.") for n in names],
        needs_httpx=any(c["response_classes"] for c in contexts),
        uses_events=any(op.events is not None for op in ops),
        uses_negotiated=any(op.media_choices for op in ops),
        uses_streaming=any(c["streaming_form"] for c in contexts),
        uses_paging=any(op.pagination is not None for op in ops),
        uses_servers=any(op.servers for op in ops),
        all_names=sorted((n for op, c in zip(ops, contexts) for n in (
            *form_names(op), *(rc["name"] for rc in c["response_classes"]))), key=all_order),
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
                return ann, f"lambda _s: _rt.int_enum(int(_s), {name})"
            return ann, f"lambda _s: _rt.str_enum(_s, {name})"
        case _:
            return "str", "str"


