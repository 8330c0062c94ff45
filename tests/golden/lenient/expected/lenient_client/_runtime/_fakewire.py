"""The fake's reading of a request as a validating server reads it: styles, explode, body encodings.

Each reader returns the value it found (``None`` when the parameter is absent; text leaves, lists
and dicts otherwise) and the problems that a server following the API description would report:
a ``deepObject`` sent as ``name=<repr>``, an ``explode: false`` array sent as repeated keys, a
``label`` value without its ``.``, a multipart file sent as a text part, a nested form object sent
as JSON text. The fake then checks the value against the parameter's or body's shape.
"""

from __future__ import annotations

import email.parser
import email.policy
import urllib.parse
from collections.abc import Mapping, Sequence
from typing import Any, cast

Found = tuple[Any, list[str]]

_DELIMITERS = {"spaceDelimited": " ", "pipeDelimited": "|"}


def _kind(shape: Mapping[str, Any]) -> str:
    kind = shape.get("type")
    return kind if kind in ("array", "object") else "scalar"


def _pairs(items: Sequence[str], what: str, problems: list[str]) -> dict[str, str]:
    if len(items) % 2:
        problems.append(f"{what}: expected key,value pairs, got {','.join(items)[:60]!r}")
    return dict(zip(items[::2], items[1::2]))


def _assignments(items: Sequence[str], what: str, problems: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep:
            problems.append(f"{what}: expected key=value items, got {item[:60]!r}")
        out[key] = value
    return out


def query_value(
    name: str, param: Mapping[str, Any], shape: Mapping[str, Any], query: Sequence[tuple[str, str]]
) -> Found:
    """One query parameter, read in its ``style`` / ``explode``."""
    style, explode = param.get("style", "form"), param.get("explode", True)
    what = f"query parameter {name!r}"
    problems: list[str] = []
    values = [v for k, v in query if k == name]
    kind = _kind(shape)
    if style == "deepObject" and kind in ("object", "array"):
        prefix = name + "["
        found = [(k[len(name) :], v) for k, v in query if k.startswith(prefix)]
        if values:
            problems.append(
                f"{what} is deepObject: expected {name}[key]=value, got {name}={values[0][:60]!r}"
            )
        if not found:
            return (None if not values else values[0]), problems
        return _nest(found, what, problems), problems
    if kind == "object" and explode:
        props: Mapping[str, Any] = shape.get("properties", {})
        got = {k: v for k, v in query if k in props}
        if values and name not in props:
            problems.append(
                f"{what} is an exploded object: expected its properties as keys, got "
                f"{name}={values[0][:60]!r}"
            )
        return (got or None), problems
    if not values:
        return None, problems
    if kind == "array" and explode:
        return values, problems
    if len(values) > 1:
        problems.append(
            f"{what} was sent {len(values)} times; style {style} with explode=false sends one value"
        )
    separator = _DELIMITERS.get(style, ",")
    if kind == "array":
        return ([] if values[-1] == "" else values[-1].split(separator)), problems
    if kind == "object":
        return _pairs(values[-1].split(separator), what, problems), problems
    return values[-1], problems


def _nest(found: Sequence[tuple[str, str]], what: str, problems: list[str]) -> Any:
    """``[a][b]=v`` suffixes into nested dicts (lists where every key is an index)."""
    root: dict[str, Any] = {}
    for suffix, value in found:
        keys = suffix[1:-1].split("][") if suffix.startswith("[") and suffix.endswith("]") else []
        if not keys or any(not k for k in keys):
            problems.append(f"{what}: malformed key suffix {suffix[:60]!r}")
            continue
        node: dict[str, Any] = root
        for key in keys[:-1]:
            child: object = node.setdefault(key, {})
            if not isinstance(child, dict):
                problems.append(f"{what}: {suffix[:60]!r} mixes a value and an object")
                break
            node = cast("dict[str, Any]", child)
        else:
            node[keys[-1]] = value
    return _listify(root)


def _listify(node: Any) -> Any:
    if not isinstance(node, dict):
        return node
    items = {str(k): _listify(v) for k, v in cast("dict[object, object]", node).items()}
    if items and all(k.isdigit() for k in items):
        return [items[k] for k in sorted(items, key=int)]
    return items


def path_value(name: str, param: Mapping[str, Any], shape: Mapping[str, Any], raw: str) -> Found:
    """One path parameter from its raw (still percent-encoded) text, read in its style."""
    style, explode = param.get("style", "simple"), param.get("explode", False)
    what = f"path parameter {name!r}"
    problems: list[str] = []
    kind = _kind(shape)
    text = raw
    separator = ","
    if style == "label":
        if not raw.startswith("."):
            problems.append(f"{what} is label style: expected a leading '.', got {raw[:60]!r}")
            return None, problems
        text, separator = raw[1:], "." if explode else ","
    elif style == "matrix":
        if kind == "object" and explode:
            if not raw.startswith(";"):
                problems.append(f"{what} is matrix style: expected ';key=value', got {raw[:60]!r}")
                return None, problems
            got = _assignments(raw[1:].split(";"), what, problems)
            return {
                urllib.parse.unquote(k): urllib.parse.unquote(v) for k, v in got.items()
            }, problems
        prefix = f";{name}="
        if not raw.startswith(prefix) and raw != f";{name}":
            problems.append(f"{what} is matrix style: expected {prefix}..., got {raw[:60]!r}")
            return None, problems
        if kind == "array" and explode:
            pieces = [p[len(name) + 1 :] for p in raw[1:].split(";")]
            return [urllib.parse.unquote(p) for p in pieces], problems
        text = raw[len(prefix) :]
    pieces = [urllib.parse.unquote(p) for p in text.split(separator)] if text else []
    if kind == "array":
        return pieces, problems
    if kind == "object":
        if explode:
            return _assignments(pieces, what, problems), problems
        return _pairs(pieces, what, problems), problems
    return urllib.parse.unquote(text), problems


def header_value(name: str, param: Mapping[str, Any], shape: Mapping[str, Any], text: str) -> Found:
    """One header parameter (``simple`` style)."""
    problems: list[str] = []
    kind = _kind(shape)
    pieces = [p.strip() for p in text.split(",")] if text else []
    if kind == "array":
        return pieces, problems
    if kind == "object":
        what = f"header parameter {name!r}"
        if param.get("explode", False):
            return _assignments(pieces, what, problems), problems
        return _pairs(pieces, what, problems), problems
    return text, problems


def cookie_value(
    name: str,
    param: Mapping[str, Any],
    shape: Mapping[str, Any],
    cookies: Sequence[tuple[str, str]],
) -> Found:
    """One cookie parameter (``form`` style)."""
    explode = param.get("explode", True)
    problems: list[str] = []
    kind = _kind(shape)
    values = [urllib.parse.unquote(v) for k, v in cookies if k == name]
    if kind == "object" and explode:
        props: Mapping[str, Any] = shape.get("properties", {})
        got = {k: urllib.parse.unquote(v) for k, v in cookies if k in props}
        return (got or None), problems
    if not values:
        return None, problems
    if kind == "array":
        return (values if explode else values[-1].split(",")), problems
    if kind == "object":
        return _pairs(values[-1].split(","), f"cookie parameter {name!r}", problems), problems
    return values[-1], problems


# -- bodies -----------------------------------------------------------------------------------
def form_body(
    content: bytes, shape: Mapping[str, Any], encoding: Mapping[str, Any], resolve: Any
) -> Found:
    """A urlencoded body as the server reads it: properties (bracket form, repeated keys, or as the
    encoding object says), text leaves."""
    problems: list[str] = []
    try:
        pairs = urllib.parse.parse_qsl(content.decode("ascii"), keep_blank_values=True)
    except (UnicodeDecodeError, ValueError):
        return None, ["the urlencoded body is not ASCII text"]
    props: Mapping[str, Any] = shape.get("properties", {})
    out: dict[str, Any] = {}
    names = {k.split("[", 1)[0] for k, _ in pairs} | {k for k, _ in pairs if "[" not in k}
    for name in sorted(names):
        prop: Mapping[str, Any] = resolve(props.get(name, {}))
        if "nullable" in prop:
            prop = resolve(prop["nullable"])
        enc: Mapping[str, Any] = encoding.get(name, {})
        kind = _kind(prop)
        values = [v for k, v in pairs if k == name]
        nested = [(k[len(name) :], v) for k, v in pairs if k.startswith(name + "[")]
        what = f"body property {name!r}"
        if enc.get("content_type") and not enc.get("style"):
            is_json = "json" in str(enc["content_type"]).lower()
            out[name] = (("json", values[-1]) if is_json else values[-1]) if values else None
            continue
        if nested:
            out[name] = _nest(nested, what, problems)
            continue
        if kind == "object" and values:
            problems.append(
                f"{what} is an object: expected {name}[key]=value (bracket form), got "
                f"{name}={values[0][:60]!r}"
            )
            out[name] = values[-1]
            continue
        style = enc.get("style") or "form"
        explode = style == "form" if enc.get("explode") is None else enc["explode"]
        if kind == "array":
            if explode:
                out[name] = values
            else:
                joined = values[-1] if values else ""
                out[name] = joined.split(_DELIMITERS.get(style, ",")) if joined else []
            if any(v.startswith("[") for v in out[name]):
                problems.append(f"{what} is an array: expected one {name}=item per item, not JSON")
            continue
        if len(values) > 1:
            problems.append(f"{what} was sent {len(values)} times")
        out[name] = values[-1] if values else None
    return out, problems


def multipart_body(
    content: bytes,
    content_type: str,
    shape: Mapping[str, Any],
    encoding: Mapping[str, Any],
    resolve: Any,
) -> Found:
    """A multipart body as the server reads it: parts by name; files must be file parts."""
    problems: list[str] = []
    head = f"Content-Type: {content_type}\r\n\r\n".encode("latin-1", "replace")
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + content)
    if not message.is_multipart():
        return None, ["the body is not multipart (no boundary, or no parts)"]
    props: Mapping[str, Any] = shape.get("properties", {})
    parts: dict[str, list[Any]] = {}
    for part in message.iter_parts():  # pyright: ignore[reportUnknownVariableType]
        name = part.get_param("name", header="content-disposition")  # pyright: ignore
        if not isinstance(name, str):
            problems.append("a part has no name in its Content-Disposition")
            continue
        parts.setdefault(name, []).append(part)
    out: dict[str, Any] = {}
    for name, found in parts.items():
        prop = resolve(props.get(name, {}))
        if "nullable" in prop:
            prop = resolve(prop["nullable"])
        is_array = prop.get("type") == "array"
        item = resolve(prop.get("items", {})) if is_array else prop
        what = f"body part {name!r}"
        if len(found) > 1 and not is_array:
            problems.append(f"{what} was sent {len(found)} times")
        declared = encoding.get(name, {}).get("content_type")
        values: list[Any] = []
        for part in found:
            payload = part.get_payload(decode=True) or b""  # pyright: ignore
            media = part.get_content_type()  # pyright: ignore
            if item.get("format") == "binary":
                if part.get_filename() is None:  # pyright: ignore
                    problems.append(f"{what} is a file: expected a file part (with a filename)")
                if declared and not _media_matches(media, declared):
                    problems.append(f"{what}: Content-Type {media!r} is not {declared!r}")
                values.append(payload)
                continue
            text = payload.decode("utf-8", "replace")  # pyright: ignore
            if is_array and text.startswith("[") and item.get("type") != "array":
                problems.append(f"{what} is an array: expected one part per item, not JSON")
            if item.get("type") == "object" or item.get("ref") or "json" in media:
                values.append(("json", text))
            else:
                values.append(text)
        out[name] = values if is_array else values[-1]
    return out, problems


def _media_matches(media: str, declared: str) -> bool:
    for candidate in declared.split(","):
        candidate = candidate.strip().lower()
        if candidate in ("*/*", media) or (
            candidate.endswith("/*") and media.startswith(candidate[:-1])
        ):
            return True
    return False


def media_matches(media: str, declared: str) -> bool:
    """Whether the request's Content-Type ``media`` is one the API description allows."""
    return _media_matches(media.split(";")[0].strip().lower(), declared)
