"""The operations pass: paths × methods become ``ir.Operation``s, with their names, groups,
parameters, request bodies, responses and response headers (types through the schema pass)."""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from generator import ir
from generator.lowering import wire as _wire
from generator.lowering.context import (
    FUTURE_NAMES,
    MISSING,
    OPERATION_SUFFIXES,
    RESERVED_GROUPS,
    RESERVED_HEADER_ATTRS,
    RESERVED_PARAMS,
    Context,
    Pass,
    text,
)
from generator.lowering.schemas import SchemaPass
from generator.lowering.security import SecurityPass
from generator.lowering.servers import ServerPass
from generator.lowering.streams import StreamPass
from generator.naming import NameTable, module_name, pascal, snake
from generator.spec.pointer import escape as escape_pointer_part

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
IDEMPOTENT_METHODS = frozenset({"get", "put", "delete", "options", "head", "trace"})
_MEDIA_TYPE = re.compile(r"^[!#$%&'*+.^_`|~0-9A-Za-z-]+/[!#$%&'*+.^_`|~0-9A-Za-z-]+$")
# RFC 9110 5.6.2: what a header name may be; the runtime's _checks uses the same rule.
_HTTP_TOKEN = re.compile(r"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$")
_VERSION_SEGMENT = re.compile(r"(?i)v?\d+(?:[._]\d+)*(?:alpha\d*|beta\d*)?|api|apis|rest")


def path_group(path: str) -> str:
    """The group of an untagged operation: its path's first literal, non-version segment.

    ``/v1/customers/{id}`` → ``customers``; ``/api/v2/pets`` → ``pets``; ``/`` or ``/{id}`` → ``""``
    (the ``default`` group). A segment with no letters or digits counts as no segment.
    """
    for segment in path.split("/"):
        if not segment or "{" in segment or _VERSION_SEGMENT.fullmatch(segment):
            continue
        if any(ch.isalnum() for ch in segment):
            return segment
    return ""



class OperationPass(Pass):
    """Every operation of ``paths``, in document order."""

    def __init__(self, ctx: Context, schemas: SchemaPass, security: SecurityPass, servers: ServerPass) -> None:
        super().__init__(ctx)
        self.schemas = schemas
        self.security = security
        self.servers = servers
        self.streams = StreamPass(ctx, schemas)

    def operations(self, schemes: tuple[ir.SecurityScheme, ...]) -> tuple[ir.Operation, ...]:
        paths = self.data.get("paths") or {}
        if not isinstance(paths, dict):
            return ()
        overrides = dict(self.config.operation_names)
        op_names = NameTable(RESERVED_PARAMS | FUTURE_NAMES)
        groups: dict[str, str] = {}
        group_names = NameTable(RESERVED_GROUPS, casefold=True)
        known = {s.key for s in schemes}
        global_security = self.data.get("security", [])
        result: list[ir.Operation] = []
        for path, item in paths.items():
            item_ptr = "/paths/" + escape_pointer_part(path)
            item, _ = self.resolve(item, item_ptr)
            if not isinstance(item, dict):
                continue
            path_servers = self.servers.servers(item.get("servers"), item_ptr + "/servers")
            for method in METHODS:
                op = item.get(method)
                if not isinstance(op, dict):
                    continue
                ptr = f"{item_ptr}/{method}"
                if op.get("callbacks"):
                    self.warn("callbacks-skipped", "callbacks are not generated", ptr + "/callbacks")
                op_id = op.get("operationId")
                override = overrides.pop(f"{method.upper()} {path}", None)
                if override:
                    wanted = snake(override)
                elif isinstance(op_id, str) and op_id:
                    wanted = snake(op_id, fallback="operation")
                else:
                    wanted = snake(method + " " + str(path).replace("{", " by ").replace("}", " "))
                    self.warn("operation-id-missing", f"{method.upper()} {path} has no operationId; "
                              f"named {wanted!r} (set operation_names in the configuration to choose)", ptr)
                py_name = self._claim_operation(op_names, wanted)
                tags = op.get("tags")
                # Untagged operations are grouped by path (/v1/customers/{id} → customers), so no
                # module holds a whole API; the key depends on the operation alone, so it is stable.
                segment = path_group(str(path))
                tag = str(tags[0]) if isinstance(tags, list) and tags else "\0" + segment if segment else "default"
                if tag not in groups:
                    groups[tag] = group_names.claim(module_name(tag.lstrip("\0")))
                security = self.security.security_of(op.get("security", global_security), known, ptr + "/security")
                own = self.servers.servers(op.get("servers"), ptr + "/servers") or path_servers
                result.append(dataclasses.replace(
                    self.operation(op, item, path, method, ptr, py_name, groups[tag], security), servers=own))
        for key in overrides:
            self.warn("config-unused", f"operation_names entry {key!r} matches no operation", "")
        return tuple(result)

    @staticmethod
    def _claim_operation(table: NameTable, wanted: str) -> str:
        """Claim a name whose sync, async and raw-response variants are all still free."""
        n = 1
        while True:
            candidate = wanted if n == 1 else f"{wanted}_{n}"
            forms = [candidate + suffix for suffix in OPERATION_SUFFIXES]
            if not any(table.taken(f) for f in forms):
                for form in forms:
                    table.claim(form)
                return candidate
            n += 1

    def operation(self, op: dict[str, Any], item: dict[str, Any], path: str, method: str, ptr: str,
                  py_name: str, group: str, security: tuple[tuple[str, ...], ...]) -> ir.Operation:
        hint = pascal(py_name)
        params = self.parameters(op, item, ptr, hint)
        body = self.request_body(op.get("requestBody"), ptr + "/requestBody", hint)
        responses = self.responses(op.get("responses"), ptr + "/responses", hint)
        idempotent = method in IDEMPOTENT_METHODS or op.get("x-idempotent") is True
        return ir.Operation(
            py_name=py_name, operation_id=text(op.get("operationId")), method=method.upper(), path=str(path),
            pointer=ptr, group=group, summary=text(op.get("summary")), description=text(op.get("description")),
            parameters=params, body=body, responses=responses, security=security, idempotent=idempotent,
            deprecated=op.get("deprecated") is True, events=self.streams.variant(op, ptr, hint, responses),
            media_choices=self.media_choices(op.get("responses"), ptr + "/responses", hint, responses),
        )

    def parameters(self, op: dict[str, Any], item: dict[str, Any], ptr: str, hint: str) -> tuple[ir.Parameter, ...]:
        merged: dict[tuple[str, str], tuple[dict[str, Any], str]] = {}
        for owner, owner_ptr in ((item, ptr.rsplit("/", 1)[0]), (op, ptr)):
            raw = owner.get("parameters")
            if not isinstance(raw, list):
                continue
            for index, param in enumerate(raw):
                param, pptr = self.resolve(param, f"{owner_ptr}/parameters/{index}")
                if isinstance(param, dict) and isinstance(param.get("name"), str) \
                        and param.get("in") in ("path", "query", "header", "cookie"):
                    merged[(param["in"], param["name"])] = (param, pptr)
        names = NameTable(RESERVED_PARAMS)
        result: list[ir.Parameter] = []
        order = {"path": 0, "query": 1, "header": 2, "cookie": 3}
        for (location, wire), (param, pptr) in sorted(merged.items(), key=lambda kv: order[kv[0][0]]):
            if location == "header" and wire.lower() == "authorization":
                continue  # set by the client itself, from the security schemes
            if location == "header" and not _HTTP_TOKEN.match(wire):
                self.warn("header-name-not-token", f"header parameter name {ascii(wire)[:80]} is not an "
                          "HTTP token (RFC 9110 5.6.2), so no request can carry it: the client raises "
                          "InvalidRequestError when it is set", pptr + "/name")
            schema = param.get("schema")
            content = param.get("content")
            if schema is None and isinstance(content, dict) and content:
                first = next(iter(content.values()))
                schema = first.get("schema") if isinstance(first, dict) else None
            t = self.schemas.schema_type(schema, hint + pascal(wire, fallback="Param"), pptr + "/schema")
            raw_style, raw_explode = param.get("style"), param.get("explode")
            style = raw_style if isinstance(raw_style, str) else (
                "form" if location in ("query", "cookie") else "simple")
            explode = raw_explode if isinstance(raw_explode, bool) else style == "form"
            required = location == "path" or param.get("required") is True
            info, _ = self.resolve(schema, pptr + "/schema")
            result.append(ir.Parameter(
                wire_name=wire, py_name=names.claim(snake(wire, fallback="param", reserved=RESERVED_PARAMS)),
                location=location,  # type: ignore[arg-type]
                type=t, required=required,
                # The parameter's own description, else its schema's (where many specs put it).
                description=text(param.get("description")) or _schema_text(info),
                style=style, explode=explode, deprecated=param.get("deprecated") is True,
                allow_reserved=location == "query" and param.get("allowReserved") is True,
                # A required parameter with a default (PagerDuty's Accept) defaults to it: always sent.
                default_source=None if location == "path" or not isinstance(info, dict)
                else self.schemas.default_source(
                    info.get("default", _wire.only_value(info, MISSING) if required else MISSING), t,
                    pptr + "/schema/default"),
            ))
        return tuple(result)

    @staticmethod
    def pick_media(content: dict[str, Any]) -> tuple[str, str] | None:
        return _wire.pick_media(content)

    def request_body(self, raw: Any, ptr: str, hint: str) -> ir.RequestBody | None:
        if raw is None:
            return None
        body, bptr = self.resolve(raw, ptr)
        if not isinstance(body, dict) or not isinstance(body.get("content"), dict):
            return None
        picked = _wire.pick_request_media(body["content"], self.resolve, bptr)
        if picked is None:
            return None
        media, kind = picked
        entry = body["content"][media]
        schema = entry.get("schema") if isinstance(entry, dict) else None
        mptr = f"{bptr}/content/{escape_pointer_part(media)}/schema"
        t: ir.TypeExpr
        if kind == "events":
            kind = "text"  # a request is not a stream of events: sent as the text it is
        if kind == "binary":
            t = ir.Primitive(kind="binary")
        elif kind == "text":
            t = ir.Primitive(kind="str")
        else:
            t = self.schemas.schema_type(schema, hint + "Body", mptr)
        resolved, _ = self.resolve(schema, mptr)
        return ir.RequestBody(media_type=media, kind=kind,  # type: ignore[arg-type]
                              type=t, required=body.get("required") is True,
                              description=text(body.get("description")) or _schema_text(resolved),
                              encoding=_wire.body_encoding(entry, self.resolve, bptr)
                              if kind in ("form", "multipart") else ())

    def responses(self, raw: Any, ptr: str, hint: str) -> tuple[ir.Response, ...]:
        if not isinstance(raw, dict):
            return ()
        statuses = [str(k).upper() if str(k).lower() != "default" else "default" for k in raw]
        successes = [s for s in statuses if s.startswith("2")]
        result: list[ir.Response] = []
        for key, status in zip(raw, statuses):
            rptr = f"{ptr}/{escape_pointer_part(key)}"
            response, rptr = self.resolve(raw[key], rptr)
            if not isinstance(response, dict):
                continue
            is_success = status.startswith("2") or (status == "default" and not successes)
            if is_success:
                name = hint + "Response" + ("" if len(successes) <= 1 else status.replace("X", "xx"))
            else:
                name = hint + ("Error" if status == "default" else "Error" + status.replace("X", "xx"))
            content = response.get("content")
            picked = self.pick_media(content) if isinstance(content, dict) else None
            terminator = None
            if picked is None:
                kind, media, t = "empty", "", None
            elif picked[1] == "events":
                media, kind = picked
                entry = content[media] if isinstance(content, dict) else None
                t = self.streams.event_type(entry, name, f"{rptr}/content/{escape_pointer_part(media)}")
                terminator = self.streams.terminator(text(response.get("description")))
            else:
                media, kind = picked
                kind, t = self.body_type(content, media, kind, name, rptr)
            result.append(ir.Response(status=status, description=text(response.get("description")),
                                      media_type=media, kind=kind,  # type: ignore[arg-type]
                                      type=t, headers=self.response_headers(response, rptr, name),
                                      terminator=terminator))
        return tuple(result)

    def body_type(self, content: Any, media: str, kind: str, name: str, rptr: str) -> tuple[str, ir.TypeExpr]:
        """(response kind, type) of the ``media`` entry of a response's ``content``."""
        entry = content[media] if isinstance(content, dict) else None
        schema = entry.get("schema") if isinstance(entry, dict) else None
        if kind in ("json", "form", "multipart"):
            return "json", self.schemas.schema_type(schema, name, f"{rptr}/content/{escape_pointer_part(media)}/schema")
        return kind, ir.Primitive(kind="str" if kind == "text" else "binary")

    def media_choices(self, raw: Any, ptr: str, hint: str,
                      responses: tuple[ir.Response, ...]) -> tuple[ir.MediaChoice, ...]:
        """One choice per further media type the success answers offer (content negotiation), in
        spec order; media ranges (``*/*``) and event streams are not choices."""
        if not isinstance(raw, dict):
            return ()
        statuses = {r.status for r in responses}
        has_2xx = any(s.startswith("2") for s in statuses)
        successes = [r for r in responses if r.status.startswith("2") or (r.status == "default" and not has_2xx)]
        offered: dict[str, dict[str, ir.Response]] = {}
        for key in raw:
            status = str(key).upper() if str(key).lower() != "default" else "default"
            main = next((r for r in successes if r.status == status), None)
            response, rptr = self.resolve(raw[key], f"{ptr}/{escape_pointer_part(key)}")
            content = response.get("content") if isinstance(response, dict) else None
            if main is None or main.kind in ("empty", "events") or not isinstance(content, dict):
                continue
            for media in content:
                bare = str(media).split(";")[0].strip()
                kind = _wire.media_kind(bare)[1]
                if media == main.media_type or "*" in bare or kind == "events" or not _MEDIA_TYPE.match(bare):
                    continue
                name = hint + "Response" + pascal(_media_suffix(bare), fallback="Media")
                kind, t = self.body_type(content, str(media), kind, name, rptr)
                offered.setdefault(str(media), {})[status] = dataclasses.replace(
                    main, media_type=str(media), kind=kind, type=t)  # type: ignore[arg-type]
        choices: list[ir.MediaChoice] = []
        names = NameTable(())
        for media, by_status in offered.items():
            suffix = names.claim(snake(_media_suffix(media.split(";")[0].strip()), fallback="media"))
            choices.append(ir.MediaChoice(suffix=suffix, media_type=media, responses=tuple(
                by_status.get(r.status, r) for r in successes)))
        return tuple(choices)

    def response_headers(self, response: dict[str, Any], ptr: str, hint: str) -> tuple[ir.ResponseHeader, ...]:
        """Declared response headers, in spec order; names are attributes of a generated response class."""
        raw = response.get("headers")
        if not isinstance(raw, dict):
            return ()
        names = NameTable(RESERVED_HEADER_ATTRS)
        result: list[ir.ResponseHeader] = []
        for wire, header in raw.items():
            hptr = f"{ptr}/headers/{escape_pointer_part(str(wire))}"
            header, hptr = self.resolve(header, hptr)
            if not isinstance(header, dict) or str(wire).lower() == "content-type":
                continue  # OpenAPI: a Content-Type entry in headers is ignored
            t = self.schemas.schema_type(header.get("schema"), hint + pascal(str(wire), fallback="Header"),
                                 hptr + "/schema")
            result.append(ir.ResponseHeader(
                wire_name=str(wire), py_name=names.claim(snake(str(wire), fallback="header")), type=t,
                required=header.get("required") is True, description=text(header.get("description"))))
        return tuple(result)


def _media_suffix(media: str) -> str:
    """The name part a media type gives its function form: its subtype (``text/csv`` -> ``csv``,
    ``application/vnd.api+json`` -> ``vnd_api_json``), without an ``x-`` prefix."""
    subtype = media.split("/", 1)[-1]
    return subtype[2:] if subtype.lower().startswith("x-") else subtype


def _schema_text(schema: Any) -> str:
    """A schema's description, else its title; empty for anything else."""
    if not isinstance(schema, dict):
        return ""
    return text(schema.get("description")) or text(schema.get("title"))
