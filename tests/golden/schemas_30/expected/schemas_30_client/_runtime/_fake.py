"""An offline fake of the API: an ``httpx`` transport driven by the generated operation table.

It matches each request to an operation (method and path template), checks it the way a validating
server would (path parameters, required query parameters and headers, body presence, JSON types,
required properties, enum values), records it, and answers with the spec's example or with a
response the test set. A request that breaks the contract is answered ``422`` with the list of
violations (also in the ``x-fake-violations`` header), like a spec-driven mock server.
"""

from __future__ import annotations

import datetime
import json
import re
import threading
import urllib.parse
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

import httpx

from . import _fakewire as wire

__all__ = ["FakeCall", "FakeResponse", "FakeTransport"]

_NOT_SET: Any = object()
_JSON_TYPES = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list,),
    "object": (dict,),
}


@dataclass(frozen=True, slots=True)
class FakeResponse:
    """An answer chosen by a test: status, JSON body (or raw content) and headers."""

    status: int
    json: Any = _NOT_SET
    content: bytes | None = None
    headers: Mapping[str, str] = field(default_factory=dict[str, str])


@dataclass(frozen=True, slots=True)
class FakeCall:
    """One request the fake received, as the client sent it."""

    operation: str | None
    """Python name of the matched operation; None when no operation matches."""
    request: httpx.Request
    path_params: Mapping[str, str]
    query: Mapping[str, list[str]]
    json: Any
    """The decoded JSON body; None when there is none (or it is not JSON)."""
    violations: tuple[str, ...]
    """Why the request does not match the API description; empty when it does."""
    status: int

    @property
    def method(self) -> str:
        return self.request.method

    @property
    def headers(self) -> httpx.Headers:
        return self.request.headers


Handler = Callable[[FakeCall], "FakeResponse | httpx.Response"]


@dataclass(frozen=True, slots=True)
class _Route:
    name: str
    method: str
    regex: re.Pattern[str]
    names: tuple[str, ...]
    literal_chars: int
    spec: Mapping[str, Any]


def _compile(path: str) -> tuple[re.Pattern[str], tuple[str, ...], int]:
    names: list[str] = []
    pattern = ""
    literal_chars = 0
    for index, piece in enumerate(re.split(r"(\{[^}/]*\})", path)):
        if index % 2:
            names.append(piece[1:-1])
            pattern += f"(?P<p{len(names) - 1}>[^/]+)"
        else:
            pattern += re.escape(piece)
            literal_chars += len(piece)
    # Any base path (such as /v1) may come before the template.
    return re.compile(f"^(?:/.*)?{pattern}$"), tuple(names), literal_chars


class FakeTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Answers requests from an operation table instead of the network (sync and async)."""

    def __init__(self, operations: Mapping[str, Any], schemas: Mapping[str, Any]) -> None:
        self._operations = operations
        self._schemas = schemas
        self._routes = sorted(
            (
                _Route(name, spec["method"], *_compile(spec["path"]), spec)
                for name, spec in operations.items()
            ),
            key=lambda r: (-r.literal_chars, r.name),
        )
        self._overrides: dict[str, Handler] = {}
        self._lock = threading.Lock()
        self.calls: list[FakeCall] = []
        """Every request received, in order."""

    # -- test API -------------------------------------------------------------------------------
    def set_response(
        self,
        operation: str,
        handler: Handler | None = None,
        *,
        status: int | None = None,
        json: Any = _NOT_SET,
        content: bytes | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        """Answer ``operation`` with a fixed response, or with ``handler(call)`` for each call.

        The request is still checked: a request that breaks the contract gets ``422`` either way.
        """
        streams = {f"{n}_stream" for n, spec in self._operations.items() if "events" in spec}
        if operation not in self._operations and operation not in streams:
            known = ", ".join(sorted([*self._operations, *streams]))
            raise KeyError(f"unknown operation {operation!r}; known operations: {known}")
        if handler is None:
            spec = (
                self._operations.get(operation)
                or self._operations[operation.removesuffix("_stream")]
            )
            fixed = FakeResponse(
                status=status or _status_code(spec.get("default_status", "200")),
                json=json,
                content=content,
                headers=dict(headers or {}),
            )
            self._overrides[operation] = lambda _call: fixed
        else:
            self._overrides[operation] = handler

    def set_pages(self, operation: str, pages: Sequence[Any]) -> None:
        """Answer successive calls of a list operation with successive JSON pages (the last repeats).

        Lets a test walk ``name_pages(...)`` offline: give the pages as the API would send them.
        """
        answers = [FakeResponse(status=200, json=page) for page in pages]
        if not answers:
            raise ValueError("set_pages needs at least one page")
        served = iter(range(len(answers)))
        self.set_response(operation, lambda _call: answers[next(served, len(answers) - 1)])

    def set_events(
        self, operation: str, events: Sequence[Any], *, terminator: str | None = None
    ) -> None:
        """Answer an event-stream operation with these events (JSON values or strings), in order."""
        items = list(events) + ([terminator] if terminator is not None else [])
        self.set_response(operation, lambda _call: events_response(200, items))

    def reset(self) -> None:
        """Forget recorded calls and chosen responses."""
        with self._lock:
            self.calls.clear()
            self._overrides.clear()

    def calls_to(self, operation: str) -> list[FakeCall]:
        """The recorded calls of one operation."""
        return [c for c in self.calls if c.operation == operation]

    @property
    def last_call(self) -> FakeCall:
        if not self.calls:
            raise AssertionError("the fake transport received no request")
        return self.calls[-1]

    # -- transport ------------------------------------------------------------------------------
    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        return self._handle(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        return self._handle(request)

    def _handle(self, request: httpx.Request) -> httpx.Response:
        path = request.url.raw_path.decode("ascii").split("?", 1)[0]
        query: dict[str, list[str]] = {}
        for key, value in request.url.params.multi_items():
            query.setdefault(key, []).append(value)
        matched = [r for r in self._routes if r.regex.match(path)]
        route = next((r for r in matched if r.method == request.method), None)
        body = _json_body(request)
        if route is None:
            status = 405 if matched else 404
            message = f"no operation for {request.method} {path}" + (
                f" (allowed: {', '.join(sorted({r.method for r in matched}))})" if matched else ""
            )
            call = FakeCall(None, request, {}, query, body, (message,), status)
            self._record(call)
            return _error_response(status, [message])
        m = route.regex.match(path)
        assert m is not None
        raw_params = {name: m.group(f"p{i}") for i, name in enumerate(route.names)}
        params = {name: urllib.parse.unquote(raw) for name, raw in raw_params.items()}
        violations = self._violations(route.spec, request, raw_params, body)
        status = 422 if violations else _status_code(route.spec["default_status"])
        call = FakeCall(route.name, request, params, query, body, tuple(violations), status)
        if violations:
            self._record(call)
            return _error_response(422, violations)
        events = "events" in route.spec and "text/event-stream" in request.headers.get("accept", "")
        override = self._overrides.get(route.name + ("_stream" if events else ""))
        if override is not None:
            answer = override(call)
        elif events:
            answer = events_response(200, [route.spec["events"]["example"]])
        else:
            answer = self._example(route.spec)
        response = answer if isinstance(answer, httpx.Response) else _to_response(answer)
        self._record(FakeCall(route.name, request, params, query, body, (), response.status_code))
        return response

    def _record(self, call: FakeCall) -> None:
        with self._lock:
            self.calls.append(call)

    def _example(self, spec: Mapping[str, Any]) -> FakeResponse:
        status = spec["default_status"]
        answer = spec["responses"].get(status, {})
        headers = {"content-type": answer["media_type"]} if answer.get("media_type") else {}
        if answer.get("kind") == "events":
            return events_response(_status_code(status), [answer.get("example")])
        if answer.get("kind") in ("json", None) and answer.get("example") is not None:
            return FakeResponse(_status_code(status), json=answer["example"], headers=headers)
        example = answer.get("example")
        content = example.encode("utf-8") if isinstance(example, str) else b""
        return FakeResponse(_status_code(status), content=content, headers=headers)

    # -- checks ---------------------------------------------------------------------------------
    def _violations(
        self,
        spec: Mapping[str, Any],
        request: httpx.Request,
        raw_path_params: Mapping[str, str],
        body: Any,
    ) -> list[str]:
        out: list[str] = []
        cookies = _cookies(request)
        query = list(request.url.params.multi_items())
        for param in spec["params"]:
            name, where = param["name"], param["in"]
            shape = self._resolve(param["shape"])
            if "nullable" in shape:
                shape = self._resolve(shape["nullable"])
            if where == "path":
                raw = raw_path_params.get(name)
                value, problems = (
                    (None, []) if raw is None else wire.path_value(name, param, shape, raw)
                )
            elif where == "query":
                value, problems = wire.query_value(name, param, shape, query)
            elif where == "header":
                text = request.headers.get(name)
                value, problems = (
                    (None, []) if text is None else wire.header_value(name, param, shape, text)
                )
            else:
                value, problems = wire.cookie_value(name, param, shape, cookies)
            out.extend(problems)
            if value is None:
                if param["required"] and not problems:
                    out.append(f"{where} parameter {name!r} is required")
                continue
            self._check_wire(value, shape, f"{where} parameter {name!r}", out, 0)
        spec_body = spec["body"]
        if spec_body is not None:
            self._check_body(spec_body, request, body, out)
        return out

    def _check_body(
        self, spec_body: Mapping[str, Any], request: httpx.Request, body: Any, out: list[str]
    ) -> None:
        media = request.headers.get("content-type", "")
        kind, declared = spec_body["kind"], spec_body["media_type"]
        if not request.content:
            if spec_body["required"]:
                out.append("the request body is required")
            return
        shape = self._resolve(spec_body["shape"])
        encoding: Mapping[str, Any] = spec_body.get("encoding", {})
        if kind == "json":
            if "json" not in media:
                out.append(f"the body must be JSON, not {media or 'untyped'}")
            elif body is _INVALID_JSON:
                out.append("the body is not valid JSON")
            else:
                self._check(body, shape, "body", out, 0)
        elif kind == "form":
            if not wire.media_matches(media, "application/x-www-form-urlencoded"):
                out.append(
                    f"the body must be application/x-www-form-urlencoded, not {media or 'untyped'}"
                )
                return
            value, problems = wire.form_body(request.content, shape, encoding, self._resolve)
            out.extend(problems)
            self._check_wire(value, shape, "body", out, 0)
        elif kind == "multipart":
            if not wire.media_matches(media, "multipart/form-data") or "boundary=" not in media:
                out.append(
                    f"the body must be multipart/form-data with a boundary, not {media or 'untyped'}"
                )
                return
            value, problems = wire.multipart_body(
                request.content, media, shape, encoding, self._resolve
            )
            out.extend(problems)
            self._check_wire(value, shape, "body", out, 0)
        elif not wire.media_matches(media, declared):
            out.append(f"the body must be {declared}, not {media or 'untyped'}")

    def _check_wire(
        self, value: Any, shape: Mapping[str, Any], where: str, out: list[str], depth: int
    ) -> None:
        """Check a value read off the wire (text leaves; JSON parts tagged) against a shape."""
        shape = self._resolve(shape)
        if depth > 64 or value is None:
            return
        if isinstance(value, tuple):  # a JSON part of a multipart body
            try:
                decoded = json.loads(cast("tuple[str, str]", value)[1])
            except ValueError:
                out.append(f"{where}: the part is not valid JSON")
                return
            self._check(decoded, shape, where, out, depth)
            return
        if isinstance(value, bytes):
            return  # a file part
        if "nullable" in shape:
            self._check_wire(value, shape["nullable"], where, out, depth + 1)
            return
        if "anyOf" in shape:
            for variant in shape["anyOf"]:
                trial: list[str] = []
                self._check_wire(value, variant, where, trial, depth + 1)
                if not trial:
                    return
            out.append(f"{where}: {_brief(value)} matches none of the allowed shapes")
            return
        kind = shape.get("type")
        if isinstance(value, list):
            if kind not in ("array", None):
                out.append(f"{where}: expected {kind}, got several values")
                return
            for index, item in enumerate(cast("list[object]", value)):
                self._check_wire(item, shape.get("items", {}), f"{where}[{index}]", out, depth + 1)
        elif isinstance(value, dict):
            if kind not in ("object", None):
                out.append(f"{where}: expected {kind}, got an object")
                return
            props: Mapping[str, Any] = shape.get("properties", {})
            for name in shape.get("required", ()):
                if name not in value:
                    out.append(f"{where}: required property {name!r} is missing")
            extra = shape.get("additional", {})
            for key, item in cast("dict[str, object]", value).items():
                if key in props:
                    self._check_wire(item, props[key], f"{where}.{key}", out, depth + 1)
                elif extra is None:
                    out.append(f"{where}: property {key!r} is not allowed")
                else:
                    self._check_wire(item, extra, f"{where}.{key}", out, depth + 1)
        elif kind in ("array", "object"):
            out.append(f"{where}: expected {kind}, got {_brief(value)}")
        else:
            problem = self._check_text(str(value), shape)
            if problem:
                out.append(f"{where}: {problem}")

    def _resolve(self, shape: Mapping[str, Any]) -> Mapping[str, Any]:
        for _ in range(32):
            if "ref" not in shape:
                return shape
            shape = self._schemas.get(shape["ref"], {})
        return shape

    def _check_text(self, text: str, shape: Mapping[str, Any]) -> str:
        """Check a parameter value (always text on the wire) against a scalar shape."""
        shape = self._resolve(shape)
        if "nullable" in shape:
            shape = self._resolve(shape["nullable"])
        if "enum" in shape:
            if text not in [_text(v) for v in shape["enum"]]:
                return f"{text!r} is not one of {shape['enum']}"
            return ""
        kind = shape.get("type")
        try:
            if kind == "integer":
                int(text)
            elif kind == "number":
                float(text)
            elif kind == "boolean" and text not in ("true", "false"):
                return f"{text!r} is not a boolean"
            elif kind == "string":
                _check_format(text, shape.get("format"))
        except ValueError:
            return f"{text!r} is not a valid {shape.get('format') or kind}"
        return ""

    def _check(
        self, value: Any, shape: Mapping[str, Any], where: str, out: list[str], depth: int
    ) -> None:
        if depth > 64:
            return
        shape = self._resolve(shape)
        if "nullable" in shape:
            if value is not None:
                self._check(value, shape["nullable"], where, out, depth + 1)
            return
        if "anyOf" in shape:
            for variant in shape["anyOf"]:
                trial: list[str] = []
                self._check(value, variant, where, trial, depth + 1)
                if not trial:
                    return
            out.append(f"{where}: {_brief(value)} matches none of the allowed shapes")
            return
        if "enum" in shape:
            if not any(type(value) is type(v) and value == v for v in shape["enum"]):
                out.append(f"{where}: {_brief(value)} is not one of {shape['enum']}")
            return
        kind = shape.get("type")
        if kind is None:
            return
        types = _JSON_TYPES[kind]
        if not isinstance(value, types) or (isinstance(value, bool) and bool not in types):
            out.append(f"{where}: expected {kind}, got {_json_type(value)}")
            return
        if isinstance(value, str):
            try:
                _check_format(value, shape.get("format"))
            except ValueError:
                out.append(f"{where}: {value!r} is not a valid {shape.get('format')}")
        elif isinstance(value, list):
            for index, item in enumerate(cast("list[object]", value)):
                self._check(item, shape.get("items", {}), f"{where}[{index}]", out, depth + 1)
        elif isinstance(value, dict):
            props: Mapping[str, Any] = shape.get("properties", {})
            for name in shape.get("required", ()):
                if name not in value:
                    out.append(f"{where}: required property {name!r} is missing")
            extra = shape.get("additional", {})
            for key, item in cast("dict[str, object]", value).items():
                if key in props:
                    self._check(item, props[key], f"{where}.{key}", out, depth + 1)
                elif extra is None:
                    out.append(f"{where}: property {key!r} is not allowed")
                else:
                    self._check(item, extra, f"{where}.{key}", out, depth + 1)


_INVALID_JSON: Any = object()


def _json_body(request: httpx.Request) -> Any:
    if not request.content or "json" not in request.headers.get("content-type", ""):
        return None
    try:
        return json.loads(request.content)
    except ValueError:
        return _INVALID_JSON


def _cookies(request: httpx.Request) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for header in request.headers.get_list("cookie"):
        for part in header.split(";"):
            key, _, value = part.strip().partition("=")
            if key:
                out.append((key, value))
    return out


def _check_format(text: str, fmt: Any) -> None:
    if fmt == "uuid":
        uuid.UUID(text)
    elif fmt == "date-time":
        datetime.datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    elif fmt == "date":
        datetime.date.fromisoformat(text)


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    for name, types in _JSON_TYPES.items():
        if isinstance(value, types) and not (isinstance(value, bool) and name != "boolean"):
            return name
    return type(value).__name__


def _brief(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _status_code(status: str) -> int:
    if status.isdigit():
        return int(status)
    if len(status) == 3 and status[0].isdigit():
        return int(status[0]) * 100  # "2XX" → 200
    return 200  # "default"


def _to_response(answer: FakeResponse) -> httpx.Response:
    headers = dict(answer.headers)
    if answer.json is None:  # httpx reads json=None as "no body"; a JSON null answer is b"null"
        headers.setdefault("content-type", "application/json")
        return httpx.Response(answer.status, content=b"null", headers=headers)
    if answer.json is not _NOT_SET:
        return httpx.Response(answer.status, json=answer.json, headers=headers)
    return httpx.Response(answer.status, content=answer.content or b"", headers=headers)


def events_response(status: int, events: Sequence[Any]) -> FakeResponse:
    """A ``text/event-stream`` answer: one event per value (strings sent as they are, others as JSON)."""
    lines: list[str] = []
    for value in events:
        data = value if isinstance(value, str) else json.dumps(value)
        lines.extend(f"data: {line}" for line in data.split("\n"))
        lines.append("")
    body = ("\n".join(lines) + "\n").encode("utf-8") if lines else b""
    return FakeResponse(status, content=body, headers={"content-type": "text/event-stream"})


def _error_response(status: int, violations: list[str]) -> httpx.Response:
    body = {"error": "the request does not match the API description", "violations": violations}
    return httpx.Response(
        status,
        json=body,
        headers={"x-fake-violations": json.dumps(violations, ensure_ascii=True)},
    )
