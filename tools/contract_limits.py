"""Rejections no client could avoid: Prism 5's known misreadings and schemas no value satisfies.

``tools.contract`` counts an operation as accepted only when Prism takes both calls. Some calls are
refused for reasons that are not the client's: Prism reads every form or multipart field as one
string unless the spec's ``encoding`` gives it a style (so an array sent as repeated fields, the
OpenAPI default, "must be array"), it looks a parameter whose name has a space up under its
percent-encoded name, it cannot write a ``*/*`` answer, and some schemas ask for what they forbid.
Each rule here checks the spec and the request, not only Prism's message, and says why; a call is
moved out of "rejected" only when every error Prism reported is explained by one of them. The
rules were each confirmed against Prism 5.14.2 (tests/contract/package.json) by hand; the unit tests
(tests/unit/tools/test_contract_limits.py) pin what each one requires.
"""

from __future__ import annotations

import json
import re
import urllib.parse
from typing import Any

from jsonschema import Draft4Validator, Draft202012Validator  # type: ignore[import-untyped]
from jsonschema.exceptions import SchemaError  # type: ignore[import-untyped]
from referencing import Registry, Resource
from referencing.exceptions import Unresolvable
from referencing.jsonschema import DRAFT4, DRAFT202012

from generator.spec.pointer import resolve_pointer

Deref = Any
_FORM_MEDIA = ("application/x-www-form-urlencoded", "multipart/form-data")
_REQUIRED = re.compile(r"must have required property '([^']*)'")
_TOKEN = re.compile(r"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$")  # RFC 9110 5.6.2
_ROOT = "urn:contract-spec"  # the spec's own URI for $refs in oneOf branches
_MEDIA_TYPE = re.compile(r"^[\w!#$&^.+*-]+/[\w!#$&^.+*-]+(\s*;.*)?$")


def explain(data: Any, pointer: str, record: dict[str, Any], errors: list[dict[str, Any]]) -> str:
    """Why no client could have this call accepted ("" when something is not explained).
    ``pointer``: the operation's JSON pointer; ``errors``: Prism's Error-severity violations."""
    op = _node(data, "#" + pointer)
    if not isinstance(op, dict):
        return ""
    status, body = record.get("status"), str(record.get("response_body") or "")
    if not record.get("sent") or status is None:
        return _unsendable(data, op, pointer, str(record.get("error") or ""))
    if not errors:
        if status == 500 and "NO_COMPLEX_OBJECT_TEXT" in body and _answers_any(data, op):
            return ("Prism cannot write an answer for a `*/*` response (\"Cannot serialise complex objects as "
                    "text\"; to Accept: application/json it answers 406)")
        malformed = _response_media(data, op)
        if status in (406, 500) and malformed and not any(_MEDIA_TYPE.match(m) for m in malformed):
            return (f"the operation answers only `{malformed[0]}`, which is not a media type (RFC 6838 type/subtype): "
                    "Prism fails on it as a Content-Type and answers 406 to any Accept")
        return ""
    reasons = []
    for violation in errors:
        reason = _one(data, op, pointer, record, violation)
        if not reason:
            return ""
        reasons.append(reason)
    return "; ".join(sorted(set(reasons)))


def _one(data: Any, op: dict[str, Any], pointer: str, record: dict[str, Any], v: dict[str, Any]) -> str:
    location = [str(p) for p in v.get("location") or []]
    if location[:1] == ["request"]:
        location = location[1:]
    message = str(v.get("message", ""))
    where = location[0] if location else ""
    required = _REQUIRED.search(message)
    params = _parameters(data, op, pointer)
    if where == "body":
        media = str((record.get("request") or {}).get("content_type") or "").split(";")[0].strip().lower()
        entry = _media_entry(data, op, media)
        schema = _deref(data, entry.get("schema")) if entry else None
        if len(location) == 2 and entry and _ignored_siblings(data, entry, location[1], message):
            return ("the body schema is a `$ref` with sibling `properties`, which OpenAPI 3.0 ignores and Prism "
                    "applies: it checks every field against the target's additionalProperties")
        if len(location) >= 3 and location[2].isdigit() and isinstance(schema, dict) \
                and str(data.get("openapi", "")).startswith("3.1"):
            prop = _deref(data, _properties(data, schema).get(location[1]))
            prefix = prop.get("prefixItems") if isinstance(prop, dict) else None
            if isinstance(prefix, list) and int(location[2]) < len(prefix):
                return ("Prism applies `items` to every position of a 3.1 `prefixItems` array (it reads the schema "
                        "as draft 7): a tuple value cannot pass")
        if media in _FORM_MEDIA and len(location) == 2 and re.search(r"must be (array|object)", message):
            prop = _deref(data, _properties(data, schema).get(location[1]))
            encoding = (entry.get("encoding") or {}).get(location[1]) if entry else None
            if _kinds(prop) & {"array", "object"} and not (isinstance(encoding, dict) and encoding.get("style")):
                return (f"Prism reads a {media} field as one string unless the spec's `encoding` gives it a style: "
                        "an array or object field cannot pass")
        if len(location) == 1 and "exactly one schema in oneOf" in message and isinstance(schema, dict):
            matched = _branches_matched(data, schema, record)
            if len(matched) > 1:
                return (f"the body schema's `oneOf` branches overlap: the value sent is valid for {len(matched)} of "
                        f"them ({', '.join(matched)}), and oneOf asks for exactly one (Prism ignores the "
                        "discriminator): no value of one branch can pass")
        if required and len(location) == 1 and isinstance(schema, dict):
            name = required.group(1)
            if name not in _properties(data, schema):
                if schema.get("additionalProperties") is False:
                    return f"the body schema requires `{name}` but allows no property of that name: no body can pass"
                if media in _FORM_MEDIA and name in _sent_fields(record):
                    return (f"Prism keeps only the declared properties of a {media} body: `{name}`, required but "
                            "not declared, cannot pass although it was sent")
        return ""
    if where in ("query", "header", "path", "cookie") and required:
        name = required.group(1)
        param = params.get((where, urllib.parse.unquote(name).lower()))
        if param is not None and "%" in name:
            return (f"Prism looks the {where} parameter `{param['name']}` up under its percent-encoded name "
                    f"`{name}`: a name with a space cannot pass")
        param = params.get((where, name.lower()))
        if param is not None and _only_null(data, param.get("schema")):
            return f"the only valid value of `{param['name']}` is null (or nulls), which a {where} cannot carry"
        return ""
    if where == "query" and len(location) == 3 and location[2].isdigit() and "must be object" in message:
        param = params.get(("query", location[1].lower()))
        schema = _deref(data, param.get("schema")) if param else None
        items = _deref(data, schema.get("items")) if isinstance(schema, dict) else None
        if "array" in _kinds(schema) and "object" in _kinds(items):
            return "Prism reads the items of a query array as strings: an array of objects cannot pass"
    return ""


_FRAMING = {"transfer-encoding", "content-length"}  # headers that frame an HTTP/1.1 message (RFC 9112 6)


def broken_framing(data: Any, pointer: str, record: dict[str, Any]) -> str:
    """Why a call got no answer when the mock broke HTTP framing ("" otherwise): the spec declares a
    framing header among the operation's response headers, Prism sends it with a mocked value, and
    the HTTP parser refuses the answer. The mock's fault, not the client's."""
    op = _node(data, "#" + pointer)
    error = str(record.get("error") or "")
    if not isinstance(op, dict) or record.get("status") is not None or "RemoteProtocolError" not in error:
        return ""
    declared = set()
    for response in (op.get("responses") or {}).values():
        headers = _deref(data, response).get("headers") if isinstance(_deref(data, response), dict) else None
        declared |= {str(name).lower() for name in headers or {}} & _FRAMING
    named = [h for h in sorted(declared) if h.replace("-", "").lower() in error.replace("-", "").lower()]
    if not named:
        return ""
    return (f"the spec declares the response header `{named[0]}`, which Prism sends with a mocked value: that "
            "breaks HTTP/1.1 message framing (RFC 9112 6), and the answer cannot be read")


def _unsendable(data: Any, op: dict[str, Any], pointer: str, error: str) -> str:
    """A call the client refused to send because the spec names a header no request can carry."""
    for (where, _), param in _parameters(data, op, pointer).items():
        name = param["name"]
        if where == "header" and not _TOKEN.match(name) and ascii(name)[1:-1] in error \
                and re.search(r"header name|Illegal header name", error):
            return f"the spec names a header `{name}`, which is not an HTTP token (RFC 9110): no request can carry it"
    return ""


def _branches_matched(data: Any, schema: dict[str, Any], record: dict[str, Any]) -> list[str]:
    """The ``oneOf`` branches of a JSON body schema that the JSON body the call sent satisfies
    (named by their ``$ref`` or position); [] when the body is not kept whole or not JSON."""
    branches = schema.get("oneOf")
    request = record.get("request") or {}
    if not isinstance(branches, list) or "json" not in str(request.get("content_type") or ""):
        return []
    try:
        body = json.loads(str(request.get("body") or ""))
    except ValueError:  # truncated by the recorder, or not JSON
        return []
    draft = DRAFT202012 if str(data.get("openapi", "")).startswith("3.1") else DRAFT4
    registry = Registry().with_resource(_ROOT, Resource.from_contents(data, default_specification=draft))
    cls = Draft202012Validator if draft is DRAFT202012 else Draft4Validator
    matched = []
    for i, branch in enumerate(branches):
        ref = branch.get("$ref") if isinstance(branch, dict) else None
        target = {"$ref": _ROOT + ref} if isinstance(ref, str) and ref.startswith("#") else branch
        try:
            ok = cls(target, registry=registry).is_valid(body)
        except (SchemaError, Unresolvable, RecursionError):  # a schema jsonschema cannot read: no claim
            return []
        if ok:
            matched.append(ref.rsplit("/", 1)[-1] if isinstance(ref, str) else f"branch {i}")
    return matched


def _ignored_siblings(data: Any, entry: dict[str, Any], field: str, message: str) -> bool:
    """Whether a 3.0 body schema is ``{$ref: T, properties: {...}}`` that leaves ``field`` (declared
    in T) to T's additionalProperties, whose type Prism's message demands."""
    raw = entry.get("schema")
    if not (isinstance(raw, dict) and "$ref" in raw and isinstance(raw.get("properties"), dict)):
        return False
    if not str(data.get("openapi", "")).startswith("3.0") or field in raw["properties"]:
        return False
    target = _deref(data, raw)
    extra = _deref(data, target.get("additionalProperties")) if isinstance(target, dict) else None
    kinds = _kinds(extra)
    return field in _properties(data, target) and len(kinds) == 1 and message.endswith(f"must be {kinds.pop()}")


def _node(data: Any, ref: str) -> Any:
    try:
        return resolve_pointer(data, ref)
    except (KeyError, TypeError, ValueError):
        return None


def _deref(data: Any, node: Any) -> Any:
    for _ in range(32):
        if not (isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#")):
            return node
        node = _node(data, node["$ref"])
    return None


def _properties(data: Any, schema: Any) -> dict[str, Any]:
    """The properties of ``schema`` and of everything its ``allOf`` reaches."""
    out: dict[str, Any] = {}
    todo, seen = [schema], 0
    while todo and seen < 64:
        part = _deref(data, todo.pop())
        seen += 1
        if isinstance(part, dict):
            if isinstance(part.get("properties"), dict):
                out = {**part["properties"], **out}
            if isinstance(part.get("allOf"), list):
                todo.extend(part["allOf"])
    return out


def _kinds(schema: Any) -> set[str]:
    """The JSON types a schema names (``properties`` alone means object, ``items`` array)."""
    if not isinstance(schema, dict):
        return set()
    kind = schema.get("type")
    if isinstance(kind, str):
        return {kind}
    if isinstance(kind, list):
        return {k for k in kind if isinstance(k, str)}
    return {"object"} if "properties" in schema else {"array"} if "items" in schema else set()


def _sent_fields(record: dict[str, Any]) -> set[str]:
    """The field names of the form or multipart body the call sent (as the record keeps it)."""
    request = record.get("request") or {}
    body, media = str(request.get("body") or ""), str(request.get("content_type") or "")
    if media.startswith("application/x-www-form-urlencoded"):
        return {urllib.parse.unquote_plus(pair.split("=", 1)[0]) for pair in body.split("&") if pair}
    return set(re.findall(r'Content-Disposition: form-data; name="([^"]*)"', body))


def _response_media(data: Any, op: dict[str, Any]) -> list[str]:
    """Every media type the operation's responses declare."""
    found: list[str] = []
    responses = op.get("responses")
    for raw in responses.values() if isinstance(responses, dict) else ():
        raw = _deref(data, raw)
        content = raw.get("content") if isinstance(raw, dict) else None
        found += [str(m) for m in content] if isinstance(content, dict) else []
    return found


def _only_null(data: Any, schema: Any) -> bool:
    schema = _deref(data, schema)
    if isinstance(schema, dict) and "array" in _kinds(schema):
        schema = _deref(data, schema.get("items"))
    if not isinstance(schema, dict):
        return False
    return (isinstance(schema.get("enum"), list) and schema["enum"] and all(x is None for x in schema["enum"])) \
        or _kinds(schema) == {"null"}


def _parameters(data: Any, op: dict[str, Any], pointer: str) -> dict[tuple[str, str], dict[str, Any]]:
    found: dict[tuple[str, str], dict[str, Any]] = {}
    item = _node(data, "#" + pointer.rsplit("/", 1)[0])
    for owner in (item, op):
        for param in (owner.get("parameters") if isinstance(owner, dict) else None) or ():
            param = _deref(data, param)
            if isinstance(param, dict) and isinstance(param.get("name"), str):
                found[(str(param.get("in")), param["name"].lower())] = param
    return found


def _media_entry(data: Any, op: dict[str, Any], media: str) -> dict[str, Any] | None:
    body = _deref(data, op.get("requestBody"))
    content = body.get("content") if isinstance(body, dict) else None
    entry = content.get(media) if isinstance(content, dict) else None
    return entry if isinstance(entry, dict) else None


def _answers_any(data: Any, op: dict[str, Any]) -> bool:
    """Whether one of the operation's responses is declared as ``*/*``."""
    return "*/*" in _response_media(data, op)
