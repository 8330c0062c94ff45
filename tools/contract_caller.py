"""Calls every operation of one generated client against a running mock server; prints observations.

Run by ``tools.contract`` as a script in a child process, with the client's folder as the working
directory: ``python contract_caller.py ours|peer`` and a JSON plan on stdin. It needs only the
standard library and the client's own dependencies (httpx), because the peer's client runs in the
peer's virtualenv, not ours. Each call prints one JSON line as soon as it ends (so a per-spec
timeout still leaves the calls that finished): what was sent, what came back, what was raised.
Judging those facts is ``tools.contract_outcomes``' job, not this script's.

The plan (built by ``tools.contract``)::

    {"package": "client", "base_url": "http://127.0.0.1:4010", "credentials": {...},
     "calls": [{"op": "list_pets", "shape": "minimal", "group": "pets", ...}, ...]}

``ours`` takes each call's arguments from the generated ``testing.example_arguments`` (what a
user of the client would reach for); ``peer`` receives the same JSON values by wire name and turns
them into the peer's argument types (models through ``from_dict``, enums, dates, ``File``).
"""

from __future__ import annotations

import base64
import datetime
import enum
import importlib
import inspect
import io
import json
import pkgutil
import re
import sys
import types
import typing
import uuid
from collections.abc import Callable
from typing import Any

import httpx

CALL_TIMEOUT = 30.0


class Recorder(httpx.BaseTransport):
    """An HTTP transport that remembers the last request sent and the response it got."""

    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport()
        self.request: httpx.Request | None = None
        self.response: httpx.Response | None = None

    def reset(self) -> None:
        self.request = self.response = None

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.request = request
        response = self.inner.handle_request(request)
        response.read()
        self.response = response
        return response

    def close(self) -> None:
        self.inner.close()


def describe(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text}"[:400]


def observe(call: dict[str, Any], recorder: Recorder, run: Callable[[], Any]) -> dict[str, Any]:
    """Run one call; the facts about it as plain data."""
    recorder.reset()
    out: dict[str, Any] = {"op": call["op"], "shape": call["shape"], "sent": False, "status": None,
                           "violations": None, "error": None, "parsed_none": None, "request": None}
    try:
        parsed = run()
    except Exception as exc:  # noqa: BLE001 - every failure is an observation
        out["error"] = describe(exc)
        parsed = None
    else:
        out["parsed_none"] = parsed is None
    if recorder.request is not None:
        req = recorder.request
        out["sent"] = True
        try:
            body = req.content[:300]
        except httpx.RequestNotRead:  # a streamed body (a file object): not kept
            body = b"<streamed>"
        out["request"] = {"method": req.method, "url": str(req.url)[:600],
                          "content_type": req.headers.get("content-type"),
                          "body": body.decode("utf-8", "replace")}
    if recorder.response is not None:
        out["status"] = recorder.response.status_code
        out["violations"] = recorder.response.headers.get("sl-violations")
        out["response_type"] = recorder.response.headers.get("content-type")
        if out["status"] >= 300:  # Prism's problem+json, with the violations when the spec has no 422
            out["response_body"] = recorder.response.text[:4000]
        elif out["error"] is not None:  # kept whole (bounded), so the harness can check it against the spec
            out["response_body"] = recorder.response.text[:2_000_000]
    return out


# -- ours --------------------------------------------------------------------------------------------

def run_ours(plan: dict[str, Any]) -> None:
    package = importlib.import_module(plan["package"])
    testing = importlib.import_module(plan["package"] + ".testing")
    recorder = Recorder()
    credentials = {k: tuple(v) if isinstance(v, list) else v for k, v in plan["credentials"].items()}
    with package.Client(base_url=plan["base_url"], max_retries=0, timeout=CALL_TIMEOUT, transport=recorder,
                        **credentials) as client:
        for call in plan["calls"]:
            def run(call: dict[str, Any] = call) -> Any:
                group = importlib.import_module(f"{plan['package']}.api.{call['group']}")
                kwargs = testing.example_arguments(call["op"], full=call["shape"] == "full")
                return getattr(group, call["op"] + "_with_response")(client, **kwargs).parsed
            emit(observe(call, recorder, run))


# -- peer --------------------------------------------------------------------------------------------

def normal(name: str) -> str:
    return re.sub(r"[^0-9a-z]", "", name.lower())


def peer_functions(package: str) -> dict[str, Any]:
    """normalised module name -> the peer's endpoint module."""
    api = importlib.import_module(package + ".api")
    found: dict[str, Any] = {}
    for info in pkgutil.walk_packages(api.__path__, package + ".api."):
        module = importlib.import_module(info.name)
        if hasattr(module, "sync_detailed"):
            found.setdefault(normal(info.name.rsplit(".", 1)[-1]), module)
    return found


def _unwrap(annotation: Any) -> list[Any]:
    """The alternatives of a union annotation (without the peer's ``Unset``)."""
    origin = typing.get_origin(annotation)
    if origin is typing.Union or origin is types.UnionType:
        return [a for a in typing.get_args(annotation) if getattr(a, "__name__", "") != "Unset"]
    return [annotation]


def convert(value: Any, annotation: Any, file_type: Any) -> Any:
    """A JSON value as an argument of the peer's ``annotation`` (the first alternative that fits)."""
    alternatives = _unwrap(annotation)
    if value is None and type(None) in alternatives:
        return None
    errors: list[str] = []
    for alt in alternatives:
        if alt is None or alt is type(None):  # ``list[None]`` holds None itself
            if value is None:
                return None
            continue
        try:
            return _convert_one(value, alt, file_type)
        except Exception as exc:  # noqa: BLE001 - try the next alternative
            errors.append(describe(exc))
    raise TypeError(f"cannot convert {json.dumps(value, default=str)[:80]} to {annotation}: {'; '.join(errors)}")


def _bytes(value: Any) -> bytes:
    if isinstance(value, dict) and set(value) == {"$bytes"}:
        return base64.b64decode(value["$bytes"])
    return value.encode() if isinstance(value, str) else json.dumps(value).encode()


def _convert_one(value: Any, alt: Any, file_type: Any) -> Any:
    origin = typing.get_origin(alt)
    if alt is Any:
        return value
    if origin is typing.Literal:
        if value not in typing.get_args(alt):
            raise TypeError(f"not one of {typing.get_args(alt)}")
        return value
    if origin in (list, typing.List):  # noqa: UP006
        (item,) = typing.get_args(alt) or (Any,)
        if not isinstance(value, list):
            raise TypeError("not a list")
        return [convert(v, item, file_type) for v in value]
    if origin in (dict, typing.Dict):  # noqa: UP006
        if not isinstance(value, dict):
            raise TypeError("not an object")
        return value
    if alt is file_type:
        return file_type(payload=io.BytesIO(_bytes(value)), file_name="example.bin",
                         mime_type="application/octet-stream")
    if isinstance(alt, type) and issubclass(alt, enum.Enum):
        return alt(value)
    if isinstance(alt, type) and hasattr(alt, "from_dict"):
        if not isinstance(value, dict):
            raise TypeError("not an object")
        return alt.from_dict(_files_as_bytes(value, alt, file_type))
    if alt is datetime.datetime:
        return datetime.datetime.fromisoformat(value)
    if alt is datetime.date:
        return datetime.date.fromisoformat(value)
    if alt is uuid.UUID:
        return uuid.UUID(value)
    if alt is bool:
        if not isinstance(value, bool):
            raise TypeError("not a boolean")
        return value
    if alt is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError("not an integer")
        return value
    if alt is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise TypeError("not a number")
        return float(value)
    if alt is str:
        if not isinstance(value, str):
            raise TypeError("not a string")
        return value
    if alt is bytes:
        return _bytes(value)
    if isinstance(alt, type) and isinstance(value, alt):
        return value
    raise TypeError(f"no conversion to {alt}")


def _files_as_bytes(value: dict[str, Any], model: type, file_type: Any) -> dict[str, Any]:
    """``value`` with the properties the peer's ``model`` types as ``File`` given as bytes, which is
    what its ``from_dict`` wraps (a JSON sample carries a string there)."""
    try:
        hints = typing.get_type_hints(model)
    except Exception:  # noqa: BLE001 - unresolvable hints: leave the value as it is
        return value
    files = {normal(name) for name, hint in hints.items()
             if any(a is file_type or list[file_type] == a for a in _unwrap(hint))}
    return {k: (_bytes(v) if normal(k) in files and not isinstance(v, list) else
                [_bytes(x) for x in v] if normal(k) in files else v) for k, v in value.items()}


def peer_kwargs(function: Any, call: dict[str, Any], file_type: Any) -> dict[str, Any]:
    """The peer's keyword arguments for ``call`` (wire names matched to its parameter names)."""
    hints = typing.get_type_hints(function)
    params = [p for p in inspect.signature(function).parameters if p != "client"]
    by_normal: dict[str, list[str]] = {}
    for p in params:
        by_normal.setdefault(normal(p), []).append(p)
    kwargs: dict[str, Any] = {}
    for arg in call["args"]:
        if arg["in"] == "body":
            name = "body"
        else:
            options = [p for p in by_normal.get(normal(arg["name"]), []) if p not in kwargs]
            options += [p for p in by_normal.get(normal(arg["name"] + arg["in"]), []) if p not in kwargs]
            if not options:
                raise LookupError(f"the peer's function has no parameter for {arg['in']} {arg['name']!r}")
            name = options[0]
        if name not in hints:
            raise LookupError(f"the peer's function has no parameter {name!r}")
        kwargs[name] = convert(arg["value"], hints[name], file_type)
    return kwargs


def run_peer(plan: dict[str, Any]) -> None:
    package = plan["package"]
    client_module = importlib.import_module(package + ".client")
    file_type = importlib.import_module(package + ".types").File
    functions = peer_functions(package)
    recorder = Recorder()
    creds = plan["credentials"]
    args: dict[str, Any] = {"base_url": plan["base_url"], "timeout": httpx.Timeout(CALL_TIMEOUT),
                            "httpx_args": {"transport": recorder}}
    if creds.get("headers"):
        args["headers"] = creds["headers"]
    if creds.get("cookies"):
        args["cookies"] = creds["cookies"]
    if creds.get("params"):
        args["httpx_args"]["params"] = creds["params"]
    if creds.get("basic"):
        args["httpx_args"]["auth"] = tuple(creds["basic"])
    if creds.get("token"):
        client = client_module.AuthenticatedClient(token=creds["token"], **args)
    else:
        client = client_module.Client(**args)
    with client:
        for call in plan["calls"]:
            def run(call: dict[str, Any] = call) -> Any:
                module = next((functions[n] for n in call["peer_names"] if n in functions), None)
                if module is None:
                    raise LookupError(f"the peer generated no function for {call['method']} {call['path']}")
                kwargs = peer_kwargs(module.sync_detailed, call, file_type)
                return module.sync_detailed(client=client, **kwargs).parsed
            emit(observe(call, recorder, run))


def emit(record: dict[str, Any]) -> None:
    print(json.dumps(record, default=str), flush=True)


def main() -> None:
    mode = sys.argv[1]
    sys.path.insert(0, ".")
    plan = json.load(sys.stdin)
    (run_ours if mode == "ours" else run_peer)(plan)


if __name__ == "__main__":
    main()
