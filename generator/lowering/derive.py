"""The derive pass, the last of lowering: facts that follow from the others, recorded in the IR.

Render, the public surface, README.md, api.md and testing.py all need to know whether a field is
optional and what its constructor default is, which responses are successes, what a call returns,
what it sends as ``Accept``, and what its constant and typed response class are called. Each used
to work these out for itself, and the copies disagreed (api.md dropped ``| Unset`` from optional
fields; the surface missed a field turning required when it lost ``readOnly``). Now they are worked
out here, once, and everything downstream only reads them.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable

from generator import ir
from generator.lowering.context import OPERATION_SUFFIXES
from generator.naming import NameTable, pascal

# A media type or an Accept range (``*/*``, ``image/*``): a server that declares it produces
# ``*/*`` promises no narrower type, and a strict one answers 406 to ``Accept: application/json``.
_MEDIA_TYPE = re.compile(r"^(?:[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+-]+|[A-Za-z0-9!#$&^_.+-]+/\*|\*/\*)$")
# What a declared success set falls back to when the spec declares no success response.
_NO_SUCCESS = ir.Response(status="2XX", description="", media_type="", kind="empty", type=None,
                          success=True, result="none")


def derive(api: ir.Api) -> ir.Api:
    """``api`` with every derived fact (see ``generator.ir``) filled in."""
    models = tuple(_model(m) for m in api.models)
    decls: tuple[ir.Model | ir.Enum | ir.Alias, ...] = (*models, *api.enums, *api.aliases)
    index = {d.name: d for d in decls}
    operations = [_operation(op) for op in api.operations]
    # Response classes are claimed per api/ module, after every name the module already defines.
    by_group: dict[str, list[int]] = {}
    for i, op in enumerate(operations):
        by_group.setdefault(op.group, []).append(i)
    dropped: list[tuple[str, str]] = []
    for positions in by_group.values():
        taken = NameTable([*index, *(operations[i].py_name + s for i in positions for s in OPERATION_SUFFIXES)])
        for i in positions:
            op = operations[i]
            if op.media_choices:  # a form name another operation of the module already has: no form
                kept = []
                for c in op.media_choices:
                    form = f"{op.py_name}_as_{c.suffix}"
                    if taken.taken(form) or taken.taken(form + "_async"):
                        dropped.append((op.pointer, form))
                    else:
                        kept.append(c)
                op = operations[i] = dataclasses.replace(op, media_choices=tuple(kept))
            classes = _response_classes(op, taken)
            if classes:
                op = dataclasses.replace(op, response_classes=classes, response_class=classes[0].name)
            operations[i] = dataclasses.replace(op, derived_forms=_derived_forms(op))
    operation_servers: list[ir.Server] = []
    for op in operations:
        operation_servers.extend(s for s in op.servers if s not in operation_servers)
    return dataclasses.replace(api, models=models, operations=tuple(operations), index=index,
                               enum_bases={e.name: e.base for e in api.enums},
                               operation_servers=tuple(operation_servers), dropped_forms=tuple(dropped))


def _derived_forms(op: ir.Operation) -> tuple[str, ...]:
    """The function names ``op`` has beyond its four plain forms, in module order."""
    name = op.py_name
    bases = [*([f"{name}_stream"] if op.events is not None else []),
             *([f"{name}_pages"] if op.pagination is not None else []),
             *(f"{name}_as_{c.suffix}" for c in op.media_choices),
             *([f"{name}_streaming"] if op.streaming_form else [])]
    return tuple(form for base in bases for form in (base, base + "_async"))


def _model(m: ir.Model) -> ir.Model:
    fields = tuple(_field(f) for f in m.fields)
    if all(new is old for new, old in zip(fields, m.fields)):
        return m  # the schema pass set every field's facts already: no copy
    return dataclasses.replace(m, fields=fields)


def _field(f: ir.Field) -> ir.Field:
    optional, default = field_init(required=f.required, read_only=f.read_only, write_only=f.write_only,
                                   field_type=f.type, default_source=f.default_source)
    if f.optional == optional and f.init_default == default:
        return f  # set when the field was built (or a required field): a copy would be the same
    return dataclasses.replace(f, optional=optional, init_default=default)


def field_init(*, required: bool, read_only: bool, write_only: bool, field_type: ir.TypeExpr,
               default_source: str | None) -> tuple[bool, str | None]:
    """A field's ``optional`` and ``init_default`` (see ``ir.Field``). The schema pass builds its
    fields with them, so that only those it changes later (discriminator tags) are copied here."""
    # Absent stays absent: a spec default is the server's business, so it is documented rather
    # than sent, and from_dict → to_dict gives back exactly the JSON received.
    optional = not required or read_only or write_only
    default = "UNSET" if optional else None
    if not optional and isinstance(field_type, ir.LiteralOf) and default_source is not None:
        default = default_source  # a required const: the one value it can have
    return optional, default


def _result(r: ir.Response) -> ir.ResultKind:
    if r.kind == "empty" or r.type is None:
        return "none"
    return {"text": "text", "binary": "bytes", "events": "events"}.get(r.kind, "json")  # type: ignore[return-value]


def _operation(op: ir.Operation) -> ir.Operation:
    has_2xx = any(r.status.startswith("2") for r in op.responses)
    def derived(r: ir.Response) -> ir.Response:
        return dataclasses.replace(
            r, success=r.status.startswith("2") or (r.status == "default" and not has_2xx), result=_result(r),
            any_media="*" in r.media_type.split(";")[0])

    responses = tuple(derived(r) for r in op.responses)
    choices = tuple(dataclasses.replace(c, responses=tuple(derived(r) for r in c.responses))
                    for c in op.media_choices)
    successes = tuple(r for r in responses if r.success)
    parameters = tuple(dataclasses.replace(
        # A required parameter with a default (PagerDuty's Accept) defaults to it: always sent.
        p, init_default=p.default_source if p.default_source is not None else (None if p.required else "_rt.UNSET"))
        for p in op.parameters)
    body = op.body
    if body is not None:
        body = dataclasses.replace(body, init_default=None if body.required else "_rt.UNSET")
    return dataclasses.replace(
        op, responses=responses, parameters=parameters, body=body, media_choices=choices,
        successes=successes or (_NO_SUCCESS,), errors=tuple(r for r in responses if not r.success),
        accept=_accept(responses), constant="_" + op.py_name.upper(),
        streamed=any(r.result == "events" for r in successes),
        streaming_form=any(r.result in ("text", "bytes") for r in successes))


def _accept(responses: Iterable[ir.Response]) -> str:
    """The ``Accept`` value for an operation: its responses' media types, successes first.

    Media types are spec text bound for an HTTP header, so only well-formed ``type/subtype``
    tokens are kept (parameters dropped); ``application/json`` when nothing usable remains.
    """
    types: list[str] = []
    for r in sorted(responses, key=lambda r: not r.status.startswith("2")):
        media = r.media_type.split(";")[0].strip()
        if _MEDIA_TYPE.match(media) and media not in types:
            types.append(media)
    return ", ".join(types) or "application/json"


def _response_classes(op: ir.Operation, taken: NameTable) -> tuple[ir.ResponseClass, ...]:
    """The typed response classes of ``op`` (see ``ir.ResponseClass``); () when no success
    response declares a header. Names are claimed in the api/ module's table ``taken``."""
    successes = [r for r in op.successes if r.headers]
    if not successes:
        return ()
    base = taken.claim(pascal(op.py_name) + "Response")
    if len(op.successes) == 1:
        return (ir.ResponseClass(name=base, statuses=(op.successes[0].status,), base=None,
                                 headers=_unique(op.successes[0].headers)),)
    # A header every success declares alike (name, type, requiredness) belongs to the base.
    first = {h.wire_name.lower(): h for h in _unique(op.successes[0].headers)}
    common = [h for key, h in first.items() if all(
        any(x.wire_name.lower() == key and x.type == h.type and x.required == h.required for x in r.headers)
        for r in op.successes)]
    shared = {h.wire_name.lower() for h in common}
    classes = [ir.ResponseClass(name=base, statuses=(), base=None, headers=tuple(common))]
    for r in successes:
        own = tuple(h for h in _unique(r.headers) if h.wire_name.lower() not in shared)
        if own:
            status = r.status if r.status[:1].isdigit() else pascal(r.status, fallback="Status")
            classes.append(ir.ResponseClass(name=taken.claim(f"{pascal(op.py_name)}{status}Response"),
                                            statuses=(r.status,),
                                            base=base, headers=own))
    return tuple(classes)


def _unique(headers: tuple[ir.ResponseHeader, ...]) -> tuple[ir.ResponseHeader, ...]:
    """The first declaration of each header name (names are case-blind)."""
    seen: dict[str, ir.ResponseHeader] = {}
    for h in headers:
        seen.setdefault(h.wire_name.lower(), h)
    return tuple(seen.values())
